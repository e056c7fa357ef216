/// Turns facts into cards: a cloze, a multiple-choice and a reverse card per usable date, and
/// timelines over the deck. Every choice it makes is seeded from stable ids, so rebuilding the
/// same text gives the same cards.
public struct QuestionGenerator: Sendable {
    /// The kinds of question to make.
    public var kinds: Set<QuestionKind>
    /// No multiple-choice option may lie after this year.
    public var latestYear: Int
    /// Texts that mark the landmark facts of "before or after?" cards; none lets the builder choose.
    public var landmarks: [String]
    /// The name the text goes by (its file's, `1257-samalas-eruption.txt`): a year in it names the
    /// text's subject as `The 2017 MLS Cup was …` does in a first sentence.
    public var title: String?

    public init(
        kinds: Set<QuestionKind> = Set(QuestionKind.allCases), latestYear: Int, landmarks: [String] = [],
        title: String? = nil
    ) {
        self.kinds = kinds
        self.latestYear = latestYear
        self.landmarks = landmarks
        self.title = title
    }

    /// Why a date of a fact gives no card, or one kind of card is held back.
    public enum SkipReason: String, Sendable, CaseIterable {
        case givesItselfAway = "another date of the sentence gives the answer away"
        case trivial = "it dates a remark, a figure or a found object, not an event"
        case neighbourGivesItAway = "it stands beside its neighbour in a list (the ____ and 1930s)"
        case notTypeable = "a relative date cannot be typed as an answer"
        case tooManyDates = "their sentence holds more than 16 dates (a list, not a fact)"
        case approximate = "multiple choice: the date is approximate (c. 1670), so near options are right too"
        case noOptions = "multiple choice: no three wrong dates could be written like the answer"
        case namesNothing = "reverse: the sentence names nothing the question could point to"
        case dateTaken = "reverse: another fact of the deck has the same date"
        case storysOwnTime =
            "it is the year the text's subject is named by (2017 in a text on the 2017 MLS Cup)"
        case failsItsCheck = "it broke its family's own rule (a pair whose dates overlap, …)"

        /// Whether the reason holds back one card of a date rather than the whole date.
        public var holdsBackACard: Bool {
            switch self {
            case .givesItselfAway, .neighbourGivesItAway, .notTypeable, .tooManyDates, .trivial,
                .storysOwnTime:
                false
            case .approximate, .noOptions, .namesNothing, .dateTaken, .failsItsCheck: true
            }
        }
    }

    /// The most dates a fact may hold and still give questions. Prose puts a handful of dates in
    /// a sentence (9 at most in the shared annotated texts); a run of thousands is a list, and
    /// each of its cards would copy the whole run, so the deck would grow with the square of it.
    public static let maximumDatesPerFact = 16

    /// Cards for `facts`, and the dates that gave none with the reason.
    public func cards(for facts: [Fact]) -> (cards: [Card], skipped: [SkipReason: Int]) {
        let years = facts.flatMap { $0.dates.compactMap { $0.value.isAnchored ? $0.value.firstYear : nil } }
            .sorted()
        // Options stay near the story: its central years (a tenth left out at each end), so that one
        // remark about a 2016 broadcast does not widen the options of a 1966 season's cards.
        let span =
            years.isEmpty
            ? latestYear...latestYear : years[years.count / 10]...years[(years.count - 1) * 9 / 10]
        let distractors = DistractorGenerator(
            span: span, latestYear: max(latestYear, years.last ?? latestYear),
            storyStart: StoryStart.day(of: facts)?.span)
        var cards: [Card] = []
        var skipped: [SkipReason: Int] = [:]
        let names = kinds.contains(.reverse) ? Self.namesWrittenMidSentence(in: facts) : []
        let titleYear = StoryStart.titleYear(of: facts, title: title)
        let periods = kinds.contains(.period) ? PeriodCounts(facts) : PeriodCounts([])
        // A fact's own cards depend on it and the deck-wide context above alone: made on every core.
        let perFact = facts.concurrentMap { fact in
            var (factCards, factSkips) = questions(
                for: fact, distractors: distractors, names: names, titleYear: titleYear)
            if kinds.contains(.duration), fact.dates.count <= 2, let card = durationCard(for: fact) {
                factCards.append(card)
            }
            if kinds.contains(.period), fact.dates.count <= Self.maximumDatesPerFact,
                let card = periodCard(for: fact, counts: periods, titleYear: titleYear)
            {
                factCards.append(card)
            }
            return (factCards, factSkips)
        }
        for (factCards, factSkips) in perFact {
            cards += factCards
            skipped.merge(factSkips, uniquingKeysWith: +)
        }
        // The deck-wide families read the facts alone and not each other: made side by side, kept in
        // this order (timelines, order and landmark pairs, who).
        let families = [0, 1, 2].concurrentMap(chunkSize: 1) { family -> [Card] in
            switch family {
            case 0:
                guard kinds.contains(.timeline) else { return [] }
                return timelines(facts.filter { $0.dates.count <= Self.maximumDatesPerFact })
            case 1:
                guard !kinds.isDisjoint(with: [.order, .landmark]) else { return [] }
                let pairable = PairCandidate.candidates(facts)
                return (kinds.contains(.order) ? orderCards(pairable) : [])
                    + (kinds.contains(.landmark) ? landmarkCards(pairable, marked: landmarks) : [])
            default:
                return kinds.contains(.who) ? whoCards(facts) : []
            }
        }
        cards += families.joined()
        let kept = Self.oneReversePerDate(cards)
        if kept.count < cards.count { skipped[.dateTaken, default: 0] += cards.count - kept.count }
        let check = FamilyCheck(facts: facts)
        let problems = kept.concurrentMap { check.problem(with: $0) != nil }
        let sound = zip(kept, problems).filter { !$0.1 }.map(\.0)
        if sound.count < kept.count { skipped[.failsItsCheck, default: 0] += kept.count - sound.count }
        return (sound, skipped)
    }

    /// - Parameter titleYear: the year the text's subject is named by (`StoryStart.titleYear`).
    func questions(
        for fact: Fact, distractors: DistractorGenerator, names: Set<String> = [], titleYear: Int? = nil
    ) -> ([Card], [SkipReason: Int]) {
        var cards: [Card] = []
        var skipped: [SkipReason: Int] = [:]
        let normalized = StableID.normalized(fact.writtenText)
        let source = SourceReference(sentence: fact.source, line: fact.line)
        var reverseMade = false
        if fact.dates.count > Self.maximumDatesPerFact {
            return ([], [.tooManyDates: fact.dates.count])
        }
        let shown = Giveaways.contextDates(of: fact)
        for (index, date) in fact.dates.enumerated() where date.value.granularity != .relative {
            guard DateFinder.parseAnswer(date.text) != nil else {
                skipped[.notTypeable, default: 0] += 1
                continue
            }
            let others = fact.dates.enumerated().filter { $0.offset != index }.map(\.element)
            let asked = BlankedPhrase.trimmed(date)
            let blanked = Self.blanking(asked, in: fact.text)
            if givesAway(date, others: others, blanked: blanked)
                || Giveaways.givesAway(date, in: fact, shown: shown)
            {
                skipped[.givesItselfAway, default: 0] += 1
                continue
            }
            if Trivia.isTrivial(date, in: fact) {
                skipped[.trivial, default: 0] += 1
                continue
            }
            // Every fact of a text on the 2017 MLS Cup happened in 2017: asking for it is no question.
            if let titleYear, date.value == .year(titleYear) {
                skipped[.storysOwnTime, default: 0] += 1
                continue
            }
            if Self.followsFromANeighbour(date, others: others, in: fact.text) {
                skipped[.neighbourGivesItAway, default: 0] += 1
                continue
            }
            let target =
                date.value.timex + "#" + String(fact.dates[..<index].filter { $0.value == date.value }.count)
            let shownBlank = Self.withYearHint(blanked, for: date, in: fact)
            if kinds.contains(.cloze) {
                let question = ClozeQuestion(
                    text: shownBlank, answer: asked.text, value: date.value, sentence: fact.text,
                    context: fact.context, source: source)
                cards.append(
                    Card(
                        id: StableID.make("cloze", normalized, target), factID: fact.id,
                        question: .cloze(question)))
            }
            // An approximate date (`c. 1670`) has near options that are right too.
            if kinds.contains(.choice), Self.isApproximate(date, in: fact.text) {
                skipped[.approximate, default: 0] += 1
            } else if kinds.contains(.choice) {
                let id = StableID.make("choice", normalized, target)
                var generator = SeededGenerator(id: id)
                let shownDates = others.map(\.value) + shown
                if let wrong = distractors.distractors(
                    for: date.value, text: asked.text, sentenceDates: shownDates, question: blanked,
                    shownYears: Self.shownYears(among: shownDates), using: &generator)
                {
                    var options = wrong + [asked.text]
                    options.shuffle(using: &generator)
                    let question = ChoiceQuestion(
                        text: shownBlank, options: options, answerIndex: options.firstIndex(of: asked.text)!,
                        value: date.value, sentence: fact.text, context: fact.context, source: source)
                    cards.append(Card(id: id, factID: fact.id, question: .choice(question)))
                } else {
                    skipped[.noOptions, default: 0] += 1
                }
            }
            // One reverse card per fact, from its first anchored date. It needs names to point to its
            // event (words of the sentence would restate it), and a date in brackets after a name (a
            // lifespan, a reign) is no event to ask about. The date is shown with its year even when the
            // sentence leaves the year to the story (`5 November` → `5 November 2016`): a question on
            // a day of no year has no one answer.
            if kinds.contains(.reverse), !reverseMade, date.value.isAnchored,
                !Trivia.qualifiesANoun(date, in: fact.text), let shownDate = Self.withYear(date)
            {
                reverseMade = true
                let cue =
                    Self.isBracketed(date, in: fact.text)
                    ? nil : Self.cue(for: fact, date: date, names: names)
                if let cue {
                    let question = ReverseQuestion(
                        date: shownDate, value: date.value, cue: cue,
                        answer: Self.reverseAnswer(for: fact, date: date),
                        context: fact.context, source: source)
                    cards.append(
                        Card(
                            id: StableID.make("reverse", normalized, target), factID: fact.id,
                            question: .reverse(question)))
                } else {
                    skipped[.namesNothing, default: 0] += 1
                }
            }
        }
        return (cards, skipped)
    }

    /// Keeps the first reverse card of each date: "What happened in 1952?" has one answer only when
    /// one fact of the deck happened then.
    static func oneReversePerDate(_ cards: [Card]) -> [Card] {
        var seen = Set<DateValue>()
        return cards.filter { card in
            guard case .reverse(let question) = card.question else { return true }
            return seen.insert(question.value).inserted
        }
    }

    /// Whether the rest of the sentence would show the answer: `1920 to ____`, or `(____)` beside `1920 to 1922`.
    func givesAway(_ date: DateExpression, others: [DateExpression], blanked: String) -> Bool {
        let answer = date.text.lowercased()
        if blanked.lowercased().contains(answer) { return true }
        return others.contains { other in
            let text = other.text.lowercased()
            return other.value == date.value || text.contains(answer) || answer.contains(text)
        }
    }

    /// Whether the date stands in a list or range beside its neighbour of the same kind, so that the
    /// sentence answers itself: `the ____ and 1930s` (the 1920s), `the 17th and ____ centuries`.
    static func followsFromANeighbour(_ date: DateExpression, others: [DateExpression], in text: String)
        -> Bool
    {
        let unit: Int
        switch date.value {
        case .year: unit = 1
        case .decade: unit = 10
        case .century: unit = 100
        default: return false
        }
        let bytes = Array(text.utf8)
        // `the eighteenth or ____ century`: an ordinal that shares the answer's noun is no date of its
        // own, but it stands beside the answer all the same.
        if unit == 100 {
            let before = Giveaways.words(of: text, before: date.utf8Range.lowerBound)
            if before.count >= 2, ["and", "or", "to"].contains(before[before.count - 1]),
                DateVocabulary.ordinalWords[before[before.count - 2]] != nil
            {
                return true
            }
        }
        return others.contains { other in
            guard other.value.granularity == date.value.granularity, let a = date.value.firstYear,
                let b = other.value.firstYear, abs(a - b) == unit
            else { return false }
            let between =
                date.utf8Range.upperBound <= other.utf8Range.lowerBound
                ? date.utf8Range.upperBound..<other.utf8Range.lowerBound
                : other.utf8Range.upperBound..<date.utf8Range.lowerBound
            let words = String(decoding: bytes[between], as: UTF8.self).lowercased()
                .split(whereSeparator: { !$0.isLetter })
            return words.allSatisfy { ["and", "or", "to", "the", "through", "until"].contains($0) }
        }
    }

    /// The blanked sentence with the year the story gives a day, month or season the text writes
    /// without one, after the blank (`On ____ (2012), the Shuttle was hoisted …`): without it the
    /// card has no one answer, as a reverse card would not. Not when the sentence or its context
    /// line shows that year already.
    static func withYearHint(_ blanked: String, for date: DateExpression, in fact: Fact) -> String {
        guard [.day, .month, .season].contains(date.value.granularity), let year = date.value.firstYear,
            !DateStyle(of: date.text, value: date.value).showsYear
        else { return blanked }
        let written = year > 0 ? String(year) : "\(-year) BC"
        let digits = String(abs(year))
        func shows(_ text: String) -> Bool {
            text.split(whereSeparator: { !$0.isNumber }).contains { $0 == digits }
        }
        if shows(blanked) || fact.context.map(shows) == true { return blanked }
        guard let blank = blanked.range(of: ClozeQuestion.blank) else { return blanked }
        return blanked.replacingCharacters(in: blank, with: "\(ClozeQuestion.blank) (\(written))")
    }

    /// Whether the text marks the date as approximate (`c. 1670`, `circa 1500`, `about 1900`).
    static func isApproximate(_ date: DateExpression, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        let before = String(decoding: bytes[..<date.utf8Range.lowerBound], as: UTF8.self).lowercased()
        let lastWords =
            before.split(whereSeparator: { !$0.isLetter }).suffix(1)
            + date.text.lowercased()
            .split(whereSeparator: { !$0.isLetter }).prefix(1)
        return lastWords.contains {
            ["c", "ca", "circa", "about", "around", "approximately", "roughly"].contains($0)
        }
    }

    /// The sentence with one date replaced by the blank.
    static func blanking(_ date: DateExpression, in text: String) -> String {
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(date.utf8Range, with: Array(ClozeQuestion.blank.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Words written with a capital inside a sentence somewhere in the text: names, as opposed to
    /// words capitalized only because they open a sentence (`Restoration began …`).
    static func namesWrittenMidSentence(in facts: [Fact]) -> Set<String> {
        var names = Set<String>()
        for fact in facts {
            if fact.text.isASCIIText {
                insertCapitalizedASCIIWords(of: fact.text, into: &names)
            } else {
                insertCapitalizedWords(of: fact.text, into: &names)
            }
        }
        return names
    }

    /// The words of a sentence but its first that start with a capital, without the marks around them.
    static func insertCapitalizedWords(of text: String, into names: inout Set<String>) {
        for word in text.split(separator: " ").dropFirst() {
            let bare = word.trimmingCharacters(in: { !$0.isLetter })
            if let first = bare.first, first.isUppercase { names.insert(bare) }
        }
    }

    /// `insertCapitalizedWords` for an ASCII sentence, on its bytes: a `Character` of ASCII text is
    /// its byte (or `\r\n`, no letter either way), so the words are the same. Splitting every
    /// sentence through `Character` was 7% of the instructions of a build of one 1.5 MB sentence
    /// (callgrind).
    static func insertCapitalizedASCIIWords(of text: String, into names: inout Set<String>) {
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        for word in text.utf8.split(separator: 0x20).dropFirst() {
            guard let first = word.firstIndex(where: isLetter), let last = word.lastIndex(where: isLetter),
                word[first] >= 0x41, word[first] <= 0x5A
            else { continue }
            names.insert(String(decoding: word[first...last], as: UTF8.self))
        }
    }

    /// Whether the date is the whole of a bracket (`Marie Lindqvist (1881–1954)`), or of one that
    /// only says what the date is (`King Edmund (r. 1016–1035)`, `Walter (d. 1349)`): a side date of
    /// a name, not the sentence's event.
    static func isBracketed(_ date: DateExpression, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        var head = bytes[..<date.utf8Range.lowerBound]
        while head.last == UInt8(ascii: " ") { head = head.dropLast() }
        if let open = head.lastIndex(of: UInt8(ascii: "(")), head.endIndex - open <= 9 {
            let label = String(decoding: head[(open + 1)...], as: UTF8.self).lowercased()
                .trimmingSpaces()
            if !["", "r.", "b.", "d.", "c.", "fl.", "born", "died", "reigned", "ruled"].contains(label) {
                return false
            }
            head = head[..<open] + [UInt8(ascii: "(")]
        }
        let before = head.last
        let after = bytes[date.utf8Range.upperBound...].first { $0 != UInt8(ascii: " ") }
        return before == UInt8(ascii: "(") && after == UInt8(ascii: ")")
    }

    /// The years the dates shown with the question write: a single year, a month's, a day's or a
    /// season's year, and both ends of a range (`(1781-1868)` shows 1781 and 1868). An option that
    /// changes one of them in the answer is ruled out by the sentence (`emperor from 1081 to 1118`
    /// rules out a death on `15 August 1111`; `born on the 11th of December ____` beside `(1781-1868)`
    /// keeps 1781).
    static func shownYears(among shown: [DateValue]) -> Set<Int> {
        var years: Set<Int> = []
        for value in shown {
            switch value {
            case .year(let year): years.insert(year)
            case .month(let year?, _), .day(let year?, _, _), .season(let year?, _): years.insert(year)
            case .range(let start, let end):
                if [.year, .month, .day, .season].contains(start.granularity), let first = start.firstYear {
                    years.insert(first)
                }
                if [.year, .month, .day, .season].contains(end.granularity), let last = end.lastYear {
                    years.insert(last)
                }
            default: break
            }
        }
        return years
    }

    /// The part of the sentence that tells of `date`: the clause around it (cut at `;`, `:`, brackets,
    /// dashes, `, and`/`, when`/`, although` …, and an `and` between two dates), so that a cue names its
    /// own event, not the one of the clause beside it (`It was paid for by the Royal Society, and the
    /// dome was finished in 1673`; `Roman coins from AD 79 and a Greek lamp from 300 BC`).
    static func clause(of date: DateExpression, in fact: Fact) -> Range<Int> {
        let bytes = Array(fact.text.utf8)
        var cuts = Self.clauseOpenings(in: fact.text, bytes: bytes)
        // `The Danes took York in 866 and the Normans took Durham in 1069`: an `and` (or a comma)
        // between two dates joins two events.
        let sorted = fact.dates.map(\.utf8Range).sorted { $0.lowerBound < $1.lowerBound }
        for (left, right) in zip(sorted, sorted.dropFirst()) where left.upperBound < right.lowerBound {
            let between = String(decoding: bytes[left.upperBound..<right.lowerBound], as: UTF8.self)
            if let and = between.range(of: " and ") {
                cuts.append(left.upperBound + between[..<and.lowerBound].utf8.count)
            }
            // `Botmenei in 1100, Bodmen in 1253, …`: a list of dated items, each its own (a few words
            // apart; a comma with a whole clause after it, `On 24 June, the Convention …`, is no list).
            if let comma = between.range(of: ", "), between.split(separator: " ").count <= 4 {
                cuts.append(left.upperBound + between[..<comma.lowerBound].utf8.count)
            }
        }
        let inside = cuts.filter { !date.utf8Range.contains($0) }
        let start = inside.last { $0 < date.utf8Range.lowerBound } ?? 0
        let end = inside.first { $0 >= date.utf8Range.upperBound } ?? bytes.count
        return start..<end
    }

    /// What a reverse card answers "What happened in 1595?" with: the part of the sentence between
    /// semicolons that holds its date, when another part tells another dated event (`In 1595 it was
    /// burned by the Turks; but, …, until, in 1698, Prince Constantine Brancovan chose it for his
    /// capital.` answers `In 1595 it was burned by the Turks.`), else the whole sentence. A semicolon
    /// ends a whole clause; a comma may not, so nothing else cuts the answer. A semicolon inside
    /// brackets (`his son Robert (* 1797; † 1854)`) separates notes, not clauses.
    static func reverseAnswer(for fact: Fact, date: DateExpression) -> String {
        let bytes = Array(fact.text.utf8)
        var depth = 0
        let semicolons = bytes.indices.filter { index in
            switch bytes[index] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            default: break
            }
            return depth == 0 && bytes[index] == UInt8(ascii: ";")
        }
        let start = semicolons.last { $0 < date.utf8Range.lowerBound }.map { $0 + 1 } ?? 0
        let end = semicolons.first { $0 >= date.utf8Range.upperBound } ?? bytes.count
        guard start > 0 || end < bytes.count,
            fact.dates.contains(where: {
                $0 != date && $0.value.isAnchored && !(start..<end).contains($0.utf8Range.lowerBound)
            })
        else { return fact.text }
        var words = String(decoding: bytes[start..<end], as: UTF8.self).split(separator: " ").map(String.init)
        if start > 0, let first = words.first,
            Self.clauseJoiners.contains(first.lowercased().filter(\.isLetter))
        {
            words.removeFirst()
        }
        guard words.count >= 5 else { return fact.text }
        var text = words.joined(separator: " ")
        while let last = text.last, ",:".contains(last) { text.removeLast() }
        if let last = text.last, !".!?".contains(last) { text += "." }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A name without its possessive (`Russia's` → `Russia`, `Jesus'` → `Jesus`); an apostrophe
    /// inside a name stays (`Madame D'Arblay`, `O'Brien`).
    static func withoutPossessive(_ word: String) -> String {
        for ending in ["'s", "’s", "'", "’"] where word.hasSuffix(ending) && word.count > ending.count {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// Words that join a clause to the one before it, left out when the clause is told alone.
    static let clauseJoiners: Set<String> = ["and", "but", "while", "whereas", "whilst", "yet"]

    /// Names from the date's clause (`Turkey · NATO`): runs of capitalized words, dates, openers and
    /// sentence-opening words that are no name elsewhere in the text left out; nil when it names nothing.
    static func cue(for fact: Fact, date: DateExpression? = nil, names known: Set<String> = []) -> String? {
        let dateBytes = fact.dates.map(\.utf8Range)
        let clause = date.map { Self.clause(of: $0, in: fact) } ?? 0..<fact.text.utf8.count
        var names: [String] = []
        var current: [String] = []
        var offset = 0
        var isFirstWord = true
        func close() {
            while let last = current.last, CueWords.insideNames.contains(last) { current.removeLast() }
            if !current.isEmpty {
                let name = current.joined(separator: " ")
                if !names.contains(name) { names.append(name) }
            }
            current = []
        }
        let words = fact.text.split(separator: " ", omittingEmptySubsequences: false)
        for (index, word) in words.enumerated() {
            let start = offset
            offset += word.utf8.count + 1
            let opensSentence = isFirstWord
            isFirstWord = false
            let span = start..<(start + word.utf8.count)
            // With no name open, a word opening with a lower-case ASCII letter neither is a name nor
            // joins one (only `&` does uncapitalized): skipped before any `Character` work, most of
            // the cue's instructions (callgrind).
            if current.isEmpty, let first = word.utf8.first, first >= 0x61, first <= 0x7A { continue }
            // A word is the clause's when it starts there: `Society,` before `, and the dome …` is not.
            guard clause.contains(span.lowerBound) else {
                close()
                continue
            }
            // A word of a date, or an amount (`NZ$900`, `US$1.2bn`), names nothing.
            let isAmount = word.contains { "$€£¥".contains($0) }
            let inDate = isAmount || dateBytes.contains { $0.overlaps(span) }
            // A designation (`R8000`, `V-2`, `B-52`) is a name whole, its digits with it.
            let designation = Self.designation(word)
            let bare =
                designation
                ?? word.trimmingCharacters(in: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" })
            // A name is letters (and hyphens or apostrophes) only: "A(1881–1954)" is no name.
            let isName =
                designation != nil
                || (!bare.isEmpty && bare.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
                    && bare.last != "-")
            var capitalized = isName && (bare.first?.isUppercase ?? false)
            // The sentence's first word is capitalized anyway: a name only if the text writes it so elsewhere.
            if opensSentence, !known.isEmpty, !known.contains(bare) { capitalized = false }
            let isMonth =
                DateVocabulary.months[bare.lowercased()] != nil
                || DateVocabulary.monthAbbreviations[bare.lowercased()] != nil
            // An initial (`Franklin D. Roosevelt`) stays inside its name, and so does a title's
            // abbreviation before the rest of it (`St. Petroc`, `Mt. Hood`).
            if capitalized, !inDate, bare.count == 1, word.hasSuffix("."), !current.isEmpty {
                current.append(bare + ".")
                continue
            }
            let nextIsCapitalized = index + 1 < words.count && (words[index + 1].first?.isUppercase ?? false)
            // `Jr.` ends the name before it, and alone (`Jr. Lightweight`) is a fragment.
            if bare == "Jr" || bare == "Sr" {
                if !current.isEmpty { current.append(bare + ".") }
                close()
                continue
            }
            // `Sec. 10`, `No. 5`, `Vol. 3`: an abbreviation before a number labels a part, naming nothing.
            if capitalized, word.hasSuffix("."), bare.count <= 4, index + 1 < words.count,
                words[index + 1].first?.isNumber == true
            {
                close()
                continue
            }
            if capitalized, !inDate, word.hasSuffix("."), CueWords.nameAbbreviations.contains(bare),
                nextIsCapitalized
            {
                current.append(bare + ".")
                continue
            }
            // `Michael An Gof`, `Systems & Control`: a capitalized particle or an ampersand between
            // two words of a name.
            if !current.isEmpty, !inDate, nextIsCapitalized, !word.hasSuffix(","),
                word == "&"
                    || (capitalized && CueWords.notNames.contains(bare.lowercased())
                        && CueWords.particles.contains(bare.lowercased()))
            {
                current.append(String(word))
                continue
            }
            // A capitalized number inside a name, or opening one, is part of it (`Tropical Depression
            // Ten`, `the Two Sicilies`).
            let namesANumber =
                (!current.isEmpty || nextIsCapitalized && !opensSentence)
                && CueWords.numberWords.contains(bare.lowercased())
            if capitalized, !inDate, !isMonth, !CueWords.eras.contains(bare),
                !CueWords.timeZones.contains(bare),
                !CueWords.notNames.contains(bare.lowercased()) || namesANumber
            {
                current.append(Self.withoutPossessive(bare))
            } else if !current.isEmpty, CueWords.insideNames.contains(bare) {
                current.append(bare)
                continue
            } else {
                close()
            }
            if word.last.map({ ",;:.)!?\"”".contains($0) }) ?? false { close() }
        }
        close()
        // `Gothic`, `Jewish`, `Evangelical` beside a name qualify a noun and point to nothing; a word
        // in capitals (`GRANVILLE DISASTER`, a title's) is the name written elsewhere, or no name.
        let named = names.filter { !Self.isAnAdjective($0) && !Self.isShouted($0) }
        let kept = named.isEmpty ? names : named
        return kept.isEmpty ? nil : kept.prefix(3).joined(separator: " · ")
    }

    /// A name in capitals longer than an acronym (`GRANVILLE`, `CADIZ DISASTER`).
    static func isShouted(_ name: String) -> Bool {
        let letters = name.filter(\.isLetter)
        return letters.count >= 6 && letters.allSatisfy(\.isUppercase)
    }

    /// A one-word name with an adjective's ending (`Gothic`, `Jewish`, `Evangelical`, `Dominican`,
    /// `Japanese`).
    static func isAnAdjective(_ name: String) -> Bool {
        !name.contains(" ")
            && ["ish", "ic", "ical", "ian", "ean", "ese", "can"].contains { name.hasSuffix($0) }
    }

    /// The word as a designation, `R8000` or `V-2` without the punctuation around it: a capital
    /// letter first, then letters, digits and hyphens with at least one digit and no hyphen last.
    static func designation(_ word: Substring) -> String? {
        let core = word.trimmingCharacters(in: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        guard let first = core.first, first.isUppercase, core.last != "-",
            core.contains(where: \.isNumber),
            core.allSatisfy({ ($0.isLetter || $0.isNumber || $0 == "-") && $0.isASCII })
        else { return nil }
        return core
    }

    /// Timelines of three to five facts, neighbours in time grouped together. An item is a fact
    /// dated by its main date whose label reads alone and shows no other date (`TimelineItem`).
    /// No two items' dates overlap (`1917` and `7 November 1917`, `the 1860s` and `1861`): the most
    /// precise dates are taken first and a coarser one only where it overlaps none; then items too
    /// close to tell apart, or telling one event twice, are left out, so every timeline has one
    /// order a student can know.
    func timelines(_ facts: [Fact]) -> [Card] {
        let candidates = facts.compactMap(TimelineItem.item(for:))
        var taken = TakenTimes()
        let finestFirst = candidates.indices.sorted {
            let (a, b) = (candidates[$0].bounds, candidates[$1].bounds)
            return (a.upperBound - a.lowerBound, $0) < (b.upperBound - b.lowerBound, $1)
        }
        let kept = finestFirst.filter { taken.take(candidates[$0].bounds) }
        let dated = TimelineItem.spaced(
            kept.map { candidates[$0] }.sorted {
                ($0.bounds.lowerBound, $0.fact.id) < ($1.bounds.lowerBound, $1.fact.id)
            })
        var cards: [Card] = []
        var start = 0
        for size in Self.groupSizes(dated.count) {
            let group = dated[start..<(start + size)]
            start += size
            let id = StableID.make("timeline", group.map(\.fact.id).sorted().joined(separator: ","))
            var items = group.map { entry in
                TimelineQuestion.Item(
                    factID: entry.fact.id, label: entry.label,
                    date: Self.withYear(entry.date) ?? entry.date.text,
                    value: entry.date.value,
                    source: SourceReference(sentence: entry.fact.source, line: entry.fact.line))
            }
            var generator = SeededGenerator(id: id)
            let sorted = items
            repeat { items.shuffle(using: &generator) } while items == sorted
            cards.append(Card(id: id, factID: id, question: .timeline(TimelineQuestion(items: items))))
        }
        return cards
    }

    /// Whether a label reads on its own: it opens with no pronoun or connective that needs the
    /// sentence before (`It`, `They`, `However`, `Then`).
    static func standsAlone(_ label: String) -> Bool {
        let words = label.split(whereSeparator: { !$0.isLetter }).prefix(2).map { $0.lowercased() }
        guard let first = words.first else { return false }
        if CueWords.needsContext.contains(first) { return false }
        if first == "the", words.count > 1,
            ["latter", "former", "same", "next", "following"].contains(words[1])
        {
            return false
        }
        return true
    }

    /// Splits `count` items into groups of four, with threes and fives to use them all.
    static func groupSizes(_ count: Int) -> [Int] {
        guard count >= 3 else { return [] }
        if count == 5 || count == 3 { return [count] }
        var sizes = Array(repeating: 4, count: count / 4)
        switch count % 4 {
        case 1: sizes[0] = 5
        case 2: if sizes.count >= 2 { sizes[0] = 5; sizes[1] = 5 } else { sizes = [3, 3] }
        case 3: sizes.append(3)
        default: break
        }
        return sizes
    }

    /// The fact with its own date blanked (other dates stay), short enough to read in a list, and
    /// never cut before its blank.
    static func label(for fact: Fact, date: DateExpression, maximumWords: Int = 14) -> String {
        var bytes = Array(fact.text.utf8)
        bytes.replaceSubrange(date.utf8Range, with: Array(ClozeQuestion.blank.utf8))
        var text = String(decoding: bytes, as: UTF8.self)
        for opener in [
            "On ____, ", "In ____, ", "On ____ ", "In ____ ", "By ____, ", "Since ____, ", "During ____, ",
            "Early in ____, ", "Late in ____, ", "Early in ____ ", "Late in ____ ",
        ]
        where text.hasPrefix(opener) {
            text = String(text.dropFirst(opener.count))
            text = text.prefix(1).uppercased() + text.dropFirst()
        }
        // `Beginning in ____, the first trucks …`, `As early as ____, …`: any short opening phrase of
        // plain words around the date goes with it, as the fixed openers above do.
        if let comma = text.firstIndex(of: ","), text[..<comma].contains(ClozeQuestion.blank) {
            let opening = text[..<comma].split(separator: " ")
            let plain = opening.dropFirst().allSatisfy { $0 == ClozeQuestion.blank || $0 == $0.lowercased() }
            if opening.count <= 5, plain {
                let rest = text[text.index(after: comma)...].drop { $0 == " " }
                text = rest.prefix(1).uppercased() + rest.dropFirst()
            }
        }
        // `was started in ____ with Erdoğan's regret` reads as `was started with Erdoğan's regret`: a
        // statement is told without its date, which the card asks about, rather than with a gap.
        for phrase in ["in", "on", "during"].map({ " \($0) \(ClozeQuestion.blank)" }) {
            guard let found = text.range(of: phrase) else { continue }
            let next = text[found.upperBound...].first
            if next == nil || next == " " || next == "," || next == "." || next == ";" {
                text.removeSubrange(found)
            }
        }
        let words = text.split(separator: " ")
        if words.count <= maximumWords { return text }
        // A label cut before its blank would ask nothing: it keeps the words up to the blank's.
        let blank = words.firstIndex { $0.contains(ClozeQuestion.blank) } ?? 0
        let kept = max(maximumWords, blank + 3)
        if words.count <= kept { return text }
        return words.prefix(kept).joined(separator: " ") + " …"
    }
}

/// Stretches of time already taken by timeline items, found by year so that checking one is quick.
struct TakenTimes {
    var byYear: [Int: [Range<Double>]] = [:]

    /// Takes `bounds` when it overlaps nothing taken; false when it does.
    mutating func take(_ bounds: Range<Double>) -> Bool {
        let years = Int(bounds.lowerBound.rounded(.down))...Int((bounds.upperBound - 1e-9).rounded(.down))
        // A span of several centuries is too coarse to place on a timeline.
        guard years.count <= 300 else { return false }
        for year in years where byYear[year]?.contains(where: { $0.overlaps(bounds) }) ?? false {
            return false
        }
        for year in years { byYear[year, default: []].append(bounds) }
        return true
    }
}

extension Substring {
    func trimmingCharacters(in predicate: (Character) -> Bool) -> String {
        var text = self
        while let first = text.first, predicate(first) { text.removeFirst() }
        while let last = text.last, predicate(last) { text.removeLast() }
        return String(text)
    }
}
