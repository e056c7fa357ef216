import Foundation
import Testing

@testable import RecallConsole
@testable import RecallModel

@Suite struct DeckStatsTests {
    let now = time("2026-03-10T12:00:00Z")

    @Test func countsRetentionForecastStreakAndHardest() throws {
        let deck = try DeckBuilder(kinds: [.cloze]).build(try sampleSource(), name: "t", builtAt: now).deck
        var progress = DeckProgress(deck: "t")
        let scheduler = FSRSScheduler(fuzz: false)
        // Three days of study: the first card learnt on day 1, reviewed (passed) on day 3 and failed on day 10.
        let first = deck.cards[0].id
        var schedule = scheduler.review(
            .new(due: now), rating: .easy, at: now.addingTimeInterval(-9 * 86_400))
        progress.reviews.append(
            ReviewLog(
                cardID: first, time: now.addingTimeInterval(-9 * 86_400), rating: .easy, elapsedDays: nil,
                durationMs: nil, kind: .learning, answer: nil, before: nil, after: schedule))
        for (daysAgo, rating) in [(1, Rating.good), (0, Rating.again)] {
            let time = now.addingTimeInterval(-Double(daysAgo) * 86_400)
            let before = schedule
            schedule = scheduler.review(schedule, rating: rating, at: time)
            progress.reviews.append(
                ReviewLog(
                    cardID: first, time: time, rating: rating, elapsedDays: 1, durationMs: nil, kind: .review,
                    answer: nil, before: before, after: schedule))
        }
        progress.schedules[first] = schedule
        var suspended = CardSchedule.new(due: now)
        suspended.suspended = true
        progress.schedules[deck.cards[1].id] = suspended

        let stats = DeckStats.compute(
            deck: deck, progress: progress, now: now, timeZone: utc, exam: now.addingTimeInterval(5 * 86_400))
        #expect(stats.cards.total == deck.cards.count)
        #expect(
            stats.cards.byKind == Dictionary(grouping: deck.cards, by: \.kind.rawValue).mapValues(\.count))
        #expect(stats.cards.new == deck.cards.count - 2)
        #expect(stats.cards.relearning == 1 && stats.cards.suspended == 1)
        #expect(stats.retention7.reviews == 2 && stats.retention7.passed == 1)
        #expect(stats.retention30.rate == 0.5)
        #expect(stats.heatmap.suffix(2) == [1, 1])
        #expect(stats.heatmap.reduce(0, +) == 3)
        #expect(stats.streak == 2)
        #expect(stats.reviewsToday == 1)
        #expect(stats.dueForecast.reduce(0, +) == 1)
        #expect(stats.hardest.map(\.lapses) == [1])
        #expect(stats.predictedRecallAtExam! < stats.predictedRecallNow)
        let text = StatsReport(stats: stats, style: TerminalStyle(colors: false, width: 80)).text
        #expect(text.contains("Retention (reviews passed): 50% (1/2) over 7 days"))
        #expect(text.contains("Streak: 2 days · reviews today: 1"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    /// Issue 15, item 13: a negative stability trapped `stats` and made `stats --json` print NaN.
    /// Loading now refuses such a file; the figures stay numbers even if one gets through.
    @Test func impossibleMemoryNeverGivesNaNOrATrap() throws {
        let deck = try DeckBuilder(kinds: [.cloze]).build(try sampleSource(), name: "t", builtAt: now).deck
        var progress = DeckProgress(deck: "t")
        var schedule = FSRSScheduler().review(
            .new(due: now), rating: .good, at: now.addingTimeInterval(-86_400))
        schedule.memory = MemoryState(stability: -3, difficulty: .nan)
        schedule.lapses = 1
        schedule.due = Date(timeIntervalSince1970: 1e15)
        progress.schedules[deck.cards[0].id] = schedule
        let stats = DeckStats.compute(
            deck: deck, progress: progress, now: now, timeZone: utc, exam: now.addingTimeInterval(86_400))
        #expect(stats.predictedRecallNow.isFinite && stats.predictedRecallAtExam?.isFinite == true)
        #expect(stats.hardest.allSatisfy { $0.stability.isFinite })
        let json = try JSONEncoder().encode(stats)
        #expect(!String(decoding: json, as: UTF8.self).lowercased().contains("nan"))
    }

    @Test func everyCardIsCountedOnceWhateverItsFlags() throws {
        let deck = try DeckBuilder(kinds: [.cloze]).build(try sampleSource(), name: "t", builtAt: now).deck
        var progress = DeckProgress(deck: "t")
        let learned = FSRSScheduler().review(
            .new(due: now), rating: .good, at: now.addingTimeInterval(-3_600))
        var suspendedLearned = learned
        suspendedLearned.suspended = true
        var suspendedNew = CardSchedule.new(due: now)
        suspendedNew.suspended = true
        var buriedNew = CardSchedule.new(due: now)
        buriedNew.buriedUntil = now.addingTimeInterval(3_600)
        progress.schedules[deck.cards[0].id] = learned
        progress.schedules[deck.cards[1].id] = suspendedLearned
        progress.schedules[deck.cards[2].id] = suspendedNew
        progress.schedules[deck.cards[3].id] = buriedNew
        let counts = DeckStats.compute(deck: deck, progress: progress, now: now, timeZone: utc).cards
        #expect(counts.suspended == 2)
        #expect(counts.learning == 1)
        #expect(counts.new == deck.cards.count - 3)
        let phases = counts.learning + counts.review + counts.relearning
        #expect(counts.new + phases + counts.suspended == counts.total)
    }
}
