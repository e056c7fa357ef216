import Foundation
import Testing

@testable import RecallModel

/// The timeline, landmark and period faults of the s5 blind reading, each with sentences written
/// for this test: items that tell one event twice or are too close to order, labels that need the
/// sentence before or show another date, landmarks that are states or remarks, centuries of years
/// ending in 00, author-date citations read as dates, and a pronoun after a sentence naming two people.
@Suite struct TimelineFaultTests {
    func facts(_ sentences: [String]) -> [Fact] { storyFacts(sentences) }

    func timelineItems(_ sentences: [String]) -> [TimelineQuestion.Item] {
        QuestionGenerator(kinds: [.timeline], latestYear: 2026).cards(for: facts(sentences)).cards
            .flatMap { card -> [TimelineQuestion.Item] in
                if case .timeline(let timeline) = card.question { return timeline.items }
                return []
            }
    }

    func deck(_ text: String) throws -> Deck {
        try DeckBuilder().build(
            SourceText(name: "t.txt", text: text), name: "t", builtAt: time("2026-11-30T10:00:00Z")
        ).deck
    }

    let plainEvents = [
        "The Harlow Canal Company was chartered by the county in 1791.",
        "Engineers finished the first lock at Millbrook in 1794.",
        "A flood destroyed the aqueduct over the River Teme in 1799.",
        "The canal reached the coal fields at Ashby in 1803.",
    ]

    @Test func plainEventsMakeATimelineDatedByTheirOwnDate() {
        let items = timelineItems(plainEvents)
        #expect(items.count == 4)
        #expect(Set(items.map(\.date)) == ["1791", "1794", "1799", "1803"])
        // `in ____` is taken out: each label tells its event, with at most one gap.
        #expect(items.allSatisfy { $0.label.components(separatedBy: ClozeQuestion.blank).count <= 2 })
        #expect(items.contains { $0.label == "A flood destroyed the aqueduct over the River Teme." })
    }

    @Test func itemsTooCloseToTellApartAreLeftOut() {
        // 1794 and 1795 have no whole year between them: only one of them can be an item.
        let items = timelineItems(
            plainEvents + [
                "Traffic on the Millbrook section began early in the spring of 1795 with grain barges."
            ])
        let years = items.compactMap { $0.value.firstYear }
        for (a, b) in zip(years.sorted(), years.sorted().dropFirst()) { #expect(b - a >= 2) }
        #expect(
            !TimelineItem(
                fact: facts(["x"])[0], date: day("30 October 2016"), label: "", bounds: span("2016-10-30"),
                words: [], names: []
            ).isKnowablyApart(
                from: TimelineItem(
                    fact: facts(["y"])[0], date: day("31 October 2016"), label: "",
                    bounds: span("2016-10-31"),
                    words: [], names: [])))
    }

    func day(_ text: String) -> DateExpression {
        var finder = DateFinder()
        return finder.dates(in: "It happened on \(text).")[0]
    }

    func span(_ timex: String) -> Range<Double> {
        DateValue(timex: timex)!.span!
    }

    @Test func oneOnceOnlyEventToldTwiceIsOneItem() {
        // A founding told as legend and as history, ten years apart, with the same names.
        let items = timelineItems([
            "Old tales say Corvan of Tessaly founded Port Amaris in 712 BC after a storm.",
            "Port Amaris was colonized by settlers from Tessaly in 702 BC.",
            "The harbour walls of Port Amaris were raised in 640 BC.",
            "A fire burnt the temple quarter of Port Amaris in 590 BC.",
            "Merchants from Sidon opened a trading house in the lower town in 550 BC.",
        ])
        let founding = items.filter { $0.label.contains("founded") || $0.label.contains("colonized") }
        #expect(founding.count == 1)
    }

    @Test func aClosingToldTwiceInOtherWordsIsOneItem() {
        let items = timelineItems([
            "The Ridgeway paper mill opened on the river bank in 1921.",
            "Northland Board bought the Ridgeway mill in 1958.",
            "Northland shuttered the mill in 1994 because of falling prices.",
            "After decades of losses, Northland Board closed the Ridgeway mill in 1995 and sold the land.",
            "A housing estate was built on the old mill site in 2009.",
        ])
        #expect(items.filter { $0.label.contains("shuttered") || $0.label.contains("closed") }.count <= 1)
    }

    @Test func labelsThatNeedTheSentenceBeforeAreNoItems() {
        #expect(!LabelReading.readsAlone("Although final figures are late, it is expected to fall to ____."))
        #expect(!LabelReading.readsAlone("Stone shuttered it in ____ because of overcapacity."))
        #expect(!LabelReading.readsAlone("The naming of these isotopes was settled by a committee in ____."))
        #expect(!LabelReading.readsAlone("The two men met again in Rome in ____."))
        #expect(LabelReading.readsAlone("The two bridges of Vell were finished in ____."))
        #expect(!LabelReading.readsAlone("The Tanner Guild did the same on ____."))
        #expect(!LabelReading.readsAlone("One example was a loan to the mill in ____."))
        #expect(!LabelReading.readsAlone("During her term she opened a library in ____."))
        #expect(LabelReading.readsAlone("The Harlow Canal Company was chartered by the county in ____."))
        #expect(LabelReading.readsAlone("After the flood of ____, the town rebuilt its bridge."))
    }

    @Test func figuresAreNoTimelineItems() {
        #expect(LabelReading.statesAFigure("Nearly 30% of the weavers were members by ____."))
        #expect(LabelReading.statesAnAmount("The final sum in ____ was over £412."))
        #expect(!LabelReading.statesAnAmount("The mill opened in ____ with 40 looms."))
    }

    @Test func aLabelShowsNoOtherDateAndIsCutOnlyBetweenClauses() throws {
        let fact = facts([
            "Wenna Tull was baptized on 3 May 1861, and she married the printer Amos Rudd in 1868."
        ])[0]
        let label = try #require(TimelineItem.label(for: fact, date: fact.dates[0], maximumWords: 24))
        #expect(label == "Wenna Tull was baptized …")
        // The other date stands before the blank: no cut can take it out.
        let late = facts(["After the fire of 1861 the printer Amos Rudd moved his press to Dunmore in 1868."]
        )[0]
        #expect(TimelineItem.label(for: late, date: late.dates[1], maximumWords: 24) == nil)
        // No clause boundary within reach: a long label is no item rather than a label cut mid-phrase.
        let long = facts([
            "The printer Amos Rudd of Dunmore was elected to the town council in 1868 together with Wenna Tull and Ezra Pike and Ada Moss and Tom Hale of the river ward."
        ])[0]
        #expect(TimelineItem.label(for: long, date: long.dates[0], maximumWords: 24) == nil)
    }

    @Test func theEdgeOfAStateIsNoItemAndNoLandmark() {
        let items = timelineItems(
            plainEvents + ["By 1810 the company owned forty barges and two warehouses on the quay."])
        #expect(!items.contains { $0.label.contains("forty barges") })
    }

    @Test func aRemarkIsNoLandmark() {
        #expect(
            QuestionGenerator.isARemark(
                "Ada Moss wrote to the Dunmore Courier in May 1902: \"We need a library.\""))
        #expect(!QuestionGenerator.isARemark("The Dunmore library opened in May 1902."))
    }

    @Test func aYearEndingIn00IsNotAskedByItsCentury() {
        let cards = QuestionGenerator(kinds: [.period], latestYear: 2026).cards(
            for: facts([
                "The Dunmore tramway opened to passengers in 1800.",
                "The Dunmore bridge was rebuilt in stone in 1642.",
                "The Dunmore market hall burnt down in 1575.",
            ])
        ).cards
        let periods = cards.compactMap { card -> PeriodQuestion? in
            if case .period(let period) = card.question { return period }
            return nil
        }
        #expect(!periods.contains { $0.dateValue.firstYear == 1800 })
        #expect(periods.contains { $0.dateValue.firstYear == 1642 })
        // The century a year ending in 00 closes: 1800 is the 18th century's last year.
        #expect(PeriodQuestion.century(of: 1800)?.text == "the 18th century")
        #expect(PeriodQuestion.century(of: 1801)?.text == "the 19th century")
        #expect(PeriodQuestion.century(of: -300)?.text == "the 3rd century BC")
    }

    @Test func aYearThatEndsANameMakesNoCard() {
        let fact = facts(["The Dunmore Harbour Act 1887 came into force when the new quay opened in 1889."])[
            0]
        #expect(Trivia.endsAName(fact.dates[0], in: fact.text))
        #expect(!Trivia.endsAName(fact.dates[1], in: fact.text))
        let easter = facts(["The mill strike began at Easter 1912 and lasted nine weeks."])[0]
        #expect(!Trivia.endsAName(easter.dates[0], in: easter.text))
    }

    @Test func authorDateCitationsAreNoDates() throws {
        let cases: [(String, [String])] = [
            ("The weavers' guild was dissolved in 1791 (Harker 2004).", ["1791"]),
            ("The guild was dissolved in 1791 (quoted in Harker 2004 p 31).", ["1791"]),
            (
                "The guild was dissolved in 1791 (Harker and Lind, 2004a; Moss et al. 2011, pp. 3–5).",
                ["1791"]
            ),
            ("Harker (2004) argues that the guild was dissolved in 1791.", ["1791"]),
            ("According to Harker (2004), the guild was dissolved in 1791.", ["1791"]),
            ("The songs were reissued on a record in 1977 (Tidewater Records 2006).", ["1977"]),
            ("The guild was dissolved in 1791 (Harker 2004, Chapter 2).", ["1791"]),
            // A book's imprint, and an article's authors before its quoted title.
            (
                "The guild's rules were printed in 1791 (London, England: J. Harker, 1798), pp. 102–104.",
                ["1791"]
            ),
            ("L. Harker and G. Lind (2015) \"The guild in 1791,\" Journal of Trades, 45.", ["1791"]),
            // Not citations: a date in a bracket, a year after a title, a battle's year.
            ("The guild was dissolved (May 1791) after the riots.", ["May 1791"]),
            ("Ada Moss published \"River Songs\" (1885) in Dunmore.", ["1885"]),
            ("The regiment fought at Carrow (Battle of Carrow Ford, 1803) and retreated.", ["1803"]),
        ]
        for (sentence, expected) in cases {
            let readings = FactSelector().read(
                SourceText(name: "t.txt", text: "Dunmore history.\n\n" + sentence))
            let dates = readings.last?.dates.map(\.text) ?? []
            #expect(dates == expected, "\(sentence)")
        }
    }

    @Test func aPronounAfterASentenceNamingTwoPeopleIsNotNamed() throws {
        let deck = try deck(
            """
            Ada Moss was born in Dunmore in 1871.

            In 1921, Edmund Pryce awarded Ada Moss the OBE. By 1925 she was running the Dunmore library.
            """)
        #expect(
            !deck.facts.contains { $0.text.contains("Edmund Pryce was running") }, "\(deck.facts.map(\.text))"
        )
    }
}
