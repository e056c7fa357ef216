import Foundation
import RecallModel

/// Days as an Anki collection counts them: whole study days since the collection was created, the
/// day rolling over at the rollover hour in the student's time zone (Anki's
/// `sched_timing_today_v2_new`).
///
/// A package carries its creation time (`col.crt`) at the start of a study day, with the zone's
/// offset then (`creationOffset`, minutes west of UTC) and the rollover hour. Anki then counts
/// "today" the same way on import, whatever the exporter's zone and hour, and shifts every due day
/// by its own collection's difference, so a card lands on the study day Recall gave it.
struct AnkiDayCount: Sendable {
    let timeZone: TimeZone
    /// Anki's `rollover`: the hour a study day starts (Recall's `dayStartHour`).
    let rolloverHour: Int
    /// The collection's creation time: the start of the study day holding `start`.
    let creation: Date
    private let creationDay: Int

    /// A count whose day 0 is the study day holding `start` (the earliest time the package speaks
    /// of, so that no due day and no review falls before the collection was created).
    init(timeZone: TimeZone, rolloverHour: Int, start: Date) {
        self.timeZone = timeZone
        self.rolloverHour = min(max(rolloverHour, 0), 23)
        creation = StudyDay(containing: start, timeZone: timeZone, startHour: self.rolloverHour).start
        creationDay = Self.civilDay(of: creation, timeZone: timeZone, rolloverHour: self.rolloverHour)
    }

    /// Minutes west of UTC at the creation time (negative east of UTC), as Anki stores it.
    var creationOffset: Int { -timeZone.secondsFromGMT(for: creation) / 60 }

    /// Minutes west of UTC at `date`.
    func offset(at date: Date) -> Int { -timeZone.secondsFromGMT(for: date) / 60 }

    /// The study day holding `date`, counted from the collection's creation (Anki's `days_elapsed`
    /// had it been `date`).
    func day(_ date: Date) -> Int {
        Self.civilDay(of: date, timeZone: timeZone, rolloverHour: rolloverHour) - creationDay
    }

    /// When the study day holding `date` ends.
    func endOfDay(containing date: Date) -> Date {
        StudyDay(containing: date, timeZone: timeZone, startHour: rolloverHour).end
    }

    /// The study day holding `date` as days since 1970-01-01: its local time, in the zone's offset at
    /// that moment, less the rollover hour, in whole days, as Anki computes "today" (a fixed offset at
    /// each moment, so a daylight-saving change moves nothing but the hour it changes).
    private static func civilDay(of date: Date, timeZone: TimeZone, rolloverHour: Int) -> Int {
        let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        return Int(Int64(clampingWhole: (local - Double(rolloverHour * 3_600)) / 86_400))
    }
}
