/// What a build did: sentences read, facts kept, cards by kind, and what was passed over and why.
public struct BuildSummary: Sendable, Equatable {
    public var sentencesRead: Int
    public var factsKept: Int
    public var cardsByKind: [QuestionKind: Int]
    public var skippedSentences: [FactSelector.Verdict: Int]
    public var skippedDates: [QuestionGenerator.SkipReason: Int]

    /// The summary as lines for a terminal, in a fixed order.
    public var lines: [String] {
        var lines = ["Read \(sentencesRead) sentences; kept \(factsKept) as facts."]
        let total = cardsByKind.values.reduce(0, +)
        let kinds = QuestionKind.generated.map { "\(cardsByKind[$0] ?? 0) \($0.rawValue)" }.joined(
            separator: ", ")
        lines.append("Made \(total) cards: \(kinds).")
        for verdict in FactSelector.Verdict.allCases where verdict != .fact {
            if let count = skippedSentences[verdict], count > 0 {
                lines.append("Skipped \(count) sentence\(count == 1 ? "" : "s"): \(verdict.rawValue).")
            }
        }
        for reason in QuestionGenerator.SkipReason.allCases where !reason.holdsBackACard {
            if let count = skippedDates[reason], count > 0 {
                lines.append("Skipped \(count) date\(count == 1 ? "" : "s"): \(reason.rawValue).")
            }
        }
        for reason in QuestionGenerator.SkipReason.allCases where reason.holdsBackACard {
            if let count = skippedDates[reason], count > 0 {
                lines.append("Held back \(count) card\(count == 1 ? "" : "s"), \(reason.rawValue).")
            }
        }
        return lines
    }
}
