/// The name a sentence's main clause opens with, when that name is the clause's subject, found
/// without a parser: after an opener the question can drop or move (`However,`, `In March 1947,`,
/// `After the war,`), a run of capitalized words (initials, hyphens and `of`, `von` … inside),
/// then, past an optional bracket or apposition, a verb (`-ed`, or a past tense or auxiliary of
/// `NameWords.verbs`). A pronoun, a date, an adjective before a common noun (`Serbian forces`), a
/// possessive (`Turkey's foreign minister`) or two names joined (`Britain and France`) is no subject.
struct SentenceSubject: Sendable, Hashable {
    /// The name as the sentence writes it, without its article (`Ottoman Empire`, `General Yudenich`).
    var name: String
    /// Whether the sentence writes `the` before the name.
    var article: Bool
    /// The verb phrase the question keeps, as UTF-8 offsets in the sentence: from the verb (or an
    /// adverb before it) to the end of its clause.
    var predicate: Range<Int>
    /// The date of a date opener (`In March 1947,`) with the preposition written before it, if any.
    var openerDate: DateExpression?
    var openerPreposition: String?

    /// One word of a sentence and where it stands, as UTF-8 offsets.
    struct Token {
        var text: String
        var range: Range<Int>
    }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var start = 0
        var offset = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                if offset > start { tokens.append(Token(text: "", range: start..<offset)) }
                start = offset + 1
            }
            offset += 1
        }
        if offset > start { tokens.append(Token(text: "", range: start..<offset)) }
        let bytes = Array(text.utf8)
        return tokens.map { Token(text: String(decoding: bytes[$0.range], as: UTF8.self), range: $0.range) }
    }

    /// A word without the punctuation around it (`(Turkey),` → `Turkey`).
    static func bare(_ word: String) -> String {
        var text = Substring(word)
        while let first = text.first, "(\"“‘'[".contains(first) { text.removeFirst() }
        while let last = text.last, ",.;:)\"”’'!?]".contains(last) { text.removeLast() }
        return String(text)
    }

    /// An initial inside a name: `D.` of `Franklin D. Roosevelt`.
    static func isInitial(_ word: String) -> Bool {
        let characters = Array(word)
        return characters.count == 2 && characters[0].isUppercase && characters[0].isLetter
            && characters[1] == "."
    }

    /// A word that can be part of a name: capitalized letters (with hyphens, apostrophes, or a
    /// hyphenated number: `U-20`), no month, weekday or function word.
    static func isNameWord(_ word: String) -> Bool {
        // A word opening with an ASCII byte that is no capital and no mark `bare` strips is no name:
        // most words, turned away before `bare` and `Character` (a tenth of a build's instructions
        // went to this test, callgrind).
        if let byte = word.utf8.first, byte < 0x80, !(byte >= 0x41 && byte <= 0x5A),
            byte != UInt8(ascii: "("), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "'"),
            byte != UInt8(ascii: "[")
        {
            return false
        }
        let text = bare(word)
        guard let first = text.first, first.isLetter, first.isUppercase else { return false }
        guard text.allSatisfy({ $0.isLetter || $0.isNumber || "-'’.".contains($0) }) else { return false }
        if text.contains(where: \.isNumber), !text.contains("-") { return false }
        if text.hasSuffix("'s") || text.hasSuffix("’s") { return false }
        let lower = text.lowercased()
        if DateVocabulary.months[lower] != nil || CueWords.notNames.contains(lower) { return false }
        return true
    }

    /// Whether a word ends with a possessive (`Turkey's`), which makes the name part of a longer subject.
    static func isPossessive(_ word: String) -> Bool {
        let text = bare(word)
        return text.hasSuffix("'s") || text.hasSuffix("’s") || text.hasSuffix("s'")
    }

    /// The name run starting at `start`: the index of its last word, or nil. Particles stay inside
    /// only between two name words; the run stops after a word with punctuation after it.
    static func nameRun(_ tokens: [Token], from start: Int) -> Int? {
        var last: Int?
        var index = start
        while index < tokens.count {
            let raw = tokens[index].text
            if raw.hasPrefix("(") { break }
            if isNameWord(raw) || (last != nil && isInitial(raw)) {
                last = index
                index += 1
                if bare(raw) != raw, !isInitial(raw) { break }
                continue
            }
            let lower = raw.lowercased()
            if last != nil, NameWords.particles.contains(lower), index + 1 < tokens.count,
                lower != "the" || tokens[index - 1].text.lowercased() == "of",
                isNameWord(tokens[index + 1].text) || tokens[index + 1].text.lowercased() == "the"
            {
                index += 1
                continue
            }
            break
        }
        return last
    }

    /// The words of a run as a name (`Franklin D. Roosevelt`).
    static func name(_ tokens: [Token], _ range: ClosedRange<Int>) -> String {
        range.map { isInitial(tokens[$0].text) ? tokens[$0].text : bare(tokens[$0].text) }.joined(
            separator: " ")
    }

    /// The subject of the fact's sentence, or nil when its main clause opens with no name followed by a verb.
    static func find(in fact: Fact) -> SentenceSubject? {
        let tokens = tokens(fact.text)
        var index = 0
        while index < tokens.count, !tokens[index].text.contains(where: { $0.isLetter || $0.isNumber }) {
            index += 1
        }
        var openerDate: DateExpression?
        var openerPreposition: String?
        var phrases = 0
        while index < tokens.count, phrases < 4 {
            phrases += 1
            let token = tokens[index]
            let word = bare(token.text).lowercased()
            if NameWords.connectives.contains(word), token.text.hasSuffix(","),
                bare(token.text) + "," == token.text
            {
                index += 1
                continue
            }
            let startsDate = { (position: Int) in
                fact.dates.first { $0.utf8Range.lowerBound == tokens[position].range.lowerBound }
            }
            var date: DateExpression?
            var preposition: String?
            if let here = startsDate(index) {
                date = here
            } else if NameWords.prepositions.contains(word), bare(token.text) == token.text,
                index + 1 < tokens.count, let next = startsDate(index + 1)
            {
                date = next
                preposition = token.text
            }
            if let date {
                // A date opener: the preposition and the date, then a comma or the subject.
                guard openerDate == nil,
                    let end = tokens.firstIndex(where: { $0.range.upperBound >= date.utf8Range.upperBound })
                else { return nil }
                let rest = tokens[end].range.upperBound - date.utf8Range.upperBound
                guard rest == 0 || (rest == 1 && tokens[end].text.hasSuffix(",")) else { return nil }
                openerDate = date
                openerPreposition = preposition
                index = end + 1
                continue
            }
            if NameWords.prepositions.contains(word), bare(token.text) == token.text {
                // A phrase without the date (`After the war,`): dropped, if it ends with a comma soon.
                guard let end = tokens[index...].prefix(14).firstIndex(where: { $0.text.hasSuffix(",") }),
                    !fact.dates.contains(where: {
                        $0.utf8Range.overlaps(tokens[index].range.lowerBound..<tokens[end].range.upperBound)
                    })
                else { return nil }
                index = end + 1
                continue
            }
            break
        }
        guard index < tokens.count else { return nil }
        var article = false
        if tokens[index].text.lowercased() == "the" {
            article = true
            index += 1
        }
        guard index < tokens.count, let last = nameRun(tokens, from: index), !isPossessive(tokens[last].text)
        else { return nil }
        let name = name(tokens, index...last)
        // What follows the name: a verb, or a bracket or apposition and then a verb.
        var next = last + 1
        let tail = tokens[last].text.dropFirst(bare(tokens[last].text).count)
        var dropped: Range<Int>?
        if isInitial(tokens[last].text) { return nil }
        if tail == "," {
            guard let end = tokens[next...].prefix(12).firstIndex(where: { $0.text.hasSuffix(",") }) else {
                return nil
            }
            dropped = tokens[last].range.upperBound..<tokens[end].range.upperBound
            next = end + 1
        } else if !tail.isEmpty {
            return nil
        } else if next < tokens.count, tokens[next].text.hasPrefix("(") {
            guard let end = tokens[next...].prefix(12).firstIndex(where: { $0.text.contains(")") }),
                tokens[end].text.hasSuffix(")")
            else { return nil }
            dropped = tokens[next].range.lowerBound..<tokens[end].range.upperBound
            next = end + 1
        }
        if let dropped, fact.dates.contains(where: { $0.utf8Range.overlaps(dropped) }) { return nil }
        guard let verb = verbPhrase(tokens, from: next) else { return nil }
        let start = tokens[verb].range.lowerBound
        guard let end = clauseEnd(tokens, from: verb, dates: fact.dates), end > start else { return nil }
        return SentenceSubject(
            name: name, article: article, predicate: start..<end, openerDate: openerDate,
            openerPreposition: openerPreposition)
    }

    /// The index of the word that opens the verb phrase at `start` (an adverb or the verb), or nil.
    static func verbPhrase(_ tokens: [Token], from start: Int) -> Int? {
        var index = start
        while index < tokens.count, index - start <= 2 {
            let raw = tokens[index].text
            let word = bare(raw)
            guard raw.hasPrefix(word), !word.isEmpty, word.allSatisfy({ $0.isLetter && $0.isLowercase })
            else {
                return nil
            }
            if NameWords.verbs.contains(word)
                || (word.count >= 4 && word.hasSuffix("ed") && !NameWords.notVerbs.contains(word))
            {
                return start
            }
            guard word == raw,
                NameWords.adverbs.contains(word) || (word.count > 4 && word.hasSuffix("ly") && word != "only")
            else { return nil }
            index += 1
        }
        return nil
    }

    /// Where the clause of the verb phrase ends: at its first comma (not one inside a date), `;`, `:`
    /// or dash, or before `and`/`but` that opens a clause with a subject of its own (`and the PRC
    /// refrained`), else at the sentence's end. Nil when that comma stands inside a list of names
    /// (`from France, Russia, and the United States`), or after a clause it would cut in two
    /// (`since November 1918 when the latter,`).
    static func clauseEnd(_ tokens: [Token], from start: Int, dates: [DateExpression]) -> Int? {
        let end = commaEnd(tokens, from: start, dates: dates)
        guard let end else { return nil }
        if end < (tokens.last?.range.upperBound ?? 0) {
            let kept = tokens[start...].prefix { $0.range.lowerBound < end }.map {
                bare($0.text).lowercased()
            }
            if let opener = kept.lastIndex(where: { NameWords.subordinators.contains($0) }),
                !kept[(opener + 1)...].contains(where: { isVerb($0) })
            {
                return nil
            }
        }
        for index in start..<tokens.count where tokens[index].range.upperBound < end {
            guard ["and", "but"].contains(tokens[index].text), index + 2 < tokens.count,
                !isVerb(bare(tokens[index + 1].text)), !NameWords.adverbs.contains(tokens[index + 1].text)
            else { continue }
            if tokens[(index + 2)...].prefix(3).contains(where: {
                isVerb(bare($0.text)) && $0.text == bare($0.text)
            }) {
                return tokens[index].range.lowerBound - 1
            }
        }
        return end
    }

    /// A past tense or an auxiliary (`was`, `fled`, `refrained`).
    static func isVerb(_ word: String) -> Bool {
        NameWords.verbs.contains(word)
            || (word.count >= 4 && word.hasSuffix("ed") && !NameWords.notVerbs.contains(word)
                && word.allSatisfy { $0.isLetter && $0.isLowercase })
    }

    /// The first comma, `;`, `:` or dash after `start` (see `clauseEnd`).
    static func commaEnd(_ tokens: [Token], from start: Int, dates: [DateExpression]) -> Int? {
        for index in start..<tokens.count {
            let token = tokens[index]
            if ["—", "–", "-", "--"].contains(token.text) { return token.range.lowerBound - 1 }
            if let dash = token.text.utf8.firstIndex(where: { $0 == 0xE2 }), token.text.contains("—") {
                return token.range.lowerBound
                    + token.text.utf8.distance(from: token.text.utf8.startIndex, to: dash)
            }
            var trimmed = Substring(token.text)
            while let end = trimmed.last, "\"”’'".contains(end) { trimmed.removeLast() }
            guard let last = trimmed.last, ",;:".contains(last) else { continue }
            let position = token.range.lowerBound + trimmed.utf8.count - 1
            if dates.contains(where: { $0.utf8Range.contains(position) }) { continue }
            if last == ",", index + 1 < tokens.count, isNameWord(token.text) {
                let next = tokens[index + 1].text.lowercased()
                if isNameWord(tokens[index + 1].text)
                    || (["and", "or"].contains(next) && index + 2 < tokens.count
                        && isNameWord(tokens[index + 2].text))
                {
                    return nil
                }
            }
            return position
        }
        return tokens.last?.range.upperBound
    }
}
