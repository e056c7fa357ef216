import Foundation

/// A card made for one student from one mistake: the student gave, for a fact's date, the date of
/// another fact of the deck (1798 for a 1789 fact, when 1798 is another fact's date), so the card
/// sets the two facts side by side: `1789 or 1798: which happened in 1789?`.
///
/// It lives in the student's progress, not in the shared deck. It is studied like a new card, comes
/// back later in the session that made it, and leaves the queue once it has been answered right on
/// two study days after the day it was made.
public struct ContrastCard: Codable, Sendable, Hashable {
    /// A `.contrast` card: the fact answered wrongly and the fact whose date was given.
    public var card: Card
    /// When the mistake was made.
    public var created: Date

    public init(card: Card, created: Date) {
        self.card = card
        self.created = created
    }

    /// How many later study days it must be answered right on before it leaves the queue.
    public static let rightDaysToRetire = 2

    /// The study days after the one it was made on when it was answered right (graded Good or Easy).
    public func rightDays(in reviews: [ReviewLog], timeZone: TimeZone, startHour: Int) -> Set<Date> {
        let made = StudyDay(containing: created, timeZone: timeZone, startHour: startHour).start
        var days = Set<Date>()
        for review in reviews where review.cardID == card.id && review.rating >= .good {
            let day = StudyDay(containing: review.time, timeZone: timeZone, startHour: startHour).start
            if day > made { days.insert(day) }
        }
        return days
    }

    /// Whether it has left the queue: answered right on two later study days.
    public func isRetired(in reviews: [ReviewLog], timeZone: TimeZone, startHour: Int) -> Bool {
        rightDays(in: reviews, timeZone: timeZone, startHour: startHour).count >= Self.rightDaysToRetire
    }

    /// The contrast card for a wrong answer to `card`, when the answer reads as a date that another
    /// fact of `deck` has (the same value, not merely the same year); nil when it matches no other
    /// fact, when it is right, or when the card asks for no date of one fact.
    public static func forMistake(_ typed: String, on card: Card, in deck: Deck, at now: Date)
        -> ContrastCard?
    {
        let asked: DateValue
        var answer = typed
        switch card.question {
        case .cloze(let question): asked = question.value
        case .choice(let question):
            asked = question.value
            let letter = typed.trimmingSpaces().lowercased().trimmingCharacters(
                in: CharacterSet(charactersIn: ").: "))
            if letter.count == 1, let scalar = letter.unicodeScalars.first, ("a"..."z").contains(scalar) {
                let index = Int(scalar.value - UnicodeScalar("a").value)
                guard question.options.indices.contains(index) else { return nil }
                answer = question.options[index]
            }
        default: return nil
        }
        guard case .date(let read) = DateAnswer.read(answer), read.value != asked,
            let fact = deck.facts.first(where: { $0.id == card.factID }),
            let date = fact.dates.first(where: { $0.value == asked }),
            let other = deck.facts.first(where: {
                $0.id != fact.id && $0.dates.contains { $0.value == read.value }
            }),
            let otherDate = other.dates.first(where: { $0.value == read.value })
        else { return nil }
        let id = StableID.make("contrast", fact.id, asked.timex, other.id, read.value.timex)
        let statement = { (fact: Fact, date: DateExpression) in
            PairQuestion.Statement(
                factID: fact.id, label: PairCandidate.label(for: fact, date: date), date: date.text,
                value: date.value, source: SourceReference(sentence: fact.source, line: fact.line))
        }
        var generator = SeededGenerator(id: id)
        let askedFirst = Bool.random(using: &generator)
        let pair = [statement(fact, date), statement(other, otherDate)]
        let question = PairQuestion(
            statements: askedFirst ? pair : pair.reversed(), answerIndex: askedFirst ? 0 : 1)
        return ContrastCard(card: Card(id: id, factID: id, question: .contrast(question)), created: now)
    }
}
