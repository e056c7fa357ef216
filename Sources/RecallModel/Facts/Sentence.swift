/// One sentence of a source text, as a careful reader would split it.
public struct Sentence: Sendable, Hashable {
    /// The sentence as it stands in the source (citation marks kept, runs of white space folded).
    public var text: String
    /// The 1-based line of the source on which the sentence starts.
    public var line: Int
    /// The 0-based paragraph it belongs to: sentences of one paragraph share context.
    public var paragraph: Int

    /// The sentence as questions show it: without citation marks, without the ellipsis a quoted
    /// extract opens with (`.... All the way up to 1939, …`), and with any run of underscores (a
    /// worksheet's fill-in line) made an ellipsis, so that a question's blank is its only one.
    public var cleanText: String {
        Self.withoutUnpairedEdgeBrackets(
            Self.withoutFillInLines(Self.withoutOpeningEllipsis(CitationMarks.removing(from: text))))
    }

    /// `text` without a bracket at its start or end whose partner is in another sentence: a remark in
    /// brackets that runs over several sentences (`(Jitsuyo Jidosha began … From 1923 to 1925, the
    /// company … Lila.)`) leaves its first sentence opening on `(` and its last ending on `)`.
    static func withoutUnpairedEdgeBrackets(_ text: String) -> String {
        guard text.first == "(" || text.last == ")" else { return text }
        let (opening, closing) = text.reduce(into: (0, 0)) { count, character in
            if character == "(" { count.0 += 1 } else if character == ")" { count.1 += 1 }
        }
        var result = Substring(text)
        if result.first == "(", opening > closing { result = result.dropFirst().drop { $0 == " " } }
        if result.last == ")", closing > opening { result = result.dropLast() }
        return result.count == text.count ? text : String(result)
    }

    /// `text` without a run of dots or ellipses (three or more dots) and the spaces after it at its
    /// start, when a word follows: a teacher drops the mark of an elided start when quoting the rest.
    static func withoutOpeningEllipsis(_ text: String) -> String {
        guard let first = text.first, first == "." || first == "…" else { return text }
        let marks = text.prefix { $0 == "." || $0 == "…" }
        let dots = marks.reduce(0) { $0 + ($1 == "…" ? 3 : 1) }
        let rest = text.dropFirst(marks.count).drop { $0 == " " }
        guard dots >= 3, rest.count < text.count - marks.count, let next = rest.first, next.isLetter else {
            return text
        }
        return String(rest)
    }

    static func withoutFillInLines(_ text: String) -> String {
        guard text.containsUTF8(UInt8(ascii: "_")) else { return text }
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
