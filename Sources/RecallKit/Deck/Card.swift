/// One question a student studies, with an id that survives rebuilding the deck.
public struct Card: Sendable, Hashable, Identifiable {
    /// Derived from the fact's normalized text, the question's kind and its target date.
    public var id: String
    /// The fact the card asks about (a timeline's own id for a timeline); cards that share it are
    /// siblings, and a day shows at most one of them.
    public var factID: String
    public var question: Question

    public init(id: String, factID: String, question: Question) {
        self.id = id
        self.factID = factID
        self.question = question
    }

    public var kind: QuestionKind { question.kind }
}

extension Card: Codable {
    enum CodingKeys: String, CodingKey { case id, factID = "fact", kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        factID = try container.decode(String.self, forKey: .factID)
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
        }
    }

    /// Writes the question's fields beside `id`, `fact` and `kind`, in one flat object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(factID, forKey: .factID)
        try container.encode(kind, forKey: .kind)
        switch question {
        case .cloze(let question): try question.encode(to: encoder)
        case .reverse(let question): try question.encode(to: encoder)
        case .choice(let question): try question.encode(to: encoder)
        case .timeline(let question): try question.encode(to: encoder)
        case .basic(let question): try question.encode(to: encoder)
        case .order(let question): try question.encode(to: encoder)
        case .duration(let question): try question.encode(to: encoder)
        case .period(let question): try question.encode(to: encoder)
        case .landmark(let question), .contrast(let question): try question.encode(to: encoder)
        }
    }
}
