import Foundation

/// Where a story stands in time, as a reader keeps track of it: the year of the last date that
/// named one, the month and the day when the text gave them, and which phrase set them.
///
/// A bare month, season or day (`In October`, `that winter`, `on 22 February`) takes its year from
/// here. A story moves forward, so a month earlier in the year than the story's month belongs to the
/// next year when that is the nearer way (`November … February`, not `September … July`), unless the
/// sentence looks back (`earlier`, a pluperfect `had`). Relative phrases (`the next day`, `two years
/// later`) count from the same point. A heading moves the story to where the heading starts.
///
/// ```swift
/// var story = StoryTime()
/// story.advance(to: .month(year: 1776, month: 11), text: "November 1776")
/// let february = story.resolve(.month(year: nil, month: 2), reading: .forward)
/// // february.value.timex == "1777-02", february.anchor == "November 1776 + 1 year"
/// ```
struct StoryTime: Sendable, Hashable {
    /// The year the story is in.
    var year: Int?
    /// The month the story is in, when the text named one in this year.
    var month: Int?
    /// The day the story is at (day and month), when the text named one in this year and month.
    var day: Int?
    /// The phrase that put the story where it is: `14 July 1789`, `heading 1848`, `November 1776 + 1 year`.
    var anchor: String?
    /// The latest years the story has been in, oldest first, and what put it there; a weekday
    /// chooses among them (`StoryTime+Weekday.swift`).
    var recentYears: [Int] = []
    var recentAnchors: [Int: String] = [:]
    /// The decade or century the text named since the story's last year (`During the 18th century`),
    /// which `the century` and `the decade` count from (`StoryTime+Period.swift`).
    var namedPeriod: NamedPeriod?

    init(year: Int? = nil) {
        self.year = year
        self.anchor = year.map(String.init)
    }

    /// Which way a sentence looks from the story's point.
    enum Reading: Sendable {
        /// The story moves on: a month earlier in the year may be in the next year.
        case forward
        /// The text looks back (`earlier`, a pluperfect `had`): the story's year.
        case back
        /// The date lies before the story's point (`since April`): a month later in the year than the
        /// story's is in an earlier year that the text does not name.
        case before
    }

    /// The story's point as a value: its day, month or year, as precise as the text has been.
    var point: DateValue? {
        guard let year else { return nil }
        guard let month else { return .year(year) }
        guard let day else { return .month(year: year, month: month) }
        return .day(year: year, month: month, day: day)
    }

    /// Units a relative phrase counts in.
    enum Unit: String, Sendable {
        case day, month, year
    }

    // MARK: Moving

    /// A date the text states moves the story to it: to its end in running prose (the story has
    /// reached it), to its start on a heading (the section begins there). Decades, centuries and
    /// unresolved values leave the story where it is.
    mutating func advance(to value: DateValue, text: String, heading: Bool = false) {
        guard value.isAnchored else { return }
        let point: DateValue
        switch value {
        case .range(let start, let end): point = heading ? start : end
        default: point = value
        }
        switch point {
        case .year(let newYear):
            // A year the story is already in keeps its month: `In November … the campaign of 1776 …`.
            if newYear != year || heading { (month, day) = (nil, nil) }
            year = newYear
        case .month(let newYear?, let newMonth):
            (year, month, day) = (newYear, newMonth, nil)
        case .day(let newYear?, let newMonth, let newDay):
            (year, month, day) = (newYear, newMonth, newDay)
        case .season(let newYear?, let season):
            (year, month, day) = (newYear, Self.months(of: season).lowerBound, nil)
            if season == .winter { month = 1 }
        default:
            return
        }
        anchor = heading ? "heading \(text)" : text
        namedPeriod = nil
        if let year { remember(year: year, text: anchor!) }
    }

    /// A heading with no date opens a section that a reader places at the story's start (`Response`
    /// in an article on an earthquake of 14 November 2016: its `15 November` is the next day), not
    /// where the last section ended.
    mutating func returnToStart(_ start: StoryTime) {
        (year, month, day) = (start.year, start.month, start.day)
        anchor = start.anchor.map { "\($0) (the text's start)" }
        if let year { remember(year: year, text: anchor ?? String(year)) }
    }

    /// A date the text states, said as `mention` tells: it moves the story unless a reader would take
    /// it in passing (`StoryAside`), as part of a name (once the story has a year), or as a look behind
    /// the story's point. On a
    /// heading only the first date counts; decades and centuries are too coarse to tell from.
    /// `anchor` is what a relative or bare date was resolved from; the story then names it with its
    /// value (`In February (1777-02)`).
    mutating func take(_ value: DateValue, text: String, anchor: String?, mention: DateMention) {
        if value.granularity == .decade || value.granularity == .century {
            if anchor == nil, !mention.heading, !mention.inName, !mention.afterSince {
                namedPeriod = NamedPeriod(value: value, text: text)
            }
            return
        }
        if mention.heading {
            if mention.firstInSentence { advance(to: value, text: text, heading: true) }
            return
        }
        // A year in a name still dates a story that has no year yet (`a 1918 Finnish Civil War battle`).
        // A date after `since` is where a state began, seen from the story's point, never a point to
        // tell from (`the first hurricane to strike Bermuda since Fabian in 2003`, in a 2016 story).
        guard !mention.afterSince, !mention.inName || year == nil, !mention.inBracketedRemark || year == nil,
            !mention.looksBehind,
            !StoryAside.isAside(value, story: self, mention: mention)
        else { return }
        advance(to: value, text: anchor == nil ? text : "\(text) (\(value.timex))")
    }

    // MARK: Resolving

    /// Gives a month, day or season without a year the story's year (the next one when the story has
    /// passed it and the sentence does not look back); other values are returned as they are.
    /// `anchor` says what the year came from, or is nil when the value needed nothing.
    func resolve(_ value: DateValue, reading: Reading) -> (value: DateValue, anchor: String?) {
        switch value {
        case .month(nil, let month):
            guard let year = yearOf(month: month, reading: reading) else { return (value, nil) }
            return (.month(year: year, month: month), anchor(forYear: year))
        case .day(nil, let month, let day):
            guard let year = yearOf(month: month, reading: reading) else { return (value, nil) }
            return (.day(year: year, month: month, day: day), anchor(forYear: year))
        case .season(nil, let season):
            guard let year = yearOf(season: season, reading: reading) else { return (value, nil) }
            return (.season(year: year, season), anchor(forYear: year))
        case .range(let start, let end):
            if !start.isAnchored, end.isAnchored, let endYear = end.firstYear {
                // `February to July 1917`: the start takes the end's year.
                var fixed = StoryTime(year: endYear)
                fixed.anchor = anchor
                return (.range(fixed.resolve(start, reading: .back).value, end), nil)
            }
            let first = resolve(start, reading: reading)
            var later = self
            later.advance(to: first.value, text: "")
            later.anchor = anchor
            let second = later.resolve(end, reading: .forward)
            return (.range(first.value, second.value), first.anchor ?? second.anchor)
        default:
            return (value, nil)
        }
    }

    /// The year of a bare month: the story's, or the next when the month is earlier than the story's
    /// and nearer forward than back (`November … February` is three months on; `October … July`
    /// looks back three months rather than on nine). A sentence that looks back to a month later in
    /// the year than the story's points to an earlier year it does not name: nil.
    func yearOf(month: Int, reading: Reading) -> Int? {
        guard let year else { return nil }
        guard let current = self.month else { return year }
        // Looking back from March to an April: an earlier year, and the text does not say which.
        if reading == .before { return month > current ? nil : year }
        if reading == .back { return year }
        guard month < current else { return year }
        return month + 12 - current <= current - month ? year + 1 : year
    }

    /// The year of a bare season, by the same rule; winter is named by the year of its January.
    func yearOf(season: DateValue.Season, reading: Reading) -> Int? {
        guard let year else { return nil }
        guard let current = month, reading == .forward else { return year }
        let months = Self.months(of: season)
        // The winter ahead, named by its January, unless the story is in that January or February.
        if season == .winter { return current <= 2 ? year : year + 1 }
        guard current > months.upperBound else { return year }
        return months.lowerBound + 12 - current <= current - months.upperBound ? year + 1 : year
    }

    func anchor(forYear resolved: Int) -> String? {
        guard let anchor, let year else { return nil }
        return resolved == year ? anchor : "\(anchor) \(Self.signed(resolved - year, .year))"
    }

    /// The value `count` units from the story's point, with what it counts from (`14 July 1789 + 1 day`);
    /// nil when the story has not reached the precision the unit needs.
    func shifted(by count: Int, _ unit: Unit) -> (value: DateValue, anchor: String)? {
        guard let year else { return nil }
        let from = anchor ?? String(year)
        let label = count == 0 ? from : "\(from) \(Self.signed(count, unit))"
        switch unit {
        case .year:
            return (.year(HistoricalCalendar.year(year, plus: count)), label)
        case .month:
            guard let month else { return nil }
            let total = HistoricalCalendar.astronomical(year) * 12 + (month - 1) + count
            let moved = HistoricalCalendar.historical(Int((Double(total) / 12).rounded(.down)))
            return (.month(year: moved, month: (total % 12 + 12) % 12 + 1), label)
        case .day:
            guard let month, let day, let moved = Self.shift(year: year, month: month, day: day, by: count)
            else { return nil }
            return (moved, label)
        }
    }

    static func signed(_ count: Int, _ unit: Unit) -> String {
        let size = abs(count)
        return "\(count < 0 ? "-" : "+") \(size) \(unit.rawValue)\(size == 1 ? "" : "s")"
    }

    /// The months a season covers (winter from December).
    static func months(of season: DateValue.Season) -> ClosedRange<Int> {
        switch season {
        case .spring: 3...5
        case .summer: 6...8
        case .autumn: 9...11
        case .winter: 12...14
        }
    }

    /// A calendar day moved by whole days (proleptic Gregorian calendar, BC years negative).
    static func shift(year: Int, month: Int, day: Int, by days: Int) -> DateValue? {
        HistoricalCalendar.shift(year: year, month: month, day: day, by: days).map {
            .day(year: $0.year, month: $0.month, day: $0.day)
        }
    }
}
