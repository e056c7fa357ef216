/// Two months or days joined by `and` or `or` with the year written once, after the second:
/// `in August and September 1914`, `on 14 or 15 July 1789`. The guidelines read them as two dates,
/// and a reader gives the first the year written after the second, not the year the story was in
/// before the sentence (which a heading or a look back may have left elsewhere).
extension DateFinder {
    static let yearSharingJoiners: Set<String> = ["and", "or"]

    /// `found` with each month, day or season written without a year and joined to a next date of
    /// the same kind that writes its year, given that year.
    static func sharingYears(_ found: [DateExpression], in bytes: [UInt8]) -> [DateExpression] {
        guard found.count > 1 else { return found }
        var shared = found
        for index in found.indices.dropLast() {
            let (first, second) = (found[index], found[index + 1])
            guard !writesAYear(first.text), writesAYear(second.text),
                let value = first.value.inYear(of: second.value)
            else { continue }
            let between = String(
                decoding: bytes[first.utf8Range.upperBound..<second.utf8Range.lowerBound], as: UTF8.self
            ).lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
            guard between.count == 1, yearSharingJoiners.contains(String(between[0])) else { continue }
            shared[index].value = value
            shared[index].anchor = second.text
        }
        return shared
    }

    /// Whether a date's text writes a year (a number of three or more digits).
    static func writesAYear(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber }).contains { $0.count >= 3 }
    }
}

extension DateValue {
    /// This month, day or season in the year of `other`, a value of the same kind that is not
    /// earlier in its year; nil for anything else.
    func inYear(of other: DateValue) -> DateValue? {
        switch (self, other) {
        case (.month(_, let month), .month(let year?, let otherMonth)) where month <= otherMonth:
            return .month(year: year, month: month)
        case (.day(_, let month, let day), .day(let year?, let otherMonth, let otherDay))
        where (month, day) < (otherMonth, otherDay):
            return .day(year: year, month: month, day: day)
        case (.season(_, let season), .season(let year?, let otherSeason))
        where StoryTime.months(of: season).lowerBound <= StoryTime.months(of: otherSeason).lowerBound:
            return .season(year: year, season)
        default:
            return nil
        }
    }
}
