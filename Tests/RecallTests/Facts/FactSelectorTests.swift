import Foundation
import Testing

@testable import RecallModel

@Suite struct FactSelectorTests {
    @Test func readsTheVariedFixture() throws {
        let readings = FactSelector().read(try fixture("varied-history.txt"))
        let table = readings.map { reading in
            (reading.sentence.text.prefix(24), reading.dates.map(\.value.timex), reading.verdict)
        }
        let expected: [(String, [String], FactSelector.Verdict)] = [
            ("The Republic of Letters", [], .noDate),
            ("The printing press reach", ["1469", "149X"], .fact),
            ("Aldus Manutius founded h", ["1494"], .fact),
            ("He printed the first poc", ["1501-04"], .fact),
            ("On 12 March 1504, the Se", ["1504-03-12"], .fact),
            ("The same year, rivals in", ["1504"], .fact),
            ("During the 16th and 17th", ["15XX", "16XX"], .fact),
            ("The plague of 1575–77 ki", ["1575/1577", "1630"], .fact),
            ("Between 1797 and 1866 th", ["1797/1866"], .fact),
            ("From 1848 to 1849 the Re", ["1848/1849"], .fact),
            ("The siege ended on Augus", ["1849-08-22"], .fact),
            ("On 27 August, the Austri", ["1849-08-27"], .fact),
            ("Some 1,500 troops had di", [], .noDate),
            ("In spring 1866 Italy all", ["1866-SP", "1867"], .fact),
            ("The archive was catalogu", ["18XX", "201X"], .fact),
            ("A decree dated 1925-12-1", ["1925-12-16"], .fact),
            ("\"We will never surrender", ["1849"], .fact),
            ("It was the longest siege", [], .noDate),
            ("The census counted 130,0", ["1871"], .statistic),
        ]
        #expect(table.count == expected.count)
        for (got, want) in zip(table, expected) {
            #expect(String(got.0) == want.0)
            #expect(got.1 == want.1, "\(want.0)")
            #expect(got.2 == want.2, "\(want.0)")
        }
    }

    @Test func pronounSentencesCarryTheirContext() throws {
        let readings = FactSelector().read(
            SourceText(
                name: "t", text: "The treaty was drafted by the allies.\nIt was signed in 1936 at Montreux."))
        #expect(readings[1].verdict == .fact)
        #expect(readings[1].context == "The treaty was drafted by the allies.")
        let alone = FactSelector().read(SourceText(name: "t", text: "It was signed in 1936 at Montreux."))
        #expect(alone[0].verdict == .unresolvedPronoun)
    }

    @Test func yearsThatLabelAListOfNamesAreNoFact() {
        let text = """
            These include Perrin (1885), Holmes (1908), Lucas (1921), and Sheppard (2006).
            Kromayer (1903, 1931) and Gwatkin thought so, but Holmes (1908) and Lucas (1921) disagreed.
            The emperor Justinian (527–565) rebuilt the church in 532.
            Perrin (1885) and Holmes (1908) placed the battle north of the river in 48 BC.
            """
        let verdicts = FactSelector().read(SourceText(name: "t", text: text)).map(\.verdict)
        #expect(verdicts == [.nameList, .nameList, .fact, .fact])
    }

    @Test func aSumInBracketsDatedByItsValueIsAFigure() {
        let text = """
            The damage was put at $300 million (equivalent to $6.6 billion in 2015).
            The company was sold for $2 billion in 2015.
            """
        let verdicts = FactSelector().read(SourceText(name: "t", text: text)).map(\.verdict)
        #expect(verdicts == [.statistic, .fact])
    }

    @Test func aGenealogysListEntryIsNoSentence() {
        let text = """
            Donald, died ca. 1094
            Malcolm, died ca. 1085 (apocryphal)
            Jenner, born in 1749, studied medicine.
            Edward, killed in battle at Alnwick with his father in 1093 and buried at Tynemouth.
            """
        let verdicts = FactSelector().read(SourceText(name: "t", text: text)).map(\.verdict)
        #expect(verdicts == [.fragment, .fragment, .fact, .fact])
    }

    @Test func quotedDatesAreNotFacts() {
        let readings = FactSelector().read(
            SourceText(name: "t", text: "He said: \"in 1952 we joined the alliance\" to them."))
        #expect(readings[0].verdict == .quotation)
    }

    @Test func reportMatchesTheGoldShape() throws {
        let report = FactsReport(
            source: "t.txt",
            readings: FactSelector().read(SourceText(name: "t.txt", text: "Turkey joined NATO in 1952.")))
        let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        let sentences = try #require(json?["sentences"] as? [[String: Any]])
        #expect(json?["source"] as? String == "t.txt")
        #expect(sentences.first?["fact"] as? Bool == true)
        #expect(
            (sentences.first?["dates"] as? [[String: String]])?.first == [
                "text": "1952", "value": "1952", "anchor": "stated",
            ])
    }

    @Test(.enabled(if: sharedFolder != nil, "needs ../shared/dates"))
    func agreesWithTheGoldFileOfTheSample() throws {
        let gold = try JSONDecoder().decode(
            FactsReport.self,
            from: Data(contentsOf: sharedFolder!.appendingPathComponent("dates/seed.gold.json")))
        let readings = FactSelector().read(try sampleSource())
        let predicted = readings.filter { !$0.dates.isEmpty }.flatMap {
            $0.dates.map { "\($0.text)=\($0.value.timex)" }
        }
        let expected = gold.sentences.flatMap { $0.dates.map { "\($0.text)=\($0.value)" } }
        #expect(predicted == expected)
        #expect(readings.filter { $0.verdict == .fact }.count == gold.sentences.filter(\.fact).count)
    }

    @Test(arguments: ["science", "biography", "news", "medieval"])
    func agreesWithOurOwnGoldFiles(_ name: String) throws {
        let gold = try JSONDecoder().decode(
            FactsReport.self,
            from: Data(
                contentsOf: Bundle.module.url(
                    forResource: "Fixtures/dates/\(name).gold", withExtension: "json")!))
        let readings = FactSelector().read(try fixture("dates/\(name).txt"))
        #expect(
            readings.map { CitationMarks.removing(from: $0.sentence.text) }
                == gold.sentences.map { CitationMarks.removing(from: $0.text) })
        for (reading, expected) in zip(readings, gold.sentences) {
            #expect(
                reading.dates.map { "\($0.text)=\($0.value.timex)" }
                    == expected.dates.map { "\($0.text)=\($0.value)" })
            #expect((reading.verdict == .fact) == expected.fact, "\(expected.text)")
        }
    }
}

extension FactSelectorTests {
    /// Issue 15, item 15: the statistic and quotation checks read the whole sentence before every
    /// date (quadratic on a run of dates); they now read a few words back and the quotes in one
    /// pass, and must still decide the same.
    @Test func longRunsOfStatisticsAndQuotationsAreStillRecognised() {
        let statistics =
            "There were " + String(repeating: "45,000 visitors in 2019, ", count: 2_000) + "in all."
        #expect(FactSelector().read(SourceText(name: "t", text: statistics))[0].verdict == .statistic)
        let quoted =
            "The envoy said " + String(repeating: "\"in 1952 we joined\" and ", count: 2_000) + "left."
        #expect(FactSelector().read(SourceText(name: "t", text: quoted))[0].verdict == .quotation)
        let oneOutside = quoted + " Then in 1953 they went home again."
        #expect(
            FactSelector().read(
                SourceText(name: "t", text: oneOutside.replacingOccurrences(of: ". Then", with: ", then")))[0]
                .verdict == .fact)
        // Words far before a date do not make it a statistic; the word just before still does.
        let long = String(repeating: "word ", count: 5_000) + "with 45,000 visitors in 2019 the fair grew."
        #expect(FactSelector().read(SourceText(name: "t", text: long))[0].verdict == .statistic)
    }
}

@Suite struct FiguresAreNotFactsTests {
    @Test(arguments: [
        ("Exports in the spring of 1887 were 41,000 bales.", FactSelector.Verdict.statistic),
        ("By March 1855 the garrison numbered around 12,000 men.", .statistic),
        ("In the course of 1731 the fleet grew to almost 2,400 hulls.", .statistic),
        ("Grain output was 61% of 1860 levels.", .statistic),
        ("On 4 May 1855 some 12,000 men stormed the redoubt.", .fact),
        ("By February 2017, insurance claims had passed NZ$900 million.", .statistic),
        ("The 1897 final drew an average of 2.1 million spectators.", .statistic),
        ("In 1911 the town had a population of 14,736.", .statistic),
        ("In 1911 the town had its charter renewed.", .fact),
    ])
    func aFigureThatCompletesABeVerbIsAStatistic(sentence: String, verdict: FactSelector.Verdict) {
        let readings = FactSelector().read(
            SourceText(name: "t.txt", text: "A first sentence.\n" + sentence + "\n"))
        #expect(readings.last?.verdict == verdict)
    }
}

@Suite struct HeadingTests {
    @Test(arguments: [
        ("Revolt and reaction, 1848–1849", true),
        ("Karl J. Brandt's ministry (1921–1923)", true),
        ("The Third War (149 B.C to 146 B.C)", true),
        ("The council met in 1921.", false),
        ("The council met in 1921. Then it rose", false),
        ("She flew in 1921.[ 3", false),
    ])
    func aShortLineWithoutAStopIsAHeading(line: String, isHeading: Bool) {
        #expect(FactSelector.isHeading(line) == isHeading)
    }
}
