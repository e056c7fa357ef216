import Foundation
import Testing

@testable import RecallApp
@testable import RecallModel

@Suite struct CramPlanningTests {
    let now = time("2026-03-01T10:00:00Z")

    func review(_ card: String, ms: Int) -> ReviewLog {
        ReviewLog(
            cardID: card, time: now, rating: .good, elapsedDays: nil, durationMs: ms, kind: .review,
            answer: nil,
            before: nil, after: .new(due: now))
    }

    @Test func theExamMomentIsNineOnTheDayOrAnHourFromNow() {
        #expect(
            CramPlanning.examMoment("2026-03-05", now: now, timeZone: utc) == time("2026-03-05T09:00:00Z"))
        #expect(
            CramPlanning.examMoment("2026-03-01", now: now, timeZone: utc) == time("2026-03-01T11:00:00Z"))
        #expect(CramPlanning.examMoment("2026-02-28", now: now, timeZone: utc) == nil)
        #expect(CramPlanning.examMoment("2026-13-01", now: now, timeZone: utc) == nil)
    }

    @Test func aDayHoldsTheMinutesAtTheStudentsMedianAnswerTime() {
        var progress = DeckProgress(deck: "d")
        let fresh = CramPlanning.Pace(progress, perDay: nil, minutes: nil)
        #expect(fresh.reviews == 100)
        #expect(!fresh.isMeasured)
        progress.reviews = (1...CramPlanning.medianSample).map { review("c\($0)", ms: $0 * 1_000) }
        let measured = CramPlanning.Pace(progress, perDay: nil, minutes: 10)
        #expect(measured.isMeasured)
        #expect(measured.secondsPerAnswer == 11)
        #expect(measured.reviews == 54)
        #expect(CramPlanning.Pace(progress, perDay: 30, minutes: nil).reviews == 30)
    }

    @Test func eachFactIsPlannedOnceByItsMostStudiedCard() throws {
        let (deck, _) = try DeckBuilder().build(try sampleSource(), name: "sample", builtAt: now)
        let firstFact = try #require(deck.cards.first?.factID)
        let siblings = deck.cards.filter { $0.factID == firstFact }
        try #require(siblings.count >= 2)
        var progress = DeckProgress(deck: "sample")
        let studied = siblings[1]
        progress.schedules[studied.id] = FSRSScheduler().review(.new(due: now), rating: .good, at: now)
        let planned = CramPlanning(deck: deck, progress: progress).oneCardPerFact()
        #expect(planned.count == Set(deck.cards.map(\.factID)).count)
        #expect(planned.first?.id == studied.id)
        #expect(planned.dropFirst().allSatisfy { $0.memory == nil })
    }
}
