import Foundation
import Testing

@testable import RecallConsole
@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

@Suite struct QuizTests {
    func deck() throws -> Deck {
        try DeckBuilder().build(
            try sampleSource(), name: "turkey-russia", builtAt: time("2026-11-25T10:00:00Z")
        ).deck
    }

    @Test func theSameSeedGivesTheSameQuizAndFactsDoNotRepeat() throws {
        let deck = try deck()
        let a = Quiz(deck: deck, count: 10, kinds: Set(QuestionKind.allCases), seed: 1)
        let b = Quiz(deck: deck, count: 10, kinds: Set(QuestionKind.allCases), seed: 1)
        let c = Quiz(deck: deck, count: 10, kinds: Set(QuestionKind.allCases), seed: 2)
        #expect(a.cards.map(\.id) == b.cards.map(\.id))
        #expect(a.cards.map(\.id) != c.cards.map(\.id))
        #expect(a.cards.count == 10)
        #expect(Set(a.cards.map(\.factID)).count == 10)
        let clozeOnly = Quiz(deck: deck, count: 100, kinds: [.cloze], seed: 3)
        #expect(clozeOnly.cards.allSatisfy { $0.kind == .cloze })
        #expect(clozeOnly.cards.count == Set(deck.cards.filter { $0.kind == .cloze }.map(\.factID)).count)
    }

    @Test func versionsShareAsFewFactsAsTheDeckAllows() throws {
        let deck = try deck()
        let kinds = Set(QuestionKind.allCases)
        let facts = Quiz(deck: deck, count: 1, kinds: kinds, seed: 1).factCount
        #expect(facts == Set(deck.cards.map(\.factID)).count)
        for count in [5, facts / 2, facts / 2 + 4, facts - 1] {
            for seed: UInt64 in [1, 2, 7] {
                let a = Quiz(deck: deck, count: count, kinds: kinds, seed: seed)
                let b = Quiz(deck: deck, count: count, kinds: kinds, seed: seed + 1)
                let shared = Set(a.cards.map(\.factID)).intersection(b.cards.map(\.factID)).count
                #expect(shared == max(0, 2 * count - facts), "count \(count), seeds \(seed) and \(seed + 1)")
                #expect(a.sharedWithNextVersion == shared)
            }
        }
        let zero = Quiz(deck: deck, count: 3, kinds: kinds, seed: 0)
        #expect(zero.cards.count == 3)
    }

    @Test func scoresRightPartlyAndWrong() throws {
        let deck = try deck()
        let clozes = deck.cards.compactMap { card -> (Card, ClozeQuestion)? in
            if case .cloze(let question) = card.question { return (card, question) }
            return nil
        }
        let year = try #require(clozes.first { $0.1.value.granularity == .year })
        let day = try #require(clozes.first { $0.1.value.granularity == .day && $0.1.answer.contains("20") })
        var quiz = Quiz(deck: deck, count: 1, kinds: [.cloze], seed: 5)
        quiz.cards = [year.0, day.0, year.0]
        let answers: [String?] = [year.1.answer, String(day.1.value.firstYear!), "1066"]
        let output = OutputBuffer()
        var repl = QuizREPL(
            quiz: quiz, reader: ScriptedLineReader(answers), clock: ManualClock(time("2026-11-25T10:00:00Z")),
            style: .plain, write: { output.append($0) })
        let result = repl.run()
        #expect(result.answers.map(\.verdict) == ["right", "partly", "wrong"])
        #expect(result.score == 1.5)
        #expect(result.percent == 50)
        #expect(output.text.contains("Score: 1.5/3 (50%)"))
    }

    @Test func aChoiceThatIsNoOptionIsAskedAgainNotScored() throws {
        let deck = try deck()
        let choice = try #require(deck.cards.first { $0.kind == .choice })
        guard case .choice(let question) = choice.question else { return }
        var quiz = Quiz(deck: deck, count: 1, kinds: [.choice], seed: 5)
        quiz.cards = [choice]
        let right = ChoiceQuestion.letter(question.answerIndex)
        let output = OutputBuffer()
        var repl = QuizREPL(
            quiz: quiz, reader: ScriptedLineReader(["z", "9/8/2016", right]),
            clock: ManualClock(time("2026-11-25T10:00:00Z")), style: .plain, write: { output.append($0) })
        let result = repl.run()
        #expect(output.text.contains("not an option: A–D"))
        #expect(output.text.contains("ambiguous: write the month as a word"))
        #expect(result.answers.map(\.answer) == [right])
        #expect(result.score == 1)
    }

    @Test func resultsAreAppendedToTheLog() throws {
        let files = MemoryFileStore()
        let log = QuizLog(workspace: Workspace(root: URL(fileURLWithPath: "/w")), files: files)
        let result = QuizResult(
            time: time("2026-11-25T10:00:00Z"), deck: "d", seed: 1, kinds: [.cloze],
            answers: [.init(cardID: "c", kind: .cloze, answer: "1952", verdict: "right")], score: 1)
        try log.append(result)
        try log.append(result)
        #expect(try log.results(deck: "d") == [result, result])
        #expect(result.percent == 100)
    }
}
