import Foundation
import Testing

@testable import RecallModel

/// "Which came first?": pairs that never overlap, never tell one event twice, and are neighbours in time.
@Suite struct OrderQuestionTests {
    func deck(_ text: String) throws -> Deck {
        let source = try SourceText(name: "t.txt", bytes: Array(text.utf8))
        return try DeckBuilder(kinds: [.order]).build(
            source, name: "t", builtAt: time("2026-11-30T10:00:00Z")
        ).deck
    }

    func pairs(_ deck: Deck) -> [PairQuestion] {
        deck.cards.compactMap { if case .order(let pair) = $0.question { pair } else { nil } }
    }

    @Test func datesThatContainOneAnotherAreNeverPaired() throws {
        let deck = try deck(
            """
            The revolution broke out in Petrograd in 1917.
            The Bolsheviks stormed the Winter Palace on 7 November 1917.
            Fighting spread along the Volga during the 1910s.
            """)
        #expect(pairs(deck).isEmpty)
    }

    @Test func theEarlierStatementIsTheAnswerAndEachFactIsInOnePair() throws {
        let deck = try deck(
            """
            Aleksandr Kolchak took command of the White forces in Siberia in November 1918.
            The Red Army captured Omsk in November 1919.
            Pyotr Wrangel evacuated his army from the Crimea in November 1920.
            The Kronstadt sailors rose against the Soviet government in March 1921.
            """)
        let made = pairs(deck)
        #expect(made.count == 2)
        var facts: [String] = []
        for pair in made {
            let spans = pair.statements.map { $0.value.span! }
            #expect(!spans[0].overlaps(spans[1]))
            let other = 1 - pair.answerIndex
            #expect(spans[pair.answerIndex].lowerBound < spans[other].lowerBound)
            for statement in pair.statements { #expect(!statement.label.contains(statement.date)) }
            facts += pair.statements.map(\.factID)
        }
        #expect(Set(facts).count == 4)
        // Neighbours in time: 1918 goes with 1919, 1920 with 1921.
        #expect(
            Set(made.map { Set($0.statements.map(\.date)) }) == [
                ["November 1918", "November 1919"], ["November 1920", "March 1921"],
            ])
    }

    @Test func oneEventToldTwiceIsNotAPair() throws {
        let deck = try deck(
            """
            The Treaty of Brest-Litovsk ended Russia's part in the First World War in March 1918.
            Russia's part in the First World War ended with the Treaty of Brest-Litovsk, signed in 1918.
            """)
        #expect(pairs(deck).isEmpty)
    }

    @Test func theCheckCatchesAnOverlapAWrongAnswerAndOneFactTwice() throws {
        let deck = try deck(
            """
            Aleksandr Kolchak took command of the White forces in Siberia in November 1918.
            The Red Army captured Omsk in November 1919.
            """)
        let card = try #require(deck.cards.first)
        guard case .order(var pair) = card.question else { Issue.record("not an order card"); return }
        let check = FamilyCheck(facts: deck.facts)
        #expect(check.problem(with: card) == nil)
        var swapped = pair
        swapped.answerIndex = 1 - pair.answerIndex
        #expect(check.problem(with: Card(id: "x", factID: "x", question: .order(swapped))) != nil)
        pair.statements[1] = pair.statements[0]
        #expect(check.problem(with: Card(id: "x", factID: "x", question: .order(pair))) != nil)
    }

    @Test func answersAreLettersOrTheStatement() throws {
        let pair = PairQuestion(
            statements: [
                .init(
                    factID: "1", label: "The Red Army captured Omsk in ____.", date: "1919",
                    value: .year(1919),
                    source: .init(sentence: "", line: 1)),
                .init(
                    factID: "2", label: "Kolchak took command in ____.", date: "1918", value: .year(1918),
                    source: .init(sentence: "", line: 2)),
            ], answerIndex: 1)
        let question = Question.order(pair)
        #expect(AnswerChecker.check("b", against: question) == .right)
        #expect(AnswerChecker.check(" B) ", against: question) == .right)
        #expect(AnswerChecker.check("a", against: question) == .wrong)
        #expect(AnswerChecker.check("kolchak took command in ____", against: question) == .right)
        #expect(AnswerChecker.check("c", against: question) == .retry("not an option: A–B"))
        #expect(question.answer == "b) Kolchak took command in ____.")
    }
}
