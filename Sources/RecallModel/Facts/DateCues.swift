/// Whether a sentence can hold a date at all, decided from its bytes before it is tokenized.
///
/// Every date form the grammar knows holds an ASCII digit or one of a few words: a month or its
/// abbreviation, a season, a unit a relative phrase counts in (`day`, `weeks`, `year` …), a part of
/// the day (`that afternoon`), `century` or `Christmas`. Most sentences of a long text hold none of
/// these, and for them tokenizing and trying the grammar (a third of the time spent reading facts)
/// can only find nothing. The test is conservative: a word touching a non-ASCII letter counts as a
/// cue, since only the tokenizer knows where such a word ends and how it lower-cases.
enum DateCues {
    static func mayHoldDate(_ text: String) -> Bool {
        var word: UInt64 = 0
        var length = 0
        var touchesNonASCII = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { return true }
            let folded = byte | 0x20
            if folded >= 0x61 && folded <= 0x7A {
                length += 1
                if length <= 9 { word = word << 5 | UInt64(folded - 0x60) }
                continue
            }
            if byte >= 0x80 {
                touchesNonASCII = true
                continue
            }
            if length > 0, touchesNonASCII || isCue(word, length: length) { return true }
            (word, length, touchesNonASCII) = (0, 0, false)
        }
        return length > 0 && (touchesNonASCII || isCue(word, length: length))
    }

    static func isCue(_ word: UInt64, length: Int) -> Bool {
        guard length >= 3, length <= 9 else { return false }
        return packedCues.contains(word)
    }

    /// The words that open or complete a date form, packed five bits a letter.
    static let packedCues: Set<UInt64> = {
        var words = Set(DateVocabulary.months.keys)
        words.formUnion(DateVocabulary.monthAbbreviations.keys)
        words.formUnion(DateVocabulary.seasons.keys)
        words.formUnion(DateGrammar.relativeUnits.keys)
        words.formUnion(DateGrammar.partsOfDay)
        words.formUnion(["century", "centuries", "christmas"])
        return Set(
            words.map { word in word.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64(($1 | 0x20) - 0x60) } })
    }()
}
