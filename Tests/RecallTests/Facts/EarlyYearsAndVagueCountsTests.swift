import Testing

@testable import RecallModel

/// Early years before a verb or a singular noun, day arithmetic before Christ, our era after a BC
/// story, vague and whole-century counts, parts of a day and of a period, and a year range ending on
/// a full day: the forms set 11's texts showed.
@Suite struct EarlyYearsAndVagueCountsTests {

    @Test func anEarlyYearNeedsNoSmallWordAfterIt() {
        #expect(storyDates(["In 920 king Charles invaded the duchy."]) == ["920=0920"])
        #expect(storyDates(["In 925 duke Gilbert rebelled."]) == ["925=0925"])
        #expect(storyDates(["The army in 933 routed them at Riade."]) == ["933=0933"])
        #expect(storyDates(["The marriage was annulled in 909 because her vows held."]) == ["909=0909"])
        #expect(
            storyDates(["He planned a march in the autumn of 935 that failed."]) == ["autumn of 935=0935-FA"])
        #expect(
            storyDates(["He rebelled between 912 and 915 over the lands."]) == [
                "between 912 and 915=0912/0915"
            ])
        #expect(storyDates(["A second wave arrived in about 540, when the city fell."]) == ["540=0540"])
    }

    @Test func aNumberBeforeWhatItCountsStaysACount() {
        #expect(storyDates(["The fleet sailed in 300 ships."]).isEmpty)
        #expect(storyDates(["The garrison was relieved by 500 men."]).isEmpty)
        #expect(storyDates(["They landed in 300 armed boats."]).isEmpty)
        #expect(storyDates(["The vote was between 300 and 400 delegates."]).isEmpty)
    }

    @Test func daysCountAcrossTheEraBeforeChrist() {
        #expect(
            storyDates(["On 1 September 31 BC he addressed the fleet.", "The next day was wet."]) == [
                "1 September 31 BC=BC0031-09-01", "The next day=BC0031-09-02",
            ])
        #expect(
            storyDates(["The pact expired on 31 December 1 BC.", "The next day the senate met."]) == [
                "31 December 1 BC=BC0001-12-31", "The next day=0001-01-01",
            ])
        #expect(
            storyDates(["The truce was sworn in 1 BC.", "A year later it broke."]).last == "A year later=0001"
        )
    }

    @Test func theCalendarMatchesKnownWeekdays() {
        // 14 July 1789 was a Tuesday; 1 January AD 1 a Monday on the proleptic Gregorian calendar.
        #expect(HistoricalCalendar.weekday(year: 1789, month: 7, day: 14) == 3)
        #expect(HistoricalCalendar.weekday(year: 1, month: 1, day: 1) == 2)
        #expect(HistoricalCalendar.shift(year: 2016, month: 2, day: 28, by: 1)! == (2016, 2, 29))
        #expect(HistoricalCalendar.shift(year: -1, month: 12, day: 31, by: 1)! == (1, 1, 1))
        #expect(HistoricalCalendar.shift(year: 1, month: 1, day: 1, by: -1)! == (-1, 12, 31))
        #expect(HistoricalCalendar.shift(year: 1900, month: 2, day: 29, by: 0) == nil)
    }

    @Test func aCenturyOfOurEraEndsAStoryBeforeChrist() {
        #expect(
            storyDates([
                "Humans built huts from around 6000 BC.",
                "Late Antiquity lasted until the 7th century in the city.",
                "It ended with attacks by Charles Martel in 739, when the city was punished.",
            ]).last == "739=0739")
        #expect(
            storyDates(["He was born in 444 BC.", "In 394 he returned home."]).last == "394=BC0394")
    }

    @Test func aVagueCountFixesNoDate() {
        #expect(
            storyDates(["He took the title in 27 BC.", "Some years later he was named Augustus."]).last
                == "Some years later=REL")
        #expect(
            storyDates(["The port fell in 1481.", "A few years later a fort was built."]).last
                == "A few years later=REL")
        #expect(
            storyDates([
                "The final was played in 2017.", "Several weeks before the match, the band was announced.",
            ]).last
                == "Several weeks before the match=REL")
        #expect(
            storyDates([
                "It was incorporated in 1482.", "Some 30 years after its incorporation, the king came.",
            ])
            .last
                == "Some 30 years after its incorporation=REL")
        // `the next few days` is a stretch of time.
        #expect(
            storyDates(["War was declared on 14 May 1948.", "Over the next few days after it, armies came."])
                .count
                == 1)
    }

    @Test func wholeCountsOfYearsAndCenturies() {
        #expect(
            storyDates(["The treaty was signed in 1648.", "A year later the troops left."]).last
                == "A year later=1649")
        #expect(
            storyDates([
                "Towards the end of the 16th century, plague returned.", "A century later troubles came.",
            ])
            .last
                == "A century later=16XX")
    }

    @Test func partsOfADayCountFromTheStory() {
        #expect(
            storyDates([
                "The town was cut off on 15 November 2016.", "About 1,000 people left the following morning.",
            ]) == [
                "15 November 2016=2016-11-15", "the following morning=2016-11-16",
            ])
        #expect(
            storyDates([
                "The ship arrived on 16 November 2016.", "It reached the port early the following morning.",
            ]).last
                == "early the following morning=2016-11-17")
        #expect(
            storyDates(["The fire broke out on 2 June 1666.", "The previous evening was calm."]).last
                == "The previous evening=1666-06-01")
    }

    @Test func partsOfAPeriodAndItsEdgeDays() {
        #expect(storyDates(["He was chosen early in 1511."]) == ["early in 1511=1511"])
        #expect(
            storyDates(["The triumvirate expired on the last day of 33 BC."]) == [
                "last day of 33 BC=BC0033-12-31"
            ]
        )
        #expect(
            storyDates(["The law took effect on the first day of March 1917."]) == [
                "first day of March 1917=1917-03-01"
            ])
        #expect(
            storyDates([
                "The army landed in 1915.", "It was not until the latter part of August that it moved.",
            ])
            .last
                == "latter part of August=1915-08")
    }

    @Test func aYearRangeMayEndOnAFullDay() {
        #expect(
            storyDates(["He married Anna Maria (1532–20 March 1568) in 1550."]).first
                == "1532–20 March 1568=1532/1568-03-20")
        #expect(storyDates(["The war of 1877–78 ended."]) == ["1877–78=1877/1878"])
    }

    @Test func aDayJoinedToAFullDayIsADayOfItsMonth() {
        #expect(
            storyDates(["The ramp was removed during the weekend of 17 and 18 December 2016."]) == [
                "17=2016-12-17", "18 December 2016=2016-12-18",
            ])
        #expect(storyDates(["The club scored 2 and 3 goals."]).isEmpty)
    }

    @Test func aCenturyKeepsTheEraWrittenAfterIt() {
        #expect(storyDates(["The Visigoths took it in the 5th century AD."]) == ["5th century AD=04XX"])
        #expect(storyDates(["It was founded in the 3rd century BC."]) == ["3rd century BC=BC02XX"])
    }

    @Test func aSeasonBeforeAVerbIsStillASeason() {
        #expect(
            storyDates([
                "The fleet wintered in 31 BC.", "He found himself in the spring attacked on two sides.",
            ])
            .last
                == "spring=BC0031-SP")
        #expect(storyDates(["The army prepared in 1916.", "It planned the spring offensive."]).count == 1)
    }

    @Test func midCenturyWithoutItsHyphen() {
        #expect(
            storyDates(["The plague struck in 1720, but the town recovered by mid century."]) == [
                "1720=1720", "mid century=17XX",
            ])
    }

    @Test func aLongRemarkInBracketsLeavesTheStoryWhereItWas() {
        #expect(
            storyDates([
                "The final was played on 30 September 2017.",
                "It was their third final (the club having won their last two finals in 1997 and 1998).",
                "It was the first final since the inaugural one 119 years earlier.",
            ]).last == "119 years earlier=1898")
        // A short bracket dates the event before it.
        #expect(
            storyDates([
                "The army surrendered at Saratoga (in October 1777).", "In March the troops marched.",
            ])
            .last
                == "March=1778-03")
    }

    @Test func anOrdinalBeforeACompoundOrAnotherOrdinalIsARank() {
        #expect(
            storyDates([
                "The queen was crowned on 17 September 1382.", "So wrote the 15th-century historian Długosz.",
            ])
                == ["17 September 1382=1382-09-17", "15th-century=14XX"])
        #expect(
            storyDates([
                "The town was held on 1 December 1854.", "It was joined by the 12th and 40th regiments.",
            ])
                == ["1 December 1854=1854-12-01"])
        #expect(
            storyDates(["The town was held on 1 December 1854.", "It fell on the 12th."]).last
                == "12th=1854-12-12"
        )
    }

    @Test func aSpanOfOurEraWrittenOnceAtTheEnd() {
        #expect(storyDates(["The Jin dynasty (265–420 AD) ruled the coast."]) == ["265–420 AD=0265/0420"])
        #expect(storyDates(["It held 264 to 241 BC."]) == ["264 to 241 BC=BC0264/BC0241"])
    }

    @Test func countsThatLookLikeYears() {
        #expect(
            storyDates(["The league was founded in 478 BC, numbering between 150 and 330 members later."])
                .count
                == 1)
        #expect(
            storyDates(["They numbered just 900 in 1583 and 1200 out of 26,000 in 1640."]) == [
                "1583=1583", "1640=1640",
            ])
        #expect(storyDates(["The population grew from about 200 thousand in 1940."]) == ["1940=1940"])
    }
}
