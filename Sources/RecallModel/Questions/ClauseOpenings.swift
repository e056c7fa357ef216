extension QuestionGenerator {
    /// Words after a comma that open a clause of their own (`, and the dome was finished in 1673`).
    static let wordsAfterComma: Set<String> = [
        "and", "but", "when", "while", "whilst", "which", "who", "after", "before", "until", "where",
        "whereas", "although", "though", "yet",
    ]
    /// Words that open a subordinate clause even without a comma (`… attack the city after Tampere
    /// had fallen on 6 April`): its date is its own event's.
    static let subordinators: Set<String> = ["after", "before", "because", "whereas", "although"]

    /// Where the sentence's clause marks (`;`, `:`, brackets, dashes) and the commas and spaces
    /// before a word of `wordsAfterComma` or `subordinators` stand, as UTF-8 offsets in text order.
    static func clauseOpenings(in text: String, bytes: [UInt8]) -> [Int] {
        // An ASCII sentence is read byte by byte: its `Character`s are its bytes (or `\r\n`, which
        // is no mark either way).
        if text.isASCIIText {
            var cuts: [Int] = []
            for (offset, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(")
                    || byte == UInt8(ascii: ")") || opensClause(bytes, at: offset, width: 1)
                {
                    cuts.append(offset)
                }
            }
            return cuts
        }
        return clauseOpeningsByCharacter(in: text, bytes: bytes)
    }

    /// `clauseOpenings` read `Character` by `Character`, as any text must be.
    static func clauseOpeningsByCharacter(in text: String, bytes: [UInt8]) -> [Int] {
        var cuts: [Int] = []
        var offset = 0
        for character in text {
            let width = character.utf8.count
            if ";:()—–".contains(character)
                || ((character == "," || character == " ") && opensClause(bytes, at: offset, width: width))
            {
                cuts.append(offset)
            }
            offset += width
        }
        return cuts
    }

    /// Whether the comma or space at `offset` stands before a word that opens a clause.
    static func opensClause(_ bytes: [UInt8], at offset: Int, width: Int) -> Bool {
        switch bytes[offset] {
        case UInt8(ascii: ","):
            return wordsAfterComma.contains(
                nextWord(bytes, after: offset + width, within: 12, firsts: "abwuyt"))
        case UInt8(ascii: " "):
            return subordinators.contains(nextWord(bytes, after: offset + width, within: 10, firsts: "abw"))
        default:
            return false
        }
    }

    /// The first word of the `within` bytes from `start`, lower-cased; "" when it cannot open with
    /// one of `firsts`. Most words are turned away by their first byte before any string is made: made
    /// for every comma and space, the words were a third of the cue's instructions (callgrind).
    static func nextWord(_ bytes: [UInt8], after start: Int, within: Int, firsts: String) -> String {
        let window = bytes[start...].prefix(within)
        guard let first = window.first(where: { $0 != 0x20 }) else { return "" }
        // An ASCII byte or'ed with 0x20 is one of `firsts` only when it is that letter in either case.
        if first < 0x80, !firsts.utf8.contains(first | 0x20) { return "" }
        let rest = String(decoding: window, as: UTF8.self).lowercased()
        return String(rest.split(separator: " ").first ?? "")
    }
}
