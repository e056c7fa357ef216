import Foundation
import Testing

@testable import RecallApp
@testable import RecallModel

@Suite struct StudySessionTests {
    let start = time("2026-03-10T09:00:00Z")

    func deck() throws -> Deck {
        var deck = try DeckBuilder().build(try sampleSource(), name: "turkey-russia", builtAt: start).deck
        deck.settings.fuzz = false
        deck.settings.newCardsPerDay = 1_000
        return deck
    }

    /// Walks a day of study through random answers, `:skip`, `:bury` and `:undo` (as the REPL does
    /// them) and checks that no two cards of one fact are ever shown the same day.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func siblingsStayHiddenThroughSkipBuryAndUndo(seed: UInt64) throws {
        let deck = try deck()
        #expect(Set(deck.cards.map(\.factID)).count < deck.cards.count)
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: start, timeZone: utc, seed: seed)
        var generator = SeededGenerator(seed: seed)
        var now = start
        var shownCard: [String: String] = [:]
        var pending: Card? = nil
        var commands = 0
        for _ in 0..<600 {
            guard let card = pending ?? session.nextCard(at: now) else { break }
            pending = nil
            if let earlier = shownCard[card.factID] {
                #expect(earlier == card.id, "fact \(card.factID): \(earlier) then \(card.id)")
            }
            shownCard[card.factID] = card.id
            switch Int.random(in: 0..<10, using: &generator) {
            case 0:
                session.skip(card.id, at: now)
                commands += 1
            case 1:
                session.bury(card.id, at: now)
                commands += 1
            case 2:
                if let undone = session.undo(at: now) {
                    session.skip(card.id, at: now)
                    pending = undone
                    commands += 1
                }
            default:
                let rating = Rating.allCases.randomElement(using: &generator)!
                session.record(card.id, rating: rating, at: now, answer: nil, durationMs: 4_000)
            }
            now = now.addingTimeInterval(20)
        }
        #expect(commands > 10)
        // A new session the same day (after a restart) hides what was buried or answered, with its siblings.
        var reopened = StudySession(deck: deck, progress: session.progress, now: now, timeZone: utc, seed: 9)
        while let card = reopened.nextCard(at: now) {
            if let earlier = shownCard[card.factID] {
                #expect(
                    earlier == card.id, "after reopening, fact \(card.factID): \(earlier) then \(card.id)")
            }
            shownCard[card.factID] = card.id
            reopened.record(card.id, rating: .good, at: now, answer: nil, durationMs: 4_000)
            now = now.addingTimeInterval(20)
        }
    }

    @Test func buryingANewCardHidesItsFactTodayAndKeepsItNew() throws {
        let deck = try deck()
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: start, timeZone: utc, seed: 1)
        let first = session.nextCard(at: start)
        let card = try #require(first)
        let siblings = deck.cards.filter { $0.factID == card.factID }.map(\.id)
        #expect(siblings.count > 1)
        let newBefore = session.queue.counts.new
        session.bury(card.id, at: start)
        #expect(session.queue.counts.new == newBefore - (siblings.count - 1))
        for id in siblings {
            let schedule = try #require(session.progress.schedules[id])
            #expect(schedule.isNew && schedule.buriedUntil == session.queue.day.end)
        }
        var shownToday: [String] = []
        while let next = session.nextCard(at: start) {
            shownToday.append(next.id)
            session.record(next.id, rating: .good, at: start, answer: nil, durationMs: nil)
        }
        #expect(Set(shownToday).isDisjoint(with: siblings))
        // Tomorrow the buried cards are new cards again, counted against the new-card limit.
        let tomorrow = start.addingTimeInterval(86_400)
        var next = StudySession(deck: deck, progress: session.progress, now: tomorrow, timeZone: utc, seed: 1)
        var firstOfFact: Card? = nil
        while let shown = next.nextCard(at: tomorrow) {
            if shown.factID == card.factID {
                firstOfFact = shown
                break
            }
            next.record(shown.id, rating: .good, at: tomorrow, answer: nil, durationMs: nil)
        }
        let buried = try #require(firstOfFact)
        next.record(buried.id, rating: .good, at: tomorrow, answer: nil, durationMs: nil)
        #expect(next.progress.reviews.last?.before.phase == nil)
        #expect(next.progress.reviews.last?.kind == .learning)
    }

    @Test func skipShowsTheSameCardLaterAndNoSibling() throws {
        let deck = try deck()
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: start, timeZone: utc, seed: 1)
        let first = session.nextCard(at: start)
        let card = try #require(first)
        session.skip(card.id, at: start)
        var shown: [Card] = []
        var now = start
        while let next = session.nextCard(at: now) {
            shown.append(next)
            session.record(next.id, rating: .easy, at: now, answer: nil, durationMs: nil)
            now = now.addingTimeInterval(60)
        }
        #expect(shown.contains { $0.id == card.id })
        #expect(!shown.contains { $0.factID == card.factID && $0.id != card.id })
    }

    @Test func everyAnswerGradedGoodOrEasyCountsAsRightSelfGradedIncluded() throws {
        let deck = try deck()
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: start, timeZone: utc, seed: 1)
        let reverse = try #require(deck.cards.first { $0.kind == .reverse })
        session.record(reverse.id, rating: .good, at: start, answer: nil, durationMs: nil)
        let others = deck.cards.filter { $0.factID != reverse.factID }
        session.record(others[0].id, rating: .easy, at: start, answer: "x", durationMs: nil)
        session.record(others[1].id, rating: .hard, at: start, answer: "x", durationMs: nil)
        session.record(others[2].id, rating: .again, at: start, answer: "x", durationMs: nil)
        #expect(session.tally == StudySession.Tally(studied: 4, right: 2))
        session.regrade(.good, at: start)
        #expect(session.tally == StudySession.Tally(studied: 4, right: 3))
        _ = session.undo(at: start)
        #expect(session.tally == StudySession.Tally(studied: 3, right: 2))
    }

    @Test func nothingLeftMeansTheNextCardIsNotDueNow() throws {
        let deck = try deck()
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: start, timeZone: utc, seed: 1)
        let first = session.nextCard(at: start)
        let card = try #require(first)
        session.bury(card.id, at: start)
        var now = start
        while let next = session.nextCard(at: now) {
            session.record(next.id, rating: .easy, at: now, answer: nil, durationMs: nil)
            now = now.addingTimeInterval(30)
        }
        let due = try #require(session.nextDue(after: now))
        #expect(due >= session.queue.day.end)
    }
}
