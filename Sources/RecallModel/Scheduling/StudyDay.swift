import Foundation

/// One study day in the student's time zone: from the day-start hour (4 a.m. by default) to the
/// same hour the next day, so a session after midnight still counts toward the evening's day.
/// Daylight-saving changes make a day 23 or 25 hours long.
public struct StudyDay: Sendable, Hashable {
    public var start: Date
    public var end: Date

    public init(containing date: Date, timeZone: TimeZone, startHour: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var components = calendar.dateComponents([.year, .month, .day, .hour], from: date)
        let hour = components.hour ?? 0
        components.hour = startHour
        components.minute = 0
        components.second = 0
        var start = calendar.date(from: components) ?? date
        if hour < startHour {
            start = calendar.date(byAdding: .day, value: -1, to: start) ?? start
        }
        // A start hour skipped by a daylight-saving change resolves to the next valid time.
        if start > date { start = calendar.date(byAdding: .day, value: -1, to: start) ?? start }
        self.start = start
        self.end = calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
    }

    public func contains(_ date: Date) -> Bool { date >= start && date < end }
}
