/// A question of any kind; a `Card` holds one.
public enum Question: Sendable, Hashable {
    case cloze(ClozeQuestion)
    case reverse(ReverseQuestion)
    case choice(ChoiceQuestion)
    case timeline(TimelineQuestion)
    case basic(BasicQuestion)
    /// Which came first? Two statements of the deck.
    case order(PairQuestion)
    /// How long? A span's length in years, months or days.
    case duration(DurationQuestion)
    /// Which century, or which decade?
    case period(PeriodQuestion)
    /// Before or after a landmark? The first statement is the event, the second the landmark.
    case landmark(PairQuestion)
    /// A student's own confusion of two facts' dates: which of the two happened at the first?
    case contrast(PairQuestion)
    /// Who or what? The name that is the subject of a dated fact.
    case who(WhoQuestion)

    public var kind: QuestionKind {
        switch self {
        case .cloze: .cloze
        case .reverse: .reverse
        case .choice: .choice
        case .timeline: .timeline
        case .basic: .basic
        case .order: .order
        case .duration: .duration
        case .period: .period
        case .landmark: .landmark
        case .contrast: .contrast
        case .who: .who
        }
    }

    /// The expected answer as it is shown after a reply.
    public var answer: String {
        switch self {
        case .cloze(let question): question.answer
        case .reverse(let question): question.answer
        case .choice(let question): "\(ChoiceQuestion.letter(question.answerIndex))) \(question.answer)"
        case .timeline(let question): question.answer
        case .basic(let question): question.back
        case .order(let question):
            "\(ChoiceQuestion.letter(question.answerIndex))) \(question.statements[question.answerIndex].label)"
        case .duration(let question): question.answer
        case .contrast(let question):
            "\(ChoiceQuestion.letter(question.answerIndex))) \(question.statements[question.answerIndex].label)"
        case .period(let question): question.answer
        case .who(let question): question.answer
        case .landmark(let question):
            "\(ChoiceQuestion.letter(question.answerIndex))) \(PairQuestion.landmarkOptions[question.answerIndex])"
        }
    }

    /// The text a student reads (without options or items).
    public var prompt: String {
        switch self {
        case .cloze(let question): question.text
        case .choice(let question): question.text
        case .reverse(let question):
            "What happened \(Self.when(question.date, question.value))? (\(question.cue))"
        case .timeline: "Put in order, earliest first:"
        case .basic(let question): question.front
        case .order: "Which came first?"
        case .duration(let question): question.prompt
        case .period(let question): question.prompt
        case .who(let question): question.text
        // The landmark with its date, so that the event shown after it (`Event: …`) is what is asked.
        case .landmark(let question):
            "Before or after this landmark (\(question.statements[1].date))? \(question.statements[1].label)"
        case .contrast(let question):
            "\(question.statements.sorted { $0.value.sortKey < $1.value.sortKey }.map(\.date).joined(separator: " or ")): which happened in \(question.statements[question.answerIndex].date)?"
        }
    }

    /// Every source sentence the question rests on.
    public var sources: [SourceReference] {
        switch self {
        case .cloze(let question): [question.source]
        case .choice(let question): [question.source]
        case .reverse(let question): [question.source]
        case .timeline(let question): question.items.map(\.source)
        case .basic: []
        case .order(let question): question.statements.map(\.source)
        case .duration(let question): [question.source]
        case .period(let question): [question.source]
        case .who(let question): [question.source]
        case .landmark(let question), .contrast(let question): question.statements.map(\.source)
        }
    }

    /// The date with the preposition it takes: `in 1952`, `on 16 December 1925`, `during 1877–78`,
    /// `in the 1990s`; none for a date that brings its own (`between 1878 and 1921`). A date that
    /// opened its sentence (`Between the 1880s and 1910s, …`) loses the capital it had there.
    static func when(_ date: String, _ value: DateValue) -> String {
        let first = date.split(separator: " ").first?.lowercased() ?? ""
        var text = date
        if leadingWords.contains(first), let initial = text.first, initial.isUppercase {
            text = initial.lowercased() + text.dropFirst()
        }
        if ["between", "from", "in", "on", "during", "since", "until", "by", "circa", "c."].contains(first) {
            return text
        }
        let words = date.split(separator: " ").map { $0.lowercased() }.drop { $0 == "the" }
        // `the first half of 1447`, `the end of 1905`: a part of a period takes its article.
        let part = words.first ?? ""
        // `the 21st of July 1861`: a day written as an ordinal takes its article too.
        let isOrdinalDay =
            part.first?.isNumber == true
            && DateVocabulary.ordinalSuffixes.contains(
                String(part.drop { $0.isNumber }))
        let namesAPart =
            words.count > 2 && words.dropFirst().first == "of" && (partNouns.contains(part) || isOrdinalDay)
            || words.count > 3 && words.dropFirst(2).first == "of" && partOrdinals.contains(part)
        let needsArticle =
            (value.granularity == .decade || value.granularity == .century || namesAPart) && first != "the"
        // `at the end of 1905`, `at the turn of the century`; `in the middle of`, `in the first half of`.
        let preposition = namesAPart && pointNouns.contains(part) ? "at" : preposition(for: value)
        return "\(preposition) \(needsArticle ? "the " : "")\(text)"
    }

    /// Nouns of a part of a period (`end of 1905`, `first half of 1447`, after the ordinal).
    static let partNouns: Set<String> = [
        "end", "beginning", "start", "middle", "turn", "close", "height", "autumn", "spring", "summer",
        "winter",
        "fall",
    ]

    /// Parts that are points, said with `at`.
    static let pointNouns: Set<String> = ["end", "beginning", "start", "turn", "close", "height"]

    /// `first half of`, `last week of`.
    static let partOrdinals: Set<String> = ["first", "second", "third", "fourth", "last", "latter"]

    /// Words a date phrase may open with that are not names.
    static let leadingWords: Set<String> = [
        "between", "from", "in", "on", "during", "since", "until", "by", "circa", "the", "early", "late",
        "mid",
        "around", "about",
    ]

    static func preposition(for value: DateValue) -> String {
        switch value {
        case .day: "on"
        case .range: "during"
        default: "in"
        }
    }
}
