import Foundation
import Testing

@testable import RecallModel

@Suite struct StudyQueueTests {
    let now = time("2026-03-10T12:00:00Z")

    func card(_ id: String, fact: String) -> Card {
        Card(
            id: id, factID: fact,
            question: .cloze(
                ClozeQuestion(
                    text: "____", answer: "1952", value: .year(1952), sentence: "", context: nil,
                    source: .init(sentence: "", line: 1))))
    }

    func review(due: Date, phase: CardSchedule.Phase = .review) -> CardSchedule {
        var schedule = CardSchedule.new(due: due)
        schedule.phase = phase
        schedule.step = phase == .review ? nil : 0
        schedule.memory = MemoryState(stability: 5, difficulty: 5)
        schedule.lastReview = due.addingTimeInterval(-5 * 86_400)
        schedule.reps = 3
        return schedule
    }

    func drain(_ queue: inout StudyQueue, at date: Date) -> [String] {
        var ids: [String] = []
        while let id = queue.next(at: date) {
            ids.append(id)
            queue.answered(id, before: nil, after: review(due: date.addingTimeInterval(10 * 86_400)))
        }
        return ids
    }

    @Test func learningFirstThenReviewsThenNewWithinLimits() {
        let cards = (0..<6).map { card("c\($0)", fact: "f\($0)") }
        var progress = DeckProgress(deck: "d")
        progress.schedules["c0"] = review(due: now.addingTimeInterval(-60), phase: .learning)
        progress.schedules["c1"] = review(due: now.addingTimeInterval(-3600))
        progress.schedules["c2"] = review(due: now.addingTimeInterval(-7200))
        var settings = DeckSettings()
        settings.newCardsPerDay = 2
        var queue = StudyQueue(cards: cards, progress: progress, settings: settings, now: now, timeZone: utc)
        #expect(queue.counts.due == 2 && queue.counts.new == 2 && queue.counts.learning == 1)
        #expect(queue.next(at: now) == "c0")
        var rest: [String] = []
        while let id = queue.next(at: now) {
            rest.append(id)
            queue.answered(
                id, before: progress.schedules[id], after: review(due: now.addingTimeInterval(9 * 86_400)))
        }
        #expect(rest.filter { $0 == "c1" || $0 == "c2" } == ["c2", "c1"])
        #expect(rest.filter { !["c1", "c2"].contains($0) } == ["c3", "c4"])
        #expect(rest.count == 4)
    }

    @Test func reviewLimitCaps() {
        let cards = (0..<5).map { card("c\($0)", fact: "f\($0)") }
        var progress = DeckProgress(deck: "d")
        for card in cards { progress.schedules[card.id] = review(due: now.addingTimeInterval(-60)) }
        var settings = DeckSettings()
        settings.reviewsPerDay = 3
        var queue = StudyQueue(cards: cards, progress: progress, settings: settings, now: now, timeZone: utc)
        var shown = 0
        while let id = queue.next(at: now) {
            shown += 1
            queue.answered(
                id, before: progress.schedules[id], after: review(due: now.addingTimeInterval(9 * 86_400)))
        }
        #expect(shown == 3)
    }

    @Test func siblingsWaitForAnotherDay() {
        let cards = [card("a1", fact: "A"), card("a2", fact: "A"), card("b1", fact: "B")]
        var queue = StudyQueue(
            cards: cards, progress: DeckProgress(deck: "d"), settings: DeckSettings(), now: now, timeZone: utc
        )
        #expect(queue.counts.new == 3)
        #expect(drain(&queue, at: now) == ["a1", "b1"])
    }

    @Test func siblingsStudiedEarlierTodayAreBuriedOnRebuild() {
        let cards = [card("a1", fact: "A"), card("a2", fact: "A")]
        var progress = DeckProgress(deck: "d")
        let after = review(due: now.addingTimeInterval(86_400))
        progress.schedules["a1"] = after
        progress.reviews.append(
            ReviewLog(
                cardID: "a1", time: now.addingTimeInterval(-600), rating: .good, elapsedDays: nil,
                durationMs: nil, kind: .learning, answer: nil, before: nil, after: after))
        var queue = StudyQueue(
            cards: cards, progress: progress, settings: DeckSettings(), now: now, timeZone: utc)
        #expect(queue.next(at: now) == nil)
        var tomorrow = StudyQueue(
            cards: cards, progress: progress, settings: DeckSettings(), now: now.addingTimeInterval(86_400),
            timeZone: utc)
        #expect(tomorrow.next(at: now.addingTimeInterval(86_400)) != nil)
    }

    @Test func suspendedAndBuriedCardsAreLeftOut() {
        let cards = [card("a", fact: "A"), card("b", fact: "B"), card("c", fact: "C")]
        var progress = DeckProgress(deck: "d")
        var suspended = review(due: now.addingTimeInterval(-60))
        suspended.suspended = true
        var buried = review(due: now.addingTimeInterval(-60))
        buried.buriedUntil = now.addingTimeInterval(3600)
        progress.schedules["a"] = suspended
        progress.schedules["b"] = buried
        progress.schedules["c"] = review(due: now.addingTimeInterval(-60))
        var queue = StudyQueue(
            cards: cards, progress: progress, settings: DeckSettings(), now: now, timeZone: utc)
        #expect(drain(&queue, at: now) == ["c"])
    }

    @Test func aDayWithNothingDue() {
        let cards = [card("a", fact: "A")]
        var progress = DeckProgress(deck: "d")
        progress.schedules["a"] = review(due: now.addingTimeInterval(5 * 86_400))
        var queue = StudyQueue(
            cards: cards, progress: progress, settings: DeckSettings(), now: now, timeZone: utc)
        #expect(queue.counts == (0, 0, 0))
        #expect(queue.next(at: now) == nil)
    }

    @Test func theFourOClockBoundaryDecidesWhatIsDueToday() {
        let cards = [card("a", fact: "A")]
        var progress = DeckProgress(deck: "d")
        progress.schedules["a"] = review(due: time("2026-03-11T03:30:00Z"))
        let evening = StudyQueue(
            cards: cards, progress: progress, settings: DeckSettings(), now: time("2026-03-10T22:00:00Z"),
            timeZone: utc)
        #expect(evening.counts.due == 1)
        let early = StudyQueue(
            cards: cards, progress: progress, settings: DeckSettings(), now: time("2026-03-10T03:59:00Z"),
            timeZone: utc)
        #expect(early.counts.due == 0)
    }

    @Test func learningCardsComeBackWhenDue() {
        let cards = [card("a", fact: "A")]
        var queue = StudyQueue(
            cards: cards, progress: DeckProgress(deck: "d"), settings: DeckSettings(), now: now, timeZone: utc
        )
        let id = queue.next(at: now)
        #expect(id == "a")
        queue.answered("a", before: nil, after: review(due: now.addingTimeInterval(600), phase: .learning))
        #expect(queue.next(at: now.addingTimeInterval(60)) == "a")
    }

    @Test func leechesAreTaggedAndSuspended() {
        var settings = DeckSettings()
        settings.leechThreshold = 8
        var before = review(due: now)
        before.lapses = 7
        var after = before
        after.lapses = 8
        let leech = LeechRule.apply(before: before, after: after, settings: settings)
        #expect(leech.isLeech && leech.suspended)
        settings.suspendLeeches = false
        let tagged = LeechRule.apply(before: before, after: after, settings: settings)
        #expect(tagged.isLeech && !tagged.suspended)
        before.lapses = 5
        after.lapses = 6
        #expect(!LeechRule.apply(before: before, after: after, settings: settings).isLeech)
    }

    @Test func aDaylightSavingNightKeepsTheDayStartAtFourLocalTime() {
        // Berlin springs forward in the night of 28–29 March 2026: the study day is 23 hours long.
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let cards = [card("a", fact: "A"), card("b", fact: "B")]
        var progress = DeckProgress(deck: "d")
        // Card a is due at 3:30 summer time, still in the 28th's day; card b at 4:30, in the 29th's.
        progress.schedules["a"] = review(due: time("2026-03-29T01:30:00Z"))
        progress.schedules["b"] = review(due: time("2026-03-29T02:30:00Z"))
        let evening = StudyQueue(
            cards: cards, progress: progress, settings: DeckSettings(), now: time("2026-03-28T20:00:00Z"),
            timeZone: berlin)
        #expect(evening.day.end == time("2026-03-29T02:00:00Z"))
        #expect(evening.counts.due == 1)
        let morning = StudyQueue(
            cards: cards, progress: progress, settings: DeckSettings(), now: time("2026-03-29T02:00:00Z"),
            timeZone: berlin)
        #expect(morning.counts.due == 2)
    }
}
