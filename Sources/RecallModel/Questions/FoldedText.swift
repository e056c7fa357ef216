/// A text folded by `AnswerChecker.fold` and set between spaces, searched for folded names (` name `)
/// once per who card and fact. An ASCII text is searched on its bytes: Foundation's `contains` over
/// every fact for every card was a sixth of the instructions of a build (callgrind, 1 MB of the
/// DeckBuilding input). For ASCII, Foundation's search (canonical equivalence) and a byte search
/// agree; any other text is searched as before.
struct FoldedText: Sendable {
    var text: String
    /// The text's bytes when all are ASCII.
    var ascii: [UInt8]?

    init(_ original: String) {
        text = " " + AnswerChecker.fold(original) + " "
        ascii = text.isASCIIText ? Array(text.utf8) : nil
    }

    /// A text searched for in many folded texts, its bytes read once.
    struct Needle: Sendable {
        var text: String
        /// The needle's bytes when all are ASCII and there is at least one.
        var ascii: [UInt8]?

        init(_ text: String) {
            self.text = text
            ascii = !text.isEmpty && text.isASCIIText ? Array(text.utf8) : nil
        }
    }

    /// Whether the text holds `needle`; a needle searched in many texts is better made once.
    func contains(_ needle: String) -> Bool { contains(Needle(needle)) }

    /// Whether the text holds `needle`.
    func contains(_ needle: Needle) -> Bool {
        guard let ascii, let target = needle.ascii, let first = target.first else {
            return text.contains(needle.text)
        }
        guard target.count <= ascii.count else { return false }
        var start = 0
        let last = ascii.count - target.count
        while start <= last {
            if ascii[start] == first {
                var offset = 1
                while offset < target.count, ascii[start + offset] == target[offset] { offset += 1 }
                if offset == target.count { return true }
            }
            start += 1
        }
        return false
    }
}
