import RecallStorage

/// The Recall deck name of each Anki deck when `recall import --subdecks` makes one Recall deck
/// per Anki deck: the deck's full name with `::` as `.`, and in each part every run of characters a
/// deck name cannot hold (spaces, punctuation, a `.` of its own) as one `-`, after `prefix` and a
/// `.` when a prefix is given. `Spanish::Verbs (irregular)` becomes `Spanish.Verbs-irregular`.
/// Names are cut to the longest a deck name may be, and two Anki decks whose names come out the
/// same get `-2`, `-3`… in the order of their full names.
///
/// ```swift
/// AnkiSubdeckNames.names(for: ["History", "History::Wars"], prefix: "bio")
/// // ["History": "bio.History", "History::Wars": "bio.History.Wars"]
/// ```
enum AnkiSubdeckNames {
    static func names(for fullNames: [String], prefix: String?) -> [String: String] {
        var names: [String: String] = [:]
        var taken = Set<String>()
        for fullName in Set(fullNames).sorted() {
            let parts = fullName.components(separatedBy: "::").map {
                Workspace.deckName(cleaning: $0.replacingOccurrences(of: ".", with: " "))
            }
            let base = cut(([prefix].compactMap { $0 } + parts).joined(separator: "."), reserving: 0)
            var name = base
            var number = 1
            while !taken.insert(name).inserted {
                number += 1
                let suffix = "-\(number)"
                name = cut(base, reserving: suffix.utf8.count) + suffix
            }
            names[fullName] = name
        }
        return names
    }

    /// `name` cut to leave `reserving` bytes of the longest deck name, and not ending in `.` or `-`.
    static func cut(_ name: String, reserving: Int) -> String {
        var name = name
        while name.utf8.count > Workspace.maximumDeckNameBytes - reserving || name.hasSuffix(".")
            || name.hasSuffix("-")
        {
            name.removeLast()
        }
        return name.isEmpty ? "deck" : name
    }
}
