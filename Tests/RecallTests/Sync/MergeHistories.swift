import Foundation

@testable import RecallApp
@testable import RecallModel

/// Random study histories for the merge tests: a small deck (two cards per fact, so burials hide
/// siblings), and sessions that answer, bury, suspend and undo at random on a fake clock.
enum MergeHistories {
    static let start = time("2026-03-10T09:00:00Z")

    static func deck(scheduler: DeckSettings.SchedulerKind, facts: Int = 12) -> Deck {
        var cards: [Card] = []
        var factList: [Fact] = []
        for index in 0..<facts {
            let year = 1900 + index
            let sentence = "Event \(index) happened in \(year)."
            factList.append(Fact(text: sentence, source: sentence, line: index + 1, dates: []))
            for kind in 0..<2 {
                let question = Question.cloze(
                    ClozeQuestion(
                        text: kind == 0
                            ? "Event \(index) happened in ____." : "In ____, event \(index) happened.",
                        answer: "\(year)", value: .year(year), sentence: sentence, context: nil,
                        source: SourceReference(sentence: sentence, line: index + 1)))
                cards.append(Card(id: "card-\(index)-\(kind)", factID: "fact-\(index)", question: question))
            }
        }
        var deck = Deck(
            name: "merge", source: "merge.txt", attribution: nil, builtAt: start, facts: factList,
            cards: cards)
        deck.settings.scheduler = scheduler
        deck.settings.newCardsPerDay = 6
        deck.settings.leechThreshold = 3
        return deck
    }

    /// Studies `days` days from `from` on `machine`, starting from `progress`; every action is drawn
    /// from `seed`, and the clock moves at least a second between actions.
    static func study(
        _ deck: Deck, from progress: DeckProgress, machine: MachineID, seed: UInt64, days: Int,
        startingAt: Date
    ) -> DeckProgress {
        var progress = progress
        var generator = SeededGenerator(seed: seed)
        var day = startingAt
        for _ in 0..<days {
            var now = day.addingTimeInterval(Double(Int.random(in: 0..<3600, using: &generator)))
            var session = StudySession(
                deck: deck, progress: progress, now: now, timeZone: utc, seed: generator.next(),
                machine: machine)
            for _ in 0..<Int.random(in: 5..<25, using: &generator) {
                guard let card = session.nextCard(at: now) else { break }
                switch Int.random(in: 0..<20, using: &generator) {
                case 0: session.bury(card.id, at: now)
                case 1: session.setSuspended(card.id, true, at: now)
                case 2: _ = session.undo(at: now)
                default:
                    let rating = [Rating.again, .hard, .good, .good, .easy].randomElement(using: &generator)!
                    session.record(card.id, rating: rating, at: now, answer: "x", durationMs: 3000)
                }
                now = now.addingTimeInterval(Double(Int.random(in: 1..<90, using: &generator)))
            }
            // Now and then a suspended card comes back, as `recall suspend --undo` does it.
            if Int.random(in: 0..<3, using: &generator) == 0,
                let suspended = session.progress.schedules.filter({ $0.value.suspended }).keys.sorted().first
            {
                session.setSuspended(suspended, false, at: now)
            }
            progress = session.progress
            day = day.addingTimeInterval(Double(Int.random(in: 1..<4, using: &generator)) * 86_400)
        }
        return progress
    }

    /// A shared start, then `count` machines that each study on from it.
    static func copies(_ deck: Deck, seed: UInt64, count: Int) -> (base: DeckProgress, copies: [DeckProgress])
    {
        let base = study(
            deck, from: DeckProgress(deck: deck.name), machine: MachineID(value: 0x100), seed: seed, days: 3,
            startingAt: start)
        let later = start.addingTimeInterval(12 * 86_400)
        let copies = (0..<count).map { index in
            study(
                deck, from: base, machine: MachineID(value: 0x200 + UInt64(index)),
                seed: seed &* 31 &+ UInt64(index),
                days: 4, startingAt: later)
        }
        return (base, copies)
    }
}
