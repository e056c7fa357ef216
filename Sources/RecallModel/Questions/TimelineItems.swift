/// What a timeline may hold: items a student can order from the text alone.
///
/// - An item is dated by its fact's main date: the first anchored date of its sentence that is not a
///   side date (in a labelling bracket, approximate, given away, trivia).
/// - Its label tells the event without its date (`DatelessStatement`) and shows no other date:
///   a label holding another date (`… was baptized
///   on ____ and married in 1874`) is cut at the clause boundary before it, or the fact is no item;
///   a label too long to read in a list is cut at a clause boundary too, never mid-phrase.
/// - Its label reads on its own (`LabelReading.readsAlone`) and tells an event, not a figure (`%`)
///   nor the edge of a state (`By ____ the firm held 250 square miles`, `until ____`).
/// - Two items are never one event told twice (`PairCandidate.isSameEvent`, `EventWords`), and are
///   far enough apart to be known: between the end of the earlier and the start of the later lies
///   at least one whole unit of the coarser of the two (a year between two years, a month between
///   two months, a day between two days): `1940` and `1941`, `30 October` and `31 October`, `1944`
///   and `3 January 1945` are too close; `1940` and `1942`, `26` and `28 October` are not.
struct TimelineItem {
    var fact: Fact
    var date: DateExpression
    var label: String
    var bounds: Range<Double>
    var words: Set<String>
    var names: Set<String>

    /// The most words an item's label shows.
    static let maximumWords = 24

    /// The item a fact gives, or nil when it has no main date or no label that reads alone.
    static func item(for fact: Fact) -> TimelineItem? {
        guard fact.context == nil, let date = fact.dates.first(where: { $0.value.isAnchored }),
            DateFinder.parseAnswer(date.text) != nil, !QuestionGenerator.isApproximate(date, in: fact.text),
            !QuestionGenerator.isBracketed(date, in: fact.text), !Giveaways.givesAway(date, in: fact),
            !Trivia.isTrivial(date, in: fact), !Trivia.qualifiesANoun(date, in: fact.text),
            !isStateEdge(date, in: fact), let bounds = date.value.span,
            let blanked = label(for: fact, date: date, maximumWords: maximumWords),
            let label = DatelessStatement.make(blanked, dateText: date.text), LabelReading.readsAlone(label),
            !LabelReading.statesAFigure(label),
            !LabelReading.statesAnAmount(label)
        else { return nil }
        let names = QuestionGenerator.cue(for: fact).map { Set($0.components(separatedBy: " · ")) } ?? []
        return TimelineItem(
            fact: fact, date: date, label: label,
            bounds: date.value.granularity == .season ? seasonBounds(bounds) : bounds,
            words: PairCandidate.contentWords(fact.text),
            names: names)
    }

    /// A season's time on a timeline: its whole year and the turn of the next, since `the winter of
    /// 1947` is read both as the winter that ends early in 1947 and as the one that begins late in it.
    static func seasonBounds(_ bounds: Range<Double>) -> Range<Double> {
        let year = bounds.lowerBound.rounded(.down)
        return (year - 0.25)..<(year + 1.25)
    }

    /// Words before a date that make it the edge of a state (`By 1898 the company held …`, `until
    /// 1953`), not the time of an event: the state may have begun long before, so its order is unsure.
    static let stateEdgeWords: Set<String> = ["by", "until", "till", "since", "through", "throughout"]

    static func isStateEdge(_ date: DateExpression, in fact: Fact) -> Bool {
        stateEdgeWords.contains(Giveaways.words(of: fact.text, before: date.utf8Range.lowerBound).last ?? "")
    }

    /// The fact with its date blanked and an opening `In ____,` taken out, holding no other date and
    /// at most `maximumWords` words, cut only at a clause boundary after the blank; nil when no cut
    /// gives one.
    static func label(for fact: Fact, date: DateExpression, maximumWords: Int) -> String? {
        let others = fact.dates.filter { $0 != date }
        // Another date before the blank cannot be cut away without cutting the event's start.
        if others.contains(where: { $0.utf8Range.lowerBound < date.utf8Range.lowerBound }) { return nil }
        let whole = QuestionGenerator.label(for: fact, date: date, maximumWords: Int.max)
        let bytes = Array(whole.utf8)
        let blank = Array(ClozeQuestion.blank.utf8)
        // An opening `In ____,` taken out dated the whole label: it may be cut anywhere after its start.
        let blankAt = firstIndex(of: blank, in: bytes) ?? -blank.count
        // Where the first other date starts in the label: the label is shifted from the fact's text
        // by the blank and the opener taken out, both before every other date.
        let shift = fact.text.utf8.count - bytes.count
        let limit = others.map { $0.utf8Range.lowerBound - shift }.min() ?? bytes.count
        if limit >= bytes.count, words(whole) <= maximumWords { return whole }
        let cuts = clauseBoundaries(in: bytes).filter { $0 >= blankAt + blank.count && $0 <= limit && $0 > 0 }
        guard
            let cut = cuts.last(where: {
                words(String(decoding: bytes[..<$0], as: UTF8.self)) <= maximumWords
            })
        else { return nil }
        let kept = String(decoding: bytes[..<cut], as: UTF8.self)
        guard words(kept) >= 4 else { return nil }
        return kept + " …"
    }

    /// Byte offsets where a clause ends: before `;`, `, and`, `, while`, `, following` and the like,
    /// and before `, which` after a whole clause. A bare `and` may join two names (`to William and
    /// Matilda Pettiford`), and a bracket or a dash may open an aside before the verb, so neither is
    /// a boundary.
    static func clauseBoundaries(in bytes: [UInt8]) -> [Int] {
        let text = String(decoding: bytes, as: UTF8.self)
        var result: [Int] = []
        var offset = 0
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            defer { offset += character.utf8.count }
            if character == ";" {
                result.append(offset)
            } else if character == "," {
                let next =
                    String(characters[(index + 1)...].prefix(14)).lowercased()
                    .split(separator: " ").first.map(String.init) ?? ""
                if clauseOpeners.contains(next)
                    || (relativeOpeners.contains(next) && hasAVerb(String(characters[..<index])))
                {
                    result.append(offset)
                }
            }
        }
        return result
    }

    static let clauseOpeners: Set<String> = [
        "when", "while", "and", "but", "although", "though", "as", "after",
        "before", "following", "with", "having", "making", "becoming", "thus", "so", "because", "until",
        "since", "whereupon", "whilst", "being", "leading", "ending", "bringing", "leaving", "giving",
    ]

    /// `, which` ends a clause only after a whole one: `the government withdrew its delegation, which
    /// …`, not `After the fire of ____, the St. Lawrence Lumber Company, which …, foundered`.
    static let relativeOpeners: Set<String> = ["which", "who", "whose", "where"]

    /// Words that cannot be a clause's verb.
    static let functionWords: Set<String> = [
        "the", "a", "an", "of", "and", "or", "de", "la", "le", "from", "in", "on", "at", "to", "for", "with",
        "by", "as", "its", "his", "her", "their",
    ]

    /// Whether the main clause of `text` (after an opening phrase that ends with a comma) holds a
    /// lower-case word that is no function word: a verb, most likely.
    static func hasAVerb(_ text: String) -> Bool {
        var words = text.split(separator: " ")
        if let first = words.first, LabelReading.subordinators.contains(first.lowercased()),
            let comma = words.firstIndex(where: { $0.hasSuffix(",") })
        {
            words = Array(words[(comma + 1)...])
        }
        return words.contains { word in
            let bare = word.filter(\.isLetter)
            return bare.first?.isLowercase ?? false && !functionWords.contains(bare)
        }
    }

    static func words(_ text: String) -> Int {
        text.split(separator: " ").count
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first {
            haystack[$0..<($0 + needle.count)].elementsEqual(needle)
        }
    }

    /// Whether two items tell one event: most words shared within ten years, or an event that happens once to its
    /// subject (a founding, a closing, a birth, a death) told twice, in other words (`closed` and
    /// `shuttered`, `founded` and `colonized`), with a name in common or within two years.
    func isSameEvent(as other: TimelineItem) -> Bool {
        if fact.id == other.fact.id { return true }
        let gap = Swift.max(
            other.bounds.lowerBound - bounds.upperBound, bounds.lowerBound - other.bounds.upperBound)
        // `The west gate fell in 1190` and `The north gate fell in 1240` share words, not an event.
        if gap < 10, PairCandidate.isSameEvent(words, other.words) { return true }
        guard !EventWords.kinds(of: words).isDisjoint(with: EventWords.kinds(of: other.words)) else {
            return false
        }
        return !names.isDisjoint(with: other.names) || gap < 2
    }

    /// Whether a student can tell the two apart in time: one whole unit of the coarser date lies
    /// between them.
    func isKnowablyApart(from other: TimelineItem) -> Bool {
        let (earlier, later) = bounds.lowerBound <= other.bounds.lowerBound ? (self, other) : (other, self)
        let unit = Swift.max(
            bounds.upperBound - bounds.lowerBound, other.bounds.upperBound - other.bounds.lowerBound)
        return later.bounds.lowerBound - earlier.bounds.upperBound >= unit - 1e-9
    }

    /// From items sorted by time, those that keep every neighbour knowably apart and tell no event
    /// twice; an item is set against the last few kept, since a timeline holds neighbours in time.
    static func spaced(_ sorted: [TimelineItem]) -> [TimelineItem] {
        var kept: [TimelineItem] = []
        for item in sorted {
            let recent = kept.suffix(4)
            if let last = recent.last, !item.isKnowablyApart(from: last) { continue }
            if recent.contains(where: { $0.isSameEvent(as: item) }) { continue }
            kept.append(item)
        }
        return kept
    }
}

/// Words that tell the kind of a once-only event, so that one event told twice in other words is seen:
/// `Stone shuttered the mill in 2005` and `Smurfit-Stone closed the mill in 2006`.
enum EventWords {
    /// Events that happen once to their subject, by the words that tell them.
    static let kinds: [String: String] = [
        "founded": "founding", "established": "founding", "colonized": "founding", "colonised": "founding",
        "founding": "founding", "incorporated": "founding", "closed": "closing", "shuttered": "closing",
        "dissolved": "closing", "disbanded": "closing", "closure": "closing", "liquidated": "closing",
        "died": "death", "death": "death", "born": "birth", "birth": "birth",
    ]

    static func kinds(of words: Set<String>) -> Set<String> {
        Set(words.compactMap { kinds[$0] })
    }
}
