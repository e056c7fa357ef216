import Foundation
import RecallModel

/// A simulated student who studies a deck every day through a real `StudySession`, recalling each
/// card with the probability FSRS predicts: for demonstrations, benchmarks and tests of the code
/// that reads a review history.
public struct StudentSimulation: Sendable {
    public var days: Int
    public var seed: UInt64
    /// The chance of skipping a day.
    public var skipChance: Double

    public init(days: Int, seed: UInt64, skipChance: Double = 0.15) {
        self.days = days
        self.seed = seed
        self.skipChance = skipChance
    }

    /// The progress after `days` days of study ending at `end`, studying at 19:00 each day.
    public func run(deck: Deck, progress: DeckProgress, end: Date, timeZone: TimeZone) -> DeckProgress {
        var generator = SeededGenerator(seed: seed)
        var progress = progress
        let model = FSRSScheduler(parameters: deck.settings.parameters ?? .defaults)
        for day in (1...days).reversed() {
            if Double.random(in: 0..<1, using: &generator) < skipChance { continue }
            var now = end.addingTimeInterval(-Double(day) * 86_400)
            var session = StudySession(
                deck: deck, progress: progress, now: now, timeZone: timeZone, seed: generator.next())
            var answered = 0
            while let card = session.nextCard(at: now), answered < 400 {
                let schedule = session.progress.schedules[card.id]
                let recall = schedule == nil ? 0.55 : model.retrievability(of: schedule!, at: now)
                let roll = Double.random(in: 0..<1, using: &generator)
                let rating: Rating =
                    roll < recall
                    ? (roll < recall * 0.2 ? .easy : roll > recall * 0.9 ? .hard : .good) : .again
                let seconds = Double.random(in: 3...25, using: &generator)
                now = now.addingTimeInterval(seconds)
                session.record(
                    card.id, rating: rating, at: now, answer: nil, durationMs: Int(seconds * 1000))
                answered += 1
                if session.queue.nextLearningDue.map({ $0 > now }) ?? false,
                    session.queue.counts.due + session.queue.counts.new == 0
                {
                    now = session.queue.nextLearningDue!
                }
            }
            progress = session.progress
        }
        return progress
    }
}
