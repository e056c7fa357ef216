/// A sentence that states a dated event and can stand as a question.
public struct Fact: Sendable, Hashable, Codable, Identifiable {
    /// Derived from the sentence's normalized text, so an unchanged sentence keeps its id.
    public var id: String
    /// The sentence as questions show it (no citation marks).
    public var text: String
    /// The sentence as it stands in the source, for tracing a question back.
    public var source: String
    /// The 1-based source line the sentence starts on.
    public var line: Int
    public var dates: [DateExpression]
    /// The sentence before, shown with questions on a sentence whose subject is a pronoun the
    /// builder could not name.
    public var context: String?
    /// The sentence as the text wrote it, when `text` names a subject the text left to a pronoun
    /// (`She retired in 1946.` → `Lindqvist retired in 1946.`): card ids come from it, so that a
    /// better wording does not cost a card its progress.
    public var written: String?

    /// The sentence as the text wrote it, for stable ids.
    public var writtenText: String { written ?? text }

    public init(text: String, source: String, line: Int, dates: [DateExpression], context: String? = nil) {
        self.id = StableID.make(StableID.normalized(text))
        self.text = text
        self.source = source
        self.line = line
        self.dates = dates
        self.context = context
    }
}
