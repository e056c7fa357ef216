/// Wikipedia-style citation marks: `[12]`, `[28][29]`, `[a]`, `[note 3]`, `[citation needed]`.
///
/// Questions never show them; the source sentence keeps them so that it stays traceable.
public enum CitationMarks {
    static let phrases: Set<String> = [
        "citation needed", "clarification needed", "when?", "who?", "which?", "where?", "why?",
        "according to whom?", "by whom?", "better source needed", "failed verification",
        "page needed", "verification needed", "original research?", "not in citation given",
        "full citation needed", "unreliable source?", "needs update", "sic", "dead link",
        "permanent dead link", "specify", "self-published source", "non-primary source needed",
        "further explanation needed", "disputed", "citation needed to verify",
    ]

    /// The UTF-8 byte ranges of every citation mark in `text`.
    public static func ranges(in text: String) -> [Range<Int>] {
        // Most sentences have no bracket at all; they need no copy of their bytes.
        guard text.containsUTF8(UInt8(ascii: "[")) else { return [] }
        let bytes = Array(text.utf8)
        var result: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "["),
                let close = bytes[(index + 1)...].prefix(48).firstIndex(of: UInt8(ascii: "]"))
            else {
                index += 1
                continue
            }
            let inner = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            if isCitation(inner) {
                result.append(index..<(close + 1))
                index = close + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether the text between brackets is a citation or maintenance mark.
    static func isCitation(_ inner: String) -> Bool {
        let lower = inner.lowercased()
        if lower.isEmpty { return false }
        if lower.allSatisfy(\.isASCIIDigitCharacter) { return lower.count <= 4 }
        if lower.count <= 2, lower.allSatisfy({ $0.isLetter && $0.isLowercase }), inner == lower {
            return true
        }
        if lower.count <= 6, lower.allSatisfy({ "ivxlc".contains($0) }), inner == lower { return true }
        for prefix in ["note ", "nb ", "n ", "lower-alpha ", "upper-alpha ", "fn "]
        where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if !rest.isEmpty, rest.count <= 4, rest.allSatisfy({ $0.isLetter || $0.isNumber }) { return true }
        }
        if phrases.contains(lower) { return true }
        return lower.hasPrefix("dubious") || lower.hasPrefix("citation needed")
    }

    /// `text` without citation marks, with the spaces around removed marks tidied.
    public static func removing(from text: String) -> String {
        var marks = ranges(in: text)
        if marks.isEmpty { return text }
        var current = text
        // Taking a mark out can close a new one around it (`[32[9]]` leaves `[32]`), so repeat until
        // none is left; each pass makes the text shorter.
        while !marks.isEmpty {
            current = removing(marks, from: current)
            marks = ranges(in: current)
        }
        return current
    }

    private static func removing(_ marks: [Range<Int>], from text: String) -> String {
        var bytes = Array(text.utf8)
        for range in marks.reversed() {
            let before = range.lowerBound > 0 ? bytes[range.lowerBound - 1] : UInt8(ascii: " ")
            let after = range.upperBound < bytes.count ? bytes[range.upperBound] : UInt8(ascii: " ")
            var upper = range.upperBound
            // Drop one of two spaces the mark sat between, and the space after a mark at the start.
            if (before == UInt8(ascii: " ") || range.lowerBound == 0) && after == UInt8(ascii: " ") {
                upper += 1
            }
            bytes.removeSubrange(range.lowerBound..<min(upper, bytes.count))
        }
        return String(decoding: bytes, as: UTF8.self).trimmingSpaces()
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    /// The string without leading and trailing spaces and tabs (no Foundation needed).
    package func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
