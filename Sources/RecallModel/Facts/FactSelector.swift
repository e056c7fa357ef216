/// Reads a source text: sentences, their dates, and which of them are facts worth a question.
public struct FactSelector: Sendable {
    /// Why a sentence is or is not a fact; the build summary counts these.
    public enum Verdict: String, Sendable, Hashable, CaseIterable {
        case fact
        case noDate = "no date"
        case noAnchoredDate = "no date with a known year"
        case quotation = "its dates are inside a quotation"
        case statistic = "its dates only qualify figures"
        case nameList = "its dates only label names in a list"
        case unresolvedPronoun = "opens with a pronoun and has nothing before it"
        case tooShort = "too short to stand as a question"
        case heading = "a heading, not a sentence"
        case fragment = "a broken piece of a sentence"
        case introduction = "introduces a quotation or list (ends with a colon)"
        case supposition = "a supposition, not an event (opens with If or Unless)"
        case record = "its dates only mark a record (the first time since 1980)"
    }

    /// One sentence with what the selector found in it.
    public struct Reading: Sendable, Hashable {
        public var sentence: Sentence
        /// The sentence without citation marks; `dates` point into this text.
        public var cleanText: String
        public var dates: [DateExpression]
        public var verdict: Verdict
        public var context: String?
        /// A heading line (`Emirate rule`, `1848`): it sets the story's time, is never a fact, and
        /// is never shown as the context of the sentence after it.
        public var isHeading = false

        public var fact: Fact? {
            guard verdict == .fact else { return nil }
            return Fact(
                text: cleanText, source: sentence.text, line: sentence.line, dates: dates, context: context
            ).standingAlone()
        }
    }

    static let pronouns: Set<String> = [
        "he", "she", "it", "they", "this", "these", "those", "his", "her", "its", "their", "him", "them",
    ]

    public init() {}

    /// Reads every sentence of `source` in order; `progress` hears the share done now and then.
    public func read(_ source: SourceText, progress: ((Double) -> Void)? = nil) -> [Reading] {
        let sentences = SentenceSplitter().sentences(of: source)
        let (prepared, dates) = Self.dates(of: sentences, progress: progress)
        return Array(sentences.indices).concurrentMap { index in
            let (clean, isHeading) = prepared[index]
            // A pronoun may point back across a paragraph break; only the first sentence has nothing before it.
            let hasPrevious = index > 0
            // A year that dates a source (`(Stout 1997)`) is no date of the sentence's event.
            let dated = AuthorDateCitation.removing(from: dates[index], in: clean)
            var reading = Reading(sentence: sentences[index], cleanText: clean, dates: dated, verdict: .fact)
            reading.verdict = verdict(clean, dates: dated, hasPrevious: hasPrevious)
            reading.isHeading = isHeading
            if isHeading && reading.verdict != .noDate { reading.verdict = .heading }
            if reading.verdict == .fact, opensWithPronoun(clean) || Self.opensOnThat(clean, dates: dated),
                hasPrevious, !prepared[index - 1].isHeading
            {
                reading.context = prepared[index - 1].clean
            }
            return reading
        }
    }

    /// Each sentence's clean text, whether it is a heading, and its dates.
    ///
    /// The story's time runs through the text, so the dates are found in order, on one core. All a
    /// sentence's reading needs before that (its clean text, heading test and tokens) depends on it
    /// alone: it is made on every core for the next batch of sentences while the grammar reads this
    /// one. Batches keep only a few thousand sentences' tokens in memory at once.
    static func dates(of sentences: [Sentence], batchSize: Int = 2048, progress: ((Double) -> Void)?) -> (
        prepared: [(clean: String, isHeading: Bool)], dates: [[DateExpression]]
    ) {
        var finder = DateFinder()
        var found: [[DateExpression]] = []
        var cleaned: [(clean: String, isHeading: Bool)] = []
        found.reserveCapacity(sentences.count)
        cleaned.reserveCapacity(sentences.count)
        sentences.forEachPrepared(batchSize: batchSize) { _, sentence in
            let clean = sentence.cleanText
            return (clean: clean, isHeading: isHeading(clean), tokens: SentenceTokens(clean, mode: .prose))
        } _: { index, sentence in
            if let progress, index % 512 == 0 { progress(Double(index) / Double(sentences.count)) }
            let newParagraph = index == 0 || sentences[index - 1].paragraph != sentences[index].paragraph
            found.append(
                finder.dates(
                    in: sentence.clean, tokens: sentence.tokens, heading: sentence.isHeading,
                    newParagraph: newParagraph))
            cleaned.append((sentence.clean, sentence.isHeading))
        }
        return (cleaned, finder.fillingTheOpening(found))
    }

    func verdict(_ text: String, dates: [DateExpression], hasPrevious: Bool) -> Verdict {
        if dates.isEmpty { return .noDate }
        let anchored = dates.filter { $0.value.isAnchored }
        if anchored.isEmpty { return .noAnchoredDate }
        // The quoted ranges come in order and the dates too, so one pass over both answers for all.
        let quoted = quotedRanges(text)
        var quote = 0
        let allQuoted = anchored.allSatisfy { date in
            let offset = date.utf8Range.lowerBound
            while quote < quoted.count, quoted[quote].upperBound <= offset { quote += 1 }
            return quote < quoted.count && quoted[quote].contains(offset)
        }
        if allQuoted { return .quotation }
        let bytes = Array(text.utf8)
        // Both figure checks read the sentence's folded words: folded once, when first read (callgrind,
        // 10 MB input: with `FoldedWords` reading in place too, folding took 1.36 G → 0.51 G instructions).
        lazy var words = FoldedWords.of(text)
        if anchored.allSatisfy({ isStatistic($0, in: bytes) })
            || Self.mayHoldAFigure(text) && statesAFigure(words, soleDate: anchored.count == 1)
            || datesOnlyAFigure(text, words: words, dates: anchored)
        {
            return .statistic
        }
        if NameYearList.labelsOnly(text, dates: anchored) { return .nameList }
        if anchored.allSatisfy({ Self.marksARecord($0, in: bytes) }) { return .record }
        if isFragment(text) { return .fragment }
        // `In February 2006, the columnist wrote on her blog:` states nothing until what follows it.
        if text.last(where: { !$0.isWhitespace }) == ":" { return .introduction }
        // `If the 2008 article was accurate, the firm cut 70% of its staff between 2008 and 2010`:
        // a reasoning about what may have happened.
        if text.hasPrefix("If ") || text.hasPrefix("Unless ") { return .supposition }
        // Counted on the contiguous bytes, up to the third (callgrind: counting every space through a
        // lazy filter of the UTF-8 view was 0.2 G of the 24.4 G instructions of a 10 MB build).
        if !text.containsUTF8(0x20, atLeast: 3) { return .tooShort }
        if opensWithPronoun(text) && !hasPrevious { return .unresolvedPronoun }
        return .fact
    }

    /// Whether the date only says since when a record stands: `their worst start since 1980`, `the
    /// first time since November 2004`. The sentence tells what happened, not when.
    static func marksARecord(_ date: DateExpression, in bytes: [UInt8]) -> Bool {
        let before = String(
            decoding: bytes[max(0, date.utf8Range.lowerBound - 80)..<date.utf8Range.lowerBound], as: UTF8.self
        )
        let clause = before.split(whereSeparator: { ",;:(".contains($0) }).last ?? ""
        let words = clause.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        guard let since = words.lastIndex(of: "since"), words.count - since <= 3 else { return false }
        return words[max(0, since - 6)..<since].contains { word in
            recordWords.contains(String(word)) || (word.count > 5 && word.hasSuffix("est"))
        }
    }

    /// Words that make a `since` a record's (`the first … since`, `the most … since`); the cards'
    /// `Trivia.measuresARecord` reads the same list.
    static let recordWords: Set<String> = [
        "first", "last", "only", "most", "least", "best", "worst", "fewest", "highest", "lowest", "largest",
        "biggest", "longest", "shortest", "record",
    ]

    /// Whether a line is a heading (`1848`, `War in the north, 1775–1780`, `Stalemate (July 1951 – July
    /// 1953)`): short, with no full stop, question or exclamation mark ending a sentence in it or at its
    /// end. A heading sets the story's time but is never a fact.
    static func isHeading(_ text: String) -> Bool {
        var spaces = 0
        var afterStop = false
        var (before, previous): (UInt8, UInt8) = (0x20, 0x20)
        for byte in text.utf8 {
            // A stop inside the line (`pilot.[`, `ended. Then`) ends a sentence there; `B.C` or the
            // initial in `Francisco I. Madero` does not.
            let isWordByte =
                byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (0x30...0x39).contains(byte)
            if afterStop && !isWordByte { return false }
            let isInitial = previous >= 0x41 && previous <= 0x5A && before == 0x20
            afterStop =
                (byte == UInt8(ascii: ".") && !isInitial) || byte == UInt8(ascii: "!")
                || byte == UInt8(ascii: "?")
            if byte == 0x20 {
                spaces += 1
                if spaces > 14 { return false }
            }
            (before, previous) = (previous, byte)
        }
        guard let last = text.unicodeScalars.last, last != " " else { return false }
        return !".!?…:;,\"”’'»".unicodeScalars.contains(last)
    }

    /// `That date is important because …`: a sentence opening on `That` and a noun points back to the
    /// sentence before, unless `That` opens its date (`That year, the mill closed`).
    static func opensOnThat(_ text: String, dates: [DateExpression]) -> Bool {
        text.hasPrefix("That ") && dates.first?.utf8Range.lowerBound != 0
    }

    func opensWithPronoun(_ text: String) -> Bool {
        var word = ""
        for scalar in text.unicodeScalars {
            if scalar.isLetter {
                word.unicodeScalars.append(scalar)
                if word.count > 5 { return false }
            } else if !word.isEmpty {
                break
            }
        }
        return Self.pronouns.contains(word.lowercased())
    }

    /// UTF-8 ranges inside quotation marks: straight quotes pair up, curly ones open and close.
    func quotedRanges(_ text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var openAt: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“", "«", "″": if openAt == nil { openAt = offset }
            case "”", "»":
                if let start = openAt { ranges.append(start..<offset) }
                openAt = nil
            case "\"":
                if let start = openAt {
                    ranges.append(start..<offset)
                    openAt = nil
                } else {
                    openAt = offset
                }
            default: break
            }
            offset += UTF8.width(scalar)
        }
        return ranges
    }

    /// `187,000 in 1950`, `45,000 visitors in 2019`: a year that dates a figure rather than an event.
    /// The figure (a grouped number, a percentage, or a number before a counting noun) stands at most
    /// three words before `in`, and no verb stands between them.
    func isStatistic(_ date: DateExpression, in text: [UInt8]) -> Bool {
        // Only the last few words before the date matter: reading the whole text before every date
        // made a sentence of thousands of dates take quadratic time.
        var start = date.utf8Range.lowerBound
        var wordsSeen = 0
        while start > 0 {
            if text[start - 1] != 0x20, start == 1 || text[start - 2] == 0x20 {
                wordsSeen += 1
                if wordsSeen == 6 {
                    start -= 1
                    break
                }
            }
            start -= 1
        }
        // A figure is dated by `in`: most dates follow another word, which one look at the bytes tells.
        if FoldedWords.lastWord(in: text, before: date.utf8Range.lowerBound, isNot: "in") { return false }
        let before = String(decoding: text[start..<date.utf8Range.lowerBound], as: UTF8.self)
        let inBracket = Self.insideBracket(text, at: date.utf8Range.lowerBound)
        let written = before.split(separator: " ")
        let words = written.map { $0.trimmingCharacters(in: { !$0.isLetter && !$0.isNumber && $0 != "%" }) }
        guard words.count >= 2, words.last?.lowercased() == "in" else { return false }
        let window = words.dropLast().suffix(4)
        for (offset, word) in window.enumerated().reversed() {
            let between = window.dropFirst(offset + 1).map { $0.lowercased() }
            if between.contains(where: Self.verbs.contains) { return false }
            let next = between.first ?? ""
            let countsSomething =
                DateVocabulary.countingNouns.contains(next)
                || (next.count > 3 && next.hasSuffix("s") && next == next.lowercased())
            // `(equivalent to $6.6 billion in 2015)`: a sum in brackets is dated by the year of its
            // value, an aside on money; outside them `sold for $2 billion in 2015` is a sale.
            let isMoney =
                inBracket && (written[window.startIndex + offset].first.map { "$£€¥".contains($0) } ?? false)
            let isFigure =
                word.contains(where: \.isNumber)
                && (word.contains(",") || word.contains("%") || countsSomething || isMoney)
            if isFigure { return true }
        }
        return false
    }

    /// Whether `offset` stands inside a bracket opened before it in `text` and not yet closed.
    static func insideBracket(_ text: [UInt8], at offset: Int) -> Bool {
        guard let open = text[..<offset].lastIndex(of: UInt8(ascii: "(")) else { return false }
        return !text[open..<offset].contains(UInt8(ascii: ")"))
    }

    /// `casualties … were 270,000`, `numbered around 30,000 troops`, `grew to almost 61,000`, `output was
    /// 53% of 1913 levels`: a figure that completes a verb of being or measure states how much, not
    /// what happened.
    /// - Parameter soleDate: the sentence has one date, so a figure it reaches or sells is its whole
    ///   news (`By February 2017, claims had passed NZ$900 million`); beside another date the sentence
    ///   tells an event too (`appeared in 1931 and sold 12,000 copies by 1935`).
    func statesAFigure(_ text: String, soleDate: Bool = true) -> Bool {
        Self.mayHoldAFigure(text) && statesAFigure(FoldedWords.of(text), soleDate: soleDate)
    }

    /// Whether `text` may hold a figure: most sentences hold none at all (no grouped number, no
    /// percentage, no `million`), and are not folded into words to look for one.
    static func mayHoldAFigure(_ text: String) -> Bool {
        let bytes = text.utf8
        var hasFigure = false
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "%") || (previous == UInt8(ascii: ",") && byte >= 0x30 && byte <= 0x39)
                || (previous == UInt8(ascii: "l") && byte == UInt8(ascii: "l"))
                || (previous == UInt8(ascii: "c") && byte == UInt8(ascii: "e"))
            {
                hasFigure = true
                break
            }
            previous = byte
        }
        return hasFigure
    }

    /// `statesAFigure` for a sentence of the folded `words` that may hold a figure.
    func statesAFigure(_ words: [String], soleDate: Bool) -> Bool {
        for (index, word) in words.enumerated()
        where Self.measureVerbs.contains(word) || soleDate && Self.countingVerbs.contains(word) {
            var position = index + 1
            while position < words.count, position - index <= 3, Self.approximations.contains(words[position])
            {
                position += 1
            }
            guard position < words.count else { continue }
            // An amount counts as its number: `NZ$900 million`, `£1.2 billion`.
            let written = words[position]
            let figure =
                written.lastIndex(where: { "$£€¥".contains($0) }).map { written[written.index(after: $0)...] }
                ?? Substring(written)
            let grouped =
                figure.utf8.contains(UInt8(ascii: ","))
                && figure.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
            let share = figure.hasSuffix("%") && figure.dropLast().allSatisfy { $0.isNumber || $0 == "." }
            let large =
                figure.first?.isNumber == true && figure.allSatisfy { $0.isNumber || $0 == "." }
                && position + 1 < words.count
                && ["million", "billion", "percent"].contains(words[position + 1])
            if grouped || share || large { return true }
        }
        return false
    }

    static let measureVerbs: Set<String> = [
        "was", "were", "is", "are", "numbered", "grew", "rose", "fell", "reached", "totaled", "totalled",
        "stood", "amounted", "exceeded", "dropped", "increased", "declined",
    ]
    /// Verbs that state a figure as the news of a sentence with one date (`had passed NZ$900 million`,
    /// `drew an average of 2.1 million`, `had a population of 14,736`).
    static let countingVerbs: Set<String> = [
        "passed", "surpassed", "topped", "averaged", "sold", "drew", "attracted", "had",
    ]
    static let approximations: Set<String> = [
        "to", "above", "below", "around", "almost", "about", "nearly", "over", "some", "at", "by",
        "approximately", "roughly", "more", "less", "fewer", "than", "only", "just", "a", "an", "of",
        "average",
        "total", "population", "crowd", "record",
    ]

    static let verbs: Set<String> = [
        "was", "were", "is", "are", "had", "has", "have", "been", "be", "did", "died", "fell", "won", "lost",
        "defeated", "killed", "founded", "built", "signed", "joined", "held", "made",
    ]
}
