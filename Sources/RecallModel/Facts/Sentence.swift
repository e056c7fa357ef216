/// One sentence of a source text, as a careful reader would split it.
public struct Sentence: Sendable, Hashable {
    /// The sentence as it stands in the source (citation marks kept, runs of white space folded).
    public var text: String
    /// The 1-based line of the source on which the sentence starts.
    public var line: Int
    /// The 0-based paragraph it belongs to: sentences of one paragraph share context.
    public var paragraph: Int

    /// The sentence as questions show it: without citation marks, and with any run of underscores
    /// (a worksheet's fill-in line) made an ellipsis, so that a question's blank is its only one.
    public var cleanText: String { Self.withoutFillInLines(CitationMarks.removing(from: text)) }

    static func withoutFillInLines(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        var out: [UInt8] = []
        var run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "_") {
                run += 1
                continue
            }
            if run > 0 { out.append(contentsOf: run >= 2 ? Array("…".utf8) : [UInt8(ascii: "_")]) }
            run = 0
            out.append(byte)
        }
        if run > 0 { out.append(contentsOf: run >= 2 ? Array("…".utf8) : [UInt8(ascii: "_")]) }
        return String(decoding: out, as: UTF8.self)
    }

    public init(text: String, line: Int, paragraph: Int) {
        self.text = text
        self.line = line
        self.paragraph = paragraph
    }
}
