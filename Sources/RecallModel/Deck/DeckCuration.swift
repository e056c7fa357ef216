/// A teacher's choices about a deck's generated cards: which to drop, and new wording for some.
/// Kept in the deck file and applied again when the deck is rebuilt, so curation survives edits
/// of the source text (card ids are stable).
public struct DeckCuration: Codable, Sendable, Hashable {
    public var dropped: Set<String> = []
    /// New question text by card id: a cloze or choice text (with one blank), or a reverse card's cue.
    public var edits: [String: String] = [:]

    public init() {}

    public var isEmpty: Bool { dropped.isEmpty && edits.isEmpty }

    /// The cards without the dropped ones, with the edits applied.
    public func apply(to cards: [Card]) -> [Card] {
        cards.compactMap { card in
            if dropped.contains(card.id) { return nil }
            guard let text = edits[card.id] else { return card }
            var card = card
            switch card.question {
            case .cloze(var question):
                question.text = text
                card.question = .cloze(question)
            case .choice(var question):
                question.text = text
                card.question = .choice(question)
            case .reverse(var question):
                question.cue = text
                card.question = .reverse(question)
            case .basic(var question):
                question.front = text
                card.question = .basic(question)
            case .timeline, .order, .duration, .period, .landmark, .contrast, .who:
                break
            }
            return card
        }
    }

    /// Why a new wording cannot replace a card's question, or nil when it can.
    public static func problem(with text: String, for card: Card) -> String? {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return "the text is empty" }
        switch card.question {
        case .cloze(let question):
            return blankProblem(trimmed, answer: question.answer)
        case .choice(let question):
            return blankProblem(trimmed, answer: question.answer)
        case .reverse(let question):
            return trimmed.contains(question.date) ? "the cue must not contain the date" : nil
        case .timeline, .order, .duration, .period, .landmark, .contrast, .who:
            return "\(card.kind.rawValue) cards can be kept or dropped, not reworded"
        case .basic:
            return nil
        }
    }

    static func blankProblem(_ text: String, answer: String) -> String? {
        let blanks = text.components(separatedBy: ClozeQuestion.blank).count - 1
        if blanks != 1 {
            return "the question needs exactly one blank (\(ClozeQuestion.blank)), not \(blanks)"
        }
        if text.lowercased().contains(answer.lowercased()) {
            return "the question gives its answer (\(answer)) away"
        }
        return nil
    }
}
