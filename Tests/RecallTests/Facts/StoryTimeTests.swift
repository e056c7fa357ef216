import Testing

@testable import RecallModel

@Suite struct StoryTimeTests {
    /// Reads `steps` in order: a value with a year moves the story; one without takes the story's.
    func walk(_ steps: [(DateValue, String)], reading: StoryTime.Reading = .forward) -> [String] {
        var story = StoryTime()
        var out: [String] = []
        for (value, text) in steps {
            let resolved = story.resolve(value, reading: reading).value
            out.append(resolved.timex)
            story.advance(to: resolved, text: text)
        }
        return out
    }

    @Test func aDateThatNamesAYearSetsIt() {
        #expect(
            walk([(.year(1848), "1848"), (.month(year: nil, month: 3), "March")]) == ["1848", "1848-03"])
        #expect(
            walk([
                (.day(year: 1914, month: 8, day: 4), "4 August 1914"),
                (.day(year: nil, month: 8, day: 9), "9 August"),
            ])
                == ["1914-08-04", "1914-08-09"])
    }

    @Test func theStoryMovesIntoTheNextYear() {
        // November, then February: three months on, not nine months back.
        let steps: [(DateValue, String)] = [
            (.month(year: 1776, month: 11), "November 1776"), (.month(year: nil, month: 2), "February"),
            (.month(year: nil, month: 6), "June"), (.season(year: nil, .winter), "winter"),
        ]
        #expect(walk(steps) == ["1776-11", "1777-02", "1777-06", "1778-WI"])
    }

    @Test func aShortStepBackStaysInTheYear() {
        // September, then July: two months back rather than ten on.
        let steps: [(DateValue, String)] = [
            (.day(year: 1950, month: 9, day: 15), "15 September 1950"),
            (.day(year: nil, month: 7, day: 6), "6 July"),
        ]
        #expect(walk(steps) == ["1950-09-15", "1950-07-06"])
    }

    @Test func lookingBackKeepsTheYear() {
        let steps: [(DateValue, String)] = [
            (.month(year: 1801, month: 12), "December 1801"), (.month(year: nil, month: 3), "March"),
        ]
        #expect(walk(steps, reading: .back) == ["1801-12", "1801-03"])
        // `since April` said in March points to an April of an earlier year that the text does not name.
        var story = StoryTime()
        story.advance(to: .day(year: 2031, month: 3, day: 2), text: "2 March 2031")
        #expect(story.resolve(.month(year: nil, month: 4), reading: .before).value.timex == "XXXX-04")
        #expect(story.resolve(.month(year: nil, month: 1), reading: .before).value.timex == "2031-01")
    }

    @Test func aHeadingMovesTheStoryToItsStart() {
        var story = StoryTime()
        story.advance(to: .month(year: 1830, month: 11), text: "November 1830")
        story.advance(to: .range(.year(1848), .year(1851)), text: "1848–1851", heading: true)
        let march = story.resolve(.month(year: nil, month: 3), reading: .forward)
        #expect(march.value.timex == "1848-03")
        #expect(march.anchor == "heading 1848–1851")
    }

    @Test func relativeStepsSayWhatTheyCountFrom() throws {
        var story = StoryTime()
        story.advance(to: .day(year: 1789, month: 7, day: 14), text: "14 July 1789")
        let next = try #require(story.shifted(by: 1, .day))
        #expect(next.value.timex == "1789-07-15")
        #expect(next.anchor == "14 July 1789 + 1 day")
        #expect(story.shifted(by: -2, .month)?.value.timex == "1789-05")
        #expect(story.shifted(by: 6, .month)?.value.timex == "1790-01")
        #expect(story.shifted(by: 3, .year)?.anchor == "14 July 1789 + 3 years")
        // A story that has named only a year cannot count days.
        #expect(StoryTime(year: 1700).shifted(by: 1, .day) == nil)
    }

    @Test func nothingNamedGivesNoYear() {
        #expect(walk([(.month(year: nil, month: 4), "April")]) == ["XXXX-04"])
    }
}
