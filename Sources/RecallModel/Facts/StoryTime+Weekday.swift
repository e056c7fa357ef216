import Foundation

/// A day written with its weekday (`Thursday 29 December`) says which year it is in: the weekday of
/// a calendar day repeats only every few years, so among the years the story can be in, the one
/// where the day falls on that weekday is the story's. The candidates are the year the story rule
/// gives, the years the story has visited most recently, and the years either side of the story's;
/// the first that fits wins, in that order. When none fits, the story rule stands (the text may be
/// wrong, or the calendar not Gregorian). A weekday that disagrees with the story's year is a sign the
/// story was anchored to a wrong year (`over 1200 repair jobs` read as a year), and this repairs it.
///
/// ```swift
/// var story = StoryTime()
/// story.advance(to: .day(year: 2016, month: 9, day: 28), text: "28 September 2016")
/// story.advance(to: .year(1200), text: "1200")
/// let day = story.resolve(.day(year: nil, month: 12, day: 29), reading: .forward, weekday: 5)
/// // day.value.timex == "2016-12-29", day.anchor == "Thursday fits 2016 (28 September 2016)"
/// ```
extension StoryTime {
    /// How many of the story's latest years a weekday may choose among.
    static let rememberedYears = 4

    /// Weekday numbers as `Calendar` counts them: Sunday 1 … Saturday 7.
    static let weekdayNumbers: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]

    /// Resolves `value` as `resolve(_:reading:)` does, then lets `weekday` (1 = Sunday) choose the year
    /// of a day the text gave without one.
    func resolve(_ value: DateValue, reading: Reading, weekday: Int?) -> (value: DateValue, anchor: String?) {
        let resolved = resolve(value, reading: reading)
        guard let weekday, case .day(nil, let month, let day) = value,
            case .day(let year?, _, _) = resolved.value,
            !Self.weekdays(year: year, month: month, day: day).contains(weekday)
        else { return resolved }
        for candidate in candidateYears(besides: year)
        where Self.weekdays(year: candidate, month: month, day: day).contains(weekday) {
            let name = Self.weekdayNumbers.first { $0.value == weekday }!.key.capitalized
            let from = anchorText(forYear: candidate).map { " (\($0))" } ?? ""
            return (.day(year: candidate, month: month, day: day), "\(name) fits \(candidate)\(from)")
        }
        return resolved
    }

    /// The years a weekday may move a day to: the story's recent years, newest first, then the years
    /// either side of the story's.
    func candidateYears(besides year: Int) -> [Int] {
        var years: [Int] = []
        for candidate in recentYears.reversed()
            + [self.year.map { $0 + 1 }, self.year.map { $0 - 1 }]
            .compactMap({ $0 })
        where candidate != year && !years.contains(candidate) {
            years.append(candidate)
        }
        return years
    }

    /// What put the story in `year`, when it was one of the recent ones.
    func anchorText(forYear candidate: Int) -> String? {
        recentAnchors[candidate]
    }

    /// The weekdays (1 = Sunday) a day may fall on in the calendar of its time; none when it does not
    /// exist.
    static func weekdays(year: Int, month: Int, day: Int) -> Set<Int> {
        HistoricalCalendar.weekdaysInUse(year: year, month: month, day: day)
    }

    /// Notes a year the story has reached, for a weekday to choose among later.
    mutating func remember(year newYear: Int, text: String) {
        recentYears.removeAll { $0 == newYear }
        recentYears.append(newYear)
        recentAnchors[newYear] = text
        if recentYears.count > Self.rememberedYears {
            recentAnchors[recentYears.removeFirst()] = nil
        }
    }
}
