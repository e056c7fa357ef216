/// A date as it stands in a sentence: its minimal text, where it is, and its normalized value.
public struct DateExpression: Hashable, Sendable, Codable {
    /// The minimal date phrase: `16 December 1925`, not `On 16 December 1925`.
    public var text: String
    /// Where the phrase stands in its sentence, as UTF-8 byte offsets.
    public var utf8Range: Range<Int>
    public var value: DateValue

    public init(text: String, utf8Range: Range<Int>, value: DateValue) {
        self.text = text
        self.utf8Range = utf8Range
        self.value = value
    }
}
