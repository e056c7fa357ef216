/// A sentence with one date blanked: `Turkey joined NATO in ____ and placed itself …`.
public struct ClozeQuestion: Codable, Sendable, Hashable {
    /// The mark that stands for the missing date.
    public static let blank = "____"

    /// The sentence with exactly one blank.
    public var text: String
    /// The date as the sentence writes it.
    public var answer: String
    public var value: DateValue
    /// The whole sentence without citation marks, shown after the answer.
    public var sentence: String
    public var context: String?
    public var source: SourceReference

    public init(
        text: String, answer: String, value: DateValue, sentence: String, context: String?,
        source: SourceReference
    ) {
        self.text = text
        self.answer = answer
        self.value = value
        self.sentence = sentence
        self.context = context
        self.source = source
    }
}
