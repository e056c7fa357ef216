import Foundation
import Testing

@testable import RecallModel

@Suite struct StudyDayTests {
    let berlin = TimeZone(identifier: "Europe/Berlin")!

    @Test func dayStartsAtFourInTheMorning() {
        let before = StudyDay(containing: time("2026-03-10T02:59:00Z"), timeZone: berlin, startHour: 4)
        let after = StudyDay(containing: time("2026-03-10T03:00:00Z"), timeZone: berlin, startHour: 4)
        #expect(before.start == time("2026-03-09T03:00:00Z"))
        #expect(after.start == time("2026-03-10T03:00:00Z"))
        #expect(after.end == time("2026-03-11T03:00:00Z"))
        #expect(before.contains(time("2026-03-10T02:59:59Z")))
        #expect(!before.contains(time("2026-03-10T03:00:00Z")))
    }

    @Test func daylightSavingNightsAreShortAndLong() {
        // Berlin springs forward on 29 March 2026 and falls back on 25 October 2026.
        let spring = StudyDay(containing: time("2026-03-28T12:00:00Z"), timeZone: berlin, startHour: 4)
        #expect(spring.end.timeIntervalSince(spring.start) == 23 * 3600)
        #expect(spring.end == time("2026-03-29T02:00:00Z"))
        let autumn = StudyDay(containing: time("2026-10-24T12:00:00Z"), timeZone: berlin, startHour: 4)
        #expect(autumn.end.timeIntervalSince(autumn.start) == 25 * 3600)
    }

    @Test func aStartHourSkippedByTheClockChangeStillGivesADay() {
        // 2 a.m. does not exist in Berlin on 29 March 2026.
        let day = StudyDay(containing: time("2026-03-29T05:00:00Z"), timeZone: berlin, startHour: 2)
        #expect(day.contains(time("2026-03-29T05:00:00Z")))
        #expect(day.end > day.start)
    }
}
