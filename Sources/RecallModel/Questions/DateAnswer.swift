/// A date as a student types it or a card shows it: its value, and the part of the period it
/// names (`late 1905`, `the end of 1905`), which the value alone does not keep.
///
/// ```swift
/// DateAnswer.read("late Decmber 1925")  // .date(DateAnswer(value: 1925-12, part: .late))
/// DateAnswer.read("9/8/2016")           // .ambiguous (September 8 or 9 August?)
/// ```
public struct DateAnswer: Hashable, Sendable {
    /// Which third of a period a date names.
    public enum Part: String, Sendable, CaseIterable {
        case early, mid, late

        /// Whether a point `fraction` of the way through a period (0 at its start) lies in this part.
        func contains(fraction: Double) -> Bool {
            switch self {
            case .early: fraction < 1.0 / 3
            case .mid: fraction >= 1.0 / 3 && fraction < 2.0 / 3
            case .late: fraction >= 2.0 / 3
            }
        }
    }

    public var value: DateValue
    public var part: Part?
    /// Whether a century is written as its hundreds (`the 1800s`: the years 1800 to 1899) rather
    /// than as an ordinal (`the 19th century`: 1801 to 1900, as historians count); see
    /// `DateComparison.holds(_:year:)`.
    public var hundreds: Bool

    public init(value: DateValue, part: Part? = nil, hundreds: Bool = false) {
        self.value = value
        self.part = part
        self.hundreds = hundreds
    }

    /// What a typed text reads as.
    public enum Reading: Hashable, Sendable {
        case date(DateAnswer)
        /// A numeric date whose day and month could be either way round (`9/8/2016`).
        case ambiguous
        /// Not one date.
        case none
    }

    /// Reads a whole answer as one date: any form the date finder knows, a month name with a typo
    /// that reads as that month and no other, a part of the period before it, and an era after a
    /// range (`264 to 241 BC`).
    public static func read(_ text: String) -> Reading {
        if let year = plainYear(text) { return .date(DateAnswer(value: .year(year))) }
        if NumericDate.isAmbiguous(text) { return .ambiguous }
        if let reading = TypedDateReader.read(text) { return reading }
        return readInFull(text)
    }

    /// `read` through the date finder alone, without the quick reader of the common forms.
    static func readInFull(_ text: String) -> Reading {
        if let year = plainYear(text) { return .date(DateAnswer(value: .year(year))) }
        if NumericDate.isAmbiguous(text) { return .ambiguous }
        let (part, rest) = splitPart(AnswerSpelling.corrected(text))
        guard let value = value(of: rest) else { return .none }
        return .date(DateAnswer(value: value, part: part, hundreds: writesHundreds(value, in: rest)))
    }

    /// Whether a century value was written as its hundreds: the date finder reads a century from
    /// `1800s` or from an ordinal before `century`, so a century without that word is the former.
    static func writesHundreds(_ value: DateValue, in text: String) -> Bool {
        guard case .century = value else { return false }
        return !text.lowercased().contains("centur")
    }

    /// A year typed as four digits alone (`1952`), the most common answer, read without the grammar.
    static func plainYear(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard utf8.count == 4, let first = utf8.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9")
        else {
            return nil
        }
        var year = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            year = year * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return year
    }

    /// The value of a date written without a part, or nil.
    static func value(of text: String) -> DateValue? {
        // Before the finder, which reads the `6` of `6–8 June 1944` as the year 6.
        if let value = rangeSharingItsTail(text) { return value }
        if let value = DateFinder.parseAnswer(text) { return value }
        var finder = DateFinder()
        let dates = finder.dates(in: text)
        guard dates.count == 1, let date = dates.first, onlyFiller(in: text, outside: date.utf8Range) else {
            return nil
        }
        return date.value
    }

    /// A range whose first end is a bare number that shares the rest of the second end: `16–18
    /// December 1925` (16 December 1925 to 18 December 1925), `264 to 241 BC` (both BC).
    static func rangeSharingItsTail(_ text: String) -> DateValue? {
        // The first word is the first end's number, or `between`/`from` before it.
        guard let opening = text.first(where: { !$0.isWhitespace }),
            opening.isNumber || "bBfF".contains(opening)
        else { return nil }
        var words = text.split(whereSeparator: \.isWhitespace)
        if let first = words.first, ["between", "from"].contains(first.lowercased()) { words.removeFirst() }
        // The first end is a bare number, then a dash (`16–18 …`, `264-241 …`) or a range word (`264 to 241 …`).
        guard let head = words.first,
            let digitsEnd = head.firstIndex(where: { !$0.isNumber }) ?? Optional(head.endIndex),
            digitsEnd > head.startIndex
        else { return nil }
        let first = String(head[..<digitsEnd])
        var rest: [Substring]
        if digitsEnd < head.endIndex {
            guard DateVocabulary.dashes.contains(String(head[digitsEnd])) else { return nil }
            let after = head[head.index(after: digitsEnd)...]
            rest = (after.isEmpty ? [] : [after]) + words.dropFirst()
        } else {
            guard words.count > 2 else { return nil }
            let separator = words[1]
            guard
                DateVocabulary.dashes.contains(String(separator))
                    || ["to", "until", "and"].contains(separator.lowercased())
            else { return nil }
            rest = Array(words.dropFirst(2))
        }
        guard rest.count >= 2 else { return nil }
        let second = rest.joined(separator: " ")
        let tail = rest.dropFirst().joined(separator: " ")
        guard let end = DateFinder.parseAnswer(second), end.granularity != .range,
            let start = DateFinder.parseAnswer(first + " " + tail), start.granularity == end.granularity
        else { return nil }
        return .range(start, end)
    }

    /// Whether everything in `text` outside `range` is punctuation or a word an answer may wrap a
    /// date in; a number left over means the date was not the whole answer.
    static func onlyFiller(in text: String, outside range: Range<Int>) -> Bool {
        let bytes = Array(text.utf8)
        let outside = bytes[..<range.lowerBound] + bytes[range.upperBound...]
        let rest = String(decoding: outside, as: UTF8.self).lowercased()
        guard !rest.contains(where: \.isNumber) else { return false }
        return rest.split { !$0.isLetter }.allSatisfy { AnswerSpelling.filler.contains(String($0)) }
    }

    /// Phrases that name a part of the period after them (after an optional `the`), longest first.
    static let partPhrases: [(String, Part)] = [
        ("beginning of ", .early), ("start of ", .early), ("first half of ", .early), ("middle of ", .mid),
        ("end of ", .late), ("second half of ", .late), ("early ", .early), ("early-", .early),
        ("mid-", .mid), ("mid ", .mid), ("late ", .late), ("late-", .late),
    ]

    /// Splits `in the end of 1905` into `.late` and `1905`; a text without a part comes back whole.
    static func splitPart(_ text: String) -> (Part?, String) {
        // Parts are English words: a text that opens with none of their letters has none.
        guard let opening = text.first(where: { !$0.isWhitespace }), "iabtfemlsIABTFEMLS".contains(opening)
        else {
            return (nil, text)
        }
        let trimmed = text.trimmingSpaces()
        // Compared byte by byte: every phrase is ASCII, so a prefix in bytes is one in characters
        // as long as the text before it is ASCII too, which the phrases it follows are.
        let lowered = Array(trimmed.lowercased().utf8)
        var dropped = 0
        func startsWith(_ phrase: String) -> Bool {
            let bytes = phrase.utf8
            guard lowered.count - dropped >= bytes.count else { return false }
            return zip(lowered[dropped...], bytes).allSatisfy { $0 == $1 }
        }
        for opener in ["in ", "at ", "by "] where startsWith(opener) { dropped += opener.utf8.count }
        if startsWith("the ") { dropped += 4 }
        for (phrase, part) in partPhrases where startsWith(phrase) {
            return (part, String(trimmed.dropFirst(dropped + phrase.count)))
        }
        return (nil, text)
    }
}

/// Numeric dates such as `9/8/2016` or `09.08.16`, whose order (day or month first) varies by country.
enum NumericDate {
    /// Whether `text` is a numeric date (`9/8/2016`, `9.8.16`, `9-8-2016`, `9/8`) that reads as two
    /// different dates, day first or month first.
    static func isAmbiguous(_ text: String) -> Bool {
        // Only digits, separators and the spaces around them can make one: most answers hold a letter.
        let allowed: (UInt8) -> Bool = {
            ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".")
                || $0 == UInt8(ascii: "-") || $0 == 0x20 || $0 == 0x09
        }
        guard text.utf8.allSatisfy(allowed) else { return false }
        // A day or month first is one or two digits before the first separator: most numeric answers
        // (`1878-1921`, `1925-12-16`) are turned away here, before any string is made.
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        let isSeparator: (UInt8) -> Bool = {
            $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
        }
        guard let start = text.utf8.firstIndex(where: { !isSpace($0) }),
            let separator = text.utf8.firstIndex(where: isSeparator),
            text.utf8.distance(from: start, to: separator) <= 2
        else { return false }
        let trimmed = text.trimmingSpaces()
        guard trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "/.-".contains($0)) }) else { return false }
        let fields = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { "/.-".contains($0) })
        guard fields.count == 3 || (fields.count == 2 && trimmed.contains("/")),
            fields[0].count <= 2, fields[1].count <= 2, let first = Int(fields[0]),
            let second = Int(fields[1])
        else { return false }
        if fields.count == 3 && Int(fields[2]) == nil { return false }
        return (1...12).contains(first) && (1...12).contains(second) && first != second
    }
}
