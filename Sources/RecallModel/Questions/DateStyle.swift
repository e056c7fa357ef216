/// How a date is written in a text (`16 December 1925`, `December 16, 1925`, `1925-12-16`, `March 1947`),
/// so that the options of a multiple-choice card look like the right answer does.
public struct DateStyle: Sendable, Hashable {
    enum Order: Sendable, Hashable { case dayMonth, monthDay, iso }

    var order: Order
    var showsYear: Bool
    var abbreviatesMonth: Bool

    /// Infers the style from the way a date was written.
    public init(of text: String, value: DateValue) {
        let trimmed = text.trimmingSpaces()
        let startsWithDigit = trimmed.first?.isNumber ?? false
        if case .day = value, startsWithDigit, trimmed.contains("-") {
            order = .iso
        } else {
            order = startsWithDigit ? .dayMonth : .monthDay
        }
        let digits = trimmed.split(whereSeparator: { !$0.isNumber })
        showsYear = digits.contains { $0.count >= 3 }
        let words = trimmed.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        abbreviatesMonth = words.contains {
            DateVocabulary.monthAbbreviations[$0] != nil && DateVocabulary.months[$0] == nil
        }
    }

    /// Writes `value` in this style; ranges and relative values are not written this way.
    public func format(_ value: DateValue) -> String? {
        switch value {
        case .year(let year): return Self.year(year)
        case .month(let year, let month):
            let name = monthName(month)
            return year.map { "\(name) \(Self.year($0))" } ?? name
        case .day(let year, let month, let day):
            if order == .iso, let year {
                return "\(DateValue.yearText(year))-\(DateValue.two(month))-\(DateValue.two(day))"
            }
            let yearText = showsYear ? year.map(Self.year) : nil
            switch order {
            case .monthDay: return "\(monthName(month)) \(day)" + (yearText.map { ", \($0)" } ?? "")
            default: return "\(day) \(monthName(month))" + (yearText.map { " \($0)" } ?? "")
            }
        case .season(let year, let season):
            let names: [DateValue.Season: String] = [
                .spring: "spring", .summer: "summer", .autumn: "autumn", .winter: "winter",
            ]
            return "\(names[season]!)" + (year.map { " \(Self.year($0))" } ?? "")
        case .decade(let first): return "\(first)s"
        case .century(let first): return Self.ordinal(first / 100 + 1) + " century"
        case .range, .relative: return nil
        }
    }

    func monthName(_ month: Int) -> String {
        let name = DateVocabulary.monthNames[month - 1]
        return abbreviatesMonth && name.count > 4 ? String(name.prefix(3)) : name
    }

    static func year(_ year: Int) -> String { year < 0 ? "\(-year) BC" : "\(year)" }

    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
