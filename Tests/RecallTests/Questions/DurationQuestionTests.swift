import Foundation
import Testing

@testable import RecallModel

/// "How long?": lengths across BC and AD and month boundaries, ends of one subject, and the checker.
@Suite struct DurationQuestionTests {
    typealias Length = (amount: Int, unit: DurationQuestion.Unit, whole: Bool)

    static let lengths: [(DateValue, DateValue, Int, DurationQuestion.Unit, Bool)] = [
        (.year(1859), .year(1869), 10, .years, false),
        (.year(-10), .year(10), 19, .years, false),  // no year 0
        (.year(-264), .year(-241), 23, .years, false),
        (.year(-1), .year(1), 1, .years, false),
        (.month(year: 1918, month: 2), .month(year: 1918, month: 7), 5, .months, false),
        (.month(year: 1917, month: 11), .month(year: 1918, month: 2), 3, .months, false),
        (.day(year: 1918, month: 1, day: 31), .day(year: 1918, month: 2, day: 28), 28, .days, false),
        (.day(year: 1918, month: 1, day: 31), .day(year: 1918, month: 3, day: 1), 29, .days, false),
        // 1916 is a leap year.
        (.day(year: 1916, month: 2, day: 1), .day(year: 1916, month: 3, day: 1), 29, .days, false),
        (.day(year: 1918, month: 1, day: 15), .day(year: 1918, month: 3, day: 20), 2, .months, true),
        (.day(year: 1914, month: 6, day: 28), .day(year: 1918, month: 11, day: 11), 4, .years, true),
        (.month(year: 1859, month: 4), .month(year: 1869, month: 11), 10, .years, true),
        (.year(1914), .month(year: 1918, month: 11), 4, .years, false),
    ]

    @Test(arguments: lengths) func lengthsAcrossErasAndMonths(
        _ start: DateValue, _ end: DateValue, _ amount: Int, _ unit: DurationQuestion.Unit, _ whole: Bool
    ) throws {
        let length = try #require(DurationQuestion.length(from: start, to: end))
        #expect(length.amount == amount && length.unit == unit && length.whole == whole)
    }

    @Test func anEndBeforeItsStartHasNoLength() {
        #expect(DurationQuestion.length(from: .year(1869), to: .year(1859)) == nil)
        #expect(DurationQuestion.length(from: .century(1800), to: .year(1900)) == nil)
    }

    func durations(_ text: String) throws -> [DurationQuestion] {
        let source = try SourceText(name: "t.txt", bytes: Array(text.utf8))
        let deck = try DeckBuilder(kinds: [.duration]).build(
            source, name: "t", builtAt: time("2026-11-30T10:00:00Z")
        )
        .deck
        let check = FamilyCheck(facts: deck.facts)
        for card in deck.cards { #expect(check.problem(with: card) == nil) }
        return deck.cards.compactMap { if case .duration(let q) = $0.question { q } else { nil } }
    }

    @Test func twoDatesOfOneSubjectAndARange() throws {
        let made = try durations(
            """
            Construction of the Suez Canal began in April 1859 and ended in November 1869.
            The First Punic War (264–241 BC) was fought on land in Sicily and at sea.
            """)
        #expect(made.map(\.answer) == ["10 years", "23 years"])
        #expect(
            made[0].prompt
                == "Construction of the Suez Canal began in ____ and ended in ____. How many whole years passed between the two dates?"
        )
        #expect(made[1].prompt.hasPrefix("The First Punic War (____)"))
        #expect(made[1].prompt.hasSuffix(" The blank is a span of time: how many years did it last?"))
    }

    @Test func aLifespanAfterABiographysNameGivesNoCard() throws {
        let made = try durations(
            """
            Maud Ellery (1861–1932) was a botanist and teacher from Devon.
            The Second Dutch War (1665–1667) was fought at sea.
            """)
        #expect(made.map(\.answer) == ["2 years"])
    }

    @Test func aRangeThatDatesAThingGivesNoCard() throws {
        let made = try durations(
            """
            The existing church building is dated 1469–72 and was long the largest in the county.
            Pottery dating from 5500–4800 BC was found under the floor of the hall.
            The Second Dutch War (1665–1667) was fought at sea.
            """)
        #expect(made.map(\.answer) == ["2 years"])
    }

    /// Months between two months, or days between two days, count two ways (4 or 5 from May to
    /// September): no card; months between two days and years between two years count one way.
    @Test func aLengthThatCountsEitherWayGivesNoCard() throws {
        let made = try durations(
            """
            From May to September 1916 she worked at the front in France.
            The siege lasted from 3 to 9 July 1863 on the river.
            The strike began on 2 March 1921 and ended on 28 June 1921.
            The war lasted from 1914 to 1918 in Europe.
            """)
        #expect(made.map(\.answer) == ["3 months", "4 years"])
    }

    @Test func endsOfTwoSubjectsOrAStatedLengthGiveNoCard() throws {
        #expect(
            try durations(
                """
                The League of Nations was founded in 1920 and the old empire was dissolved in 1922.
                The war began in 1914 and peace came in 1919.
                Michael ruled for 32 years from 1613 until 1645.
                The committee met in 1877–78 to draft the law.
                """
            ).isEmpty)
    }

    @Test func theCheckerIsExactOnDigitsAndTheUnitIsOptional() {
        let question = Question.duration(
            DurationQuestion(
                text: "Construction began in ____ and ended in ____.", from: "1859", to: "1869",
                fromValue: .year(1859), toValue: .year(1869), amount: 10, unit: .years, whole: false,
                sentence: "Construction began in 1859 and ended in 1869.", context: nil,
                source: .init(sentence: "", line: 1)))
        for right in ["10", "10 years", " 10 yrs", "about 10 years", "10 year"] {
            #expect(AnswerChecker.check(right, against: question) == .right, "\(right)")
        }
        for wrong in ["11", "100", "10 months", "10 days", "10 or 11", "ten", "", "1859 to 1869"] {
            #expect(AnswerChecker.check(wrong, against: question) == .wrong, "\(wrong)")
        }
    }

    @Test func theCheckCatchesAWrongLengthAndEndsOfTwoSubjects() throws {
        let text = "Construction of the Suez Canal began in April 1859 and ended in November 1869."
        let source = try SourceText(name: "t.txt", bytes: Array(text.utf8))
        let deck = try DeckBuilder(kinds: [.duration]).build(
            source, name: "t", builtAt: time("2026-11-30T10:00:00Z")
        )
        .deck
        let card = try #require(deck.cards.first)
        guard case .duration(var question) = card.question else { Issue.record("not a duration"); return }
        let check = FamilyCheck(facts: deck.facts)
        #expect(check.problem(with: card) == nil)
        question.amount = 11
        #expect(
            check.problem(with: Card(id: card.id, factID: card.factID, question: .duration(question))) != nil)
        var facts = deck.facts
        facts[0].text = facts[0].text.replacingOccurrences(of: "and ended", with: "and the railway ended")
        let shifted = facts[0].dates.map { date -> DateExpression in
            var date = date
            if date.text == "November 1869" {
                date.utf8Range = (date.utf8Range.lowerBound + 12)..<(date.utf8Range.upperBound + 12)
            }
            return date
        }
        facts[0].dates = shifted
        question.amount = 10
        #expect(
            FamilyCheck(facts: facts).problem(
                with: Card(id: card.id, factID: card.factID, question: .duration(question)))
                != nil)
    }
}
