/// A date and a short cue; the student recalls what happened and grades the recall themselves.
public struct ReverseQuestion: Codable, Sendable, Hashable {
    /// The date as the sentence writes it, with the year the story gives it when the sentence
    /// leaves it out (`5 November 2016` for `on 5 November`).
    public var date: String
    public var value: DateValue
    /// Names from the sentence that narrow the question (`Turkey · NATO`).
    public var cue: String
    /// The event: the whole sentence without citation marks.
    public var answer: String
    public var context: String?
    public var source: SourceReference

    public init(
        date: String, value: DateValue, cue: String, answer: String, context: String?, source: SourceReference
    ) {
        self.date = date
        self.value = value
        self.cue = cue
        self.answer = answer
        self.context = context
        self.source = source
    }
}
