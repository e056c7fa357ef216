/// A range whose era is written once, at its end: `from about 1030 to about 930 BCE`, `between 1200
/// and c. 1100 BC`, `c. 444/443 – c. 360 BC`. The grammar reads `264 to 241 BC` as one range, but reads the two ends as two
/// dates when hedges stand between them, and the first is then the year 1030 of our era. Here they
/// become the one range they are (`1030 to about 930 BCE`, `BC1030/BC0930`), as the grammar's own
/// ranges are, so that wherever the date is shown (a reverse card, a timeline item, a choice option,
/// a period card) it carries its era, and nothing shows `1030` alone. The first end must be the
/// larger number (BC years count down), which tells a shared era from two dates of different eras.
extension DateFinder {
    /// The words that may join the two ends of a range, with the hedges that may stand before the end.
    /// `or` joins alternatives (`734 or 733 BC`), which are written like a range (`d. 1323/4`).
    static let rangeJoiners: Set<String> = ["to", "until", "till", "and", "or", "-", "–", "—"]
    static let endHedges: Set<String> = [
        "about", "around", "c", "c.", "ca", "ca.", "circa", "approximately", "roughly",
    ]

    /// `found` with each bare year that opens a BC range joined to the range's end, and each bare year
    /// listed before a BC year (`in 378 and 377 BC`) read in its era.
    static func sharingEras(_ found: [DateExpression], in bytes: [UInt8]) -> [DateExpression] {
        guard found.count > 1 else { return found }
        var shared: [DateExpression] = []
        var index = 0
        while index < found.count {
            defer { index += 1 }
            guard index + 1 < found.count, let sharing = joined(found[index], found[index + 1], in: bytes)
            else {
                shared.append(found[index])
                continue
            }
            shared.append(contentsOf: sharing)
            index += 1
        }
        return shared
    }

    /// `1030` and `930 BCE` with only `to about` between them: one BC range; `378` and `377 BC` with
    /// `and` between (no `between` before): the two BC years; nil otherwise.
    static func joined(_ start: DateExpression, _ end: DateExpression, in bytes: [UInt8]) -> [DateExpression]?
    {

        // The start may already be BC, read in a story told before Christ (`StoryTime.inStoryEra`).
        guard case .year(let year) = start.value, start.text.allSatisfy(\.isNumber),
            case .year(let last) = end.value, last < 0, abs(year) > -last
        else { return nil }
        let first = abs(year)
        var between = String(
            decoding: bytes[start.utf8Range.upperBound..<end.utf8Range.lowerBound], as: UTF8.self
        ).lowercased().split(separator: " ").map(String.init)
        // `c. 444/443 – c. 360 BC`: the start's alternative year (`/443`) stays in the range's text.
        if let alternative = between.first, alternative.count > 1, alternative.first == "/",
            alternative.dropFirst().allSatisfy(\.isNumber)
        {
            between.removeFirst()
        }
        guard let joiner = between.first, rangeJoiners.contains(joiner),
            between.dropFirst().allSatisfy(endHedges.contains)
        else { return nil }
        // `and` makes a range only after `between`: `in 378 and 377 BC` are two years.
        if joiner == "and" {
            let head = String(decoding: bytes[..<start.utf8Range.lowerBound], as: UTF8.self).lowercased()
            if head.split(separator: " ").last != "between" {
                var listed = start
                listed.value = .year(-first)
                return [listed, end]
            }
        }
        let span = start.utf8Range.lowerBound..<end.utf8Range.upperBound
        return [
            DateExpression(
                text: String(decoding: bytes[span], as: UTF8.self), utf8Range: span,
                value: .range(.year(-first), end.value), anchor: end.anchor)
        ]
    }
}
