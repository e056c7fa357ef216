extension StoryAside {
    /// Words that open a relative clause after a comma: what follows describes the noun before it.
    static let relativeWords: Set<String> = ["who", "whom", "whose", "which"]
    /// Words that open an appositive or a participle phrase after a comma (`UKIP, the only other
    /// party to stand in 2015, did not`, `The firm, founded in 1852, failed`).
    static let appositiveWords: Set<String> = ["the", "a", "an", "then", "once", "formerly", "later"]
    /// Words that open an introductory phrase: the comma after it starts the main clause, not an aside
    /// (`After the election, the party held the seat until 2019`).
    static let introductoryWords: Set<String> = [
        "after", "before", "during", "in", "on", "at", "by", "when", "while", "although", "though", "as",
        "since", "until", "following", "with", "from", "for", "if", "because", "once", "despite", "under",
    ]
    static let clauseMarks: Set<String> = [",", ";", ":", "(", ")", "—", "–"]

    /// Whether the token ends or opens a clause. Every clause mark is a `.mark` token, so words and
    /// numbers are turned away before hashing: in a 1.5 MB sentence of 300,000 dates the hashed look-up
    /// of every token in reach was a third of the build's instructions (callgrind).
    static func isClauseMark(_ token: DateToken) -> Bool {
        token.kind == .mark && clauseMarks.contains(token.lower)
    }

    /// How many tokens either side of a date its clause is looked for in: more than any clause of
    /// prose holds.
    static let reach = 64

    /// Whether tokens `first..<end` stand in a relative clause or an appositive that the sentence
    /// sets off by commas: said in passing about a noun, not the time of the sentence's own event.
    /// A relative clause may run to the end of the sentence; an appositive must close with a comma
    /// and the sentence go on, as `X, the …, did` does.
    static func isInInsertion(_ tokens: [DateToken], first: Int, end: Int) -> Bool {
        // Clauses are looked for within `reach` tokens: a sentence of thousands of dates and no
        // comma (a fuzzed list) would otherwise be read back to its start at every date.
        let start = max(0, first - reach)
        guard let comma = (start..<first).last(where: { isClauseMark(tokens[$0]) }),
            tokens[comma].lower == ",", comma > 0, comma + 1 < first
        else { return false }
        let opener = tokens[comma + 1]
        guard opener.kind == .word else { return false }
        if relativeWords.contains(opener.lower) { return true }
        let isAppositive =
            appositiveWords.contains(opener.lower)
            || (opener.lower.hasSuffix("ed") && opener.lower.count > 4 && !opener.isCapitalized)
        guard isAppositive else { return false }
        // The phrase before the comma is the noun described, not an introduction.
        let lead =
            (max(0, comma - reach)..<comma).last(where: { isClauseMark(tokens[$0]) }).map {
                $0 + 1
            }
            ?? max(0, comma - reach)
        guard lead < comma, !introductoryWords.contains(tokens[lead].lower) else { return false }
        let stop = min(tokens.count, end + reach)
        guard let closing = (end..<stop).first(where: { isClauseMark(tokens[$0]) }),
            tokens[closing].lower == ",", closing + 1 < tokens.count, tokens[closing + 1].kind == .word
        else { return false }
        return true
    }

    /// Whether tokens `first..<end` stand in round brackets that hold a clause of their own (four words
    /// or more besides the date after a capital, six after a small word: `(the club having won their
    /// last two grand finals in 1997 and 1998)`): a remark beside the story, such as a later renaming,
    /// rather than the date of the event before the bracket (`Saratoga (October 1777)`, `Justinian
    /// (527–565)`, `(from 1914 to 1918)`).
    static func isInBracketedRemark(_ tokens: [DateToken], first: Int, end: Int) -> Bool {
        let start = max(0, first - reach)
        guard let open = (start..<first).last(where: { tokens[$0].kind == .mark && tokens[$0].lower == "(" }),
            !(open..<first).contains(where: { tokens[$0].kind == .mark && tokens[$0].lower == ")" }),
            open + 1 < first, tokens[open + 1].kind == .word
        else { return false }
        let stop = min(tokens.count, end + reach)
        guard let close = (end..<stop).first(where: { tokens[$0].kind == .mark && tokens[$0].lower == ")" })
        else { return false }
        let words = (open + 1..<close).filter { ($0 < first || $0 >= end) && tokens[$0].kind == .word }
        return words.count >= (tokens[open + 1].isCapitalized ? 4 : 6)
    }

    /// Whether `since` comes before the date in the same clause (`held since the by-election in 1963`,
    /// `the largest since the Mount Carmel forest fire (2010)`: a bracket that opens at the date labels
    /// the name before it and ends no clause, as a dash inside a name does not).
    static func followsSince(_ tokens: [DateToken], first: Int) -> Bool {
        let last = first > 0 && tokens[first - 1].lower == "(" ? first - 2 : first - 1
        for index in stride(from: last, through: max(0, first - reach), by: -1) {
            let token = tokens[index]
            // A dash inside a word joins a name (`since Hurricane Cesar–Douglas in 1996`).
            let joinsAWord = !token.spaceBefore && index + 1 < tokens.count && !tokens[index + 1].spaceBefore
            if isClauseMark(token), !joinsAWord { return false }
            if token.kind == .word, token.lower == "since" { return true }
        }
        return false
    }

    /// Whether `as of` stands right before the date (`As of 2002, OPA had prevented 18 ships`): the
    /// date a state or a figure stood at, not a time the story moves to.
    static func followsAsOf(_ tokens: [DateToken], first: Int) -> Bool {
        first >= 2 && tokens[first - 2].lower == "as" && tokens[first - 1].lower == "of"
    }
}
