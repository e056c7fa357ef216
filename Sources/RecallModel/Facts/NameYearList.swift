/// A list of names each followed by a year in brackets: `These include Perrin (1885), Holmes (1908),
/// Lucas (1921) and Sheppard (2006)`, `A Goodly Pearl (1905) by …, Malcolm Canmore's Pearl (1907) …`.
/// The years say when each author wrote or each work appeared; the sentence states no dated event,
/// and a card asking which year stood beside which name tests nothing a student should learn.
///
/// A label is a bracket holding only years (`(1903, 1931)`) right after a capitalized word. It takes
/// three such brackets to make a list; one or two (`Justinian (527–565)`) are a name's own dates.
enum NameYearList {
    static let smallestList = 3

    /// Whether every date of `dates` is such a label in `text`, and the labels make a list.
    static func labelsOnly(_ text: String, dates: [DateExpression]) -> Bool {
        guard dates.count >= smallestList, text.utf8.contains(UInt8(ascii: "(")) else { return false }
        let bytes = Array(text.utf8)
        var brackets: Set<Int> = []
        for date in dates {
            guard date.value.granularity == .year, let open = bracketOpen(before: date, in: bytes) else {
                return false
            }
            brackets.insert(open)
        }
        return brackets.count >= smallestList
    }

    /// The offset of the `(` of the years-only bracket that holds `date` after a capitalized word.
    static func bracketOpen(before date: DateExpression, in bytes: [UInt8]) -> Int? {
        var start = date.utf8Range.lowerBound
        while start > 0, isYearListByte(bytes[start - 1]) { start -= 1 }
        var end = date.utf8Range.upperBound
        while end < bytes.count, isYearListByte(bytes[end]) { end += 1 }
        guard start > 1, end < bytes.count, bytes[start - 1] == UInt8(ascii: "("),
            bytes[end] == UInt8(ascii: ")"),
            bytes[start - 2] == 0x20
        else { return nil }
        // The word before the bracket is a name: it opens with a capital (`Perrin`, `Hay's`, `Pearl`).
        var wordStart = start - 2
        while wordStart > 0, bytes[wordStart - 1] != 0x20 { wordStart -= 1 }
        guard wordStart < start - 2, (0x41...0x5A).contains(bytes[wordStart]) || bytes[wordStart] >= 0xC0
        else {
            return nil
        }
        return start - 1
    }

    /// Digits, a comma and a space: what a bracket of years holds besides the years.
    static func isYearListByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || byte == UInt8(ascii: ",") || byte == 0x20
    }
}
