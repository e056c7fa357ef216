import Foundation

/// How well FSRS's formulas predict a card's history, as the optimizer scores it: every review
/// on a later day is predicted from the memory the reviews before it left, and its log loss
/// counts. On `Double` this is the evaluation; on `TapeNumber` it records the loss for its
/// gradient.
extension FSRSModel {
    /// Calls `body` with each prediction of `history` (the chance of recall) and whether the card
    /// was recalled.
    func predictions(of history: ReviewHistory, _ body: (_ recall: Number, _ recalled: Bool) -> Void) {
        guard let first = history.steps.first else { return }
        var memory = next(nil, elapsedDays: nil, rating: first.rating)
        for step in history.steps.dropFirst() {
            if step.elapsedDays > 0 {
                body(
                    retrievability(elapsedDays: Double(step.elapsedDays), stability: memory.stability),
                    step.rating != .again)
            }
            memory = next(memory, elapsedDays: step.elapsedDays, rating: step.rating)
        }
    }

    /// The log loss of one prediction, with the chance held within 1e-7 of 0 and 1.
    static func logLoss(recall: Number, recalled: Bool) -> Number {
        let clamped = recall.clamped(to: 1e-7...(1 - 1e-7))
        return recalled ? -Number.log(clamped) : -Number.log(1 - clamped)
    }

    /// The summed log loss of a history's predictions, and how many there were.
    func logLoss(_ history: ReviewHistory) -> (loss: Number, count: Int) {
        var loss = Number(0)
        var count = 0
        predictions(of: history) { recall, recalled in
            loss = loss + Self.logLoss(recall: recall, recalled: recalled)
            count += 1
        }
        return (loss, count)
    }
}
