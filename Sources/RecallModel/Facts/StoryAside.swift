/// A date a narrative mentions in passing, looking back, without going back there: `Solidarity was
/// formed in August 1980` in a paragraph that follows the talks of February 1989, or `Dubcek, who led
/// the Prague Spring in 1968, appeared`. A reader keeps the story where it was, so the dates that
/// follow (`on April 4`) stay in 1989.
///
/// The rule: when the story stands at a month or a day, a date in an earlier year moves it back
/// only where a narrative turns back on purpose: at the head of its sentence (`In 1914, …`), as a
/// whole day (`on November 10, 1989`: a new point to tell from), or in the first sentence of its
/// paragraph that holds a date (`… converged in 1781 at Yorktown`). Even there a span of years tells a
/// state of things rather than a time to tell from (`They held the seat from 1997 until 2010`), and a
/// date in a relative clause or an appositive is said in passing (`UKIP, the only other party to
/// stand in 2015, did not`). A date after `since` never reaches here: `StoryTime.take` keeps every
/// story where it is for one.
enum StoryAside {
    static func isAside(_ value: DateValue, story: StoryTime, mention: DateMention) -> Bool {
        guard !mention.heading, let year = story.year, let lastYear = value.lastYear, lastYear < year
        else { return false }
        guard !mention.opensSentence, value.granularity != .day, story.month != nil else { return false }
        // `the coalition he built after 1678`, in a story at 30 June 1688: a year bounding a state.
        if mention.afterABound, value.granularity == .year { return true }
        return !mention.opensParagraph || mention.inInsertion || isSpanOfYears(value)
    }

    /// Whether the value is a span whose end is a year or coarser (`1997–2010`, `the 1920s to 1930s`).
    static func isSpanOfYears(_ value: DateValue) -> Bool {
        guard case .range(_, let end) = value else { return false }
        switch end {
        case .day, .month, .season: return false
        default: return true
        }
    }
}
