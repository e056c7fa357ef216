/// An order or timeline card shows each event without its date: the card asks which came first,
/// and a gap where the date stood (`Burr died at Port Richmond, on the ____.`) reads as a card left
/// half made. The date goes with the words that bring it in (`on the`, `in`, `during`), or, when
/// the date's own text opens with them (`from 1808 to 1812`, `between 1656 and 1665`), alone. A
/// date that describes a noun or ends a state (`a ____ film`, `the war of ____`, `held until ____`)
/// cannot be taken out without changing what the statement says: such a fact is shown on no order
/// card.
enum DatelessStatement {
    /// Words that bring a date in and go with it.
    static let prepositions: Set<String> = [
        "in", "on", "during", "at", "from", "around", "about", "circa", "c.", "ca.", "between",
    ]
    /// Words between such a word and the date (`on the 28th of June`, `in early 1905`).
    static let articles: Set<String> = ["the", "early", "late", "mid"]

    /// `label` (a statement with its date blanked) told without the blank, or nil when the date cannot
    /// be taken out. `dateText` is the date as written, whose first word may bring it in itself.
    static func make(_ label: String, dateText: String) -> String? {
        let blank = ClozeQuestion.blank
        var words = label.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let at = words.firstIndex(where: { $0.contains(blank) }) else { return tidied(label) }
        // The date glued to other text (`reigned ____526 BCE`) or twice in the statement: no clean cut.
        let rest = words[at].replacingOccurrences(of: blank, with: "")
        guard rest.allSatisfy({ ",.;:".contains($0) }),
            !words[(at + 1)...].contains(where: { $0.contains(blank) })
        else { return nil }
        var first = at
        while first > 0, articles.contains(words[first - 1].lowercased()) { first -= 1 }
        let opensItself =
            dateText.split(separator: " ").first.map { prepositions.contains($0.lowercased()) } ?? false
        if first > 0, prepositions.contains(words[first - 1].lowercased()) {
            // `at the ____ Alaska–Yukon–Pacific Exposition`: the date names what follows it.
            let next = words.indices.contains(at + 1) ? words[at + 1].first : nil
            if first < at, rest.isEmpty, next?.isUppercase == true { return nil }
            first -= 1
        } else if first < at {
            // `The ____ award`, `by the ____ cabin fire`: the date describes a noun.
            return nil
        } else if !opensItself && first > 0 && !words[first - 1].hasSuffix(",") {
            // `an ____ mission`, `the war of ____`, `until ____`.
            return nil
        }
        words.replaceSubrange(first...at, with: rest.isEmpty ? [] : [rest])
        return tidied(words.joined(separator: " "))
    }

    /// The statement with the punctuation the date leaves behind joined up (`England, on ____.` →
    /// `England.`), capitalized; nil when fewer than three words are left.
    static func tidied(_ label: String) -> String? {
        var text = label
        for (from, to) in [(" ,", ","), (" .", "."), (" ;", ";"), (",,", ","), (",.", "."), ("  ", " ")] {
            while text.contains(from) { text = text.replacingOccurrences(of: from, with: to) }
        }
        // A quotation mark left open by the sentence before (`" In ____, President …`) goes too.
        let straySign = text.filter { $0 == "\"" }.count % 2 == 1
        text = String(text.drop { $0 == " " || $0 == "," || (straySign && $0 == "\"") })
        guard let head = text.first, text.split(separator: " ").count >= 3 else { return nil }
        return head.uppercased() + text.dropFirst()
    }
}
