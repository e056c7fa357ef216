/// Day arithmetic on the proleptic Gregorian calendar with the years historians write: 31 BC is
/// `-31` and is followed by 30 BC, and 1 BC by AD 1 (there is no year zero).
///
/// Foundation's `Calendar` counts years within an era, so a BC year given as a negative number comes
/// back as a positive year of the other era (`2 September 31 BC` plus one day read as 32); the
/// arithmetic here is the civil-days algorithm on astronomical years, which has no such edge.
enum HistoricalCalendar {
    /// The astronomical year (1 BC is 0, 2 BC is -1) of a historian's year.
    static func astronomical(_ year: Int) -> Int { year < 0 ? year + 1 : year }

    /// The historian's year of an astronomical year.
    static func historical(_ year: Int) -> Int { year <= 0 ? year - 1 : year }

    /// `year` moved by `count` years, skipping the missing year zero.
    static func year(_ year: Int, plus count: Int) -> Int {
        historical(astronomical(year) + count)
    }

    /// Days since 1 March of astronomical year 0, for a valid day of the month.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int? {
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        let shifted = astronomical(year) - (month <= 2 ? 1 : 0)
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    /// The day `number` counts to (the inverse of `dayNumber`).
    static func day(number: Int) -> (year: Int, month: Int, day: Int) {
        let era = (number >= 0 ? number : number - 146_096) / 146_097
        let dayOfEra = number - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (historical(year), month, day)
    }

    /// A day moved by whole days; nil when the day does not exist.
    static func shift(year: Int, month: Int, day: Int, by days: Int) -> (year: Int, month: Int, day: Int)? {
        dayNumber(year: year, month: month, day: day).map { Self.day(number: $0 + days) }
    }

    /// The weekday (1 = Sunday … 7 = Saturday, as `Calendar` numbers them) of a valid day.
    static func weekday(year: Int, month: Int, day: Int) -> Int? {
        // Day number 0 (1 March of 1 BC) was a Wednesday.
        dayNumber(year: year, month: month, day: day).map { (($0 + 3) % 7 + 7) % 7 + 1 }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = astronomical(year)
            return leap % 4 == 0 && (leap % 100 != 0 || leap % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
