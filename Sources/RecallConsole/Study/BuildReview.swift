import RecallModel

/// Walks a teacher through a freshly built deck's cards: Enter keeps a card, `d` drops it, `e`
/// rewords it, `q` keeps all the rest. The choices become the deck's curation.
///
/// The cards come in descending `CardDoubt`, so the ones the builder is least sure of are seen
/// first, each with the reasons for doubt. `e` puts the current text on the line to edit; dropping
/// a card offers to drop its fact's other cards still to come, which are then skipped.
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
        let ordered = CardDoubt.ordered(cards)
        var droppedWithFact: Set<String> = []
        for (number, original) in ordered.enumerated() where !droppedWithFact.contains(original.id) {
            let card = curation.apply(to: [original]).first ?? original
            say("")
            let state = curation.dropped.contains(card.id) ? " · dropped before" : ""
            let reasons = CardDoubt(card: original).reasons.map(\.rawValue)
            let doubt = reasons.isEmpty ? "" : " · unsure: " + reasons.joined(separator: ", ")
            say(style.dim("[\(card.kind.rawValue) · \(number + 1)/\(cards.count)\(state)\(doubt)]"))
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
                    let siblings = ordered[(number + 1)...]
                        .filter { $0.factID == card.factID && !curation.dropped.contains($0.id) }
                        .map(\.id)
                    guard !siblings.isEmpty else { break decision }
                    let count = siblings.count == 1 ? "other card" : "\(siblings.count) other cards"
                    guard case .line(let answer) = reader.read(prompt: "Drop the fact's \(count) too? [y/N] ")
                    else { return curation }
                    if ["y", "yes"].contains(answer.trimmingSpaces().lowercased()) {
                        curation.dropped.formUnion(siblings)
                        droppedWithFact.formUnion(siblings)
                        say(style.dim("Dropped \(siblings.count) more."))
                    }
                    break decision
                case "q":
                    say(style.dim("Kept the remaining cards."))
                    return curation
                case "e":
                    let what =
                        card.kind == .reverse
                        ? "the new cue" : "the new question, with \(ClozeQuestion.blank) for the date"
                    say("Type \(what):")
                    guard
                        case .line(let text) = reader.read(prompt: "new> ", prefill: Self.editableText(card))
                    else { return curation }
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

    /// The text `e` rewords, as the card shows it now: a question with its blank, a cue or a front;
    /// empty for kinds that cannot be reworded.
    static func editableText(_ card: Card) -> String {
        switch card.question {
        case .cloze(let question): question.text
        case .choice(let question): question.text
        case .reverse(let question): question.cue
        case .basic(let question): question.front
        case .timeline, .order, .duration, .period, .landmark, .contrast, .who: ""
        }
    }

    func say(_ text: String) { write(text + "\n") }
}
