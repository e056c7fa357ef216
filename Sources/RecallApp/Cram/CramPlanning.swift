import Foundation
import RecallModel

/// Plans the reviews of a deck toward an exam: how many a day holds, which card stands for each
/// fact, and the day-by-day plan `ExamPlanner` makes from each card's FSRS state.
package struct CramPlanning {
    /// Reviews a deck needs before the plan's predictions mean much: below it, most cards have been
    /// seen once or never, and FSRS would predict from its default first-review stability.
    package static let predictionThreshold = 100
    /// Answers the median answer time needs; before that, `defaultAnswerSeconds` is assumed.
    package static let medianSample = 20
    package static let defaultMinutes = 20
    package static let defaultAnswerSeconds = 12.0

    package var deck: Deck
    package var progress: DeckProgress

    package init(deck: Deck, progress: DeckProgress) {
        self.deck = deck
        self.progress = progress
    }

    /// The moment a plan aims at: 9 a.m. on the exam day, or an hour from now for an exam today
    /// after 9; nil for a day before today.
    package static func examMoment(_ exam: String, now: Date, timeZone: TimeZone) -> Date? {
        guard let moment = DeckSettings.examMoment(exam, timeZone: timeZone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        if calendar.startOfDay(for: moment) < calendar.startOfDay(for: now) { return nil }
        return max(moment, now.addingTimeInterval(3600))
    }

    /// The plan from `now` to `exam` at the pace `perDay` or `minutes` gives.
    package func plan(exam: Date, now: Date, perDay: Int?, minutes: Int?) -> (
        plan: ExamPlanner.Plan, pace: Pace
    ) {
        let pace = Pace(progress, perDay: perDay, minutes: minutes)
        let planner = ExamPlanner(model: FSRS(parameters: deck.settings.parameters ?? .defaults), exam: exam)
        return (planner.plan(oneCardPerFact(), from: now, perDay: pace.reviews), pace)
    }

    /// The card that stands for each fact in the plan: the one studied most, else the first (a cloze).
    package func oneCardPerFact() -> [ExamPlanner.CardState] {
        var chosen: [String: (card: Card, reps: Int)] = [:]
        var order: [String] = []
        for card in deck.cards {
            let reps = progress.schedules[card.id]?.reps ?? -1
            if let current = chosen[card.factID] {
                if reps > current.reps { chosen[card.factID] = (card, reps) }
            } else {
                chosen[card.factID] = (card, reps)
                order.append(card.factID)
            }
        }
        return order.map { fact in
            let card = chosen[fact]!.card
            let schedule = progress.schedules[card.id]
            return ExamPlanner.CardState(
                id: card.id, memory: schedule?.memory, lastReview: schedule?.lastReview)
        }
    }

    /// How many reviews a day of the plan holds, and how that was worked out.
    package struct Pace: Equatable {
        package var reviews: Int
        /// Given by `--per-day`, rather than worked out from minutes.
        package var isFixed: Bool
        package var minutes: Int
        /// The seconds an answer is counted at.
        package var secondsPerAnswer: Double
        /// Whether `secondsPerAnswer` is the student's own median (else the default).
        package var isMeasured: Bool

        /// A fixed number of reviews, or as many as `minutes` hold at the student's median answer
        /// time (all answers, any grade), once `medianSample` answers give one.
        package init(_ progress: DeckProgress, perDay: Int?, minutes: Int?) {
            let durations = progress.reviews.compactMap(\.durationMs).sorted()
            isMeasured = durations.count >= CramPlanning.medianSample
            secondsPerAnswer =
                isMeasured
                ? max(2, Double(durations[durations.count / 2]) / 1000) : CramPlanning.defaultAnswerSeconds
            self.minutes = minutes ?? CramPlanning.defaultMinutes
            isFixed = perDay != nil
            reviews = perDay ?? max(1, Int(Double(self.minutes * 60) / secondsPerAnswer))
        }
    }
}
