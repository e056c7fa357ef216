import Testing

@testable import RecallModel

/// Dates given as one of two (`1598 or 1599`, `18 March 1555/6`), lifespans that start on such a
/// pair, lists of days sharing a month, weekdays before the Gregorian reform, and phrases counted
/// from an event: the forms set 13's texts showed.
@Suite struct AlternativesAndEventsTests {

    @Test func twoNeighbouringAlternativesAreOneDate() {
        #expect(storyDates(["Thomas Lewknor died in 1598 or 1599."]) == ["1598 or 1599=1598/1599"])
        #expect(
            storyDates(["The rebels attacked on either 11 or 12 December 1928."]) == [
                "11 or 12 December 1928=1928-12-11/1928-12-12"
            ])
        #expect(storyDates(["In 39 or 38 BC he was made governor."]) == ["39 or 38 BC=BC0039/BC0038"])
        // Alternatives further apart are two dates.
        #expect(
            storyDates(["She was born on 30 April or 16 October 1325."]) == [
                "30 April=1325-04-30", "16 October 1325=1325-10-16",
            ])
    }

    @Test func aDualDatedDayMovesTheStoryToTheLaterYear() {
        #expect(
            storyDates(["He was pardoned on 18 March 1555/6.", "On 6 June he was taken to the Tower."]) == [
                "18 March 1555/6=1555-03-18/1556-03-18", "6 June=1556-06-06",
            ])
    }

    @Test func aLifespanStartsOnTheEarlierAlternative() {
        #expect(
            storyDates(["Agrippa (64/62 BC – 12 BC) was a Roman general."]) == [
                "64/62 BC – 12 BC=BC0064/BC0012"
            ])
        #expect(
            storyDates(["Alfonso I (1073/1074 – 7 September 1134) was king of Aragon."]) == [
                "1073/1074 – 7 September 1134=1073/1134-09-07"
            ])
    }

    /// A fuzz finding: `1/8–78` was read as a span from 1 to 78, so that `1/9–78` was graded right.
    @Test func aTypedAnswerKeepsEveryDigit() {
        #expect(DateFinder.parseAnswer("1/8–78")?.timex != "0001/0078")
        #expect(!AnswerChecker.textMatches("1/9–78", "1/8–78"))
    }

    @Test func aRangeMayCloseItsFirstYearWithAComma() {
        #expect(
            storyDates(["From May 28, 1892, to January 14, 1893, the legislature sat."]) == [
                "From May 28, 1892, to January 14, 1893=1892-05-28/1893-01-14"
            ])
    }

    @Test func daysListedBeforeOrAfterTheirMonthShareIt() {
        #expect(
            storyDates(["It was read on 3, 10 and 15 March 1559."]) == [
                "3=1559-03-03", "10=1559-03-10", "15 March 1559=1559-03-15",
            ])
        #expect(
            storyDates(["On March 17 and 18, 1936, the river peaked."]) == [
                "March 17=1936-03-17", "18, 1936=1936-03-18",
            ])
        #expect(
            storyDates(["The camp opened in July 2017.", "On July 29 and 31, two players left."]) == [
                "July 2017=2017-07", "July 29=2017-07-29", "31=2017-07-31",
            ])
        // A day that opens a range after the joiner is not a day of its own.
        #expect(!storyDates(["Drills ran on June 1 and 5–8, 2017."]).contains { $0.hasPrefix("5=") })
    }

    @Test func aWeekdayBeforeTheReformIsJulian() {
        #expect(HistoricalCalendar.weekdaysInUse(year: 1556, month: 9, day: 6) == [1])
        #expect(HistoricalCalendar.julianWeekday(year: 1582, month: 10, day: 4) == 5)
        // Between the reform and Britain's adoption of it, either calendar's weekday may be meant.
        #expect(HistoricalCalendar.weekdaysInUse(year: 1700, month: 1, day: 1).count == 2)
        #expect(
            storyDates(["The trial opened in June 1556.", "He was hanged on Sunday 6 September."]) == [
                "June 1556=1556-06", "Sunday 6 September=1556-09-06",
            ])
    }

    @Test func aSectionOfALifeGoesOnFromWhereTheLastEnded() {
        #expect(
            storyDates(
                [
                    "Guy Fawkes (13 April 1570 – 31 January 1606) was a soldier.", "The plot",
                    "By October 1605 the cellar was full.", "Discovery", "On 26 October a letter came.",
                ], headings: [1, 3]) == [
                    "13 April 1570 – 31 January 1606=1570-04-13/1606-01-31", "October 1605=1605-10",
                    "26 October=1605-10-26",
                ])
        // The span frames the text: the lead's bare days follow the year it names next, not the death.
        #expect(
            storyDates([
                "Guy Fawkes (13 April 1570 – 31 January 1606), a soldier, planned the Gunpowder Plot of 1605.",
                "He was caught on 5 November.", "He was executed on 31 January.",
            ]).suffix(2) == ["5 November=1605-11-05", "31 January=1606-01-31"])
        // A text that opens on a day goes back to it after a heading without a date.
        #expect(
            storyDates(
                [
                    "The earthquake struck on 14 November 2016.", "By 20 December repairs began.", "Response",
                    "On 15 November the army came.",
                ], headings: [2]
            ).last == "15 November=2016-11-15")
    }

    @Test func aPhraseCountedFromAnEventTakesTheDateTheTextGaveIt() {
        // The event's noun, or its verb, in a recent sentence with one date precise enough.
        #expect(
            storyDates([
                "The final was played on 9 December 2017.", "The day after the final, fans gathered.",
            ]).last == "The day after the final=2017-12-10")
        #expect(
            storyDates([
                "The pact was signed on 25 March 1941 in Vienna.", "Crowds gathered in Belgrade.",
                "The day after the signing, the army moved.",
            ]).last == "The day after the signing=1941-03-26")
        #expect(
            storyDates([
                "On 3 December 1854 soldiers stormed the Eureka Stockade.",
                "Thirteen men were tried in 1855.",
                "Three months after the Eureka Stockade, Lalor wrote a letter.",
            ]).last == "Three months after the Eureka Stockade=1855-03")
        // A person's death is the end of the life the text opens with.
        #expect(
            storyDates([
                "Alfonso I (1073/1074 – 7 September 1134) was king of Aragon.",
                "In October 1131, three years before his death, he made his will.",
            ]).last == "three years before his death=1131")
        // A common noun far back, or a sentence with two days, dates nothing.
        #expect(
            storyDates(
                ["The race was run on 5 November 2016."] + Array(repeating: "He won in 2017.", count: 7)
                    + ["The day after the race, he rested."]
            ).last == "The day after the race=REL")
        #expect(
            storyDates([
                "The assembly met in 1947.", "The vote of 12 May and the vote of 29 November split it.",
                "The day after the vote, the assembly met.",
            ]).last == "The day after the vote=REL")
    }

    @Test func aDayAfterANameWithAYearTakesItsYear() {
        #expect(
            storyDates([
                "The colt was foaled on March 21, 2014.",
                "Classic Empire was a favourite for the 2017 Kentucky Derby, held on May 6.",
            ]).last == "May 6=2017-05-06")
        #expect(
            storyDates([
                "The works were bombed in March 1942.",
                "The Government passed the Emergency Powers Act 1939 on 24 August.",
            ]).last == "24 August=1939-08-24")
    }

    @Test func aBoundOnATimeIsAYear() {
        #expect(storyDates(["She lived until at least 1551, in Kingston."]) == ["1551=1551"])
        #expect(storyDates(["The army lost at least 1551 men."]).isEmpty)
    }

    @Test func aPhraseCountedFromAnEventKeepsTheEventAndIsNotCountedFromTheStory() {
        #expect(
            storyDates([
                "The season opened in March 2017.", "The day after the final, fans gathered.",
            ])
                == ["March 2017=2017-03", "The day after the final=REL"])
        #expect(
            storyDates(["In October 1131 he made his will, three years before his death."]) == [
                "October 1131=1131-10", "three years before his death=REL",
            ])
        #expect(
            storyDates(["Three days after the prorogation of the assembly, the queen acted."]) == [
                "Three days after the prorogation of the assembly=REL"
            ])
        // A clause after `after` is no event phrase, and a dated event keeps its own date.
        #expect(storyDates(["The talks began two days after the KPA invaded the south."]).isEmpty)
        #expect(
            !storyDates(["It came three months before the October Chinese intervention in 1950."]).contains {
                $0.hasPrefix("three months before")
            })
    }
}
