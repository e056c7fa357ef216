import Foundation
import Testing

@testable import RecallApp
@testable import RecallModel
@testable import RecallStorage

/// Contrast cards: made exactly when a wrong answer is another fact's date, shown later the same
/// session, saved in the progress, and gone after right answers on two later days.
@Suite struct ContrastCardTests {
    let start = time("2026-03-10T09:00:00Z")

    func deck() throws -> Deck {
        let text = """
            The Estates-General met at Versailles in 1789.
            Napoleon landed in Egypt in 1798.
            The Directory replaced the Convention in 1795.
            """
        var deck = try DeckBuilder(kinds: [.cloze]).build(
            try SourceText(name: "t.txt", bytes: Array(text.utf8)), name: "t", builtAt: start
        ).deck
        deck.settings.fuzz = false
        return deck
    }

    func cloze(_ deck: Deck, answer: String) throws -> Card {
        try #require(deck.cards.first { $0.question.answer == answer })
    }

    @Test func aContrastExactlyWhenTheWrongAnswerIsAnotherFactsDate() throws {
        let deck = try deck()
        let card = try cloze(deck, answer: "1789")
        let contrast = try #require(ContrastCard.forMistake("1798", on: card, in: deck, at: start))
        guard case .contrast(let pair) = contrast.card.question else {
            Issue.record("not a contrast"); return
        }
        #expect(Set(pair.statements.map(\.date)) == ["1789", "1798"])
        #expect(pair.statements[pair.answerIndex].date == "1789")
        #expect(contrast.card.question.prompt == "1789 or 1798: which happened in 1789?")
        for statement in pair.statements { #expect(!statement.label.contains(statement.date)) }
        // An answer that is no fact's date, the right answer, or no date at all makes none.
        #expect(ContrastCard.forMistake("1790", on: card, in: deck, at: start) == nil)
        #expect(ContrastCard.forMistake("1789", on: card, in: deck, at: start) == nil)
        #expect(ContrastCard.forMistake("Versailles", on: card, in: deck, at: start) == nil)
        // The same answer a day later is the same card.
        #expect(
            ContrastCard.forMistake("1798", on: card, in: deck, at: start.addingTimeInterval(86_400))?.card.id
                == contrast.card.id)
    }

    @Test func shownLaterTheSameSessionAndGoneAfterTwoRightDays() throws {
        let deck = try deck()
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: "t"), now: start, timeZone: utc, seed: 1)
        var now = start
        let next = session.nextCard(at: now)
        let first = try #require(next)
        let wrong = first.question.answer == "1798" ? "1789" : "1798"
        session.record(first.id, rating: .again, at: now, answer: wrong, durationMs: 3_000)
        let added = session.addContrast(for: first, typed: wrong, at: now)
        let made = try #require(added)
        #expect(session.progress.contrasts.map(\.card.id) == [made.id])
        #expect(session.pendingChanges.contains { $0.contrast?.card.id == made.id })
        // It comes back within the session, after the other cards.
        var shown: [String] = []
        while let card = session.nextCard(at: now), shown.count < 20 {
            shown.append(card.id)
            session.record(card.id, rating: .good, at: now, answer: nil, durationMs: 3_000)
            now = now.addingTimeInterval(60)
        }
        #expect(shown.contains(made.id))
        // The progress saves and loads with it.
        let saved = try ProgressFile.decode(ProgressFile.encode(session.progress), file: "t.progress.json")
        #expect(saved == session.progress)
        // Right on the day it was made does not count; right on two later days retires it.
        var day = start
        for expectedStill in [true, true, false] {
            day = day.addingTimeInterval(86_400)
            var later = StudySession(deck: deck, progress: session.progress, now: day, timeZone: utc, seed: 2)
            #expect((later.card(made.id) != nil) == expectedStill)
            guard expectedStill else { break }
            later.record(made.id, rating: .good, at: day, answer: "a", durationMs: 2_000)
            session = later
        }
    }

    @Test func undoingTheMistakeTakesTheContrastAwayAndRegradingKeepsIt() throws {
        let deck = try deck()
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: "t"), now: start, timeZone: utc, seed: 1)
        let card = try cloze(deck, answer: "1789")
        session.record(card.id, rating: .again, at: start, answer: "1798", durationMs: 3_000)
        let added = session.addContrast(for: card, typed: "1798", at: start)
        let made = try #require(added)
        session.regrade(.hard, at: start)
        #expect(session.progress.contrasts.map(\.card.id) == [made.id])
        _ = session.undo(at: start)
        #expect(session.progress.contrasts.isEmpty)
        #expect(session.card(made.id) == nil)
        #expect(session.pendingChanges.contains { $0.removesContrast == true })
    }
}
