import Foundation
import Testing

@testable import RecallApp
@testable import RecallModel

@Suite struct ExamPlannerTests {
    let now = time("2026-03-01T09:00:00Z")

    func card(_ id: String, stability: Double?, daysAgo: Int, difficulty: Double = 5) -> ExamPlanner.CardState
    {
        ExamPlanner.CardState(
            id: id, memory: stability.map { MemoryState(stability: $0, difficulty: difficulty) },
            lastReview: stability == nil ? nil : now.addingTimeInterval(-Double(daysAgo) * 86_400))
    }

    var deck: [ExamPlanner.CardState] {
        [
            card("weak", stability: 1.5, daysAgo: 3), card("safe", stability: 200, daysAgo: 2),
            card("decaying", stability: 8, daysAgo: 6), card("new", stability: nil, daysAgo: 0),
            card("middling", stability: 20, daysAgo: 10, difficulty: 8),
            card("fresh", stability: 4, daysAgo: 0),
        ]
    }

    @Test func oneDayChoiceIsTheBestSubsetByBruteForce() {
        let planner = ExamPlanner(exam: now.addingTimeInterval(7 * 86_400))
        let cards = deck
        for count in 1...3 {
            let chosen = Set(planner.choose(cards, at: now, count: count))
            // Every subset of `count` cards, scored by the expected recall at the exam it leads to.
            var best = -1.0
            var bestSet = Set<Int>()
            for mask in 0..<(1 << cards.count) where mask.nonzeroBitCount == count {
                let members = Set((0..<cards.count).filter { mask & (1 << $0) != 0 })
                let value = cards.indices.reduce(0.0) { total, index in
                    total + planner.recall(cards[index], at: planner.exam)
                        + (members.contains(index) ? planner.gain(cards[index], at: now) : 0)
                }
                if value > best + 1e-12 {
                    best = value
                    bestSet = members
                }
            }
            #expect(chosen == bestSet, "count \(count)")
        }
        #expect(!Set(planner.choose(cards, at: now, count: 3).map { cards[$0].id }).contains("safe"))
    }

    @Test func multiDayPlanIsCloseToTheBestSequence() {
        let planner = ExamPlanner(exam: now.addingTimeInterval(3 * 86_400))
        let cards = Array(deck.prefix(4))
        let plan = planner.plan(cards, from: now, perDay: 1)
        #expect(plan.days.count == 3)
        // All 4^3 sequences of one review a day, with the planner's own expected-outcome updates.
        var best = 0.0
        for a in 0..<4 {
            for b in 0..<4 {
                for c in 0..<4 {
                    var states = cards
                    for (day, index) in [a, b, c].enumerated() {
                        states[index] = planner.expectedAfterReview(
                            states[index], at: now.addingTimeInterval(Double(day) * 86_400))
                    }
                    best = max(best, planner.recallAtExam(states))
                }
            }
        }
        #expect(plan.recallAtExamAfterPlan >= best - 0.02)
        #expect(plan.recallAtExamAfterPlan <= best + 1e-9)
        #expect(plan.recallAtExamNow < plan.days[0].recallAtExam)
    }

    @Test func cardsSafeUntilTheExamWait() {
        let planner = ExamPlanner(exam: now.addingTimeInterval(5 * 86_400))
        let safe = card("safe", stability: 400, daysAgo: 1)
        #expect(planner.gain(safe, at: now) < 0.01)
        #expect(planner.gain(card("weak", stability: 1, daysAgo: 4), at: now) > 0.1)
    }

    @Test func plannerBeatsTheQueueAndRandomChoiceInSimulation() {
        let results = CramSimulation(students: 6, cards: 80, days: 10, perDay: 10, seed: 7).run()
        let planner = results[.planner]!
        #expect(planner >= results[.queue]!)
        #expect(planner > results[.random]!)
        #expect(results == CramSimulation(students: 6, cards: 80, days: 10, perDay: 10, seed: 7).run())
    }

    @Test func aCramSessionRepeatsAMissedCardUntilItIsRight() throws {
        let deck = try DeckBuilder(kinds: [.cloze]).build(try sampleSource(), name: "t", builtAt: now).deck
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: "t"), now: now, timeZone: utc, seed: 1)
        let ids = deck.cards.prefix(5).map(\.id)
        session.startCram(ids)
        var shown: [String] = []
        while let card = session.nextCard(at: now) {
            shown.append(card.id)
            let rating: Rating = card.id == ids[0] && shown.filter { $0 == ids[0] }.count < 3 ? .again : .good
            session.record(
                card.id, rating: rating, at: now, answer: nil, durationMs: nil)
        }
        #expect(shown == [ids[0], ids[1], ids[2], ids[3], ids[0], ids[4], ids[0]])
        #expect(session.progress.reviews.allSatisfy { $0.kind == .cram })
        #expect(session.progress.reviews.count == 7)
    }
}
