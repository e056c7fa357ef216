/// Day arithmetic on the proleptic Gregorian calendar with the years historians write: 31 BC is
/// `-31` and is followed by 30 BC, and 1 BC by AD 1 (there is no year zero).
///
/// Foundation's `Calendar` counts years within an era, so a BC year given as a negative number comes
/// back as a positive year of the other era (`2 September 31 BC` plus one day read as 32); here the
/// years are made astronomical and counted with `ISO8601`'s civil-day functions, which have no era.
enum HistoricalCalendar {
    /// The astronomical year (1 BC is 0, 2 BC is -1) of a historian's year.
    static func astronomical(_ year: Int) -> Int { year < 0 ? year + 1 : year }

    /// The historian's year of an astronomical year.
    static func historical(_ year: Int) -> Int { year <= 0 ? year - 1 : year }

    /// `year` moved by `count` years, skipping the missing year zero.
    static func year(_ year: Int, plus count: Int) -> Int {
        historical(astronomical(year) + count)
    }

    /// Days since 1970-01-01 of a valid day, or nil when the day does not exist.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int? {
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        return ISO8601.daysFromCivil(year: astronomical(year), month: month, day: day)
    }

    /// A day moved by whole days; nil when the day does not exist.
    static func shift(year: Int, month: Int, day: Int, by days: Int) -> (year: Int, month: Int, day: Int)? {
        dayNumber(year: year, month: month, day: day).map {
            let moved = ISO8601.civilDate(fromDays: $0 + days)
            return (historical(moved.year), moved.month, moved.day)
        }
    }

    /// The weekday (1 = Sunday … 7 = Saturday, as `Calendar` numbers them) of a valid day.
    static func weekday(year: Int, month: Int, day: Int) -> Int? {
        // 1 January 1970 was a Thursday.
        dayNumber(year: year, month: month, day: day).map { (($0 + 4) % 7 + 7) % 7 + 1 }
    }

    /// The weekdays a day written in its own time may fall on: the Julian calendar's before the
    /// Gregorian reform (15 October 1582), either calendar's until Britain and its colonies adopted it
    /// (14 September 1752), the Gregorian's after. `Sunday 6 September 1556` is a Julian Sunday.
    static func weekdaysInUse(year: Int, month: Int, day: Int) -> Set<Int> {
        guard let gregorian = weekday(year: year, month: month, day: day) else { return [] }
        let key = year * 10_000 + month * 100 + day
        let julian = julianWeekday(year: year, month: month, day: day)
        if key < 1582_10_15 { return [julian] }
        return key < 1752_09_14 ? [gregorian, julian] : [gregorian]
    }

    /// The weekday (1 = Sunday) of a day of the Julian calendar, by its Julian day number.
    static func julianWeekday(year: Int, month: Int, day: Int) -> Int {
        let shift = (14 - month) / 12
        let years = astronomical(year) + 4800 - shift
        let months = month + 12 * shift - 3
        let julianDay =
            day + (153 * months + 2) / 5 + 365 * years + Int((Double(years) / 4).rounded(.down))
            - 32083
        return ((julianDay + 1) % 7 + 7) % 7 + 1
    }

    static func daysIn(month: Int, year: Int) -> Int {
        ISO8601.daysIn(month: month, year: astronomical(year))
    }
}
