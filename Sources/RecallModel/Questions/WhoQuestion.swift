/// Who or what, then? A fact whose sentence's subject is a name, asked with the name taken out and
/// its date kept (`Which country joined NATO in 1952?` → `Turkey`). The answer is typed; the
/// checker (`NameAnswer`) takes the name in any case, with small typos, the article left out, and a
/// person's surname alone.
public struct WhoQuestion: Codable, Sendable, Hashable {
    /// What kind of name the subject is, which says how the question opens (`Who`, `Which country`).
    public enum NameKind: String, Codable, Sendable, Hashable, CaseIterable {
        case person, state, organisation, document
    }

    /// The question, ending with `?`: the sentence with the name taken out, its date kept.
    public var text: String
    /// The name as the sentence writes it, article and title included (`the Ottoman Empire`,
    /// `General Yudenich`).
    public var answer: String
    public var nameKind: NameKind
    /// The shorter forms a person may be named by (`Hitler` for `Adolf Hitler`): the last word, and a
    /// word of the name the text uses alone; none that another person of the text shares.
    public var surnames: [String]
    /// Other names of the text so close to the answer that a typo allowance would take them: typing
    /// one is wrong, not a typo.
    public var others: [String]
    /// The date the question keeps, as the sentence writes it, and its value.
    public var date: String
    public var value: DateValue
    public var sentence: String
    public var context: String?
    public var source: SourceReference

    public init(
        text: String, answer: String, nameKind: NameKind, surnames: [String], others: [String], date: String,
        value: DateValue, sentence: String, context: String?, source: SourceReference
    ) {
        self.text = text
        self.answer = answer
        self.nameKind = nameKind
        self.surnames = surnames
        self.others = others
        self.date = date
        self.value = value
        self.sentence = sentence
        self.context = context
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case text, answer, nameKind, surnames, others, date, value, sentence, context, source
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        answer = try container.decode(String.self, forKey: .answer)
        nameKind = try container.decode(NameKind.self, forKey: .nameKind)
        surnames = try container.decodeIfPresent([String].self, forKey: .surnames) ?? []
        others = try container.decodeIfPresent([String].self, forKey: .others) ?? []
        date = try container.decode(String.self, forKey: .date)
        value = try container.decode(DateValue.self, forKey: .value)
        sentence = try container.decode(String.self, forKey: .sentence)
        context = try container.decodeIfPresent(String.self, forKey: .context)
        source = try container.decode(SourceReference.self, forKey: .source)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(answer, forKey: .answer)
        try container.encode(nameKind, forKey: .nameKind)
        if !surnames.isEmpty { try container.encode(surnames, forKey: .surnames) }
        if !others.isEmpty { try container.encode(others, forKey: .others) }
        try container.encode(date, forKey: .date)
        try container.encode(value, forKey: .value)
        try container.encode(sentence, forKey: .sentence)
        try container.encodeIfPresent(context, forKey: .context)
        try container.encode(source, forKey: .source)
    }

    /// What the student is told to type, by the kind of name.
    public var instruction: String {
        switch nameKind {
        case .person: "(type the name; the surname is enough)"
        case .state: "(type the country's or state's name)"
        case .organisation, .document: "(type the name)"
        }
    }
}
