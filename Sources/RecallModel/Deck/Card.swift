/// One question a student studies, with an id that survives rebuilding the deck.
public struct Card: Sendable, Hashable, Identifiable {
    /// Derived from the fact's normalized text, the question's kind and its target date.
    public var id: String
    /// The fact the card asks about (a timeline's own id for a timeline); cards that share it are
    /// siblings, and a day shows at most one of them.
    public var factID: String
    public var question: Question
    /// The GUID of the Anki note the card was imported from, so that exporting it again updates
    /// that note instead of adding a copy; nil for cards Recall made.
    public var ankiGuid: String?
    /// The note's tags, as Anki writes them (`geo`, `europe::france`); empty for cards Recall made.
    public var tags: [String]
    /// The Anki deck the card was in, its full path (`History::Wars`); nil for cards Recall made.
    public var ankiDeck: String?

    public init(
        id: String, factID: String, question: Question, ankiGuid: String? = nil, tags: [String] = [],
        ankiDeck: String? = nil
    ) {
        self.id = id
        self.factID = factID
        self.question = question
        self.ankiGuid = ankiGuid
        self.tags = tags
        self.ankiDeck = ankiDeck
    }

    public var kind: QuestionKind { question.kind }
}

extension Card: Codable {
    enum CodingKeys: String, CodingKey { case id, factID = "fact", kind, ankiGuid, tags, ankiDeck }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        factID = try container.decode(String.self, forKey: .factID)
        ankiGuid = try container.decodeIfPresent(String.self, forKey: .ankiGuid)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        ankiDeck = try container.decodeIfPresent(String.self, forKey: .ankiDeck)
        switch try container.decode(QuestionKind.self, forKey: .kind) {
        case .cloze: question = .cloze(try ClozeQuestion(from: decoder))
        case .reverse: question = .reverse(try ReverseQuestion(from: decoder))
        case .choice: question = .choice(try ChoiceQuestion(from: decoder))
        case .timeline: question = .timeline(try TimelineQuestion(from: decoder))
        case .basic: question = .basic(try BasicQuestion(from: decoder))
        case .order: question = .order(try PairQuestion(from: decoder))
        case .duration: question = .duration(try DurationQuestion(from: decoder))
        case .period: question = .period(try PeriodQuestion(from: decoder))
        case .landmark: question = .landmark(try PairQuestion(from: decoder))
        case .contrast: question = .contrast(try PairQuestion(from: decoder))
        case .who: question = .who(try WhoQuestion(from: decoder))
        }
    }

    /// Writes the question's fields beside `id`, `fact` and `kind`, in one flat object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(factID, forKey: .factID)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(ankiGuid, forKey: .ankiGuid)
        if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
        try container.encodeIfPresent(ankiDeck, forKey: .ankiDeck)
        switch question {
        case .cloze(let question): try question.encode(to: encoder)
        case .reverse(let question): try question.encode(to: encoder)
        case .choice(let question): try question.encode(to: encoder)
        case .timeline(let question): try question.encode(to: encoder)
        case .basic(let question): try question.encode(to: encoder)
        case .order(let question): try question.encode(to: encoder)
        case .duration(let question): try question.encode(to: encoder)
        case .period(let question): try question.encode(to: encoder)
        case .who(let question): try question.encode(to: encoder)
        case .landmark(let question), .contrast(let question): try question.encode(to: encoder)
        }
    }
}
