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
            // `Late in ____ she crashed`: the part goes with its date.
            if first > 0, DateVocabulary.parts.contains(words[first - 1].lowercased()) { first -= 1 }
        } else if first < at {
            // `The ____ award`, `by the ____ cabin fire`: the date describes a noun.
            return nil
        } else if !opensItself && first > 0 && !words[first - 1].hasSuffix(",") {
            // `an ____ mission`, `the war of ____`, `until ____`.
            return nil
        } else if !opensItself, first == 0, rest.isEmpty, words.indices.contains(at + 1),
            words[at + 1].first?.isUppercase == true
        {
            // `____ NCAA Championship Game was held …`: the year opens the name it belongs to.
            return nil
        }
        if !canLeave(words, from: first, to: at, rest: rest) { return nil }
        // `crowned at Scone, probably on 8 September`, `inadequate even in the 1870s`: a word that
        // only qualifies the date goes with it.
        if first > 0, hedges.contains(words[first - 1].lowercased()) { first -= 1 }
        words.replaceSubrange(first...at, with: rest.isEmpty ? [] : [rest])
        return tidied(words.joined(separator: " "))
    }

    /// Words that qualify the date they stand before and mean nothing without it.
    static let hedges: Set<String> = [
        "probably", "possibly", "perhaps", "approximately", "roughly", "apparently", "likely", "presumably",
        "reportedly", "allegedly", "even", "only", "already", "just", "exactly", "precisely", "sometime",
    ]
    /// Words whose object the date is (`Unlike in 1072, …`, `larger than in 1900`): left without it.
    static let needingAnObject: Set<String> = [
        "unlike", "like", "than", "as", "since", "until", "till", "of",
    ]
    /// Verbs whose complement the date may be (`The first mention was in the 9th century, …`).
    static let copulas: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]
    /// Nouns by which what follows a date speaks of the date itself (`in 1658, a date coinciding …`).
    static let dateNouns: Set<String> = [
        "date", "year", "day", "month", "time", "period", "moment", "season",
    ]

    /// Whether taking out `words[first...at]` (the date and what brings it in) leaves a statement: not
    /// when the sentence turns on the date (`Only in 1905 was …`), the date is the object of the word
    /// before it or the complement of a copula with nothing after it, or what follows it is about the
    /// date (`in 1658, a date coinciding with …`).
    static func canLeave(_ words: [String], from first: Int, to at: Int, rest: String) -> Bool {
        var before = first - 1
        // `Only in 1905 was funding arranged`: the sentence is inverted around its date.
        if before == 0, ["only", "not"].contains(words[before].lowercased()) { return false }
        if before >= 0, hedges.contains(words[before].lowercased()) { before -= 1 }
        if before >= 0 {
            let word = words[before].lowercased()
            if needingAnObject.contains(word) { return false }
            // `It was in 1850 that …` is a cleft: the rest says nothing without its date.
            let nothingAfter =
                at + 1 >= words.count || !rest.isEmpty
                || ["that", "when"].contains(words[at + 1].lowercased())
            if copulas.contains(word) && nothingAfter { return false }
        }
        if rest.hasPrefix(","), at + 2 < words.count, ["a", "an", "the"].contains(words[at + 1].lowercased())
        {
            let noun = words[at + 2].lowercased().filter(\.isLetter)
            if dateNouns.contains(noun) { return false }
        }
        return true
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
