/// How unsure the builder is that a card reads well on its own, from what the card itself shows, so
/// that `recall build --review` can put the cards a teacher most likely drops or rewords first.
///
/// The rule: each reason below adds its weight, and the score is the sum (0 for a card with none).
/// - needs the sentence before (3): the card carries a context line, because its sentence leans on
///   the one before;
/// - opens with a pronoun or connective (2): the question text (or a timeline or pair label) opens
///   with a word of `CueWords.needsContext` (`It`, `They`, `However`, `Then` …);
/// - year from the story (2): the date asked has a year that its sentence never writes (`on
///   5 November` dated 2016 from the sentences before), so the answer rests on the builder's reading;
/// - vague date (2): a relative date, or one written as approximate (`about`, `around`, `c.`,
///   `early`, `late`, `mid` …);
/// - long sentence (1): more than `longSentenceWords` words, hard to take in as a question;
/// - weak kind (1): timeline, landmark and reverse cards, the kinds readers judged weakest.
///
/// The score depends on the card alone, so the order is deterministic; `ordered` keeps the given
/// order between cards of equal score.
public struct CardDoubt: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        case needsSentenceBefore = "needs the sentence before"
        case opensWithReference = "opens with a pronoun or connective"
        case yearFromStory = "year taken from the story"
        case vagueDate = "relative or approximate date"
        case longSentence = "long sentence"
        case weakKind = "a kind readers find weak"

        public var weight: Int {
            switch self {
            case .needsSentenceBefore: 3
            case .opensWithReference, .yearFromStory, .vagueDate: 2
            case .longSentence, .weakKind: 1
            }
        }
    }

    /// More words than this make a sentence long.
    public static let longSentenceWords = 40
    /// Words that mark a date as approximate when it opens with them.
    static let approximateWords: Set<String> = [
        "about", "around", "approximately", "roughly", "circa", "c", "ca", "early", "late", "some",
        "nearly", "almost",
    ]

    /// The reasons that apply, heaviest first.
    public let reasons: [Reason]

    public var score: Int { reasons.reduce(0) { $0 + $1.weight } }

    public init(card: Card) {
        let parts = Parts(card.question)
        var reasons: [Reason] = []
        if parts.context != nil { reasons.append(.needsSentenceBefore) }
        if parts.openings.contains(where: Self.opensWithReference) { reasons.append(.opensWithReference) }
        if parts.dates.contains(where: { Self.yearFromStory($0.value, sentence: $0.sentence) }) {
            reasons.append(.yearFromStory)
        }
        if parts.dates.contains(where: { Self.isVague($0.text, $0.value) }) { reasons.append(.vagueDate) }
        if parts.sentences.contains(where: { $0.split(separator: " ").count > Self.longSentenceWords }) {
            reasons.append(.longSentence)
        }
        if [.timeline, .landmark, .reverse].contains(card.kind) { reasons.append(.weakKind) }
        self.reasons = reasons.sorted { $0.weight > $1.weight }
    }

    /// `cards` by descending score; cards of equal score keep their order.
    public static func ordered(_ cards: [Card]) -> [Card] {
        cards.enumerated()
            .map { (index: $0.offset, score: CardDoubt(card: $0.element).score, card: $0.element) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            .map(\.card)
    }

    static func opensWithReference(_ text: String) -> Bool {
        let first = text.split(separator: " ").first.map { $0.filter(\.isLetter).lowercased() } ?? ""
        return CueWords.needsContext.contains(first)
    }

    /// A year-bearing date whose year is not written in its sentence.
    static func yearFromStory(_ value: DateValue, sentence: String) -> Bool {
        switch value {
        case .year(let year), .month(let year?, _), .day(let year?, _, _), .season(let year?, _):
            return !sentence.contains(String(abs(year)))
        case .range(let start, let end):
            return yearFromStory(start, sentence: sentence) || yearFromStory(end, sentence: sentence)
        default:
            return false
        }
    }

    static func isVague(_ text: String, _ value: DateValue) -> Bool {
        if case .relative = value { return true }
        let first = text.split(separator: " ").first.map { $0.filter(\.isLetter).lowercased() } ?? ""
        return approximateWords.contains(first) || first.hasPrefix("mid")
    }

    /// What a question shows, gathered across its kinds.
    struct Parts {
        var context: String?
        /// Texts a student reads first: a question, or each label.
        var openings: [String] = []
        var sentences: [String] = []
        var dates: [(text: String, value: DateValue, sentence: String)] = []

        init(_ question: Question) {
            switch question {
            case .cloze(let q):
                self.init(
                    context: q.context, opening: q.text, sentence: q.sentence, date: (q.answer, q.value))
            case .choice(let q):
                self.init(
                    context: q.context, opening: q.text, sentence: q.sentence, date: (q.answer, q.value))
            case .reverse(let q):
                self.init(context: q.context, opening: q.answer, sentence: q.answer, date: (q.date, q.value))
            case .who(let q):
                self.init(
                    context: q.context, opening: q.sentence, sentence: q.sentence, date: (q.date, q.value))
            case .period(let q):
                self.init(
                    context: q.context, opening: q.sentence, sentence: q.sentence, date: (q.date, q.dateValue)
                )
            case .duration(let q):
                self.init(
                    context: q.context, opening: q.sentence, sentence: q.sentence, date: (q.from, q.fromValue)
                )
                dates.append((q.to, q.toValue, q.sentence))
            case .timeline(let q):
                self.init(items: q.items)
            case .order(let q), .landmark(let q), .contrast(let q):
                self.init(items: q.statements)
            case .basic:
                self.init(items: [])
            }
        }

        init(context: String?, opening: String, sentence: String, date: (String, DateValue)) {
            self.context = context
            openings = [opening]
            sentences = [sentence]
            dates = [(date.0, date.1, sentence)]
        }

        init(items: [TimelineQuestion.Item]) {
            openings = items.map(\.label)
            sentences = items.map(\.source.sentence)
            dates = items.map { ($0.date, $0.value, $0.source.sentence) }
        }
    }
}
