/// A number that counts things rather than naming a year: `over 1200 repair jobs`, `more than 1500`,
/// `a total of 1850`, `some 1400 armed men`. Two signs make a count, whatever the number's size:
/// a quantity word before it, or a counting noun within the next two words. A year keeps its era or
/// its date cue: `from about 1030 to about 930 BCE` and `in about 1450` stay years, and so does
/// `In 1990 rural households …`, where the year opens the clause; after `and` only when a number
/// stands before it (`3000 Europeans and 2000 native troops` is a count).
extension DateGrammar {
    /// Words that say how many: the number after them is an amount (`over 1200`, `nearly 1500`).
    static let quantityWords: Set<String> = [
        "over", "nearly", "almost", "approximately", "roughly", "some", "about", "around", "another",
        "additional", "only", "just", "estimated", "upwards",
    ]
    /// Two-word quantity phrases whose last word alone is ambiguous (`up to 1500`, `as many as`).
    static let quantityPairs: Set<String> = [
        "more than", "less than", "fewer than", "at least", "at most", "total of", "as many",
        "as much", "as few", "a further",
    ]
    /// Words that bound a time, before which `at least 1551` is a year.
    static let timeBounds: Set<String> = ["until", "till", "since", "before", "after"]
    /// Quantity words that also hedge a year.
    static let hedges: Set<String> = ["about", "around", "some", "only", "just", "roughly", "approximately"]
    /// Words after a number that end its phrase, so that nothing it counts follows.
    static let clauseStarts: Set<String> = [
        "by", "when", "after", "before", "until", "during", "while", "which", "who", "that", "under", "from",
        "and", "or", "but",
    ]
    /// Words before a quantity word that make the number a date again (`in about 1450`, `c. about`).
    static let dateCues: Set<String> = [
        "in", "from", "since", "until", "till", "by", "to", "circa", "c", "ca", "year", "before", "after",
        "during", "between", "and",
    ]
    /// Words that may stand between a number and what it counts without being the counted noun
    /// themselves, but never a determiner (`1990 many soldiers` is not said), nor a pronoun that
    /// opens the clause the year dates (`About 1579 he set a song`).
    static let notModifiers: Set<String> = [
        "the", "a", "an", "many", "some", "all", "more", "most", "few", "several", "and", "or", "of",
        "his", "her", "their", "its", "our", "when", "as", "in", "on", "at", "by", "for", "to", "with",
        "he", "she", "it", "they", "we", "i", "you", "there",
    ]

    /// Whether the number at `index` (ending before `end`) is a count by the two signs above.
    func isCount(at index: Int, end: Int) -> Bool {
        // `around 840 BCE`: a number with an era is a year, whatever stands before it.
        if era(at: end) != nil || era(at: index + 1) != nil { return false }
        if countedNounFollows(index: index, end: end) { return true }
        guard let before = word(index - 1) else { return false }
        let pair = word(index - 2).map { "\($0) \(before)" }
        if let pair, Self.quantityPairs.contains(pair) {
            // `lived until at least 1551`: a bound on a time, after a word that only times follow.
            return !(word(index - 3).map(Self.timeBounds.contains) ?? false)
        }
        guard Self.quantityWords.contains(before) else { return false }
        // `about`, `around`, `some`, `only`, `just` also hedge a year (`founded about 1910 by Zapata`):
        // after them the number is a count only when a word it could count or qualify follows.
        if Self.hedges.contains(before) {
            guard let next = token(end), next.kind == .word, !next.isCapitalized,
                !Self.notModifiers.contains(next.lower), !Self.clauseStarts.contains(next.lower)
            else { return false }
            if let cue = word(index - 2), Self.dateCues.contains(cue) { return false }
        }
        return true
    }

    /// `1200 repair jobs`, `350 damaged powerlines`: a counting noun one word after the first.
    /// The in-between word is lower-case and not a determiner; a date cue before the number keeps it
    /// a year (`In 1990 rural households …`).
    func countedNounFollows(index: Int, end: Int) -> Bool {
        guard let middle = token(end), middle.kind == .word, !middle.isCapitalized,
            !Self.notModifiers.contains(middle.lower), let noun = token(end + 1), noun.kind == .word,
            DateVocabulary.countingNouns.contains(noun.lower)
        else { return false }
        if let cue = word(index - 1), DateVocabulary.monthCues.contains(cue) {
            // `3000 Europeans and 2000 native troops`: after `and` or `or` the number is a count unless
            // a number stands before the joiner (`in 1990 and 1991 rural households`).
            guard ["and", "or"].contains(cue), token(index - 2)?.kind != .number else { return false }
        }
        return true
    }
}
