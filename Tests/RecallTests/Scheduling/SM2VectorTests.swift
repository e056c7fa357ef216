import Foundation
import Testing

@testable import RecallModel

/// Replays reference vectors made with the `anki-sm-2` package (`Fixtures/sm2/make_sm2_vectors.py`).
@Suite struct SM2VectorTests {
    struct VectorFile: Decodable {
        var cases: [Case]
    }

    struct Case: Decodable {
        var id: String
        var scheduler: Settings
        var reviews: [Review]
    }

    struct Settings: Decodable {
        var learning_steps: [Double]
        var graduating_interval: Int
        var easy_interval: Int
        var relearning_steps: [Double]
        var minimum_interval: Int
        var maximum_interval: Int
        var starting_ease: Double
        var easy_bonus: Double
        var interval_modifier: Double
        var hard_interval: Double
        var new_interval: Double

        var scheduler: SM2Scheduler {
            var scheduler = SM2Scheduler()
            scheduler.learningSteps = learning_steps
            scheduler.relearningSteps = relearning_steps
            scheduler.graduatingInterval = graduating_interval
            scheduler.easyInterval = easy_interval
            scheduler.minimumInterval = minimum_interval
            scheduler.maximumInterval = maximum_interval
            scheduler.startingEase = starting_ease
            scheduler.easyBonus = easy_bonus
            scheduler.intervalModifier = interval_modifier
            scheduler.hardMultiplier = hard_interval
            scheduler.lapseMultiplier = new_interval
            scheduler.fuzz = false
            return scheduler
        }
    }

    struct Review: Decodable {
        var rating: Int
        var review_datetime: String
        var card_after: CardAfter
    }

    struct CardAfter: Decodable {
        var state: Int
        var step: Int?
        var ease: Double?
        var due: String
        var current_interval: Int?
    }

    @Test func agreesWithAnkiSM2() throws {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/sm2/sm2-vectors", withExtension: "json"))
        let file = try JSONDecoder().decode(VectorFile.self, from: Data(contentsOf: url))
        let phases: [Int: CardSchedule.Phase] = [1: .learning, 2: .review, 3: .relearning]
        var compared = 0
        for vector in file.cases {
            let scheduler = vector.scheduler.scheduler
            var generator = SeededGenerator(seed: 0)
            var card = CardSchedule.new(due: time("2026-01-05T09:00:00Z"))
            for (index, review) in vector.reviews.enumerated() {
                let now = time(review.review_datetime)
                card = scheduler.review(
                    card, rating: Rating(rawValue: review.rating)!, at: now, using: &generator)
                let want = review.card_after
                let where_ = "\(vector.id) review \(index)"
                #expect(card.phase == phases[want.state], "\(where_)")
                #expect(card.step == want.step, "\(where_)")
                #expect(card.due == time(want.due), "\(where_)")
                if let ease = want.ease { #expect(abs((card.ease ?? 0) - ease) < 1e-12, "\(where_)") }
                if let interval = want.current_interval {
                    #expect(card.intervalDays == Double(interval), "\(where_)")
                }
                compared += 1
            }
        }
        #expect(compared == 1794)
    }
}
