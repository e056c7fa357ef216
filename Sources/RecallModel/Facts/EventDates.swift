/// The dates the text gave its events, so that a phrase counted from an event (`The day after the
/// battle`, `three years before his death`, `Three days after the prorogation of the assembly`) takes
/// its value from the event's own date, as a reader looks back for it.
///
/// Each sentence that states a date is remembered with its words (the last `capacity` of them). An
/// event is found in the latest such sentence that names it: every word of the event's name, its
/// head noun also as a verb (`prorogation` in `prorogued`, `signing` in `signed`), with exactly one
/// date there precise enough for the unit the phrase counts in. A common noun (`the race`, `the
/// battle`) is looked for only in the last few dated sentences, where it still means the same event;
/// a person's `death` or `birth` is the end or start of the life the text opens with. Nothing found,
/// the phrase stays `REL`: a wrong date is worse than none.
struct EventDates: Sendable {
    /// A phrase counted from an event: how far, in what unit, and the event's words (lower case, with
    /// whether each was capitalised).
    struct Reference: Sendable {
        var count: Int
        var unit: StoryTime.Unit
        var words: [(word: String, capitalized: Bool)]
    }

    struct Entry: Sendable {
        /// The sentence's tokens, kept as the finder read them (no copy is made to remember them).
        var tokens: [DateToken]
        var dates: [(value: DateValue, text: String)]

        func hasWord(_ matches: (String) -> Bool) -> Bool {
            tokens.contains { $0.kind == .word && matches($0.lower) }
        }
    }

    static let capacity = 300
    /// How many of the latest dated sentences a common noun is looked for in.
    static let commonNounReach = 6
    private(set) var entries: [Entry] = []
    /// The life a biography opens with (`Guy Fawkes (13 April 1570 – 31 January 1606)`).
    var lifespan: DateValue?

    /// Remembers a sentence that stated dates.
    mutating func remember(_ tokens: [DateToken], dates: [(value: DateValue, text: String)]) {
        guard !dates.isEmpty else { return }
        if entries.count == Self.capacity { entries.removeFirst(Self.capacity / 3) }
        entries.append(Entry(tokens: tokens, dates: dates))
    }

    /// The date the reference counts from and the text that stated it, or nil when the text did not
    /// date the event.
    func date(of reference: Reference) -> (value: DateValue, text: String)? {
        guard let head = Self.head(of: reference.words) else { return nil }
        if head == "death" || head == "birth" {
            guard reference.words.count == 1, case .range(let born, let died)? = lifespan else { return nil }
            let end = head == "death" ? died : born
            return Self.isPrecise(end, for: reference.unit) ? (end, end.timex) : nil
        }
        let stems = Self.stems(of: head)
        let others = reference.words.filter { $0.word != head && $0.word != "of" }
        let named = reference.words.contains { $0.capitalized }
        let reach = named ? entries.count : Self.commonNounReach
        for entry in entries.suffix(reach).reversed() {
            guard entry.hasWord({ word in stems.contains { word.hasPrefix($0) } }),
                others.allSatisfy({ other in entry.hasWord { $0.hasPrefix(other.word.prefix(5)) } })
            else { continue }
            let precise = entry.dates.filter { Self.isPrecise($0.value, for: reference.unit) }
            return precise.count == 1 ? precise[0] : nil
        }
        return nil
    }

    /// The value `reference` counts to from its event's date, and what it counted from
    /// (`the final (December 9, 2017) + 1 day`); nil when the text did not date the event.
    func value(of reference: Reference) -> (value: DateValue, anchor: String)? {
        guard let (date, text) = date(of: reference) else { return nil }
        var story = StoryTime()
        story.advance(to: date, text: text)
        let name = reference.words.map(\.word).joined(separator: " ")
        story.anchor = "\(name) (\(text))"
        return story.shifted(by: reference.count, reference.unit)
    }

    /// The noun that names the event: the last word before `of` (`the prorogation of the assembly`),
    /// else the last word (`the Hong Kong handover`).
    static func head(of words: [(word: String, capitalized: Bool)]) -> String? {
        let beforeOf = words.prefix { $0.word != "of" }
        return beforeOf.last?.word
    }

    /// Beginnings of the words that name the same event: the noun without its ending, so that a verb
    /// finds it too (`signing` in `signed`), and the verbs of the life events (`death` in `died`).
    static func stems(of head: String) -> [String] {
        if let verbs = lifeEvents[head] { return verbs }
        for ending in ["ation", "ing", "ment", "al", "s"] where head.hasSuffix(ending) {
            let stem = String(head.dropLast(ending.count))
            if stem.count >= 4 { return [stem] }
        }
        return [head]
    }

    static let lifeEvents: [String: [String]] = [
        "marriage": ["marri", "wedding"], "accession": ["accession", "acceded"],
    ]

    /// Whether a date can be counted from in `unit`: a day for days, a month for months, any year.
    static func isPrecise(_ value: DateValue, for unit: StoryTime.Unit) -> Bool {
        switch (unit, value) {
        case (.day, .day(_?, _, _)): true
        case (.month, .day(_?, _, _)), (.month, .month(_?, _)): true
        case (.year, _):
            value.isAnchored && [.day, .month, .season, .year].contains(value.granularity)
        default: false
        }
    }
}
