import RecallModel

/// Walks a teacher through a freshly built deck's cards: Enter keeps a card, `d` drops it, `e`
/// rewords it, `q` keeps all the rest. The choices become the deck's curation.
public struct BuildReview<Reader: LineReader> {
    public private(set) var reader: Reader
    package let style: TerminalStyle
    package let write: (String) -> Void

    public init(reader: Reader, style: TerminalStyle, write: @escaping (String) -> Void) {
        self.reader = reader
        self.style = style
        self.write = write
    }

    /// Reviews `cards` (as generated, before any curation) starting from `curation`, and returns the new curation.
    public mutating func run(cards: [Card], curation: DeckCuration) -> DeckCuration {
        var curation = curation
        let presenter = CardPresenter(style: style)
        say("Reviewing \(cards.count) cards: Enter keeps · d drops · e rewords · q keeps the rest.")
        for (number, original) in cards.enumerated() {
            let card = curation.apply(to: [original]).first ?? original
            say("")
            let state = curation.dropped.contains(card.id) ? " · dropped before" : ""
            say(style.dim("[\(card.kind.rawValue) · \(number + 1)/\(cards.count)\(state)]"))
            say(presenter.question(card))
            say(style.right("  answer: \(card.question.answer)"))
            reader.setCompletions(["d", "e", "q"])
            decision: while true {
                guard case .line(let raw) = reader.read(prompt: "keep? ") else { return curation }
                switch raw.trimmingSpaces().lowercased() {
                case "", "k", "y":
                    curation.dropped.remove(card.id)
                    break decision
                case "d", "n":
                    curation.dropped.insert(card.id)
                    say(style.dim("Dropped."))
                    break decision
                case "q":
                    say(style.dim("Kept the remaining cards."))
                    return curation
                case "e":
                    let what =
                        card.kind == .reverse
                        ? "the new cue" : "the new question, with \(ClozeQuestion.blank) for the date"
                    say("Type \(what):")
                    guard case .line(let text) = reader.read(prompt: "new> ") else { return curation }
                    if let problem = DeckCuration.problem(with: text, for: card) {
                        say(style.wrong("Not changed: \(problem)."))
                        continue decision
                    }
                    curation.edits[card.id] = text.trimmingSpaces()
                    curation.dropped.remove(card.id)
                    say(style.dim("Reworded."))
                    break decision
                default:
                    say("Enter keeps the card, d drops it, e rewords it, q keeps the rest.")
                }
            }
        }
        return curation
    }

    func say(_ text: String) { write(text + "\n") }
}
