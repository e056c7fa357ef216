/// Splits prose into sentences: running paragraphs, one sentence per line, numbered lists,
/// abbreviations (`U.S.`, `Dr.`, `Messrs`, `J. F. Kennedy`), quotes closed after the full stop,
/// ellipses, and citation marks anywhere.
public struct SentenceSplitter: Sendable {
    /// Words that a full stop follows without ending the sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "messrs", "mme", "mlle", "gen", "col",
        "lt", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen", "rep", "rev", "hon", "pres", "fr",
        "cf", "approx", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep",
        "sept", "oct", "nov", "dec", "ed", "eds", "dept", "univ", "assn", "al", "ibid", "viz", "esp",
    ]
    /// Abbreviations that a number follows (`No. 5`, `p. 12`, `c. 1450`, `d. 1323`): a full stop after
    /// them ends no sentence when a number comes next.
    static let numberAbbreviations: Set<String> = [
        "no", "nos", "vol", "vols", "pp", "p", "ca", "c", "fig", "figs", "ch", "chap", "sec", "art", "op",
        "fl",
        "b", "d", "r", "est", "abt", "ft", "v", "lit",
    ]
    /// Abbreviations that close a name (`Acme Inc.`, `Smith Bros.`): like `U.S.`, they end a sentence
    /// when the next word is one that opens sentences (`… Consolidated-Bathurst Inc. By far …`).
    static let nameEndings: Set<String> = ["inc", "ltd", "co", "corp", "bros", "jr", "sr"]
    /// Words that commonly open a sentence, used to decide whether `U.S.` ends one.
    static let sentenceStarters: Set<String> = [
        "the", "in", "on", "it", "he", "she", "they", "this", "that", "these", "those", "a", "an", "but",
        "however", "after", "before", "during", "when", "while", "there", "his", "her", "its", "their",
        "we", "i", "as", "at", "by", "for", "from", "since", "until", "following", "later", "then",
        "meanwhile", "although", "despite", "both", "some", "many", "most", "according",
    ]

    public init() {}

    /// Every sentence of `source` in order; comment lines (`#`) are skipped.
    public func sentences(of source: SourceText) -> [Sentence] {
        let units = units(of: source.lines)
        // No sentence crosses a unit, so the units are split on every core.
        let texts = units.concurrentMap { split($0.text) }
        var result: [Sentence] = []
        result.reserveCapacity(texts.reduce(0) { $0 + $1.count })
        for (unit, unitTexts) in zip(units, texts) {
            for text in unitTexts {
                result.append(Sentence(text: text, line: unit.line, paragraph: unit.paragraph))
            }
        }
        return result
    }

    struct Unit {
        var text: String
        var line: Int
        var paragraph: Int
    }

    /// Groups lines into units that no sentence crosses: a paragraph's wrapped lines are joined,
    /// while list items, headings and lines that end a sentence stand alone.
    func units(of lines: [String]) -> [Unit] {
        var units: [Unit] = []
        var paragraph = 0
        var open: Unit?
        var sawText = false
        func close() {
            if let unit = open { units.append(unit) }
            open = nil
        }
        // A line's folding and list marker depend on it alone: read on every core, then joined in order.
        let read = lines.concurrentMap { rawLine -> (body: String, isListItem: Bool)? in
            let line = foldSpaces(rawLine)
            if line.hasPrefix("#") && (line.count == 1 || line.dropFirst().first == " ") { return nil }
            return line.isEmpty ? ("", false) : strippingListMarker(line)
        }
        for (index, line) in read.enumerated() {
            guard let (body, isListItem) = line else { continue }
            if body.isEmpty && !isListItem {
                close()
                if sawText { paragraph += 1 }
                sawText = false
                continue
            }
            sawText = true
            if var unit = open, !isListItem, continues(unit.text, with: body) {
                unit.text += " " + body
                open = unit
            } else {
                close()
                open = Unit(text: body, line: index + 1, paragraph: paragraph)
            }
        }
        close()
        return units
    }

    /// Whether `next` carries on the sentence that `previous` leaves open (a wrapped line).
    func continues(_ previous: String, with next: String) -> Bool {
        let trimmed = CitationMarks.removing(from: previous)
        guard let last = trimmed.unicodeScalars.last else { return false }
        if ".!?…\"”’»:".unicodeScalars.contains(last) {
            // A line that ends on an abbreviation or an initial is wrapped mid-sentence. Only the
            // word before the stop matters, so only it is read, not the whole paragraph so far.
            guard last == "." else { return false }
            let word = Array(
                trimmed.unicodeScalars.reversed().dropFirst().prefix { $0.isLetter || $0 == "." })
            return endsWithAbbreviation(Array(word.reversed()) + ["." as Unicode.Scalar], dot: word.count)
        }
        let startsLower = next.unicodeScalars.first.map { $0.properties.isLowercase } ?? false
        // At least 40 characters, counted no further than that.
        return startsLower || !trimmed.dropFirst(39).isEmpty
    }

    /// Removes `1.`, `2)`, `(a)`, `-`, `*` or `•` at the start of a line.
    func strippingListMarker(_ line: String) -> (String, Bool) {
        // A marker is at most `(123)` and a space: six scalars decide, however long the line.
        let scalars = Array(line.unicodeScalars.prefix(6))
        var index = 0
        if let first = scalars.first, "-*•–".unicodeScalars.contains(first), scalars.count > 1,
            scalars[1] == " "
        {
            return (String(line.unicodeScalars.dropFirst(2)), true)
        }
        if scalars.first == "(" { index = 1 }
        let start = index
        while index < scalars.count, index - start < 3,
            scalars[index].properties.numericType != nil
                || (index - start < 1 && scalars[index].properties.isLowercase)
        {
            index += 1
        }
        guard index > start, index + 1 < scalars.count, ".)".unicodeScalars.contains(scalars[index]),
            scalars[index + 1] == " "
        else { return (line, false) }
        // "1952. Turkey …" is a year, not an item number; items are short numbers or single letters.
        if scalars[index] == "." && index - start > 2 { return (line, false) }
        if scalars[index] == "." && scalars[start].properties.isLowercase { return (line, false) }
        return (String(line.unicodeScalars.dropFirst(index + 2)), true)
    }

    /// The line with every run of white space (Unicode spaces included) made one space, trimmed.
    func foldSpaces(_ line: String) -> String {
        // Most lines have nothing to fold: no space at either end, no two in a row, no other kind.
        var previous: UInt8 = 0x20
        var plain = true
        for byte in line.utf8 {
            if (byte == 0x20 && previous == 0x20) || (0x09...0x0D).contains(byte) || byte == 0xC2
                || byte == 0xE2
                || byte == 0xE3
            {
                plain = false
                break
            }
            previous = byte
        }
        if plain && previous != 0x20 { return line }
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            let width = Self.spaceWidth(bytes, at: index)
            if width > 0 {
                pendingSpace = !out.isEmpty
                index += width
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte length of a white-space character at `index`, or 0: ASCII space and controls,
    /// no-break space, the general-punctuation spaces, line and paragraph separators, ideographic space.
    static func spaceWidth(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 {
            return 2
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            let last = bytes[index + 2]
            if (0x80...0x8A).contains(last) || last == 0xA8 || last == 0xA9 || last == 0xAF { return 3 }
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x81, bytes[index + 2] == 0x9F {
            return 3
        }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
            return 3
        }
        return 0
    }

    /// Splits one unit of running text at sentence boundaries.
    func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        // The UTF-8 offset of each scalar, so that sentences are cut from the bytes directly.
        var offsets = [Int]()
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        func slice(_ range: Range<Int>) -> String {
            var lower = offsets[range.lowerBound]
            var upper = offsets[range.upperBound]
            while lower < upper, bytes[lower] == 0x20 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
            return String(decoding: bytes[lower..<upper], as: UTF8.self)
        }
        let citations = citationEnds(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar.isSentenceStop else {
                if let citationEnd = citations[index], index > start,
                    opensASentenceAfterAMissingStop(
                        scalars, before: index, after: citationEnd, citations: citations)
                {
                    sentences.append(slice(start..<citationEnd))
                    start = citationEnd
                    while start < scalars.count, scalars[start] == " " { start += 1 }
                    index = citationEnd
                    continue
                }
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, scalars[end].isSentenceStop { end += 1 }
            // An ellipsis that opens a sentence (".... All the way") ends nothing.
            if index == start {
                index = end
                continue
            }
            let isSingleStop = scalar == "." && end == index + 1
            // Closing quotes, brackets and citation marks after the stop belong to this sentence.
            while end < scalars.count {
                if scalars[end].isClosingMark {
                    end += 1
                } else if let citationEnd = citations[end] {
                    end = citationEnd
                } else {
                    break
                }
            }
            guard end == scalars.count || scalars[end] == " " else {
                index = end
                continue
            }
            let next = firstWord(after: end, in: scalars, citations: citations)
            if isBoundary(scalars, stop: index, singleStop: isSingleStop, next: next) {
                sentences.append(slice(start..<end))
                start = end
                while start < scalars.count, scalars[start] == " " { start += 1 }
            }
            index = end
        }
        if start < scalars.count {
            let rest = slice(start..<scalars.count)
            if !rest.isEmpty { sentences.append(rest) }
        }
        return sentences
    }

    /// Words that open a sentence when written with a capital after a citation mark.
    static let openersAfterACitation: Set<String> = [
        "The", "A", "An", "In", "On", "He", "She", "It", "They", "His", "Her", "Its", "Their", "This",
        "After", "During", "By", "When", "However",
    ]

    /// `… construction of forts[27] A Chamber of Commerce was …`: a citation mark straight after a
    /// lower-case word, then a capitalised word that opens sentences. The full stop was lost before
    /// the mark (the dump dropped it), and the sentence ends there.
    func opensASentenceAfterAMissingStop(
        _ scalars: [Unicode.Scalar], before index: Int, after end: Int, citations: [Int: Int]
    ) -> Bool {
        guard index > 0, scalars[index - 1].properties.isLowercase, end < scalars.count, scalars[end] == " "
        else { return false }
        let next = firstWord(after: end, in: scalars, citations: citations)
        let word = String(String.UnicodeScalarView(next.prefix { $0.properties.isAlphabetic }))
        return Self.openersAfterACitation.contains(word)
    }

    /// Maps each scalar offset where a citation mark starts to the offset just after it.
    func citationEnds(_ text: String) -> [Int: Int] {
        let ranges = CitationMarks.ranges(in: text)
        if ranges.isEmpty { return [:] }
        // Byte offsets to scalar offsets, in one pass over the text.
        var scalarAt = [Int](repeating: 0, count: text.utf8.count + 1)
        var byte = 0
        var count = 0
        for scalar in text.unicodeScalars {
            scalarAt[byte] = count
            byte += UTF8.width(scalar)
            count += 1
        }
        scalarAt[byte] = count
        var map: [Int: Int] = [:]
        for range in ranges { map[scalarAt[range.lowerBound]] = scalarAt[range.upperBound] }
        return map
    }

    /// The word (or opening mark) that follows a candidate boundary, skipping spaces and citations.
    func firstWord(after end: Int, in scalars: [Unicode.Scalar], citations: [Int: Int]) -> [Unicode.Scalar] {
        var index = end
        while index < scalars.count {
            if scalars[index] == " " {
                index += 1
            } else if let citationEnd = citations[index] {
                index = citationEnd
            } else {
                break
            }
        }
        var word: [Unicode.Scalar] = []
        while index < scalars.count, scalars[index] != " ", word.count < 24 {
            word.append(scalars[index])
            index += 1
        }
        return word
    }

    func isBoundary(_ scalars: [Unicode.Scalar], stop: Int, singleStop: Bool, next: [Unicode.Scalar]) -> Bool
    {
        guard let first = next.first else { return true }
        let opensSentence =
            first.properties.isUppercase || first.properties.numericType != nil
            || "\"“‘'(«¿¡".unicodeScalars.contains(first)
        guard opensSentence else { return false }
        guard singleStop else { return true }
        let word = wordBefore(scalars, dot: stop)
        if word.count == 1, word[0].properties.isUppercase {
            return false  // an initial, as in "J. F. Kennedy"
        }
        let lower = String(String.UnicodeScalarView(word)).lowercased()
        if lower.utf8.contains(UInt8(ascii: ".")) || Self.nameEndings.contains(lower) {
            // "U.S." and "Inc." may end a sentence; "e.g." and "i.e." never do.
            if lower == "e.g" || lower == "i.e" || lower == "cf" { return false }
            let nextWord = String(String.UnicodeScalarView(next.prefix { $0.properties.isAlphabetic }))
                .lowercased()
            return Self.sentenceStarters.contains(nextWord)
        }
        if Self.abbreviations.contains(lower) { return false }
        if Self.numberAbbreviations.contains(lower), first.properties.numericType != nil { return false }
        // `(lit. People's Council)`, `(Heb. …)`, `(trans. …)`: a short word that opens a bracket and
        // takes a full stop is an abbreviation; a bracket's first word ends no sentence.
        let wordStart = stop - word.count
        if wordStart > 0, scalars[wordStart - 1] == "(", (1...6).contains(word.count) { return false }
        // `The Book of the Sword, vol. i. (1884), unfinished`: a lower-case Roman numeral numbers a part,
        // and its year or page follows.
        if !lower.isEmpty, lower.allSatisfy({ "ivxlc".contains($0) }),
            first == "(" || first.properties.numericType != nil
        {
            return false
        }
        return true
    }

    func endsWithAbbreviation(_ scalars: [Unicode.Scalar], dot: Int) -> Bool {
        let word = wordBefore(scalars, dot: dot)
        if word.count == 1, word[0].properties.isUppercase { return true }
        let lower = String(String.UnicodeScalarView(word)).lowercased()
        return Self.abbreviations.contains(lower) || Self.nameEndings.contains(lower) || lower == "e.g"
            || lower == "i.e"
    }

    /// The letters and inner dots just before the full stop at `dot`.
    func wordBefore(_ scalars: [Unicode.Scalar], dot: Int) -> [Unicode.Scalar] {
        var index = dot
        while index > 0, scalars[index - 1].isLetter || scalars[index - 1] == "." {
            index -= 1
        }
        return Array(scalars[index..<dot])
    }
}

extension Unicode.Scalar {
    /// White space, answered without a table look-up for ASCII.
    var isSpace: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }

    /// A letter, answered without a table look-up for ASCII.
    var isLetter: Bool {
        value < 0x80
            ? ((0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)) : properties.isAlphabetic
    }

    var isSentenceStop: Bool { self == "." || self == "!" || self == "?" || self == "…" }

    var isClosingMark: Bool {
        switch self {
        case "\"", "”", "’", "'", "»", ")": true
        default: false
        }
    }
}
