/// Finds the dates of a text, sentence after sentence, as HeidelTime-style taggers do.
///
/// The finder is a value that remembers the last year it read, so that `On 25 February`
/// after a sentence dated 2022 resolves to `2022-02-25`:
///
/// ```swift
/// var finder = DateFinder()
/// let dates = finder.dates(in: "On 16 December 1925, the delegation withdrew.")
/// // dates[0].text == "16 December 1925", dates[0].value.timex == "1925-12-16"
/// ```
public struct DateFinder: Sendable {
    /// How strict the finder is: prose needs cues around ambiguous numbers and month names;
    /// a typed answer is nothing but the date.
    public enum Mode: Sendable {
        case prose, answer
    }

    /// Where the story stands: what bare months and relative phrases take their year from.
    var story: StoryTime
    public var mode: Mode
    /// How many sentences of the current paragraph so far told a time (see `DateMention`).
    var datedSentencesInParagraph = 0
    /// Where the text's story starts: the first date that gave it a year, at that date's start. A
    /// heading without a date takes the story back here (see `dates(in:tokens:heading:newParagraph:)`).
    var start: StoryTime?
    /// The first month, day or season said before the text named any year (`In November, a wave of
    /// fires began`): once a year is named, the text's start is counted back to it
    /// (`DateFinder+Opening.swift`).
    var leadingBare: DateValue?
    /// How many sentences the finder has read, and where the date that gave the text its start stood.
    var sentencesRead = 0
    var startPosition: (sentence: Int, date: Int)?
    /// Whether the text opens on a span of years (a life, a reign, a war), which a heading without
    /// a date does not take the story back to.
    var startsALifetime = false
    /// The dates the text gave its events, for phrases counted from one.
    var events = EventDates()

    /// The year of the story, which `the same year` or `two years later` count from.
    public var contextYear: Int? { story.year }

    public init(contextYear: Int? = nil, mode: Mode = .prose) {
        self.story = StoryTime(year: contextYear)
        self.mode = mode
    }

    /// A date the grammar recognised: tokens `first..<end`, and its value before context is applied.
    struct Match {
        var first: Int
        var end: Int
        var value: DateValue
        /// Set for a day that only a following range makes a date (`16` in `16–18 December 1925`).
        var bareDay: Int?
        /// Set for a number that only a range ending on an era makes a year (`264` in `264 to 241 BC`).
        var bareNumber = false
        /// The part of the period the phrase narrows to (`early`, `end` …).
        var modifier: String?
        /// What a relative phrase counted from (`14 July 1789 + 1 day`).
        var anchor: String?
        /// The event a phrase counts from (`The day after the final`), looked up in `events`.
        var event: EventDates.Reference?
    }

    /// Every date expression of `sentence`, left to right, without overlaps. A heading line
    /// (`1848`, `September 1939: the invasion`) moves the story to the start of its first date; one
    /// without a date (`Response`) takes it back to the text's first date, where a reader places a
    /// section that does not say when it is.
    ///
    /// `newParagraph` says the sentence opens a paragraph, where a date may take the story back.
    public mutating func dates(
        in sentence: String, heading: Bool = false, newParagraph: Bool = false
    ) -> [DateExpression] {
        dates(
            in: sentence, tokens: SentenceTokens(sentence, mode: mode), heading: heading,
            newParagraph: newParagraph)
    }

    /// The same, for a sentence whose tokens were read beforehand with this finder's mode (nil when
    /// it holds no date cue), perhaps on another core.
    mutating func dates(
        in sentence: String, tokens prepared: SentenceTokens?, heading: Bool = false,
        newParagraph: Bool = false
    ) -> [DateExpression] {
        defer { sentencesRead += 1 }
        if newParagraph || heading { datedSentencesInParagraph = 0 }
        // A section opens at the story's start; a date in its heading moves it on from there.
        if heading, let start, !startsALifetime { story.returnToStart(start) }
        guard let prepared else { return [] }
        let tokens = prepared.tokens
        var grammar = DateGrammar(tokens: tokens, openers: prepared.openers, mode: mode, story: story)
        let (looksBack, since) = (prepared.looksBack, prepared.since)
        var found: [DateExpression] = []
        // Which dates took their year from the story, and which write a year that tells a time.
        var fromTheStory: [Bool] = []
        var writtenYears: [Int?] = []
        var nameYears: [Int?] = []
        var relative: [Bool] = []
        var toldATime = false
        let pointBefore = story.point
        // The story as the sentence found it, and what each date told it, for taking the dates again
        // when reading the whole sentence changed one (`June and July 1939`).
        let storyBefore = story
        var mentions: [DateMention?] = []
        var index = 0
        let bytes = Array(sentence.utf8)
        while index < tokens.count {
            guard let match = grammar.match(at: index) else {
                index += 1
                continue
            }
            let reading: StoryTime.Reading =
                since.map { $0 < match.first } ?? false ? .before : looksBack ? .back : .forward
            let weekday =
                tokens[match.first].kind == .word ? StoryTime.weekdayNumbers[tokens[match.first].lower] : nil
            let range = tokens[match.first].start..<tokens[match.end - 1].end
            let text = String(decoding: bytes[range], as: UTF8.self)
            // A phrase counted from the story (`The next day`) already stands in the era it counted in.
            let inEra = match.anchor == nil ? story.inStoryEra(match.value, text: text) : match.value
            var (value, storyAnchor) = story.resolve(inEra, reading: reading, weekday: weekday)
            var anchor = match.anchor ?? storyAnchor
            if let event = match.event, let counted = events.value(of: event) {
                (value, anchor) = counted
            }
            if story.year == nil, leadingBare == nil, value.isYearlessCalendarDate {
                leadingBare = value
            }
            found.append(
                DateExpression(
                    text: text, utf8Range: range, value: value, modifier: match.modifier, anchor: anchor))
            let mention = DateMention(
                heading: heading, firstInSentence: found.count == 1, opensSentence: match.first <= 1,
                // Only the first date of the paragraph's first dated sentence: `On November 25 the eye
                // emerged … after a change in naming policy in 2000` stays in November.
                opensParagraph: datedSentencesInParagraph == 0 && found.count == 1,
                inInsertion: StoryAside.isInInsertion(tokens, first: match.first, end: match.end),
                inBracketedRemark: StoryAside.isInBracketedRemark(tokens, first: match.first, end: match.end),
                afterSince: since.map { $0 < match.first } ?? false
                    && StoryAside.followsSince(tokens, first: match.first)
                    || StoryAside.followsAsOf(tokens, first: match.first),
                afterABound: match.first > 0
                    && (tokens[match.first - 1].lower == "after"
                        || tokens[match.first - 1].lower == "before"),
                inName: grammar.qualifiesAName(match),
                // A date that looks back (`the previous April`, `four months earlier`) leaves the story.
                looksBehind: match.anchor != nil && story.point.map { value.sortKey < $0.sortKey } ?? false)
            fromTheStory.append(match.anchor == nil && storyAnchor != nil)
            relative.append(match.anchor != nil || match.value.granularity == .relative)
            writtenYears.append(
                mention.tellsATime && Self.writesAYear(text) && value.firstYear == value.lastYear
                    ? value.firstYear : nil)
            nameYears.append(mention.inName && value.granularity == .year ? value.firstYear : nil)
            // `Guy Fawkes (13 April 1570 – 31 January 1606), … planned the Gunpowder Plot of 1605`: a
            // span of years that opens the text frames it (a life, a reign) and is not a point the
            // story stands at; its end would date the lead's `5 November` 1606.
            if story.year == nil, start == nil, Self.spansYears(value) {
                startsALifetime = true
                events.lifespan = value
                mentions.append(nil)
            } else {
                story.take(value, text: text, anchor: anchor, mention: mention)
                mentions.append(mention)
            }
            grammar.story = story
            toldATime = toldATime || mention.tellsATime
            index = match.end
        }
        // A sentence whose dates all stayed asides (`between 1639 and 1660` in a story at a day)
        // leaves the paragraph's first story date to come: it may still take the story back.
        if toldATime, story.point != pointBefore { datedSentencesInParagraph += 1 }
        let dated = Self.takingTheYearOfAName(
            Self.takingTheYearWrittenLater(
                found, fromTheStory: fromTheStory, writtenYears: writtenYears, in: bytes),
            fromTheStory: fromTheStory, writtenYears: writtenYears, nameYears: nameYears, in: bytes)
        let dates = Self.takingTheDateStatedAfter(
            Self.sharingYears(Self.sharingEras(dated, in: bytes), in: bytes), relative: relative, in: bytes)
        // The story goes on from the dates as the whole sentence reads them: `June` in `in June and
        // July 1939` told the story June of the year before until the sentence's end gave it 1939.
        if dates.count == found.count, zip(dates, found).contains(where: { $0.value != $1.value }) {
            story = storyBefore
            for (date, mention) in zip(dates, mentions) {
                guard let mention else { continue }
                story.take(date.value, text: date.text, anchor: date.anchor, mention: mention)
            }
        }
        if !heading {
            events.remember(tokens, dates: dates.filter { $0.value.isAnchored }.map { ($0.value, $0.text) })
        }
        // The text's first date as its sentence reads it whole: `c. 444/443 – c. 360 BC` starts in 444 BC,
        // not in the year 444 its first number alone would be.
        if start == nil, story.year != nil, let index = dates.firstIndex(where: \.value.isAnchored) {
            let first = dates[index]
            startPosition = (sentencesRead, index)
            var opening = StoryTime()
            let back = leadingBare.flatMap { Self.lookingBack(to: $0, from: first.value) }
            opening.advance(to: back ?? first.value, text: first.text, heading: true)
            opening.anchor = back == nil ? first.text : first.text + ", looking back"
            start = opening
            // A span of years opening a text is a life or an era, and a section without a date goes
            // on from where the last one ended.
            if Self.spansYears(first.value) { startsALifetime = true }
            // `Forming late on November 20, Otto was the final storm of the 2016 season. It intensified
            // the next day`: the story is at the opening's day, in the year just named.
            if let back, story.month == nil, back.firstYear == story.year {
                story.advance(to: back, text: opening.anchor!)
            }
        }
        return dates
    }

    /// Whether a value is a range over more than two calendar years (`1570–1606`, not `1877–78`).
    static func spansYears(_ value: DateValue) -> Bool {
        guard case .range(let from, let to) = value, let first = from.firstYear, let last = to.lastYear
        else { return false }
        return last - first > 1
    }

    /// Whether a sentence says it looks back (`earlier`, `previously`, a pluperfect `had`), so that
    /// a bare month in it does not move the story into the next year.
    static func looksBack(_ tokens: [DateToken]) -> Bool {
        for (index, token) in tokens.enumerated() where token.kind == .word {
            switch token.lower {
            case "earlier", "previously", "previous", "prior":
                return true
            case "had":
                // `had to` is an obligation, not a pluperfect.
                if index + 1 < tokens.count, tokens[index + 1].lower == "to" { continue }
                return true
            default:
                continue
            }
        }
        return false
    }

    /// The value of a typed answer, when the whole answer is one date (`16 Dec 1925`, `1877-78`).
    /// Words a typed answer may wrap its date in.
    static let answerFiller: Set<String> = ["in", "on", "the", "of", "about", "around", "circa", "c", "."]

    public static func parseAnswer(_ answer: String) -> DateValue? {
        var finder = DateFinder(mode: .answer)
        let trimmed = answer.trimmingSpaces()
        let dates = finder.dates(in: trimmed)
        guard dates.count == 1, let date = dates.first else { return nil }
        let bytes = Array(trimmed.utf8)
        let outside = bytes[..<date.utf8Range.lowerBound] + bytes[date.utf8Range.upperBound...]
        let rest = String(decoding: outside, as: UTF8.self).lowercased()
        // A number beside the date (`0 August 1162`) means the date is not the whole answer.
        guard !rest.contains(where: \.isNumber) else { return nil }
        let words = rest.split { !$0.isLetter && $0 != "." }
        guard words.allSatisfy({ Self.answerFiller.contains(String($0)) }) else { return nil }
        return date.value
    }
}
