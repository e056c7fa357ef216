import Testing

@testable import RecallModel

/// Spans that count down or write their era once, dates a sentence restates, months written the ISO
/// way or with `last`, and sentences whose dates only mark a record: the forms sets 14 and 15 showed.
@Suite struct ErasRangesAndRestatedDatesTests {

    @Test func aSpanOfYearsCountingDownIsBeforeChrist() {
        #expect(
            storyDates(["The reforms went on under Ishmerin (1871-1860), a later king."]) == [
                "1871-1860=BC1871/BC1860"
            ])
        // A span whose end writes our era stays there; alternatives with a slash are no span.
        #expect(storyDates(["The town was walled 61 - 40 AD by the legion."]) != ["61 - 40 AD=BC0061/BC0040"])
    }

    @Test func anEraWrittenOnceAtTheEndServesBothEnds() {
        #expect(
            storyDates(["The scholar Theonas (c. 142–68 BC) wrote a history."]) == ["142–68 BC=BC0142/BC0068"]
        )
        #expect(storyDates(["The dynasty ruled from 312 to 618 AD."]) == ["from 312 to 618 AD=0312/0618"])
        #expect(
            storyDates(["The kings of the plain reigned between c. 2230 BC and 2190 BC."]) == [
                "between c. 2230 BC and 2190 BC=BC2230/BC2190"
            ])
    }

    @Test func conjoinedCenturiesShareTheEraWrittenAfterThem() {
        #expect(
            storyDates(["In the 25th and 24th centuries BC, the herders built towns."]) == [
                "25th=BC24XX", "24th centuries BC=BC23XX",
            ])
    }

    @Test func conjoinedCenturiesMayEachTakeAPart() {
        #expect(
            storyDates(["Towns grew in the late 17th and early 18th centuries."]) == [
                "late 17th=16XX", "early 18th centuries=17XX",
            ])
        let fact = storyFacts(["Towns grew in the late 17th and early 18th centuries."])[0]
        let cards = QuestionGenerator(latestYear: 2026).cards(for: [fact])
        #expect(!cards.cards.contains { if case .cloze = $0.question { true } else { false } })
    }

    @Test func aCenturyWithoutItsEraTakesTheStorysBeforeChrist() {
        #expect(
            storyDates(["The walls fell in 1410 BC.", "In the late 14th century the city was rebuilt."]) == [
                "1410 BC=BC1410", "late 14th century=BC13XX",
            ])
        // Far from the story's years, a century is our era's (`the 19th century` of the excavations).
        #expect(
            storyDates(["The walls fell in 58 BC.", "In the 19th century the site was dug."]) == [
                "58 BC=BC0058", "19th century=18XX",
            ])
    }

    @Test func aHyphenBeforeANumberNoSpanCouldEndOnWritesAMonth() {
        #expect(storyDates(["In 2013-05, the firm filed a second suit."]) == ["2013-05=2013-05"])
        #expect(storyDates(["In 2013-13 nothing happened."]).first != "2013-13=2013/2113")
        #expect(storyDates(["In 2013-11, the firm filed a second suit."]) == ["2013-11=2013-11"])
        // A span that goes forward stays a span: `the 2013-14 season`.
        #expect(storyDates(["They won the title in 2013-14."]) == ["2013-14=2013/2014"])
    }

    @Test func lastNovemberIsTheNovemberBeforeTheStorysMonth() {
        #expect(
            storyDates(["In March 1977, the council sued again over the loss of last November."]) == [
                "March 1977=1977-03", "last November=1976-11",
            ])
    }

    @Test func aMonthOrSeasonTakesTheYearNamedAfterItWithoutAPreposition() {
        #expect(
            storyDates(["The envoys arrived in 1402.", "They met again in August that year."]) == [
                "1402=1402", "August that year=1402-08",
            ])
        #expect(
            storyDates(["The envoys arrived in 1402.", "The walls fell in the autumn of that year."]) == [
                "1402=1402", "autumn of that year=1402-FA",
            ])
    }

    @Test func christmasBeforeAYearIsADayWhateverStandsBeforeIt() {
        #expect(storyDates(["He feasted his vassals over Christmas 1203."]) == ["Christmas 1203=1203-12-25"])
    }

    @Test func slashedDecadesAreOneDate() {
        #expect(storyDates(["Talks were offered in the 1950s/1960s."]) == ["1950s/1960s=195X/196X"])
    }

    @Test func theTwoThousandsAreADecade() {
        #expect(storyDates(["In the 2000s the line was rebuilt."]) == ["2000s=200X"])
        #expect(storyDates(["By the 1700s the line was built."]) == ["1700s=17XX"])
    }

    @Test func aCountRightAfterAWrittenDateRestatesIt() {
        #expect(
            storyDates([
                "The first flight was in 1931.", "In May 2012, 80 years later, the route was flown again.",
            ]) == [
                "1931=1931", "May 2012=2012-05", "80 years later=2012",
            ])
    }

    @Test func aCountFromAClauseIsNoCountFromTheStory() {
        let dates = storyDates(["In 1990 the brand was revived, nearly three decades after it was dropped."])
        #expect(dates == ["1990=1990", "three decades after=REL"])
    }

    @Test func agoCountsBackFromTheStory() {
        #expect(
            storyDates(["The 1988 season began badly, after a fine run from one year ago."]).last
                == "one year ago=1987"
        )
    }

    @Test func theStoryGoesOnFromTheYearTheWholeSentenceGave() {
        // `June` reads the story's 1980 until the sentence's end gives it 1939: the next day is 1939's.
        #expect(
            storyDates([
                "The terminal was used as late as 1980.",
                "In June and July 1939, the airline flew a mail service.",
                "The plane left on 24 June.",
            ]).last == "24 June=1939-06-24")
    }

    @Test func aNumberAfterTheThatNoNounFollowsIsAName() {
        #expect(storyDates(["In 1966 the maker launched the 1200, a small saloon."]) == ["1966=1966"])
        #expect(storyDates(["During the 1890, the houses were plastered."]) == ["1890=1890"])
    }

    @Test func aSentenceWhoseDatesOnlyMarkARecordIsNoFact() {
        let selector = FactSelector()
        let record = "The team fell to 1–8, their worst start since 1976."
        #expect(selector.read(SourceText(name: "t", text: record)).first?.verdict == .record)
        let fact = "The team has played in the new stadium since 1976."
        #expect(selector.read(SourceText(name: "t", text: fact)).first?.verdict == .fact)
    }

    /// A text that lost the space before its months (a converted `&nbsp;`): `on 27May`.
    @Test func aDayGluedToItsMonthIsStillADay() {
        #expect(
            storyDates(["The prince was crowned on 14August 1587.", "He died on 27November."]) == [
                "14August 1587=1587-08-14", "27November=1587-11-27",
            ])
        #expect(storyDates(["The MiG29 flew in 1977."]) == ["1977=1977"])
    }
}
