/// A fact that a pair card ("Which came first?", "Before or after?") can show: its only date,
/// the stretch of time that date covers, and the names its sentence mentions.
struct PairCandidate: Sendable {
    var fact: Fact
    var date: DateExpression
    var bounds: Range<Double>
    /// Capitalized names of the sentence (`Turkey`, `NATO`), for preferring pairs of one subject.
    var names: Set<String>
    /// Content words of the sentence, for telling one event told twice.
    var words: Set<String>

    /// The event told without its date (`DatelessStatement`).
    var label: String

    var statement: PairQuestion.Statement {
        PairQuestion.Statement(
            factID: fact.id, label: label,
            date: QuestionGenerator.withYear(date) ?? date.text,
            value: date.value, source: SourceReference(sentence: fact.source, line: fact.line))
    }

    /// Facts whose sentence holds one date only (another date left in the statement could tell the
    /// order), anchored, typed as written, not approximate, finer than a century, whose statement
    /// reads on its own; not a side date in a bracket (`King Edmund (r. 1016–1035)`), a date the
    /// sentence gives away (`the centenary of her birth`) or trivia (`Officials said on …`), nor a
    /// figure (`20% of workers were members by ____`).
    static func candidates(_ facts: [Fact]) -> [PairCandidate] {
        facts.compactMap { fact in
            // A fact shown with the sentence before it needs that sentence: a statement has no room for it.
            guard fact.context == nil, fact.dates.count == 1, let date = fact.dates.first,
                date.value.isAnchored,
                date.value.granularity != .century, DateFinder.parseAnswer(date.text) != nil,
                !QuestionGenerator.isApproximate(date, in: fact.text), let bounds = date.value.span,
                !QuestionGenerator.isBracketed(date, in: fact.text), !Giveaways.givesAway(date, in: fact),
                !Trivia.isTrivial(date, in: fact), !Trivia.qualifiesANoun(date, in: fact.text),
                let label = DatelessStatement.make(label(for: fact, date: date), dateText: date.text),
                LabelReading.readsAlone(label), !LabelReading.statesAFigure(fact.text)
            else { return nil }
            let names = QuestionGenerator.cue(for: fact).map {
                Set($0.components(separatedBy: " · "))
            }
            return PairCandidate(
                fact: fact, date: date, bounds: bounds, names: names ?? [], words: contentWords(fact.text),
                label: label)
        }
    }

    /// The most words a statement shows: a pair has room for longer statements than a timeline's
    /// items, and a statement cut short can lose the event it tells.
    static let maximumWords = 32

    /// The fact with its date blanked and an opening `In ____,` taken out, cut at `maximumWords`.
    static func label(for fact: Fact, date: DateExpression) -> String {
        QuestionGenerator.label(for: fact, date: date, maximumWords: maximumWords)
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }.map(
                String.init))
    }

    /// Whether two sentences tell one event: most of the shorter one's content words are the other's.
    func isSameEvent(as other: PairCandidate) -> Bool {
        fact.id == other.fact.id || Self.isSameEvent(words, other.words)
    }

    /// Whether the two statements number their events (`the first battle of Bull Run` and `the second
    /// battle …`, `the final siege`): the words tell the order, and the card asks nothing.
    func numbersItsOrder(with other: PairCandidate) -> Bool {
        // Every rank word has four letters or more, so the content words hold it.
        let (mine, theirs) = (words.intersection(Self.rankWords), other.words.intersection(Self.rankWords))
        return !mine.isEmpty && !theirs.isEmpty && mine != theirs
    }

    static let rankWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "final", "last", "initial", "subsequent",
    ]

    static func isSameEvent(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let smaller = min(a.count, b.count)
        return smaller == 0 || Double(a.intersection(b).count) >= 0.6 * Double(smaller)
    }

    /// Whether the text makes the order certain: the two stretches of time do not overlap
    /// (`1917` and `7 November 1917` do; `1917` and `March 1918` do not).
    func isApart(from other: PairCandidate) -> Bool {
        !bounds.overlaps(other.bounds)
    }
}
