/// Whether a statement shown without its sentence before (a timeline item, a pair card's statement,
/// a period card's sentence) reads on its own, as a teacher would judge it.
///
/// It does not when it points back to something the text said before:
/// - it opens with a pronoun or connective (`It`, `They`, `However`, `Then`), `the latter`, `the same`;
/// - after an opening clause or phrase, its subject is a pronoun (`Although figures are late, it is
///   expected to fall …`), or a pronoun stands in its first words (`Stone shuttered it in ____`), or
///   a possessive among its first words (`During her year …`);
/// - it says `these` or `those` of a noun (`these elements`), `did the same`, `did so`, `one example`,
///   `the latter`, `the former`, `the same` anywhere.
enum LabelReading {
    static let pointers: Set<String> = ["it", "they", "them", "he", "she", "him", "this", "these", "those"]
    /// Possessives point back when they open the label or its main clause (`During her year …`,
    /// `Her husband …`), not later (`Belgium won its independence`).
    static let possessives: Set<String> = ["its", "their", "his", "her"]
    static let subordinators: Set<String> = [
        "although", "though", "while", "whilst", "after", "when", "because", "as", "since", "if", "before",
        "once", "until", "following", "during", "despite", "in", "on", "by", "at", "with", "from", "for",
        "unlike", "like", "according", "between",
    ]
    static let backReferences: [[String]] = [
        ["the", "latter"], ["the", "former"], ["the", "same"], ["did", "so"], ["one", "example"],
        ["another", "example"], ["such", "a"], ["this", "time"], ["that", "time"], ["both", "men"],
        ["two", "men"], ["two", "women"], ["two", "brothers"],
    ]

    static func readsAlone(_ label: String) -> Bool {
        guard QuestionGenerator.standsAlone(label) else { return false }
        let words = label.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "," && $0 != "'" })
            .map(String.init)
        let bare = words.map { $0.filter(\.isLetter) }
        // A pronoun among the first words of the main clause: `Stone shuttered it …`.
        var start = 0
        if let first = bare.first, subordinators.contains(first),
            let comma = words.prefix(16).firstIndex(where: { $0.hasSuffix(",") })
        {
            start = comma + 1
        }
        if bare[start...].prefix(3).contains(where: pointers.contains) { return false }
        // `Despite this, the Parliament …`, `When he arrived, …`: the opening phrase points back too.
        if start > 0, bare[..<start].contains(where: pointers.contains) { return false }
        // A possessive that opens the label or its main clause belongs to someone named before.
        if bare.prefix(2).contains(where: possessives.contains)
            || bare[start...].prefix(2).contains(where: possessives.contains)
        {
            return false
        }
        for (index, word) in bare.enumerated() {
            if word == "these" || word == "those", index + 1 < bare.count,
                !["who", "which", "that", "of", "in", "with", "whose"].contains(bare[index + 1])
            {
                return false
            }
            if index + 1 < bare.count, backReferences.contains([word, bare[index + 1]]) { return false }
        }
        return true
    }

    /// Whether the statement gives a share or a rate (`20% of all workers`, `1.7 per cent`): a figure
    /// at a date, not an event to order.
    static func statesAFigure(_ label: String) -> Bool {
        let lower = label.lowercased()
        return lower.contains("%") || lower.contains(" per cent") || lower.contains(" percent")
    }

    /// Whether the statement shows a sum of money (`£93`, `$846 million`): on a timeline's short
    /// label the sum is most of what is left, a figure at a date rather than an event.
    static func statesAnAmount(_ label: String) -> Bool {
        let characters = Array(label)
        return characters.indices.dropLast().contains {
            "$£€¥".contains(characters[$0]) && characters[$0 + 1].isNumber
        }
    }
}
