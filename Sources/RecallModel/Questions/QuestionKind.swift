/// The kinds of question: four the deck builder makes from a text, and front-and-back cards from
/// imported decks.
public enum QuestionKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Fill in the date: `Turkey joined NATO in ____ …`.
    case cloze
    /// The date and a cue; the student recalls the event and grades themselves.
    case reverse
    /// The right date among three plausible ones.
    case choice
    /// Three to five facts to put in order, earliest first.
    case timeline
    /// A front and a back, from an imported deck.
    case basic
    /// Which came first? Two facts of the text, a clear gap apart.
    case order
    /// How long? From a range or two dates of one subject.
    case duration
    /// Which century or decade? A precise date asked at a coarser grain.
    case period
    /// Before or after a landmark fact of the text?
    case landmark
    /// Who or what, then? The name that is a fact's subject, asked with the date kept.
    case who
    /// Two facts a student confused, from their own wrong answer; kept in their progress, not made by
    /// the builder.
    case contrast

    /// The kinds the deck builder makes from a text.
    public static let generated: [QuestionKind] = [
        .cloze, .reverse, .choice, .timeline, .order, .duration, .period, .landmark, .who,
    ]

    /// Kinds written as a comma-separated list (`cloze,choice`), or a sentence saying which name is wrong.
    public static func parseList(_ text: String) -> Result<Set<QuestionKind>, KindListError> {
        var kinds = Set<QuestionKind>()
        for name in text.split(separator: ",").map({ String($0).trimmingSpaces() }) where !name.isEmpty {
            guard let kind = QuestionKind(rawValue: name) else { return .failure(KindListError(name: name)) }
            kinds.insert(kind)
        }
        return kinds.isEmpty ? .failure(KindListError(name: nil)) : .success(kinds)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A list of kinds of question with a name that is none.
public struct KindListError: Error, CustomStringConvertible {
    public var name: String?

    public var description: String {
        guard let name else { return "--kinds names no kind of question" }
        return
            "--kinds: '\(name)' is not a kind of question (\(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")))"
    }
}

/// Where a question comes from: the sentence as it stands in the source, and its line.
public struct SourceReference: Codable, Sendable, Hashable {
    public var sentence: String
    public var line: Int

    public init(sentence: String, line: Int) {
        self.sentence = sentence
        self.line = line
    }
}
