import Foundation
import Testing

@testable import RecallModel

/// Properties of whole decks built from several texts: what a test-wise student can guess, and the
/// faults of `../shared/questions/QUESTIONS.md` that each rule rules out.
@Suite struct DeckQualityTests {
    static let texts = ["biography", "medieval", "news", "science"]

    func decks() throws -> [Deck] {
        let builtAt = time("2026-11-30T10:00:00Z")
        var decks = [try DeckBuilder().build(try sampleSource(), name: "sample", builtAt: builtAt).deck]
        for name in Self.texts {
            decks.append(
                try DeckBuilder().build(try fixture("dates/\(name).txt"), name: name, builtAt: builtAt).deck)
        }
        return decks
    }

    /// A test-wise student's three strategies (as `testwise.py` plays them), each as an expected share.
    static func testWise(_ choices: [ChoiceQuestion]) -> (hub: Double, middle: Double, oddForm: Double) {
        func tokens(_ option: String) -> Set<String> {
            var result = Set<String>()
            var current = ""
            var kind = 0
            for character in option + " " {
                let next = character.isLetter && character.isASCII ? 1 : character.isNumber ? 2 : 0
                if next != kind, !current.isEmpty {
                    result.insert(current)
                    current = ""
                }
                if next != 0 { current.append(character) }
                kind = next
            }
            return result
        }
        func shape(_ option: String) -> String {
            var result = ""
            for character in option.trimmingSpaces() {
                let mapped: Character =
                    character.isNumber ? "9" : character.isLetter && character.isASCII ? "a" : character
                if !(result.last == mapped && (mapped == "9" || mapped == "a")) { result.append(mapped) }
            }
            return result
        }
        func share(_ picks: [Int], _ answer: Int) -> Double {
            picks.contains(answer) ? 1 / Double(picks.count) : 0
        }
        var totals = (hub: 0.0, middle: 0.0, oddForm: 0.0)
        for choice in choices {
            let options = choice.options
            let scores = options.indices.map { index in
                options.indices.filter { $0 != index }.map {
                    tokens(options[$0]).intersection(tokens(options[index])).count
                }
                .reduce(0, +)
            }
            totals.hub += share(options.indices.filter { scores[$0] == scores.max() }, choice.answerIndex)
            let years = options.map { option in
                option.split(whereSeparator: { !$0.isNumber }).first { $0.count >= 3 && $0.count <= 4 }
                    .flatMap { Int($0) }
                    ?? 0
            }
            let order = options.indices.sorted { (years[$0], $0) < (years[$1], $1) }
            totals.middle += share(Array(order.dropFirst().dropLast()), choice.answerIndex)
            let shapes = options.map(shape)
            let odd = options.indices.filter { index in shapes.filter { $0 == shapes[index] }.count == 1 }
            totals.oddForm += share(odd.count == 1 ? odd : Array(options.indices), choice.answerIndex)
        }
        let count = Double(max(choices.count, 1))
        return (totals.hub / count, totals.middle / count, totals.oddForm / count)
    }

    @Test func aTestWiseStudentDoesNoBetterThanChanceWithinTenPoints() throws {
        let choices = try decks().flatMap(\.cards).compactMap { card -> ChoiceQuestion? in
            if case .choice(let choice) = card.question { return choice }
            return nil
        }
        #expect(choices.count > 50)
        let scores = Self.testWise(choices)
        #expect(scores.hub <= 0.35 && scores.middle <= 0.35 && scores.oddForm <= 0.35, "\(scores)")
    }

    @Test func timelineItemsNeverOverlapAndEachLabelStandsAloneWithOneBlank() throws {
        var timelines = 0
        for deck in try decks() {
            for card in deck.cards {
                guard case .timeline(let timeline) = card.question else { continue }
                timelines += 1
                let bounds = timeline.items.map { $0.value.span! }
                for a in bounds.indices {
                    for b in bounds.indices where b > a {
                        #expect(!bounds[a].overlaps(bounds[b]), "\(timeline.items)")
                    }
                }
                for item in timeline.items {
                    #expect(QuestionGenerator.standsAlone(item.label), "\(item.label)")
                    #expect(
                        item.label.components(separatedBy: ClozeQuestion.blank).count <= 2, "\(item.label)")
                }
                #expect(Set(timeline.items.map(\.factID)).count == timeline.items.count)
            }
        }
        // Four since `Late in 1929 she crashed` keeps its part in the date: the item it gave read
        // `Late she crashed near Malmö`, and the one it gives now opens on a bare pronoun.
        #expect(timelines >= 4)
    }

    @Test func reverseCardsHaveOneDateEachAndCuesOfNamesOnly() throws {
        for deck in try decks() {
            var dates = Set<DateValue>()
            for card in deck.cards {
                guard case .reverse(let reverse) = card.question else { continue }
                #expect(dates.insert(reverse.value).inserted, "two reverse cards ask for \(reverse.date)")
                for part in reverse.cue.components(separatedBy: " · ") {
                    let first = part.split(separator: " ").first.map { $0.lowercased() } ?? ""
                    #expect(!CueWords.notNames.contains(first), "cue \(reverse.cue)")
                    #expect(!part.hasSuffix("-") && part.count > 1, "cue \(reverse.cue)")
                }
            }
        }
    }

    /// The cue of a reverse card on the sentence alone.
    func cue(_ text: String) -> String? {
        QuestionGenerator.cue(for: storyFacts([text])[0])
    }

    @Test func initialsStayInsideTheirName() {
        #expect(
            cue("In 1933, Franklin D. Roosevelt took office in Washington.")
                == "Franklin D. Roosevelt · Washington")
    }

    @Test func anAdjectiveBesideANameIsNoCue() {
        #expect(
            cue("The Gothic church of St Elizabeth was founded about 1250 by British merchants.")
                == "St Elizabeth")
        // Alone, it is still the only thing the sentence names.
        #expect(cue("The Jewish quarter was walled in 1350.") == "Jewish")
    }

    @Test func aSuffixStaysWithItsNameAndCapitalsAreNoCue() {
        #expect(
            cue("In 1968 Martin Luther King Jr. was shot in Memphis.") == "Martin Luther King Jr. · Memphis")
        #expect(cue("The GRANVILLE DISASTER of 1977 is remembered at Granville station.") == "Granville")
    }

    @Test func aLabelBeforeANumberIsNoNameAndANumberOpensOne() {
        #expect(cue("Sec. 10 of the 1864 Railroad Act doubled the grants.") == "Railroad Act")
        #expect(cue("It was joined to Naples to form the Two Sicilies in 1816.") == "Naples · Two Sicilies")
    }

    @Test func aLabelOpeningWithAPronounOrConnectiveIsNotUsed() {
        #expect(!QuestionGenerator.standsAlone("It had the unintended result of ____"))
        #expect(!QuestionGenerator.standsAlone("However, the army crossed in ____"))
        #expect(!QuestionGenerator.standsAlone("The latter signed in ____"))
        #expect(QuestionGenerator.standsAlone("The treaty was signed in ____"))
    }

    func cards(for sentences: [String], story year: Int? = nil) -> [Card] {
        var finder = DateFinder(contextYear: year)
        let facts = sentences.map { text in
            Fact(text: text, source: text, line: 1, dates: finder.dates(in: text))
        }
        return QuestionGenerator(latestYear: 2026).cards(for: facts).cards
    }

    @Test func aReverseQuestionReadsAsASentence() {
        #expect(Question.when("1920s", .decade(1920)) == "in the 1920s")
        #expect(Question.when("19th century", .century(1800)) == "in the 19th century")
        #expect(Question.when("the 1990s", .decade(1990)) == "in the 1990s")
        #expect(Question.when("first half of 1447", .year(1447)) == "in the first half of 1447")
        #expect(
            Question.when("end of November 1782", .month(year: 1782, month: 11))
                == "at the end of November 1782")
        #expect(Question.when("middle of 1905", .year(1905)) == "in the middle of 1905")
        #expect(Question.when("the end of 1905", .year(1905)) == "at the end of 1905")
        #expect(
            Question.when("21st of July 1861", .day(year: 1861, month: 7, day: 21))
                == "on the 21st of July 1861")
        #expect(
            Question.when("Between the 1880s and 1910s", .range(.decade(1880), .decade(1910)))
                == "between the 1880s and 1910s")
        #expect(Question.when("March 1947", .month(year: 1947, month: 3)) == "in March 1947")
    }

    @Test func aSentenceThatNamesNothingGetsNoReverseCard() {
        let made = cards(for: ["The abbey was dissolved on 4 April 1539 and its lands were sold."])
        #expect(made.contains { $0.kind == .cloze })
        #expect(!made.contains { $0.kind == .reverse })
        let named = cards(for: ["Henry VIII dissolved Glastonbury Abbey on 4 April 1539."])
        #expect(named.contains { $0.kind == .reverse })
    }

    @Test func aDateBesideItsNeighbourInAListGivesNoCard() {
        let made = cards(for: ["In the 1920s and 1930s, Lindqvist turned to flying."])
        #expect(!made.contains { $0.kind == .cloze })
        let apart = cards(for: ["In the 1920s and 1950s, Lindqvist turned to flying."])
        #expect(apart.filter { $0.kind == .cloze }.count == 2)
    }

    @Test func anApproximateDateGetsNoMultipleChoice() {
        let made = cards(for: ["The chapel was built c. 1670 by the Hanseatic League."])
        #expect(made.contains { $0.kind == .cloze })
        #expect(!made.contains { $0.kind == .choice })
        let exact = cards(for: ["The chapel was built in 1670 by the Hanseatic League."])
        #expect(exact.contains { $0.kind == .choice })
    }

    @Test func theBuildSummaryNamesTheCardsHeldBack() throws {
        let text = """
            The chapel was built c. 1670 by the Hanseatic League.
            The abbey was dissolved on 4 April 1539 and its lands were sold.
            """
        let summary = try DeckBuilder().build(
            SourceText(name: "t.txt", text: text), name: "t", builtAt: time("2026-11-30T10:00:00Z")
        ).summary
        #expect(
            summary.lines.contains {
                $0.hasPrefix("Held back 1 card, multiple choice: the date is approximate")
            })
        #expect(
            summary.lines.contains { $0.hasPrefix("Held back 1 card, reverse: the sentence names nothing") })
    }

    @Test func aCueNamesTheEventOfItsOwnClauseNotAWordThatOpensTheSentence() {
        let made = cards(for: [
            "Restoration of the abbey began in 1880.",
            "In 1901 the abbey hired Karl Lund, and in 1903 Lund went to Rome.",
            "On 9 August 1924 Lindqvist earned her licence, and in 1927 she flew from Stockholm to Rome.",
            "A letter from Lindqvist reached Uppsala in 1930.",
        ])
        let cues = made.compactMap { card -> (String, String)? in
            guard case .reverse(let reverse) = card.question else { return nil }
            return (reverse.date, reverse.cue)
        }
        #expect(!cues.contains { $0.0 == "1880" }, "Restoration is no name: \(cues)")
        #expect(cues.contains { $0 == ("1901", "Karl Lund") }, "\(cues)")
        #expect(cues.contains { $0 == ("9 August 1924", "Lindqvist") }, "\(cues)")
    }

    @Test func aDateInBracketsAfterANameGetsNoReverseCard() {
        let made = cards(for: ["Marie Lindqvist (1881–1954) was a Swedish aviator and astronomer."])
        #expect(!made.contains { $0.kind == .reverse })
    }
}
