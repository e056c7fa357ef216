import Testing

@testable import RecallModel

/// Rules found by annotating texts blind (set 7): a story told before Christ keeps its era, a date
/// after `since` is no point to tell from, a count listed after another count is no year, and `the
/// following spring` is the next spring after the story's point, and a text that opens on a month
/// before it names a year counts the opening back from its first full date.
@Suite struct StoryEraTests {
    /// `text=value` of every date of each sentence, read in order by one finder.
    func story(_ sentences: [String]) -> [[String]] {
        var finder = DateFinder()
        return sentences.map { sentence in
            finder.dates(in: sentence).map { "\($0.text)=\($0.value.timex)" }
        }
    }

    @Test func aBareYearInAStoryBeforeChristIsBC() {
        var story = StoryTime()
        story.advance(to: .year(-360), text: "360 BC")
        #expect(story.inStoryEra(.year(394), text: "394") == .year(-394))
        #expect(
            story.inStoryEra(.season(year: 395, .spring), text: "spring of 395")
                == .season(year: -395, .spring))
        #expect(
            story.inStoryEra(.range(.year(396), .year(394)), text: "396 to 394")
                == .range(.year(-396), .year(-394)))
        // A written era, a modern year, a year far above the story's: our era.
        #expect(story.inStoryEra(.year(14), text: "AD 14") == .year(14))
        #expect(story.inStoryEra(.year(1974), text: "1974") == .year(1974))
        #expect(story.inStoryEra(.year(878), text: "878") == .year(878))
        var modern = StoryTime()
        modern.advance(to: .year(1066), text: "1066")
        #expect(modern.inStoryEra(.year(394), text: "394") == .year(394))
    }

    @Test func aLifeBeforeChristSetsTheEraOfTheYearsAfterIt() {
        let read = story([
            "Halkidas (c. 514/513 – c. 430 BC) was a king of Elis.",
            "Early life",
            "He became king in 471, at the age of about forty.",
            "He fought in 458 and 457 BC against the Arcadians.",
        ])
        #expect(read[0] == ["514/513 – c. 430 BC=BC0514/BC0430"])
        #expect(read[1] == [])
        #expect(read[2] == ["471=BC0471"])
        #expect(read[3] == ["458=BC0458", "457 BC=BC0457"])
    }

    @Test func aDateAfterSinceSetsNoStoryYear() {
        let read = story([
            "The storm was the strongest to strike the island since Hurricane Amos in 1998.",
            "It formed during the 2011 Atlantic season, on September 9.",
            "It reached the coast on September 12.",
        ])
        #expect(read[1] == ["2011=2011", "September 9=2011-09-09"])
        #expect(read[2] == ["September 12=2011-09-12"])
    }

    @Test func aNumberListedAfterACountIsACount() {
        #expect(story(["The fort was held by 3000 Europeans and 2000 native troops."]) == [[]])
        #expect(story(["In 1990 and 1991 rural households gained power."]) == [["1990=1990", "1991=1991"]])
    }

    @Test func theFollowingSeasonIsTheNextOneAfterTheStorysPoint() {
        let final = story([
            "The final was played in October 1903.",
            "The following spring, the club refused to renew his contract.",
            "In 1850 he moved to Bergen; the following spring he married.",
            "In March 1851 he sailed, and the following summer he returned.",
        ])
        #expect(final[1] == ["The following spring=1904-SP"])
        #expect(final[2] == ["1850=1850", "the following spring=1851-SP"])
        #expect(final[3] == ["March 1851=1851-03", "the following summer=1851-SU"])
        let campaign = story([
            "He sailed in the spring of 395 BC.",
            "He wintered in Phrygia until the following spring.",
        ])
        #expect(campaign[1] == ["the following spring=BC0394-SP"])
    }

    /// The sentences' dates as a whole text gives them, the opening filled in.
    func text(_ sentences: [String]) -> [[String]] {
        var finder = DateFinder()
        let found = sentences.map { finder.dates(in: $0, heading: FactSelector.isHeading($0)) }
        return finder.fillingTheOpening(found).map { $0.map { "\($0.text)=\($0.value.timex)" } }
    }

    @Test func anOpeningWithoutAYearIsCountedBackFromTheFirstFullDate() {
        let read = text([
            "In November, a wave of fires began across the region.",
            "On 28 November, the emergency was declared over.",
            "The area burned was the largest since the Tarn forest fire (2010).",
            "On 13 January 2017, the inquiry found that most fires were arson.",
            "Haifa",
            "The fire in Haifa began on 24 November.",
        ])
        #expect(read[0] == ["November=2016-11"])
        #expect(read[1] == ["28 November=2016-11-28"])
        #expect(read[2] == ["2010=2010"])
        #expect(read[3] == ["13 January 2017=2017-01-13"])
        // A section without a date starts where the text starts: November 2016.
        #expect(read[5] == ["24 November=2016-11-24"])
    }

    @Test func aStormThatOpensOnADayTakesTheSeasonsYear() {
        let read = text([
            "STORM ODA was the first cyclone since Hurricane Amos–Bela in 1996 to cross the isthmus.",
            "Forming late on November 20, Oda was the final storm of the 2016 Atlantic season.",
            "It strengthened the next day.",
            "On November 25 the eye emerged over the Pacific, the first since a change in naming rules in 2000.",
            "Oda weakened on November 26.",
        ])
        #expect(read[0] == ["1996=1996"])
        #expect(read[1] == ["November 20=2016-11-20", "2016=2016"])
        #expect(read[2] == ["the next day=2016-11-21"])
        #expect(read[4] == ["November 26=2016-11-26"])
    }

    @Test func onlyTheFirstDateOfAParagraphMayTakeTheStoryBack() {
        var finder = DateFinder()
        _ = finder.dates(in: "The storm formed on November 20, 2016.")
        _ = finder.dates(
            in: "On November 25 the eye emerged over the Pacific, after a change in naming rules in 2000.",
            newParagraph: true)
        let after = finder.dates(in: "It weakened on November 26.")
        #expect(after.map(\.value.timex) == ["2016-11-26"])
    }

    @Test func aDayTakesTheYearItsSentenceWritesAfterIt() {
        let read = story([
            "The sultan was born in 1360.",
            "His father was killed during (15 June), or just after (16 June), the Battle of Tarn in 1389.",
            "On November 25 the eye emerged over the Pacific—the first such crossing after a change in policy in 2000.",
        ])
        #expect(read[1] == ["15 June=1389-06-15", "16 June=1389-06-16", "1389=1389"])
        #expect(read[2] == ["November 25=1389-11-25", "2000=2000"])
    }

    @Test func nextDayWithoutItsArticleCountsFromTheStory() {
        let read = story([
            "The army reached the river on 17 November 1885.",
            "The advance was continued next day, and the boats moored next to the quay.",
            "For the next year the garrison held the fort.",
            "Next year the king was deposed.",
        ])
        #expect(read[1] == ["next day=1885-11-18"])
        #expect(read[2] == [])
        #expect(read[3] == ["Next year=1886"])
    }
}
