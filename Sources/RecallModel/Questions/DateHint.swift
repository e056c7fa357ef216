/// Hints that narrow a date down a step at a time without giving it away: a year's century, then
/// its decade's digits (`195_`); a full date's month; a range's length.
package enum DateHint {
    /// The hint at `level` (1 for the first `:hint`); nil when there is nothing more to tell.
    package static func text(for value: DateValue, level: Int) -> String? {
        let steps = self.steps(for: value)
        guard level >= 1, level <= steps.count else { return nil }
        return steps[level - 1]
    }

    static func steps(for value: DateValue) -> [String] {
        switch value {
        case .year(let year):
            return ["a year in \(century(of: year))", "a year: \(decadeDigits(year))"]
        case .month(let year?, _), .season(let year?, _):
            let kind = value.granularity == .month ? "a month and year" : "a season and year"
            return ["\(kind) in \(century(of: year))", "\(kind): the year is \(decadeDigits(year))"]
        case .day(let year, let month, _):
            let monthName = DateVocabulary.monthNames[month - 1]
            guard let year else { return ["a day in \(monthName)"] }
            return ["a full date in \(monthName)", "a full date in \(monthName) \(decadeDigits(year))"]
        case .decade(let first):
            return ["a decade in \(century(of: first))"]
        case .century(let first):
            return ["a century \(first < 0 ? "BC" : "AD")"]
        case .range(let start, let end):
            guard let first = start.firstYear, let last = end.lastYear else { return ["a range of dates"] }
            let years = last - first
            let length = years == 0 ? "within one year" : "of \(years) year\(years == 1 ? "" : "s")"
            return ["a range \(length)", "a range \(length), starting in \(century(of: first))"]
        case .month(nil, _), .season(nil, _), .relative:
            return []
        }
    }

    /// `the 19th century`, `the 3rd century BC`.
    static func century(of year: Int) -> String {
        let number = year > 0 ? (year - 1) / 100 + 1 : -year / 100 + (year % 100 == 0 ? 0 : 1)
        return "the \(DateStyle.ordinal(number)) century" + (year < 0 ? " BC" : "")
    }

    /// The year with its last digit hidden: `195_`, `26_ BC`.
    static func decadeDigits(_ year: Int) -> String {
        String(String(abs(year)).dropLast()) + "_" + (year < 0 ? " BC" : "")
    }
}
