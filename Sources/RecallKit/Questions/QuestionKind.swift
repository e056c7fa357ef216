/// The four kinds of question the deck builder makes.
public enum QuestionKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Fill in the date: `Turkey joined NATO in ____ …`.
    case cloze
    /// The date and a cue; the student recalls the event and grades themselves.
    case reverse
    /// The right date among three plausible ones.
    case choice
    /// Three to five facts to put in order, earliest first.
    case timeline

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
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
