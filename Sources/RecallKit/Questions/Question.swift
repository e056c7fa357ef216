/// A question of any kind; a `Card` holds one.
public enum Question: Sendable, Hashable {
    case cloze(ClozeQuestion)
    case reverse(ReverseQuestion)
    case choice(ChoiceQuestion)
    case timeline(TimelineQuestion)

    public var kind: QuestionKind {
        switch self {
        case .cloze: .cloze
        case .reverse: .reverse
        case .choice: .choice
        case .timeline: .timeline
        }
    }

    /// The expected answer as it is shown after a reply.
    public var answer: String {
        switch self {
        case .cloze(let question): question.answer
        case .reverse(let question): question.answer
        case .choice(let question): "\(ChoiceQuestion.letter(question.answerIndex))) \(question.answer)"
        case .timeline(let question): question.answer
        }
    }

    /// The text a student reads (without options or items).
    public var prompt: String {
        switch self {
        case .cloze(let question): question.text
        case .choice(let question): question.text
        case .reverse(let question):
            "What happened \(Self.preposition(for: question.value)) \(question.date)? (\(question.cue))"
        case .timeline: "Put in order, earliest first:"
        }
    }

    /// Every source sentence the question rests on.
    public var sources: [SourceReference] {
        switch self {
        case .cloze(let question): [question.source]
        case .choice(let question): [question.source]
        case .reverse(let question): [question.source]
        case .timeline(let question): question.items.map(\.source)
        }
    }

    static func preposition(for value: DateValue) -> String {
        switch value {
        case .day: "on"
        case .range: "during"
        default: "in"
        }
    }
}
