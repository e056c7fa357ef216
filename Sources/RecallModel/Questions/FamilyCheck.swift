/// Each generated family's own rule, checked on a finished card against the facts it rests on:
/// the builder holds back a card that breaks it, and the tests run it on every card of every deck.
///
/// ```swift
/// let problem = FamilyCheck(facts: deck.facts).problem(with: card)   // nil when the card keeps its rule
/// ```
public struct FamilyCheck: Sendable {
    let facts: [String: Fact]

    public init(facts: [Fact]) {
        self.facts = Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What breaks the card's family rule, as a phrase; nil when it keeps it or its kind has none here.
    public func problem(with card: Card) -> String? {
        switch card.question {
        case .order(let pair): orderProblem(pair)
        case .landmark(let pair): landmarkProblem(pair)
        case .contrast(let pair):
            pair.statements.count == 2 && pair.statements[0].factID != pair.statements[1].factID
                ? nil : "a contrast needs two facts"
        case .duration(let question): durationProblem(question, factID: card.factID)
        case .period(let question): periodProblem(question, factID: card.factID)
        case .who(let question): whoProblem(question, factID: card.factID)
        default: nil
        }
    }

    /// Which came first: two statements of two facts that tell different events, each dated as its
    /// fact is, whose times do not overlap, the answer being the earlier.
    func orderProblem(_ pair: PairQuestion) -> String? {
        guard pair.statements.count == 2 else { return "a pair needs two statements" }
        let (a, b) = (pair.statements[0], pair.statements[1])
        if a.factID == b.factID { return "both statements are one fact" }
        if let problem = statementProblem(a) ?? statementProblem(b) { return problem }
        guard let spanA = a.value.span, let spanB = b.value.span else { return "a date without a span" }
        if spanA.overlaps(spanB) { return "the dates \(a.date) and \(b.date) overlap" }
        let earlier = spanA.lowerBound < spanB.lowerBound ? 0 : 1
        if pair.answerIndex != earlier { return "the answer is not the earlier statement" }
        if let factA = facts[a.factID], let factB = facts[b.factID],
            PairCandidate.isSameEvent(
                PairCandidate.contentWords(factA.text), PairCandidate.contentWords(factB.text))
        {
            return "both statements tell one event"
        }
        return nil
    }

    /// How long: both ends are dates of the card's one fact, one range or two dates of one subject
    /// (`began … ended …`), the length is theirs, and the question shows neither end.
    func durationProblem(_ question: DurationQuestion, factID: String) -> String? {
        guard let fact = facts[factID] else { return "a card of no fact of the deck" }
        if question.from == question.to {
            guard
                fact.dates.contains(where: {
                    $0.text == question.from && $0.value == .range(question.fromValue, question.toValue)
                })
            else { return "the range \(question.from) is not its fact's" }
        } else {
            guard
                let start = fact.dates.first(where: {
                    $0.text == question.from && $0.value == question.fromValue
                }),
                let end = fact.dates.first(where: { $0.text == question.to && $0.value == question.toValue })
            else { return "an end is not a date of its fact" }
            if !QuestionGenerator.isOneSubjectsSpan(start, end, in: fact.text) {
                return "the ends \(question.from) and \(question.to) are not one subject's"
            }
        }
        guard let length = DurationQuestion.length(from: question.fromValue, to: question.toValue),
            length.amount == question.amount, length.unit == question.unit, length.whole == question.whole
        else { return "\(question.answer) is not the length from \(question.from) to \(question.to)" }
        if question.text.contains(question.from) || question.text.contains(question.to) {
            return "the question shows an end"
        }
        return nil
    }

    /// Which century or decade: the date is its fact's and precise to a year or finer, the period is
    /// the one its year belongs to (1900 is in the 19th century), the answer reads back as that
    /// period, and nothing else in the sentence names it.
    func periodProblem(_ question: PeriodQuestion, factID: String) -> String? {
        guard let fact = facts[factID] else { return "a card of no fact of the deck" }
        guard
            let date = fact.dates.first(where: { $0.text == question.date && $0.value == question.dateValue })
        else {
            return "the date \(question.date) is not its fact's"
        }
        guard [.year, .month, .day, .season].contains(date.value.granularity), let year = date.value.firstYear
        else {
            return "\(question.date) is not a precise date"
        }
        guard PeriodQuestion.period(of: year, like: question.value) == question.value else {
            return "\(question.date) is not in \(question.answer)"
        }
        guard case .date(let read) = DateAnswer.read(question.answer), read.value == question.value else {
            return "the answer \(question.answer) does not read as \(question.value)"
        }
        if question.text.contains(question.date) { return "the question shows its date" }
        return QuestionGenerator.periodProblem(question.value, date: date, in: fact)
    }

    /// Before or after: the event and the landmark are two facts that tell different events, each
    /// dated as its fact is, whose times do not overlap, and the answer says how the first stands to
    /// the second.
    func landmarkProblem(_ pair: PairQuestion) -> String? {
        var asOrder = pair
        guard pair.statements.count == 2, let spanA = pair.statements[0].value.span,
            let spanB = pair.statements[1].value.span
        else { return "a pair needs two dated statements" }
        asOrder.answerIndex = spanA.lowerBound < spanB.lowerBound ? 0 : 1
        if let problem = orderProblem(asOrder) { return problem }
        let before = spanA.upperBound <= spanB.lowerBound
        return pair.answerIndex == (before ? 0 : 1)
            ? nil : "the answer is not how the event stands to the landmark"
    }

    /// A statement must be its fact's, with that fact's date blanked out of its label.
    func statementProblem(_ statement: PairQuestion.Statement) -> String? {
        guard let fact = facts[statement.factID] else { return "a statement of no fact of the deck" }
        // The date is shown as written, or with the year the story gives it (`June` → `June 1498`).
        guard
            fact.dates.contains(where: {
                ($0.text == statement.date || QuestionGenerator.withYear($0) == statement.date)
                    && $0.value == statement.value
            })
        else {
            return "the date \(statement.date) is not its fact's"
        }
        if statement.label.contains(statement.date) { return "a statement shows its own date" }
        return nil
    }

}
