import Testing

@testable import RecallModel

/// `the century`, `the end of the decade`, `the previous century`, `the new century`, `the turn of the
/// century`: the story's century or decade (`StoryTime+Period.swift`).
@Suite struct StoryPeriodTests {

    @Test func theCenturyAndTheDecadeAreTheStorysYears() {
        #expect(
            storyDates([
                "The harbour was dredged in 1885.", "Before the end of the decade the quays had gas lamps.",
            ])
                == ["1885=1885", "end of the decade=188X"])
        #expect(
            storyDates(["The guild was founded in 1532.", "By mid-century it ruled the market."]) == [
                "1532=1532", "mid-century=15XX",
            ])
        #expect(
            storyDates(["The canal opened in 1671.", "During the latter half of the century trade grew."])
                == [
                    "1671=1671", "latter half of the century=16XX",
                ])
        #expect(storyDates(["Throughout the century the town grew."]) == ["the century=REL"])
    }

    @Test func aNamedCenturyCountsUntilAYearComes() {
        #expect(
            storyDates(["During the 18th century the city built on what the previous century had begun."])
                == [
                    "18th century=17XX", "the previous century=16XX",
                ])
        #expect(
            storyDates([
                "The 1880s were quiet.", "In 1901 the mill closed.", "By the end of the decade it was gone.",
            ])
                == ["1880s=188X", "1901=1901", "end of the decade=190X"])
    }

    @Test func theNewCenturyAndItsTurn() {
        #expect(
            storyDates(["Electric trams came in 1894.", "The new century brought the motor car."]) == [
                "1894=1894", "The new century=19XX",
            ])
        #expect(
            storyDates(["The station opened in 1897.", "By the turn of the century it was too small."]) == [
                "1897=1897", "turn of the century=1900",
            ])
    }

    @Test func aStoryPeriodIsNoTypedAnswer() {
        // The card would ask for `latter half of the century`, which names no time on its own.
        #expect(DateFinder.parseAnswer("the end of the century") == nil)
        #expect(DateFinder.parseAnswer("mid-century") == nil)
        #expect(DateFinder.parseAnswer("the turn of the century") == nil)
        #expect(DateFinder.parseAnswer("the 19th century") == .century(1800))
    }

    @Test func superlativesLengthsAndNamesAreNoPeriods() {
        let year = "The trial opened in 1925."
        #expect(storyDates([year, "Papers called it the trial of the century."]).count == 1)
        #expect(storyDates([year, "Over the next century the firm grew."]).count == 1)
        #expect(storyDates([year, "The century-old bridge fell."]).count == 1)
        #expect(storyDates([year, "It was named in the Songs of the Century list."]).count == 1)
    }
}
