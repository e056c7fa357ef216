/// The invariants a card must keep for Recall to show, check and export it: a deck file or an
/// import that breaks one is refused with the card and field named, rather than loaded and then
/// trapping in `study`, `quiz` or `export`.
extension Card {
    /// The most options or timeline items a card may have: one letter each, `a` to `z`.
    public static let maximumChoices = 26

    /// What is wrong with the card (`answerIndex: 99 is not one of its 4 options`), or nil.
    public var invariantProblem: String? {
        switch question {
        case .choice(let question):
            let count = question.options.count
            if count < 2 { return "options: a multiple-choice card needs 2 or more options, not \(count)" }
            if count > Self.maximumChoices {
                return "options: \(count) options, more than the \(Self.maximumChoices) letters a to z"
            }
            if !question.options.indices.contains(question.answerIndex) {
                return
                    "answerIndex: \(question.answerIndex) is not one of its \(count) options (0 to \(count - 1))"
            }
        case .timeline(let question):
            let count = question.items.count
            if count < 2 { return "items: a timeline needs 2 or more items, not \(count)" }
            if count > Self.maximumChoices {
                return "items: \(count) items, more than the \(Self.maximumChoices) letters A to Z"
            }
        case .order(let question), .landmark(let question), .contrast(let question):
            if question.statements.count != 2 {
                return "statements: a pair card needs 2 statements, not \(question.statements.count)"
            }
            if !question.statements.indices.contains(question.answerIndex) {
                return "answerIndex: \(question.answerIndex) is not 0 or 1"
            }
        case .duration(let question):
            if question.amount <= 0 { return "amount: a length must be 1 or more, not \(question.amount)" }
        case .period(let question):
            if question.value.granularity != .century && question.value.granularity != .decade {
                return "value: \(question.value) is not a century or a decade"
            }
        case .who(let question):
            if question.answer.trimmingSpaces().isEmpty { return "answer: a name is needed" }
            if !question.text.hasSuffix("?") { return "text: a question ends with ?" }
        case .cloze, .reverse, .basic:
            break
        }
        return nil
    }
}

extension Deck {
    /// The first card that breaks an invariant, as `card 'ID': field: problem`, or nil.
    public var invariantProblem: String? {
        for card in cards {
            if let problem = card.invariantProblem { return "card '\(card.id)': \(problem)" }
        }
        return nil
    }
}
