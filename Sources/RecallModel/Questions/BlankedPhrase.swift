/// The part of a date phrase a cloze or choice blank takes: the dates, not the connective that
/// opens the range (`From ____ she worked …`, answer `May to September 1916`), so that the typed
/// answer is a date and the sentence keeps its own words.
enum BlankedPhrase {
    static let connectives = ["from ", "between "]

    /// The date without its opening connective, when what is left reads back as the same date.
    static func trimmed(_ date: DateExpression) -> DateExpression {
        let lower = date.text.lowercased()
        for connective in connectives where lower.hasPrefix(connective) {
            let rest = String(date.text.dropFirst(connective.count))
            guard DateFinder.parseAnswer(rest) == date.value else { return date }
            var trimmed = date
            trimmed.text = rest
            trimmed.utf8Range =
                (date.utf8Range.lowerBound + connective.utf8.count)..<date.utf8Range.upperBound
            return trimmed
        }
        return date
    }
}
