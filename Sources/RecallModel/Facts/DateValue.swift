/// The normalized value of a date expression, written as TIMEX3 writes it.
///
/// `1952`, `1947-03`, `1925-12-16`, `199X` (a decade), `18XX` (a century), `1943-SP` (a season),
/// `1877/1878` (a range), `XXXX-04` (a month whose year the text leaves open), `REL` (unresolved).
public indirect enum DateValue: Hashable, Sendable {
    case year(Int)
    case month(year: Int?, month: Int)
    case day(year: Int?, month: Int, day: Int)
    case season(year: Int?, Season)
    /// A decade, by its first year (1990 for the 1990s).
    case decade(Int)
    /// A century, by its first year (1800 for the 19th century).
    case century(Int)
    case range(DateValue, DateValue)
    case relative

    public enum Season: String, Sendable, CaseIterable {
        case spring = "SP", summer = "SU", autumn = "FA", winter = "WI"
    }

    /// How precise a value is; distractors and answers are compared at the same granularity.
    public enum Granularity: String, Sendable, Hashable {
        case day, month, season, year, decade, century, range, relative
    }

    public var granularity: Granularity {
        switch self {
        case .year: .year
        case .month: .month
        case .day: .day
        case .season: .season
        case .decade: .decade
        case .century: .century
        case .range: .range
        case .relative: .relative
        }
    }

    /// The TIMEX3-style string.
    public var timex: String {
        switch self {
        case .year(let year): Self.yearText(year)
        case .month(let year, let month): "\(year.map(Self.yearText) ?? "XXXX")-\(Self.two(month))"
        case .day(let year, let month, let day):
            "\(year.map(Self.yearText) ?? "XXXX")-\(Self.two(month))-\(Self.two(day))"
        case .season(let year, let season): "\(year.map(Self.yearText) ?? "XXXX")-\(season.rawValue)"
        case .decade(let first): String(Self.yearText(first).dropLast()) + "X"
        case .century(let first) where first < 0:
            // The Nth century BC is written BC(N-1)XX, as the Nth century AD is (N-1)XX.
            "BC" + Self.two(-first / 100 - 1) + "XX"
        case .century(let first): String(Self.yearText(first).dropLast(2)) + "XX"
        case .range(let start, let end): "\(start.timex)/\(end.timex)"
        case .relative: "REL"
        }
    }

    /// Reads a TIMEX3-style string back (the inverse of `timex`).
    public init?(timex: String) {
        if timex == "REL" {
            self = .relative
            return
        }
        let halves = timex.split(separator: "/", omittingEmptySubsequences: false)
        if halves.count == 2 {
            guard let start = DateValue(timex: String(halves[0])),
                let end = DateValue(timex: String(halves[1])),
                start.granularity != .range, end.granularity != .range
            else { return nil }
            self = .range(start, end)
            return
        }
        guard halves.count == 1 else { return nil }
        var text = Substring(timex)
        var sign = 1
        if text.hasPrefix("BC") {
            sign = -1
            text = text.dropFirst(2)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = parts.first, head.count == 4 else { return nil }
        if parts.count == 1 {
            if head.hasSuffix("XX"), let first = Int(head.dropLast(2)) {
                self = .century(sign < 0 ? -(first + 1) * 100 : first * 100)
            } else if head.hasSuffix("X"), let first = Int(head.dropLast()) {
                self = .decade(sign * first * 10)
            } else if let year = Int(head) {
                self = .year(sign * year)
            } else {
                return nil
            }
            return
        }
        let year: Int?
        if head == "XXXX" {
            year = nil
        } else if let value = Int(head) {
            year = sign * value
        } else {
            return nil
        }
        if parts.count == 2, let season = Season(rawValue: String(parts[1])) {
            self = .season(year: year, season)
        } else if parts.count == 2, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            self = .month(year: year, month: month)
        } else if parts.count == 3, parts[1].count == 2, parts[2].count == 2, let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        {
            self = .day(year: year, month: month, day: day)
        } else {
            return nil
        }
    }

    /// Whether the value pins a definite time: a year is known and nothing is relative.
    public var isAnchored: Bool {
        switch self {
        case .month(let year, _), .day(let year, _, _), .season(let year, _): year != nil
        case .range(let start, let end): start.isAnchored && end.isAnchored
        case .relative: false
        default: true
        }
    }

    /// Whether a slash after the value may join an alternative to it (`31 October/1 November`,
    /// `1323/4`, `1970s/1980s`): a year or a decade, or a month or a day whose year comes after.
    var isAlternativeStart: Bool {
        switch self {
        case .year, .decade, .month(nil, _), .day(nil, _, _): true
        default: false
        }
    }

    /// Whether the value names a month or a day, the precision a narrative moves in.
    var namesMonth: Bool {
        switch self {
        case .month, .day, .season: true
        case .range(let start, let end): start.namesMonth || end.namesMonth
        default: false
        }
    }

    /// The first year the value covers, when known.
    public var firstYear: Int? {
        switch self {
        case .year(let year): year
        case .month(let year, _), .day(let year, _, _), .season(let year, _): year
        case .decade(let first), .century(let first): first
        case .range(let start, _): start.firstYear
        case .relative: nil
        }
    }

    /// The last year the value covers, when known.
    public var lastYear: Int? {
        switch self {
        case .decade(let first): first + 9
        case .century(let first): first + 99
        case .range(_, let end): end.lastYear
        default: firstYear
        }
    }

    /// A key that orders values by when they start (earliest first), for timelines and ranges.
    public var sortKey: Double {
        switch self {
        case .year(let year), .decade(let year), .century(let year): Double(year)
        case .month(let year, let month): Double(year ?? 0) + Double(month - 1) / 12
        case .day(let year, let month, let day):
            Double(year ?? 0) + (Double(month - 1) + Double(day - 1) / 31) / 12
        case .season(let year, let season):
            Double(year ?? 0) + Double(Season.allCases.firstIndex(of: season) ?? 0) / 4 + 0.1
        case .range(let start, _): start.sortKey
        case .relative: 0
        }
    }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    static func yearText(_ year: Int) -> String {
        let digits = String(abs(year))
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return year < 0 ? "BC" + padded : padded
    }
}

extension DateValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = DateValue(timex: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date value such as 1952 or 1925-12-16")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(timex)
    }
}

extension DateValue: CustomStringConvertible {
    public var description: String { timex }
}
