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
        let bytes = Array(text.utf8)
        ascii = bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    }

    /// Whether the text holds `needle`.
    func contains(_ needle: String) -> Bool {
        guard let ascii else { return text.contains(needle) }
        let target = Array(needle.utf8)
        guard let first = target.first, target.allSatisfy({ $0 < 0x80 }) else { return text.contains(needle) }
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
