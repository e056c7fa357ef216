/// One sentence of a source text, as a careful reader would split it.
public struct Sentence: Sendable, Hashable {
    /// The sentence as it stands in the source (citation marks kept, runs of white space folded).
    public var text: String
    /// The 1-based line of the source on which the sentence starts.
    public var line: Int
    /// The 0-based paragraph it belongs to: sentences of one paragraph share context.
    public var paragraph: Int

    /// The sentence as questions show it: without citation marks.
    public var cleanText: String { CitationMarks.removing(from: text) }

    public init(text: String, line: Int, paragraph: Int) {
        self.text = text
        self.line = line
        self.paragraph = paragraph
    }
}
