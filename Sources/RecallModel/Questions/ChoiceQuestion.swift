/// A cloze with four options: the right date and three of the same granularity.
public struct ChoiceQuestion: Codable, Sendable, Hashable {
    public var text: String
    public var options: [String]
    /// The index of the right option in `options`.
    public var answerIndex: Int
    public var value: DateValue
    public var sentence: String
    public var context: String?
    public var source: SourceReference

    /// The letter of each option, `a` to `d`.
    public static func letter(_ index: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(index))))
    }

    public var answer: String { options[answerIndex] }

    public init(
        text: String, options: [String], answerIndex: Int, value: DateValue, sentence: String,
        context: String?, source: SourceReference
    ) {
        self.text = text
        self.options = options
        self.answerIndex = answerIndex
        self.value = value
        self.sentence = sentence
        self.context = context
        self.source = source
    }
}
