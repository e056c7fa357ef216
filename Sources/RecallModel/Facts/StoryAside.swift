/// A date a narrative mentions in passing, looking back, without going back there: `Solidarity was
/// formed in August 1980` in a paragraph that follows the talks of February 1989, or `Dubcek, who led
/// the Prague Spring in 1968, appeared`. A reader keeps the story where it was, so the dates that
/// follow (`on April 4`) stay in 1989.
///
/// The rule: when the story stands at a month or a day, a date in an earlier year moves it back
/// only where a narrative turns back on purpose: as the first date of a paragraph that names its year, at the head of its
/// sentence (`In 1914, …`), or as a whole day (`on November 10, 1989`: a new point to tell from, where
/// a mention in passing gives a year or a month). Anywhere else it is an aside.
enum StoryAside {
    static func isAside(
        _ value: DateValue, story: StoryTime, opensSentence: Bool, opensParagraph: Bool
    ) -> Bool {
        guard !opensSentence, !opensParagraph, value.granularity != .day, story.month != nil,
            let year = story.year, let lastYear = value.lastYear
        else { return false }
        return lastYear < year
    }
}
