/// Two facts set side by side: "Which came first?" (the answer is the earlier statement) or, for a
/// landmark card, "Before or after?" (the answer is how the first statement stands to the second).
///
/// Each statement is its fact's sentence with its date blanked, so the question asks for the order
/// the student knows, not for dates it shows.
public struct PairQuestion: Codable, Sendable, Hashable {
    /// One fact of the pair: a label without its date, and the date it is ordered by.
    public typealias Statement = TimelineQuestion.Item

    /// Which came first: the two statements, shown `a)` and `b)`. Before or after: the event asked
    /// about, then the landmark.
    public var statements: [Statement]
    /// The index of the right option: the earlier statement, or 0 for before and 1 for after.
    public var answerIndex: Int

    public init(statements: [Statement], answerIndex: Int) {
        self.statements = statements
        self.answerIndex = answerIndex
    }

    /// The options of a before-or-after card, in the order they are lettered.
    public static let landmarkOptions = ["before", "after"]

}
