import Foundation

/// How long: the time from one end of a span to the other, in whole years, months or days, from a
/// range (`from 1859 to 1869`, `1877–78`) or from two dates of one subject (`began in 1859 and ended
/// in 1869`). The student types the number, with or without its unit.
public struct DurationQuestion: Codable, Sendable, Hashable {
    public enum Unit: String, Codable, Sendable, CaseIterable {
        case years, months, days

        /// `1 year`, `10 years`.
        func amount(_ number: Int) -> String {
            number == 1 ? "1 \(rawValue.dropLast())" : "\(number) \(rawValue)"
        }

        /// The words a student may write for the unit (`yrs`, `month`, `d`).
        var words: Set<String> {
            switch self {
            case .years: ["year", "years", "yr", "yrs", "y"]
            case .months: ["month", "months", "mo", "mos", "mth", "mths", "m"]
            case .days: ["day", "days", "d"]
            }
        }
    }

    /// The sentence with the span's dates blanked (one blank for a range, two for two dates).
    public var text: String
    /// The span's start and end as the sentence writes them (the same text twice for a range).
    public var from: String
    public var to: String
    public var fromValue: DateValue
    public var toValue: DateValue
    public var amount: Int
    public var unit: Unit
    /// Whether an end is finer than the unit (`28 June 1914` to `11 November 1918` in years), so
    /// the question asks for whole units.
    public var whole: Bool
    public var sentence: String
    public var context: String?
    public var source: SourceReference

    public init(
        text: String, from: String, to: String, fromValue: DateValue, toValue: DateValue, amount: Int,
        unit: Unit,
        whole: Bool, sentence: String, context: String?, source: SourceReference
    ) {
        self.text = text
        self.from = from
        self.to = to
        self.fromValue = fromValue
        self.toValue = toValue
        self.amount = amount
        self.unit = unit
        self.whole = whole
        self.sentence = sentence
        self.context = context
        self.source = source
    }

    /// `10 years`.
    public var answer: String { unit.amount(amount) }

    /// The sentence first, as a teacher sets it, then the question about its gaps: `Construction began
    /// in ____ and ended in ____. How many years passed between the two dates?`; for a range, `The
    /// First Punic War (____) … The blank is a span of time: how many years did it last?`.
    public var prompt: String {
        let units = (whole ? "whole " : "") + unit.rawValue
        let question =
            from == to
            ? "The blank is a span of time: how many \(units) did it last?"
            : "How many \(units) passed between the two dates?"
        return "\(text) \(question)"
    }

    /// The length of the time from `start` to `end`, in whole units: years when it is two years or
    /// more or an end is a year, else months when it is two months or more or an end is a month,
    /// else days. Nil when an end has no year, is coarser than a year, or the end is not after the
    /// start. There is no year 0: from 10 BC to AD 10 is 19 years.
    public static func length(from start: DateValue, to end: DateValue) -> (
        amount: Int, unit: Unit, whole: Bool
    )? {
        guard let (a, aGrain) = firstDay(of: start), let (b, bGrain) = firstDay(of: end) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let coarsest = max(aGrain, bGrain)
        let parts = calendar.dateComponents([.year, .month, .day], from: a, to: b)
        guard let years = parts.year, let months = parts.month, let days = parts.day else { return nil }
        let totalMonths = years * 12 + months
        let totalDays = calendar.dateComponents([.day], from: a, to: b).day ?? 0
        guard totalDays > 0 else { return nil }
        if coarsest == .years || years >= 2 {
            return years > 0 ? (years, .years, coarsest != .years) : nil
        }
        if coarsest == .months || totalMonths >= 2 {
            return totalMonths > 0 ? (totalMonths, .months, coarsest != .months) : nil
        }
        return days >= 0 ? (totalDays, .days, false) : nil
    }

    /// The first day a value names, and its grain (a day, a month, a year).
    static func firstDay(of value: DateValue) -> (Date, Unit)? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let (year, month, day, grain): (Int, Int, Int, Unit)
        switch value {
        case .year(let y): (year, month, day, grain) = (y, 1, 1, .years)
        case .month(let y?, let m): (year, month, day, grain) = (y, m, 1, .months)
        case .day(let y?, let m, let d): (year, month, day, grain) = (y, m, d, .days)
        default: return nil
        }
        guard year != 0 else { return nil }
        let parts = DateComponents(era: year > 0 ? 1 : 0, year: abs(year), month: month, day: day)
        guard let date = calendar.date(from: parts),
            calendar.dateComponents([.day], from: date).day == day
        else { return nil }
        return (date, grain)
    }
}

extension DurationQuestion.Unit: Comparable {
    /// Days are the finest grain, years the coarsest.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! > allCases.firstIndex(of: rhs)!
    }
}
