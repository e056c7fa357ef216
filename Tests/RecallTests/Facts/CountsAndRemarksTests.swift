import Testing

@testable import RecallModel

/// Relative counts in digits, a date stated beside its relative phrase, remarks in brackets, days in
/// words, rates and parallel counts, and lists of early years: the forms set 10's texts showed.
@Suite struct CountsAndRemarksTests {

    @Test func aCountInDigitsCountsFromTheStory() {
        #expect(
            storyDates(["The convoy left on 3 March 1741.", "It reached the fort 24 days later."]) == [
                "3 March 1741=1741-03-03", "24 days later=1741-03-27",
            ])
        #expect(
            storyDates(["The chart was drawn in 1642.", "The cape was renamed 125 years later."]) == [
                "1642=1642", "125 years later=1767",
            ])
        // Counted from an event, not from the story's point: kept whole, with no value yet.
        #expect(
            storyDates(["The mill was sold in 1801.", "It burned 12 months before the sale."]).last
                == "12 months before the sale=REL")
    }

    @Test func aDateStatedAfterARelativePhraseIsItsValue() {
        #expect(
            storyDates([
                "The ships left the cape on 24 November 1642.",
                "Two days later, on December 1, the crew anchored in the bay.",
            ]) == [
                "24 November 1642=1642-11-24", "Two days later=1642-12-01", "December 1=1642-12-01",
            ])
        #expect(
            storyDates(["The fort was begun in 1701.", "In the following year (1703) it was finished."]) == [
                "1701=1701", "the following year=1703", "1703=1703",
            ])
        // A date further on in the sentence is its own event.
        #expect(
            storyDates([
                "The ships left on 24 November 1642.",
                "Two days later the crew landed, and on 1 May 1643 they sailed.",
            ])
                == ["24 November 1642=1642-11-24", "Two days later=1642-11-26", "1 May 1643=1643-05-01"])
    }

    @Test func aRemarkInBracketsLeavesTheStoryWhereItWas() {
        #expect(
            storyDates([
                "The crew anchored on 2 December 1642 in a wide bay (The bay was renamed by a French captain in 1772).",
                "The next day, a boat was sent ashore.",
            ]) == ["2 December 1642=1642-12-02", "1772=1772", "The next day=1642-12-03"])
        // A date in brackets after its event still moves the story.
        #expect(
            storyDates([
                "The army marched in 1776.", "It won at Saratoga (October 1777).", "The next year it rested.",
            ])
            .last == "The next year=1778")
    }

    @Test func aDayInWordsIsADay() {
        #expect(
            storyDates(["The campaign opened in 1839.", "On the first of November a caravan left."]) == [
                "1839=1839", "the first of November=1839-11-01",
            ])
        #expect(
            storyDates(["The twenty-third of May 1840 was calm."]) == [
                "The twenty-third of May 1840=1840-05-23"
            ])
        #expect(storyDates(["The first of the caravans left in 1840."]) == ["1840=1840"])
    }

    @Test func ratesAndParallelCountsAreNoYears() {
        #expect(storyDates(["The death rate was 1 in 200 among the guards."]) == [])
        #expect(storyDates(["The loss was one in 1000 of the herd."]) == [])
        #expect(
            storyDates(["Widows outnumbered widowers six to one in 1850."]) == ["1850=1850"])
        #expect(
            storyDates([
                "In 1839 the plan was made.",
                "5000 men would go, 3000 for the fighting and 2000 to guard the road.",
            ])
                == ["1839=1839"])
        #expect(storyDates(["Troops came in 1990 and 1991 to the town."]) == ["1990=1990", "1991=1991"])
    }

    @Test func aListOfEarlyYearsAfterACueIsAllYears() {
        #expect(
            storyDates(["The tower was damaged by earthquakes in 796, 951 and 956, and again in 1303."]) == [
                "796=0796", "951=0951", "956=0956", "1303=1303",
            ])
        #expect(storyDates(["The guild had 300, 450 and 600 members."]) == [])
    }
}
