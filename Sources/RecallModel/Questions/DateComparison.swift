/// Compares a typed date with the card's by value, never by letters: a different digit anywhere
/// is a different date, an era must match, and a part (`late`) must agree.
///
/// - Same value: right (and the part must agree when the card names one).
/// - More precise and agreeing (`December 1925` for `1925`, `27 February 1849` for a `27 February`
///   set in 1849): right. A decade or century card asks for the decade or century: a year inside is
///   not its answer.
/// - Less precise and agreeing (`1925` for `16 December 1925`): partly right, saying what is missing.
/// - One end of a range: partly right. Anything else: wrong.
/// - A century holds a year as historians count (the 19th century is 1801 to 1900); `the 1800s` is
///   read as the 19th century but holds only the years both readings hold, 1801 to 1899: it is no
///   answer for 1900 (not in the 1800s) nor for 1800 (in the 18th century), and `the 1900s` is none
///   for 1900 either (the 20th century). A which-century card asks its date's century, so it holds
///   its typed answer to the same rule.
enum DateComparison {
    /// - Parameters:
    ///   - typed: what the student typed.
    ///   - expected: the card's value with the part its text names.
    ///   - written: the value of the card's text as written (a date whose year the text left out).
    ///   - asked: the date a which-century or which-decade card asks the period of.
    static func verdict(
        _ typed: DateAnswer, expected: DateAnswer, written: DateValue?, asked: DateValue? = nil
    )
        -> AnswerChecker.Verdict
    {
        let value = typed.value
        if value == expected.value || (written != nil && value == written) {
            if let year = asked?.firstYear, typed.hundreds, !holds(typed, year: year) { return .wrong }
            return partVerdict(typed.part, expected: expected.part, granularity: expected.value.granularity)
        }
        if refines(value, expected.value) {
            if let part = expected.part, let fraction = fraction(of: value, within: expected.value),
                !part.contains(fraction: fraction)
            {
                return .wrong
            }
            return .right
        }
        if let missing = missing(typed: typed, expected: expected.value, written: written) {
            return .partlyRight(missing)
        }
        return .wrong
    }

    static func partVerdict(
        _ typed: DateAnswer.Part?, expected: DateAnswer.Part?, granularity: DateValue.Granularity
    ) -> AnswerChecker.Verdict {
        guard let expected else { return .right }
        guard let typed else {
            return .partlyRight("the \(granularity.noun) is right; “\(expected.rawValue)” is missing")
        }
        return typed == expected ? .right : .wrong
    }

    /// Whether `value` is more precise than `expected` and inside it: a month or day of the card's
    /// year, a day of its month, or the card's day with the year the text left out.
    static func refines(_ value: DateValue, _ expected: DateValue) -> Bool {
        switch (value, expected) {
        case (.month(let year?, _), .year(let expectedYear)),
            (.day(let year?, _, _), .year(let expectedYear)),
            (.season(let year?, _), .year(let expectedYear)):
            year == expectedYear
        case (.day(let year?, let month, _), .month(let expectedYear, let expectedMonth)):
            month == expectedMonth && (expectedYear == nil || year == expectedYear)
        case (.day(_?, let month, let day), .day(nil, let expectedMonth, let expectedDay)):
            month == expectedMonth && day == expectedDay
        case (.month(_?, let month), .month(nil, let expectedMonth)):
            month == expectedMonth
        default:
            false
        }
    }

    /// How far through `period` the start of `value` lies, from 0 to 1 (for `late 1905`).
    static func fraction(of value: DateValue, within period: DateValue) -> Double? {
        guard case .year = period else { return nil }
        switch value {
        case .month(_, let month), .day(_, let month, _): return Double(month - 1) / 12
        case .season(_, let season):
            return Double(DateValue.Season.allCases.firstIndex(of: season) ?? 0) / 4 + 0.1
        default: return nil
        }
    }

    /// Whether a typed century holds `year`: an ordinal century as historians count (1801 to 1900
    /// for the 19th, 300 to 201 BC for the 3rd BC); a century written as its hundreds only the years
    /// that reading and the ordinal one share (1801 to 1899 for `the 1800s`).
    static func holds(_ typed: DateAnswer, year: Int) -> Bool {
        guard case .century(let first) = typed.value else { return false }
        if first < 0 { return (first...(first + 99)).contains(year) }
        return ((first + 1)...(first + (typed.hundreds ? 99 : 100))).contains(year)
    }

    /// What a less precise answer leaves out, when all it says is right.
    static func missing(typed: DateAnswer, expected: DateValue, written: DateValue?) -> String? {
        let value = typed.value
        switch (value, expected) {
        case (.year(let year), .day(let expectedYear?, _, _)) where year == expectedYear:
            return "the year is right; the day and month are missing"
        case (.year(let year), .month(let expectedYear?, _)) where year == expectedYear:
            return "the year is right; the month is missing"
        case (.year(let year), .season(let expectedYear?, _)) where year == expectedYear:
            return "the year is right; the season is missing"
        case (.month(let year, let month), .day(let expectedYear, let expectedMonth, _))
        where month == expectedMonth:
            if year == expectedYear { return "the month is right; the day is missing" }
            if year == nil, case .day(nil, _, _)? = written {
                return "the month is right; the day is missing"
            }
            return year == nil ? "the month is right; the day and year are missing" : nil
        case (.day(nil, let month, let day), .day(_?, let expectedMonth, let expectedDay))
        where month == expectedMonth && day == expectedDay:
            return "the day and month are right; the year is missing"
        case (.month(nil, let month), .month(_?, let expectedMonth)) where month == expectedMonth:
            return "the month is right; the year is missing"
        case (.decade(let first), _)
        where expected.granularity == .year || expected.granularity == .month
            || expected.granularity == .day:
            guard let year = expected.firstYear, (first...(first + 9)).contains(year) else { return nil }
            return "the decade is right; the \(expected.granularity.noun) is missing"
        case (.century, .year(let year)):
            guard holds(typed, year: year) else { return nil }
            return "the century is right; the \(expected.granularity.noun) is missing"
        case (_, .range(let start, let end)) where value.granularity != .range:
            return value == start || value == end ? "that is one end of the range; the other is missing" : nil
        default:
            return nil
        }
    }
}

extension DateValue.Granularity {
    /// The word for the granularity in a sentence (`the year is right`).
    var noun: String {
        switch self {
        case .day: "date"
        case .month: "month"
        case .season: "season"
        case .year: "year"
        case .decade: "decade"
        case .century: "century"
        case .range: "range"
        case .relative: "date"
        }
    }
}
