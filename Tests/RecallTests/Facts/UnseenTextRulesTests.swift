import Foundation
import Testing

@testable import RecallModel

/// The rules found by reading decks built from texts nobody had tuned on: counts read as years, a
/// weekday that names the year, figures and states dated like events, ranges sharing an era,
/// fragments, and connectives left dangling.
@Suite struct UnseenTextRulesTests {
    func found(_ sentence: String) -> [String] {
        var finder = DateFinder()
        return finder.dates(in: sentence).map { "\($0.text)=\($0.value.timex)" }
    }

    func verdict(_ sentence: String) -> FactSelector.Verdict {
        var finder = DateFinder()
        let dates = finder.dates(in: sentence)
        return FactSelector().verdict(sentence, dates: dates, hasPrevious: true)
    }

    @Test(arguments: [
        "The floods called for over 1200 repair crews across the valley.",
        "The council approved more than 1400 new licences.",
        "Rescuers pulled some 1500 stranded travellers from the pass.",
        "A total of 1850 were counted at the gate.",
        "The mill employed nearly 1100 seasonal hands in the district.",
        "The press printed 1300 cheap copies for the campaign.",
        "All the king's ordnance (1861 pieces) had been taken.",
    ])
    func aCountIsNeverAYear(_ sentence: String) {
        #expect(found(sentence) == [])
    }

    @Test(arguments: [
        ("The brotherhood was founded about 1910 by a village priest.", ["1910=1910"]),
        ("In about 1450 the press reached the city.", ["1450=1450"]),
        ("The fort burned around 840 BCE during a raid.", ["840 BCE=BC0840"]),
        ("In 1990 rural households gained electricity.", ["1990=1990"]),
        ("About 1579 he set a song for the college play.", ["1579=1579"]),
    ])
    func aHedgedYearStaysAYear(sentence: String, expected: [String]) {
        #expect(found(sentence) == expected)
    }

    @Test func aWeekdayChoosesTheYearAmongTheStorysYears() {
        var finder = DateFinder()
        _ = finder.dates(in: "The storms began on 28 September 2016.")
        _ = finder.dates(in: "An inquiry reported in 2017.")
        // 29 December 2017 was a Friday; 2016 is the story's recent year where it is a Thursday.
        let day = finder.dates(in: "Power failed again on Thursday 29 December.")
        #expect(day.map(\.value.timex) == ["2016-12-29"])
        #expect(day.first?.anchor == "Thursday fits 2016 (28 September 2016)")
        // A weekday that agrees with the story's year changes nothing.
        let next = finder.dates(in: "It failed once more on Friday 30 December.")
        #expect(next.map(\.value.timex) == ["2016-12-30"])
    }

    @Test func aWeekdayThatFitsNoCandidateLeavesTheStoryRule() {
        var story = StoryTime()
        story.advance(to: .year(1850), text: "1850")
        // 3 March 1850 was a Sunday; no year beside 1850 in reach has it on a Tuesday.
        let day = story.resolve(.day(year: nil, month: 3, day: 3), reading: .forward, weekday: 3)
        #expect(day.value.timex == "1850-03-03")
        #expect(StoryTime.weekdays(year: 1850, month: 3, day: 3) == [1])
    }

    @Test(arguments: [
        "In 2015, the fishing industry contributed 4.2% of national income.",
        "About 30% of homes had running water, according to 2010 census figures.",
        "Only a third of farms had tractors in the 2011 survey of the province.",
        "As of noon on 3 March 2019, more than 4000 homes remained without water.",
        "By 6pm on 4 March 2019 there were still over 900 homes without water.",
        "In May 2018, according to its own page, there may be fewer than 50 employees at the firm.",
        "The 1920s saw a sharp rise in car ownership across the region.",
    ])
    func aFigureOrAStateIsNotAFact(_ sentence: String) {
        #expect(verdict(sentence) == .statistic)
    }

    @Test(arguments: [
        "In 2015, the fishing fleet was sold to a foreign company for a large sum.",
        "The 1920s brought the first paved road to the village.",
    ])
    func anEventWithAYearStaysAFact(_ sentence: String) {
        #expect(verdict(sentence) == .fact)
    }

    @Test func aRangeWithOneEraCarriesItOnBothEnds() {
        #expect(
            found("The hill kingdom lasted from about 1100 to about 950 BCE in the valley.")
                == ["from about 1100 to about 950 BCE=BC1100/BC0950"])
        // Two eras written out, or a first end smaller than the last, are two dates.
        #expect(found("The shrine stood from 40 BC to AD 60 on the hill.").count >= 1)
        #expect(
            found("The town grew from 1450, long after the fall of about 950 BCE.")
                == ["1450=1450", "950 BCE=BC0950"])
    }

    @Test(arguments: [
        ". of the city spoke in 1990 about the plan for the harbour.",
        "and in 1990 the mayor resigned from office after the vote.",
        ", which in 1871 became the capital of the new state.",
        "The drought ruined the harvests. of the region spoke at the summit in May 2009.",
        // Words an extraction dropped before a comma: a measure, a ship's name.
        "In 279 BC a mole spanning more than , which was called the Heptastadion, was built.",
        "On 12 September 1942 the liner was sunk by , a German U-boat, off Africa.",
        "In 1894 the car covered the route at an average speed of .",
    ])
    func aFragmentIsNotAFact(_ sentence: String) {
        #expect(verdict(sentence) == .fragment)
    }

    @Test func aSentenceThatIntroducesAQuotationOrListIsNotAFact() {
        #expect(verdict("In February 2006, the paper's columnist wrote on her blog:") == .introduction)
        #expect(verdict("In 1990 the firm listed three aims: growth, safety and trust.") == .fact)
    }

    @Test func aSuppositionIsNotAFact() {
        #expect(
            verdict("If the 2008 report was right, the firm cut its staff by 70% between 2008 and 2010.")
                == .supposition)
        #expect(verdict("Iffley Lock was rebuilt in 1923 by the river board.") == .fact)
    }

    @Test(arguments: [
        "de Gaulle returned to power in 1958 after the crisis in Algeria.",
        "(The treaty was signed in 1648 after long talks.)",
        "eBay opened its first office in 1995 in a small town.",
        "... All the way up to 1939, the treaty guided the two states.",
        "The levy was raised in 1790, etc. the rest followed later.",
    ])
    func aSentenceThatOpensOddlyButWholeIsAFact(_ sentence: String) {
        #expect(verdict(sentence) == .fact)
    }

    @Test(arguments: [
        (
            "However, in 1775 the assembly voted to raise an army.",
            "In 1775 the assembly voted to raise an army."
        ),
        (
            "Furthermore, on 2 May 1776 the envoys sailed for France.",
            "On 2 May 1776 the envoys sailed for France."
        ),
        (
            "Also in 1777 the council moved its seat to the hills.",
            "In 1777 the council moved its seat to the hills."
        ),
        ("In addition, the mint opened in 1792 in the capital.", "The mint opened in 1792 in the capital."),
        (
            "Finally the treaty was signed in 1783 at Paris.",
            "Finally the treaty was signed in 1783 at Paris."
        ),
    ])
    func aConnectiveIsDroppedWhenTheSentenceStandsAlone(sentence: String, expected: String) throws {
        let source = try SourceText(
            name: "t.txt", bytes: Array("The war went on for years.\n\n\(sentence)\n".utf8))
        let fact = try #require(FactSelector().read(source).compactMap(\.fact).last)
        #expect(fact.text == expected)
        for date in fact.dates {
            #expect(String(decoding: Array(fact.text.utf8)[date.utf8Range], as: UTF8.self) == date.text)
        }
    }
}
