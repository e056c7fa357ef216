/// How the text says a date: where it stands in its sentence and paragraph, and what surrounds it.
/// A reader takes some dates as the story's new point and others as said in passing; `StoryTime.take`
/// decides from this, so the date grammar and the story rule stay apart.
struct DateMention: Sendable {
    /// On a heading line (`1848`, `September 1939: the invasion`), where only the first date counts.
    var heading = false
    /// The first date found in its sentence or line.
    var firstInSentence = false
    /// The date opens its sentence (`In 1914, …`), at most one word in.
    var opensSentence = false
    /// No earlier sentence of the paragraph held a date.
    var opensParagraph = false
    /// Said inside a relative clause or an appositive set off by commas
    /// (`UKIP, the only other party to stand in 2015, did not`).
    var inInsertion = false
    /// Said inside a remark in round brackets that reads as a sentence of its own (`Blackman Bay (The
    /// name was transferred to it by Marion Dufresne in 1772).`): a note beside the story, not a step in it.
    var inBracketedRemark = false
    /// Comes after `since` in its sentence, or right after `as of`: a state lasting up to the story's
    /// point (`held since 1963`) or a figure at a date (`As of 2002, OPA had prevented 18 ships`).
    var afterSince = false
    /// Said right after `after` or `before` (`the coalition he built after 1678`): a bound of a state
    /// of things rather than a point the story moves to.
    var afterABound = false
    /// The year is part of a name (`the Public Order Act 1986`, `the 1948 Olympics`).
    var inName = false
    /// A relative phrase that lands before the story's point (`the previous April`, `four months earlier`).
    var looksBehind = false

    /// Whether the date tells when something happened, so that its sentence is the paragraph's first
    /// dated one: a year in a name or the start of a state (`since 1882`) does not.
    var tellsATime: Bool { !inName && !afterSince }
}
