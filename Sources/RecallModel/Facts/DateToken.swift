/// A word, number or mark of a sentence, as the date finder reads it.
struct DateToken {
    enum Kind { case word, number, mark }

    var kind: Kind
    /// UTF-8 byte offsets in the sentence.
    var start: Int
    var end: Int
    /// Whether white space separates this token from the one before it.
    var spaceBefore: Bool
    /// The lower-cased word, the digits of a number, or the mark itself.
    var lower: String
    /// Whether the word starts with a capital letter, and whether it is an ASCII word of two or more
    /// capitals (`IRIS`, `NASA`).
    var isCapitalized = false
    var isAllCapitals = false
    /// A number's value and how many digits it has (0 when the number is grouped, as in `1,000`).
    var number = 0
    var digits = 0

    /// Splits a sentence into tokens; numbers such as `1,000` or `3.5` stay whole.
    static func tokens(of text: String) -> [DateToken] {
        let bytes = Array(text.utf8)
        var tokens: [DateToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        var index = 0
        var sawSpace = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                sawSpace = true
                index += 1
                continue
            }
            let start = index
            if byte >= 0x30 && byte <= 0x39 {
                var value = 0
                var count = 0
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    if count < 18 { value = value * 10 + Int(bytes[index] - 0x30) }
                    count += 1
                    index += 1
                }
                var grouped = false
                // 1,000 and 3.5 are quantities, never years or days; 16.12.1925 is a date.
                while !isDottedDate(bytes, from: start), !followsDottedNumber(bytes, at: start),
                    index + 1 < bytes.count, bytes[index] == 0x2C || bytes[index] == 0x2E,
                    bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39,
                    bytes[index] == 0x2E || isDigitGroup(bytes, at: index + 1)
                {
                    grouped = true
                    index += 1
                    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                }
                var token = DateToken(
                    kind: .number, start: start, end: index, spaceBefore: sawSpace,
                    lower: String(decoding: bytes[start..<index], as: UTF8.self))
                token.number = grouped ? 0 : value
                token.digits = grouped ? 0 : count
                tokens.append(token)
            } else if let (length, isLetter, isUpper) = classify(bytes, at: index), isLetter {
                index += length
                var ascii = length == 1
                while index < bytes.count, let (next, letter, _) = classify(bytes, at: index), letter {
                    ascii = ascii && next == 1
                    index += next
                }
                // ASCII words are lower-cased byte by byte, without a Unicode case table, and written
                // straight into the string (a short word needs no allocation at all).
                let lower =
                    ascii
                    ? String(unsafeUninitializedCapacity: index - start) { buffer in
                        for offset in 0..<(index - start) { buffer[offset] = bytes[start + offset] | 0x20 }
                        return index - start
                    }
                    : String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
                var token = DateToken(
                    kind: .word, start: start, end: index, spaceBefore: sawSpace, lower: lower)
                token.isCapitalized = isUpper
                token.isAllCapitals =
                    isUpper && ascii && index - start >= 2
                    && bytes[start..<index].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
                tokens.append(token)
            } else {
                let length = classify(bytes, at: index)?.0 ?? 1
                index += length
                tokens.append(
                    DateToken(
                        kind: .mark, start: start, end: index, spaceBefore: sawSpace,
                        lower: String(decoding: bytes[start..<index], as: UTF8.self)))
            }
            sawSpace = false
        }
        return tokens
    }

    /// Whether `16.12.1925` (day, month and year joined by dots) starts at `start`.
    static func isDottedDate(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - first
        }
        guard (1...2).contains(digits()), index < bytes.count, bytes[index] == 0x2E else { return false }
        index += 1
        guard (1...2).contains(digits()), index < bytes.count, bytes[index] == 0x2E else { return false }
        index += 1
        return digits() == 4
    }

    /// Whether the number at `start` continues a dotted sequence (`12` in `16.12.1925`).
    static func followsDottedNumber(_ bytes: [UInt8], at start: Int) -> Bool {
        start >= 2 && bytes[start - 1] == 0x2E && bytes[start - 2] >= 0x30 && bytes[start - 2] <= 0x39
    }

    static func isDigitGroup(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        for offset in 0..<3 where !(bytes[index + offset] >= 0x30 && bytes[index + offset] <= 0x39) {
            return false
        }
        return index + 3 == bytes.count || !(bytes[index + 3] >= 0x30 && bytes[index + 3] <= 0x39)
    }

    /// The length of the scalar at `index`, whether it is a letter, and whether it is upper case.
    static func classify(_ bytes: [UInt8], at index: Int) -> (Int, Bool, Bool)? {
        let byte = bytes[index]
        if byte < 0x80 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            return (1, isUpper || isLower, isUpper)
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count else { return (1, false, false) }
        var scalarValue: UInt32 = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { scalarValue = scalarValue << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(scalarValue) else { return (length, false, false) }
        let properties = scalar.properties
        return (length, properties.isAlphabetic, properties.isUppercase)
    }
}
