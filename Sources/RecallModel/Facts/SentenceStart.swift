/// How a sentence opens, once it stands alone on a card.
///
/// A sentence that opens with a lower-case word or with punctuation (`. of Malawi spoke …`,
/// `, and in 1990 …`) is a piece the splitter cut out of a longer one, or a broken extraction: it
/// makes no card; so does one where words fell out (`Self.lostWords`). A sentence that opens with a
/// connective (`However,`, `Instead,`, `Furthermore,`, `Also`) leans on the sentence before it, which a card does not show: the connective is dropped
/// and the next word capitalised (`However, in 1775 Congress …` → `In 1775 Congress …`).
extension FactSelector {
    /// Lower-case words that may open a sentence: name particles before a capitalised name
    /// (`de Gaulle`, `van Gogh`) and the abbreviation of circa.
    static let lowerCaseOpeners: Set<String> = [
        "de", "van", "von", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn", "den", "der", "ter",
        "c", "ca",
    ]
    /// Marks a whole sentence may open with: quotation marks and brackets.
    static let openingMarks: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«", "¿", "¡", "„"]

    /// Whether `text` opens as a piece of a sentence rather than a whole one.
    func isFragment(_ text: String) -> Bool {
        // `.... All the way up to 1939, …`: an ellipsis marks words left out of a quotation, and the
        // sentence after it is judged on its own.
        if text.hasPrefix("..") || text.hasPrefix("…") {
            let rest = text.drop { $0 == "." || $0 == "…" || $0 == " " }
            return rest.isEmpty ? false : isFragment(String(rest))
        }
        guard let first = text.first else { return false }
        if splicesTwoPieces(text) || isAListEntry(text) || Self.lostWords(text) { return true }
        if first.isNumber || first.isUppercase { return false }
        if !first.isLetter { return !Self.openingMarks.contains(first) }
        // `iPhone`, `eBay`: a name with a capital inside is not a lower-case opener.
        let word = text.prefix { $0.isLetter }
        if word.contains(where: \.isUppercase) { return false }
        guard Self.lowerCaseOpeners.contains(String(word)) else { return true }
        let rest = text.dropFirst(word.count).drop { $0 == " " || $0 == "." || $0 == "'" || $0 == "’" }
        return !(rest.first?.isUppercase ?? false) && !(rest.first?.isNumber ?? false)
    }

    /// `spanning more than , which was called`, `as did , which was captured`, `at an average speed
    /// of .`: a comma or a semicolon after a space, or a full stop after a word no sentence ends on,
    /// is where an extraction dropped words (a measure, a name), and the sentence no longer says what
    /// it said. `Gallia Cisalpina .` and `.303 rifles` are no such place.
    static func lostWords(_ text: String) -> Bool {
        // Every sentence passes here: read its own bytes rather than a copy of them.
        text.utf8.withContiguousStorageIfAvailable(lostWords)
            ?? Array(text.utf8).withUnsafeBufferPointer(lostWords)
    }

    static func lostWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices.dropFirst() where bytes[index - 1] == UInt8(ascii: " ") {
            switch bytes[index] {
            case UInt8(ascii: ","), UInt8(ascii: ";"):
                return true
            case UInt8(ascii: "."):
                let after = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: " ")
                guard after == UInt8(ascii: " ") || after == UInt8(ascii: "[") else { continue }
                let wordEnd = index - 1
                var wordStart = wordEnd
                while wordStart > 0, bytes[wordStart - 1] != UInt8(ascii: " ") { wordStart -= 1 }
                let word = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]), as: UTF8.self
                )
                .lowercased()
                if Self.wordsBeforeWhatFollows.contains(word) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Words a sentence does not end on: what they lead to was there.
    static let wordsBeforeWhatFollows: Set<String> = [
        "of", "at", "by", "for", "the", "a", "an", "around", "about", "to", "than", "in", "with", "from",
        "and", "or", "approximately", "nearly", "over", "under",
    ]

    /// Participles a genealogy's list entry puts after a name (`Donald, died ca. 1094`).
    static let entryParticiples: Set<String> = [
        "died", "born", "killed", "executed", "murdered", "slain", "drowned", "married", "b.", "d.", "fl.",
    ]

    /// `Donald, died ca. 1094`, `Edward, killed 1093`: a short list entry, one to four capitalized
    /// words, a comma and a participle, with no clause of its own to make a question of.
    func isAListEntry(_ text: String) -> Bool {
        // The length first: every sentence passes here, and a long one is never an entry.
        guard text.utf8.count < 80, let comma = text.firstIndex(of: ",") else { return false }
        let name = text[..<comma].split(separator: " ")
        guard (1...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }) else {
            return false
        }
        // `Jenner, born in 1749, studied medicine.`: a clause after the participle makes a sentence.
        let tail = text[text.index(after: comma)...]
        let rest = tail.split(separator: " ")
        return rest.count <= 4 && !tail.contains(",")
            && rest.first.map { Self.entryParticiples.contains($0.lowercased()) } == true
    }

    /// Abbreviations whose full stop a lower-case word may follow (`etc. the`, `approx. two`).
    static let abbreviations: Set<String> = ["etc", "approx", "incl", "excl", "resp", "viz", "circa", "esp"]

    /// `… overworked soils. of Malawi spoke …`: a full stop after a lower-case word of four letters or
    /// more, then a lower-case word. Two pieces of text were spliced where something fell out.
    func splicesTwoPieces(_ text: String) -> Bool {
        // Most sentences have no full stop before a space and a lower-case (or non-ASCII) letter;
        // their bytes tell so without splitting them into words.
        guard Self.mayHoldASplice(text) else { return false }
        let words = text.split(separator: " ")
        for (word, next) in zip(words, words.dropFirst()) where word.count > 4 && word.last == "." {
            let stem = word.dropLast()
            guard stem.allSatisfy({ $0.isLetter && $0.isLowercase }),
                !Self.abbreviations.contains(String(stem)),
                let initial = next.first, initial.isLetter, initial.isLowercase
            else { continue }
            return true
        }
        return false
    }

    /// Whether a full stop stands before spaces and then a lower-case ASCII letter or a non-ASCII
    /// byte somewhere in `text`: what a splice needs (the exact test is `splicesTwoPieces`).
    static func mayHoldASplice(_ text: String) -> Bool {
        var (afterStop, sawSpace) = (false, false)
        for byte in text.utf8 {
            if afterStop && sawSpace && byte != 0x20 && (byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A)) {
                return true
            }
            if byte == 0x20 {
                sawSpace = afterStop
            } else {
                (afterStop, sawSpace) = (byte == UInt8(ascii: "."), false)
            }
        }
        return false
    }

    /// Connectives that tie a sentence to the one before (`However,`); most need their comma.
    static let connectives: [String] = [
        "however", "furthermore", "moreover", "instead", "lastly", "additionally", "nevertheless",
        "nonetheless", "consequently", "therefore", "thus", "hence", "likewise", "similarly", "besides",
        "meanwhile", "finally", "also", "still", "then", "subsequently", "afterwards", "indeed",
        "in addition", "as a result", "in contrast", "by contrast", "on the other hand", "in turn",
        "for example", "for instance", "at the same time",
    ]
    /// Connectives that open a sentence without a comma after them (`Also in 1775, …`).
    static let bareConnectives: Set<String> = ["also", "instead", "then", "still"]

    /// `text` without a connective it opens with, and how many UTF-8 bytes were removed from its
    /// start; the next word is capitalised (same length in UTF-8 for the letters that matter).
    static func droppingConnective(_ text: String) -> (text: String, removed: Int) {
        // Only the opening can hold a connective (17 letters at most): when its first 24 bytes are
        // ASCII, they alone are lower-cased, which is the same as lower-casing the whole text there.
        let opening = text.utf8.prefix(24)
        let lower =
            opening.allSatisfy { $0 < 0x80 }
            ? String(decoding: opening.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            : text.lowercased()
        for connective in connectives where lower.hasPrefix(connective) {
            let after = text.utf8.dropFirst(connective.utf8.count)
            var rest = Substring(after)
            if rest.first == "," {
                rest = rest.dropFirst()
            } else if !bareConnectives.contains(connective) || rest.first != " " {
                continue
            }
            rest = rest.drop { $0 == " " }
            guard let next = rest.first, next.isLetter || next.isNumber else { continue }
            let capital = String(next).uppercased()
            guard capital.utf8.count == String(next).utf8.count, rest.count > 12 else { continue }
            let removed = text.utf8.count - rest.utf8.count
            return (capital + rest.dropFirst(), removed)
        }
        return (text, 0)
    }
}

extension Fact {
    /// The fact as a card shows it on its own: a connective it opened with dropped, its dates moved
    /// with the text.
    func standingAlone() -> Fact {
        let context = self.context.map { FactSelector.droppingConnective($0).text }
        // The same text keeps the same id: only the context may change.
        guard let (text, removed) = Self.standingAlone(self.text, dates: dates) else {
            var fact = self
            fact.context = context
            return fact
        }
        // A date inside the dropped words (none of the connectives holds one) would be lost.
        guard removed > 0 else { return self }
        let moved = dates.map { date in
            var date = date
            date.utf8Range = (date.utf8Range.lowerBound - removed)..<(date.utf8Range.upperBound - removed)
            return date
        }
        return Fact(text: text, source: source, line: line, dates: moved, context: context)
    }

    /// The text of `standingAlone` without the fact (whose id costs a fold of the text): the text
    /// without its opening connective and how many bytes went; removed 0 (and the text as it was)
    /// when a date stands inside the dropped words; nil when there is no connective.
    static func standingAlone(_ text: String, dates: [DateExpression]) -> (text: String, removed: Int)? {
        let (dropped, removed) = FactSelector.droppingConnective(text)
        guard removed > 0 else { return nil }
        guard dates.allSatisfy({ $0.utf8Range.lowerBound >= removed }) else { return (text, 0) }
        return (dropped, removed)
    }
}
