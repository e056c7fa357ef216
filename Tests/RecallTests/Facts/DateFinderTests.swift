import Testing

@testable import RecallModel

@Suite struct DateFinderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var dates: [String]
        var testDescription: String { sentence }

        init(_ sentence: String, _ dates: [String]) {
            self.sentence = sentence
            self.dates = dates
        }
    }

    func found(_ sentence: String, contextYear: Int? = nil) -> [String] {
        var finder = DateFinder(contextYear: contextYear)
        return finder.dates(in: sentence).map { "\($0.text)=\($0.value.timex)" }
    }

    @Test(arguments: [
        Case("Turkey joined NATO in 1952 and stayed.", ["1952=1952"]),
        Case("In March 1947, the doctrine came.", ["March 1947=1947-03"]),
        Case("On 16 December 1925, the delegation left.", ["16 December 1925=1925-12-16"]),
        Case("On December 16, 1925, the delegation left.", ["December 16, 1925=1925-12-16"]),
        Case("It was signed on the 16th of December, 1925.", ["16th of December, 1925=1925-12-16"]),
        Case("A decree dated 1925-12-16 moved it.", ["1925-12-16=1925-12-16"]),
        Case("He wrote 16.12.1925 on the form.", ["16.12.1925=1925-12-16"]),
        Case("the decisive intervention in 1877–78.", ["1877–78=1877/1878"]),
        Case("the Kemalists in 1920 to 1922 was key", ["1920 to 1922=1920/1922"]),
        Case("held between 1878 and 1921.", ["between 1878 and 1921=1878/1921"]),
        Case("ruled from 1919 to 1922 by them", ["from 1919 to 1922=1919/1922"]),
        Case("the Greco-Turkish War (1919–1922).", ["1919–1922=1919/1922"]),
        Case("the war of 1999–2001 ended", ["1999–2001=1999/2001"]),
        Case("by the 1990s it had grown", ["1990s=199X"]),
        Case("between the 1430s and 1450s the style spread", ["between the 1430s and 1450s=143X/145X"]),
        Case("in the 19th century the city grew", ["19th century=18XX"]),
        Case("in the nineteenth-century novel", ["nineteenth-century=18XX"]),
        Case("During the 16th and 17th centuries trade moved.", ["16th=15XX", "17th centuries=16XX"]),
        Case("the 1600s were hard", ["1600s=16XX"]),
        Case("In spring 1943 the front moved.", ["spring 1943=1943-SP"]),
        Case("In the summer of 1943 the front moved.", ["summer of 1943=1943-SU"]),
        Case("In early 2016 talks resumed.", ["early 2016=2016"]),
        Case("In mid-1990s Europe the trend grew.", ["mid-1990s=199X"]),
        Case("From 16–18 December 1925 they met.", ["From 16–18 December 1925=1925-12-16/1925-12-18"]),
        Case("Caesar died in 44 BC in Rome.", ["44 BC=BC0044"]),
        Case("the skirmishes in April", ["April=XXXX-04"]),
        Case("He arrived in Sept. 1939 at dawn.", ["Sept. 1939=1939-09"]),
        Case("a road reached it around A.D. 120 or 120 CE", ["A.D. 120=0120", "120 CE=0120"]),
        Case("the walls of the 1st century BC and of 55 B.C.", ["1st century BC=BC00XX", "55 B.C.=BC0055"]),
        Case("on June 6–8, 1944, the tugs sailed", ["June 6–8, 1944=1944-06-06/1944-06-08"]),
        Case("founded in 742 by monks; it burned in 865, when raiders came", ["742=0742", "865=0865"]),
        Case(
            "From the 12th to the 15th century the abbey grew",
            ["From the 12th to the 15th century=11XX/14XX"]),
        Case("Walter (d. 1349) and the 980s", ["1349=1349", "980s=098X"]),
        Case(
            "He reigned from April 217 to 8 June 218, and in the spring of 217 he marched.",
            ["from April 217 to 8 June 218=0217-04/0218-06-08", "spring of 217=0217-SP"]),
        Case("Syracuse was founded in 734 or 733 BC by settlers.", ["734 or 733 BC=BC0734/BC0733"]),
        // Three digits that count a noun after a month stay a count.
        Case("In April 300 soldiers deserted.", ["April=XXXX-04"]),
    ])
    func findsEveryForm(_ test: Case) {
        #expect(found(test.sentence) == test.dates)
    }

    @Test(arguments: [
        "Some 1,500 troops had died, and 2000 people had fled.",
        "It cost $1999 and weighed 1200 kg.",
        "Resolution 1973 was adopted; see page 1204.",
        "They laid to rest four centuries of rivalry.",
        "We have agreed today to start work.",
        "He scored 3.5 points and 500 cards.",
        "It took 300 days in 500 boats, and 742 people came by 200 roads.",
        "The troops march on and they may go.",
        "The MiG-2000 flew at 10:30.",
        "The depression formed at 1200 UTC and made landfall at 0600 hours.",
        "The wave passed the island near 1430 local time.",
        "The square held a 1000-person crowd, a 1500-metre track and a 1200-strong garrison.",
        "He went south with two companies and 1200 carts. Results: 1054 Russians died.",
    ])
    func ignoresQuantitiesLabelsAndDurations(_ sentence: String) {
        #expect(found(sentence) == [])
    }

    @Test func dayWithoutYearTakesTheNarrativeYear() {
        var finder = DateFinder()
        _ = finder.dates(in: "On 27 February 2022, he invoked the 1936 Montreux Convention.")
        let dates = finder.dates(in: "On 28 February, the straits were closed.")
        #expect(dates.map(\.value.timex) == ["2022-02-28"])
        #expect(finder.dates(in: "On March 10, the ministers met.").map(\.value.timex) == ["2022-03-10"])
    }

    @Test func relativeYearsResolveFromContext() {
        #expect(found("The same year, rivals copied it.", contextYear: 1504) == ["The same year=1504"])
        #expect(found("Two years later the war ended.", contextYear: 1945) == ["Two years later=1947"])
        #expect(found("The following year it rained.", contextYear: 1900) == ["The following year=1901"])
        #expect(
            found("On 1 August in the same year it rained.", contextYear: 1900) == [
                "1 August in the same year=1900-08-01"
            ])
        #expect(found("The same year, rivals copied it.") == ["The same year=REL"])
    }

    @Test func datesAreSubstringsOfTheirSentence() {
        let sentence =
            "Between 1797 and 1866, on 12 March 1504 and in the 2010s (1925-12-16), things happened."
        var finder = DateFinder()
        for date in finder.dates(in: sentence) {
            let bytes = Array(sentence.utf8)[date.utf8Range]
            #expect(String(decoding: bytes, as: UTF8.self) == date.text)
        }
    }

    @Test(arguments: [
        ("1925-12-16", "1925-12-16"), ("16 Dec 1925", "1925-12-16"), ("December 16, 1925", "1925-12-16"),
        ("16.12.1925", "1925-12-16"), ("12/16/1925", "1925-12-16"), ("1877-78", "1877/1878"),
        ("1877 to 1878", "1877/1878"), ("in 1952", "1952"), ("march 1947", "1947-03"), ("1990s", "199X"),
        ("19th century", "18XX"), ("25 February", "XXXX-02-25"),
    ])
    func parsesTypedAnswers(typed: String, value: String) {
        #expect(DateFinder.parseAnswer(typed)?.timex == value)
    }

    @Test(arguments: ["05/06/1925", "yesterday", "1952 and 1953", "the war", ""])
    func refusesAmbiguousOrNonDateAnswers(_ typed: String) {
        #expect(DateFinder.parseAnswer(typed) == nil)
    }
}

/// Dates read in a story, sentence after sentence, as `recall facts` reads them.
@Suite struct StoryDatesTests {

    @Test func aHeadingWithoutADateOpensItsSectionAtTheStorysStart() {
        // The aftermath reached 2017; the next section goes back to the days after the quake.
        let sentences = [
            "The earthquake struck on 14 November 2016.", "The railway reopened in September 2017.",
            "Response", "Nearly 200 people had been airlifted out by 15 November.",
        ]
        #expect(
            storyDates(sentences, headings: [2]) == [
                "14 November 2016=2016-11-14", "September 2017=2017-09", "15 November=2016-11-15",
            ])
        // Without the heading the story stays in 2017, as a reader of one running paragraph reads it.
        #expect(storyDates(sentences).last == "15 November=2017-11-15")
        // A heading that names a date still moves the story there.
        #expect(
            storyDates(
                [
                    "The war began in 1914.", "In 1917 the front broke.", "1916",
                    "In May the offensive failed.",
                ], headings: [2]
            )
            .last == "May=1916-05")
    }

    @Test func relativeDays() {
        #expect(
            storyDates(["The fort fell on 3 May 1702.", "The next day the garrison marched out."]) == [
                "3 May 1702=1702-05-03", "The next day=1702-05-04",
            ])
        #expect(
            storyDates(["The envoys met on 30 June 1660.", "Two days later the treaty was sealed."]) == [
                "30 June 1660=1660-06-30", "Two days later=1660-07-02",
            ])
        #expect(
            storyDates(["Rain began on 2 April 1512.", "Three weeks later the river rose."]) == [
                "2 April 1512=1512-04-02", "Three weeks later=1512-04-23",
            ])
        #expect(storyDates(["Ten days later the mill burned."]) == ["Ten days later=REL"])
        #expect(
            storyDates(["The gate was stormed on 4 June 1610.", "The keep surrendered that afternoon."]) == [
                "4 June 1610=1610-06-04", "that afternoon=1610-06-04",
            ])
        #expect(
            storyDates(["The gate was stormed on 4 June 1610.", "The wall stands to this day."]).count == 1)
    }

    @Test func relativeMonthsAndYears() {
        #expect(
            storyDates([
                "The canal opened in May 1825.", "That month a ship sank.", "The following year it froze.",
            ]) == [
                "May 1825=1825-05", "That month=1825-05", "The following year=1826",
            ])
        #expect(
            storyDates(["The bridge was finished in August 1790.", "Four months earlier a flood had come."])
                == [
                    "August 1790=1790-08", "Four months earlier=1790-04",
                ])
        #expect(
            storyDates(["The duke died in October 1701.", "The same year his heir was crowned."]) == [
                "October 1701=1701-10", "The same year=1701",
            ])
    }

    @Test func aDayOfAnAnchoredMonthOrYearIsOneDate() {
        #expect(
            storyDates(["The port closed in 1855.", "It reopened on March 3 of the same year."]) == [
                "1855=1855", "March 3 of the same year=1855-03-03",
            ])
        #expect(
            storyDates(["Trade fell in 1620.", "In June of that year the guild met."]) == [
                "1620=1620", "June of that year=1620-06",
            ])
        #expect(
            storyDates(["The siege began in August 1544.", "A sortie came on the 28th of that month."]) == [
                "August 1544=1544-08", "28th of that month=1544-08-28",
            ])
        #expect(
            storyDates(["The siege began in August 1544.", "A sortie failed on the 19th."]) == [
                "August 1544=1544-08", "19th=1544-08-19",
            ])
        // A day that opens its clause, or a part of a day; a rank is no day.
        #expect(
            storyDates([
                "The march began on the 25th of August 1862.", "On the 27th the magazines burned.",
                "On the night of the 29th Lee reunited his wings.", "It was held by the 4th Division.",
            ]) == [
                "25th of August 1862=1862-08-25", "27th=1862-08-27", "29th=1862-08-29",
            ])
    }

    @Test func thePreviousMonthLooksBack() {
        #expect(
            storyDates(["The fleet sailed in September 1588.", "It had been ready since the previous April."])
                == [
                    "September 1588=1588-09", "the previous April=1588-04",
                ])
    }

    @Test(arguments: [
        ("The rebels struck in early March 1821.", "early March 1821=1821-03"),
        ("The rebels struck in mid-1821.", "mid-1821=1821"),
        ("The rebels struck in late 1821.", "late 1821=1821"),
        ("The rebels struck at the end of March 1821.", "end of March 1821=1821-03"),
        ("The rebels struck at the beginning of 1821.", "beginning of 1821=1821"),
        ("The rebels struck in the first half of 1821.", "first half of 1821=1821"),
        ("The rebels struck in the last week of March 1821.", "last week of March 1821=1821-03"),
        ("The rebels struck by the middle of the 9th century.", "middle of the 9th century=08XX"),
    ])
    func partsStayInTheText(sentence: String, expected: String) {
        #expect(storyDates([sentence]) == [expected])
    }

    @Test func partsOfBareMonthsTakeTheStorysYear() {
        #expect(
            storyDates(["The talks opened in February 1821.", "By late April they had failed."]) == [
                "February 1821=1821-02", "late April=1821-04",
            ])
        var finder = DateFinder(contextYear: 1821)
        let date = finder.dates(in: "The army left at the end of May.").first
        #expect(date?.modifier == "end")
    }

    @Test func aPartSortsInsideItsPeriod() {
        var finder = DateFinder()
        let late = finder.dates(in: "It rained in late 1905.")[0]
        let february = finder.dates(in: "It snowed in February 1905.")[0]
        let early = finder.dates(in: "It froze in early 1905.")[0]
        #expect(early.sortKey < february.sortKey)
        #expect(february.sortKey < late.sortKey)
    }

    @Test func theStoryMovesForwardAcrossTheNewYear() {
        #expect(
            storyDates(["The army wintered at the fort in November 1711.", "In February it marched south."])
                == [
                    "November 1711=1711-11", "February=1712-02",
                ])
        #expect(
            storyDates(["The army wintered at the fort in November 1711.", "It had left its depot in March."])
                == [
                    "November 1711=1711-11", "March=1711-03",
                ])
    }

    @Test func seasonsTakeTheStorysYear() {
        #expect(
            storyDates(["The town was taken in May 1643.", "The truce held through the summer and autumn."])
                == [
                    "May 1643=1643-05", "summer=1643-SU", "autumn=1643-FA",
                ])
        #expect(storyDates(["Their spring offensive failed."]).isEmpty)
        #expect(
            storyDates(["The last campaigns: summer and autumn 1762"], headings: [0]) == [
                "summer=1762-SU", "autumn 1762=1762-FA",
            ])
    }

    @Test func aHeadingSetsTheYearAndIsNoFact() {
        #expect(
            storyDates(["1848", "In March the barricades went up."], headings: [0]) == [
                "1848=1848", "March=1848-03",
            ])
        let readings = FactSelector().read(
            SourceText(
                name: "t.txt",
                text: "Revolt and reaction, 1848–1849\n\nIn March the barricades went up in the capital.\n"))
        #expect(readings.map(\.verdict) == [.heading, .fact])
        #expect(readings[1].dates.first?.anchor == "heading 1848–1849")
        #expect(readings[1].dates.first?.value.timex == "1848-03")
    }

    @Test func aYearThatQualifiesANameLeavesTheStory() {
        #expect(
            storyDates([
                "The talks resumed on 2 May 1921.", "They cited the 1907 Hague Convention.",
                "On 9 May they ended.",
            ])
                == ["2 May 1921=1921-05-02", "1907=1907", "9 May=1921-05-09"])
    }

    @Test func christmas() {
        #expect(storyDates(["He was crowned on Christmas Day 800."]) == ["Christmas Day 800=0800-12-25"])
    }
}

@Suite struct MoreDateFormsTests {
    func found(_ sentence: String, contextYear: Int? = nil) -> [String] {
        var finder = DateFinder(contextYear: contextYear)
        return finder.dates(in: sentence).map { "\($0.text)=\($0.value.timex)" }
    }

    @Test(arguments: [
        ("The league fought from 431 to 404 BC for the straits.", ["from 431 to 404 BC=BC0431/BC0404"]),
        ("The second league (411–404 BC) was short.", ["411–404 BC=BC0411/BC0404"]),
        ("Under Theodoric (493–526) the city flourished.", ["493–526=0493/0526"]),
        ("The western line ended with Romulus (476).", ["476=0476"]),
        ("By 750 the old roads were gone.", ["750=0750"]),
        ("Strikes spread in August/September 1936.", ["August/September 1936=1936-08/1936-09"]),
        ("The talks ran on 30 June/1 July 1921 at Lyon.", ["30 June/1 July 1921=1921-06-30/1921-07-01"]),
        ("The barges crossed on the night of 5/6 May 1809.", ["5/6 May 1809=1809-05-05/1809-05-06"]),
        ("The abbot (d. 1147/8) left no will.", ["1147/8=1147/1148"]),
        ("The mill was rebuilt in 1709/10 by the town.", ["1709/10=1709/1710"]),
        ("Nine in 10 of the 24/7 shops opened in 1990.", ["1990=1990"]),
        ("The fashion lasted through the 1600s.", ["1600s=16XX"]),
        ("He was crowned on Christmas Day 800.", ["Christmas Day 800=0800-12-25"]),
        ("Period II (5500 BCE–4800 BCE) was ceramic.", ["5500 BCE–4800 BCE=BC5500/BC4800"]),
        ("Period I (7000 BCE-5500 BCE) was aceramic.", ["7000 BCE-5500 BCE=BC7000/BC5500"]),
    ])
    func rangesErasAndEarlyYears(sentence: String, dates: [String]) {
        #expect(found(sentence) == dates)
    }

    @Test func weekdaysOpenersAndShortYears() {
        #expect(found("It was signed on Tuesday, March 4, 1851.") == ["Tuesday, March 4, 1851=1851-03-04"])
        #expect(found("Talks ran between May 3-7, 1851.") == ["between May 3-7, 1851=1851-05-03/1851-05-07"])
        #expect(found("The men of '48 marched again.", contextYear: 1851) == ["'48=1848"])
        #expect(found("The class of '97 was called up.", contextYear: 1917) == ["'97=1897"])
    }

    @Test func aMonthJoinedToTheNextTakesTheYearWrittenAfterIt() {
        #expect(
            found("The forts fell in June and July 1702.", contextYear: 1710) == [
                "June=1702-06", "July 1702=1702-07",
            ])
        #expect(
            found("The harvest failed in spring and summer 1816.", contextYear: 1820) == [
                "spring=1816-SP", "summer 1816=1816-SU",
            ])
        // A month later in the year than the one written is not the same year's.
        #expect(
            found("Snow closed the pass in December and January 1710.", contextYear: 1709) == [
                "December=1709-12", "January 1710=1710-01",
            ])
        // Months that turn back on the way to the written year passed into the next year.
        #expect(
            found("It stopped on 18 July, restarted in October and ended on 24 July 1949.", contextYear: 1948)
                == [
                    "18 July=1948-07-18", "October=1948-10", "24 July 1949=1949-07-24",
                ])
    }

    @Test func bareMonthRangesTakeTheStorysYear() {
        #expect(
            found("Output fell from March to June.", contextYear: 1931) == [
                "from March to June=1931-03/1931-06"
            ])
    }

    @Test(arguments: [
        "Reports gave from 40 to more than 60 dead.",
        "Reports gave from 40[3] to more than 60 dead.",
        "The siege went on for the next year.",
        "The regime collapsed less than a year later.",
        "The fall of the city ended the war.",
        "Between 300 and 1200 men held the pass.",
        "The brigade fielded T-34-85 tanks.",
        "The raiders went on to slaughter 1300 sheep.",
    ])
    func notDates(sentence: String) {
        #expect(found(sentence, contextYear: 1700) == [])
    }
}
