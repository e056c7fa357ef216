import Testing

@testable import RecallModel

/// A topical text starts on its event's day, and choice options for later facts stay after it.
@Suite struct StoryStartTests {
    func facts(_ sentences: [String]) -> [Fact] { storyFacts(sentences) }

    @Test func theStartIsTheFirstFactsEarliestDateNarrowedInsideIt() {
        let quake = facts(["The 2016 Kaikoura earthquake struck on 14 November 2016 near Culverden."])
        #expect(StoryStart.day(of: quake) == .day(year: 2016, month: 11, day: 14))
        // A life or a war starts on a year: no event the other facts are measured against.
        // A record the event is measured against is not its start.
        let storm = facts([
            "Oda was the first major hurricane to strike Tarn since Hurricane Amos in 2003.",
            "Oda formed in the central Atlantic on October 4, 2016.",
        ])
        #expect(StoryStart.day(of: storm) == .day(year: 2016, month: 10, day: 4))
        let life = facts(["Grieg was born in 1843 and wrote his concerto in June 1868."])
        #expect(StoryStart.day(of: life) == nil)
    }

    @Test func noOptionLiesWhollyBeforeTheStartForAnAnswerThatReachesIt() {
        let sentences = [
            "The tram overturned at Sandilands on 9 November 2016, killing seven people.",
            "New speed warnings were fitted across the network in 2017.",
            "The line had opened in May 2000 after years of delay.",
        ]
        let cards = QuestionGenerator(kinds: [.choice], latestYear: 2026).cards(for: facts(sentences)).cards
        var checked = 0
        for card in cards {
            guard case .choice(let choice) = card.question else { continue }
            let years = choice.options.compactMap { DateFinder.parseAnswer($0)?.firstYear }
            if choice.value == .year(2017) {
                checked += 1
                #expect(years.allSatisfy { $0 >= 2016 }, "\(choice.options)")
            }
            // A fact before the start keeps options on both sides.
            if choice.value == .month(year: 2000, month: 5) {
                checked += 1
                #expect(years.contains { $0 < 2000 } || years.contains { $0 > 2000 })
            }
        }
        #expect(checked == 2)
    }

    @Test func theStartItselfHasOptionsOnBothSides() {
        let start = DateValue.day(year: 2016, month: 11, day: 9)
        let generator = DistractorGenerator(span: 2000...2017, latestYear: 2026, storyStart: start.span)
        let before = DateValue.day(year: 2016, month: 11, day: 2)
        #expect(generator.allowed(before, answer: start, sentenceDates: []))
        #expect(!generator.allowed(before, answer: .year(2017), sentenceDates: []))
        // A month that holds the start is no start: its fact may follow the accident.
        #expect(
            !generator.allowed(
                .month(year: 2016, month: 10), answer: .month(year: 2016, month: 11), sentenceDates: []))
    }

    @Test func noCardAsksForTheYearTheWholeTextIsIn() {
        let sentences = [
            "The 2017 Cup final was played on December 9, 2017, at the Tarn Field in Seattle.",
            "The 2017 season was the 22nd in league history.",
            "The league had added the Portland Timbers in 2011.",
        ]
        let cards = QuestionGenerator(kinds: [.reverse, .cloze, .choice], latestYear: 2026).cards(
            for: facts(sentences))
        let dates = cards.cards.compactMap { card -> DateValue? in
            switch card.question {
            case .reverse(let reverse): reverse.value
            case .cloze(let cloze): cloze.value
            case .choice(let choice): choice.value
            default: nil
            }
        }
        #expect(!dates.contains(.year(2017)), "\(dates)")
        #expect(dates.filter { $0 == .year(2011) }.count == 3)
        // The first sentence's 2017 is given away by its own December 9, 2017; the season's is the title year.
        #expect(cards.skipped[.storysOwnTime] == 1)
        // A war is not named by a year: its first year is asked like any other.
        #expect(StoryStart.titleYear(of: facts(["In 1950 the northern army crossed the river."])) == nil)
        let final = [
            "The league's final, MLS Cup 2017, was won by Toronto.", "The semifinals were played in 2017.",
            "The league had begun play in 1996.",
        ]
        #expect(StoryStart.titleYear(of: facts(final)) == 2017)
        // A text whose dates mostly lie away from its first year is not about that year.
        let history =
            final + [
                "The club was founded in 1906.", "Its ground was rebuilt in 1956.",
                "A stand was added in 1975.",
            ]
        #expect(StoryStart.titleYear(of: facts(history)) == nil)
    }

    /// `The Samalas volcano erupted in 1257` names nothing by its year, but a text called
    /// `1257-samalas-eruption.txt` that names 1257 more than any other year is about it.
    @Test func aTitleWritingTheFirstYearNamesTheSubject() {
        let eruption = [
            "The Tarn volcano erupted in 1257 on an island.", "Ash from the 1257 eruption was found in 1990.",
            "Its ice-core signal of 1257 was matched in 2013.", "A temple was built over it in 1915.",
            "The famine of 1258 was linked to it in 2004.", "The 1257 crater was mapped in 1990.",
        ]
        #expect(StoryStart.titleYear(of: facts(eruption)) == nil)
        #expect(StoryStart.titleYear(of: facts(eruption), title: "1257-tarn-eruption.txt") == 1257)
        // A title whose year is not the text's first, or that writes two, names nothing.
        #expect(StoryStart.titleYear(of: facts(eruption), title: "1990-survey.txt") == nil)
        #expect(StoryStart.titleYear(of: facts(eruption), title: "1257-1258 eruptions.txt") == nil)
        let cards = QuestionGenerator(latestYear: 2026, title: "1257-tarn-eruption.txt").cards(
            for: facts(eruption))
        #expect(cards.skipped[.storysOwnTime] ?? 0 >= 1)
        #expect(
            !cards.cards.contains { card in
                if case .period(let question) = card.question { return question.dateValue == .year(1257) }
                return false
            })
    }
}
