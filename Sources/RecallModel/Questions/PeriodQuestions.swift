/// "Which century / which decade?" cards, at the grain that is worth asking for the deck.
extension QuestionGenerator {
    /// The largest share of the deck's dated facts a period may hold and still be asked: when most
    /// facts fall in one decade, "which decade?" is answered by guessing the deck's own.
    static let largestPeriodShare = 0.5

    /// How many of the deck's facts each decade and century holds, by their first anchored date.
    struct PeriodCounts {
        var decades: [DateValue: Int] = [:]
        var centuries: [DateValue: Int] = [:]
        var total = 0

        init(_ facts: [Fact]) {
            for fact in facts {
                guard let year = fact.dates.first(where: { $0.value.isAnchored })?.value.firstYear else {
                    continue
                }
                total += 1
                if let decade = PeriodQuestion.decade(of: year) { decades[decade.value, default: 0] += 1 }
                if let century = PeriodQuestion.century(of: year) {
                    centuries[century.value, default: 0] += 1
                }
            }
        }

        /// Whether a period holds few enough of the deck's facts to be worth asking.
        func isWorthAsking(_ period: DateValue) -> Bool {
            let count = (period.granularity == .decade ? decades[period] : centuries[period]) ?? 0
            return total > 0 && Double(count) <= QuestionGenerator.largestPeriodShare * Double(total)
        }
    }

    /// The period card of a fact: its first anchored date, precise to a year or finer, asked as its
    /// decade when that is worth asking, else as its century (never for a year ending in 00); none
    /// when the sentence does not read alone (`these elements`), states a figure, already names
    /// the period (`century`, `the 1950s`), another of its dates or of its context falls in the same
    /// period, or the period is the century the deck is built in (the answer would be "now").
    func periodCard(for fact: Fact, counts: PeriodCounts, titleYear: Int? = nil) -> Card? {
        guard let date = fact.dates.first(where: { $0.value.isAnchored }),
            [.year, .month, .day, .season].contains(date.value.granularity), let year = date.value.firstYear,
            // The decade of the year a text is named by (the 1250s of the 1257 eruption) is no question.
            year != titleYear,
            DateFinder.parseAnswer(date.text) != nil, !Self.isApproximate(date, in: fact.text),
            !Giveaways.givesAway(date, in: fact), !Trivia.isTrivial(date, in: fact),
            fact.context != nil || LabelReading.readsAlone(fact.text), !LabelReading.statesAFigure(fact.text)
        else { return nil }
        // A year ending in 00 closes its century (1900 is the 19th century's last year), which many
        // students count otherwise: it is asked by its decade or not at all.
        let century = year % 100 == 0 ? nil : PeriodQuestion.century(of: year)
        let options = [PeriodQuestion.decade(of: year), century].compactMap { $0 }
        guard
            let period = options.first(where: {
                counts.isWorthAsking($0.value) && Self.periodProblem($0.value, date: date, in: fact) == nil
                    && !($0.value.granularity == .century && $0.value.holds(year: latestYear))
            })
        else { return nil }
        let question = PeriodQuestion(
            text: Self.withPeriodPreposition(Self.blanking(date, in: fact.text)), date: date.text,
            dateValue: date.value,
            answer: period.text,
            value: period.value, sentence: fact.text, context: fact.context,
            source: SourceReference(sentence: fact.source, line: fact.line))
        return Card(
            id: StableID.make("period", StableID.normalized(fact.writtenText), period.value.timex),
            factID: fact.id,
            question: .period(question))
    }

    /// The blanked sentence with the preposition a period takes: `On ____, the firm …` asks for a
    /// day, and reads wrongly with `the 2010s`; a period is `in` it.
    static func withPeriodPreposition(_ text: String) -> String {
        let blank = ClozeQuestion.blank
        if text.hasPrefix("On \(blank)") { return "In" + text.dropFirst(2) }
        return text.replacingOccurrences(of: " on \(blank)", with: " in \(blank)")
    }

    /// Words that make a date the bound of a time (`before 1969`, `until 1920`, `pre-1914`).
    static let bounds: Set<String> = ["before", "after", "since", "until", "till", "by", "pre", "post"]

    /// Why a period cannot be asked of a date of a fact, or nil: the sentence names periods of that
    /// grain itself, or another date of it falls in the period and would answer the question.
    static func periodProblem(_ period: DateValue, date: DateExpression, in fact: Fact) -> String? {
        let words = fact.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if period.granularity == .century, words.contains(where: { $0.hasPrefix("centur") }) {
            return "the sentence names a century"
        }
        if period.granularity == .decade,
            fact.dates.contains(where: { $0.value.granularity == .decade })
                || words.contains(where: {
                    $0.count == 5 && $0.hasSuffix("s") && $0.dropLast().allSatisfy(\.isNumber)
                })
        {
            return "the sentence names a decade"
        }
        // `Prior to 1969, tolls were …`: a bound, which a whole period would move (`prior to the 1960s`).
        let before = Giveaways.words(of: fact.text, before: date.utf8Range.lowerBound).suffix(2)
        if let last = before.last, Self.bounds.contains(last) || before == ["prior", "to"] {
            return "the date is a bound (\(last)), which its period would move"
        }
        for other in fact.dates where other != date {
            let years = [other.value.firstYear, other.value.lastYear].compactMap { $0 }
            if years.contains(where: { PeriodQuestion.period(of: $0, like: period) == period }) {
                return "another date of the sentence, \(other.text), is in it"
            }
        }
        for other in Giveaways.contextDates(of: fact) {
            let years = [other.firstYear, other.lastYear].compactMap { $0 }
            if years.contains(where: { PeriodQuestion.period(of: $0, like: period) == period }) {
                return "a date of the context shown with it is in it"
            }
        }
        return nil
    }
}

extension DateValue {
    /// Whether the value's time holds `year`.
    func holds(year: Int) -> Bool {
        guard let first = firstYear, let last = lastYear else { return false }
        return (first...last).contains(year)
    }
}
