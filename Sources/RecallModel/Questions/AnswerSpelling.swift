/// Forgives misspelt words in a typed date (`Mrach`, `Decmber`, `Feburary`, `ninteenth`) when the
/// misspelling reads as one word of the date vocabulary and no other: `Jum` is as close to June as
/// to July, so it stays as typed and the answer does not read as a date. Digits are never touched.
enum AnswerSpelling {
    /// Words an answer may wrap a date in (`in 1952`, `around the 1990s`): the finder's own, and the
    /// words of a range and `year`.
    static let filler: Set<String> = DateFinder.answerFiller.union([
        "ca", "at", "by", "year", "and", "between", "from", "to", "until", "till", "through",
    ])

    /// Words read as they are: typing one of them is never a typo for another.
    static let exact: Set<String> = {
        var words = filler
        words.formUnion(DateVocabulary.months.keys)
        words.formUnion(DateVocabulary.monthAbbreviations.keys)
        words.formUnion(DateVocabulary.seasons.keys)
        words.formUnion(DateVocabulary.parts)
        words.formUnion(DateVocabulary.ordinalWords.keys)
        words.formUnion(DateVocabulary.ordinalSuffixes)
        words.formUnion([
            "century", "centuries", "bc", "bce", "ad", "ce", "b", "a", "d", "e", "s", "end", "beginning",
            "start", "middle", "first", "half", "second", "sept", "mid",
        ])
        return words
    }()

    /// Each correctable word with what it means; two words of one meaning (`march`, `mar`) are one reading.
    static let meanings: [(word: [Character], meaning: String)] = {
        var entries: [(word: [Character], meaning: String)] = []
        for (name, month) in DateVocabulary.months { entries.append((Array(name), "month \(month)")) }
        for (name, month) in DateVocabulary.monthAbbreviations {
            entries.append((Array(name), "month \(month)"))
        }
        for (name, number) in DateVocabulary.ordinalWords {
            entries.append((Array(name), "ordinal \(number)"))
        }
        entries.append((Array("century"), "century"))
        return entries
    }()

    /// The text with each misspelt date word replaced by the one word it can only be; the text itself
    /// when no word needs it.
    static func corrected(_ text: String) -> String {
        if needsNoCorrection(text) { return text }
        var result = ""
        var changed = false
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            if let correction = correction(of: word) {
                result += correction
                changed = true
            } else {
                result += word
            }
            word = ""
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return changed ? result : text
    }

    /// Whether an ASCII text's words are all known or too short to correct, read byte by byte (most
    /// answers are, and walking them as `Character`s was a fifth of the time to check one).
    static func needsNoCorrection(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        var start = 0
        while start < bytes.count {
            guard bytes[start] | 0x20 >= 0x61 && bytes[start] | 0x20 <= 0x7A else {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count, bytes[end] | 0x20 >= 0x61 && bytes[end] | 0x20 <= 0x7A { end += 1 }
            if end - start >= 3, correction(ofASCII: bytes[start..<end]) != nil { return false }
            start = end
        }
        return true
    }

    /// The canonical word `typed` stands for, or nil when it is a known word, or when the closest
    /// words (one typo away; two for words of eight letters or more) do not all mean the same.
    static func correction(of typed: String) -> String? {
        let lower = typed.lowercased()
        guard lower.count >= 3, !exact.contains(lower) else { return nil }
        let letters = Array(lower)
        var best: (distance: Int, word: [Character], meaning: String)? = nil
        var tied = false
        for entry in meanings {
            let allowed = entry.word.count >= 8 ? 2 : 1
            let distance = AnswerChecker.editDistance(letters, entry.word, limit: allowed)
            guard distance <= allowed else { continue }
            if let current = best, current.distance < distance { continue }
            if let current = best, current.distance == distance {
                if current.meaning != entry.meaning { tied = true }
                if entry.word.count > current.word.count { best = (distance, entry.word, entry.meaning) }
                continue
            }
            best = (distance, entry.word, entry.meaning)
            tied = false
        }
        guard let best, !tied else { return nil }
        return String(best.word)
    }
}
