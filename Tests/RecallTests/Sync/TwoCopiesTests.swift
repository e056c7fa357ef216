import Foundation
import Testing

@testable import RecallApp
@testable import RecallConsole
@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

/// Issue 22's acceptance test: one workspace copied to two machines, studied on both (some cards on
/// one only, some on both) with a fake clock, and the two progress files merged both ways.
@Suite struct TwoCopiesTests {
    /// A clock that moves on a few seconds each time it is read, as a student takes time to answer.
    final class TickingClock: WallClock, @unchecked Sendable {
        private let lock = NSLock()
        private var current: Date
        init(_ start: Date) { current = start }
        var now: Date {
            lock.withLock {
                current = current.addingTimeInterval(7)
                return current
            }
        }
    }

    func study(_ lines: [String?], deck: Deck, in root: URL, at start: Date, machine: MachineID, seed: UInt64)
        throws
    {
        let store = FileProgressStore(workspace: Workspace(root: root))
        let progress = try store.load(deck: deck.name) ?? DeckProgress(deck: deck.name)
        let clock = TickingClock(start)
        let session = StudySession(
            deck: deck, progress: progress, now: start, timeZone: utc, seed: seed, machine: machine)
        var repl = StudyREPL(
            session: session, reader: ScriptedLineReader(lines), store: store, clock: clock, style: .plain,
            write: { _ in })
        #expect(repl.run() == 0)
    }

    @Test func twoCopiesStudiedApartMergeBothWays() throws {
        var deck = try DeckBuilder(kinds: [.cloze]).build(
            try sampleSource(), name: "turkey-russia", builtAt: time("2026-03-01T08:00:00Z")
        ).deck
        deck.settings.newCardsPerDay = 30
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-two-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = folder.appendingPathComponent("home")
        let laptop = folder.appendingPathComponent("laptop")
        let desktop = folder.appendingPathComponent("desktop")
        let day1 = time("2026-03-10T09:00:00Z")
        // Day 1 at home: four answers (Enter accepts the suggested grade).
        try study(
            ["1952", "", "x", "", "1939", "", "x", "", ":quit"], deck: deck, in: home, at: day1,
            machine: MachineID(value: 0x1), seed: 1)
        try FileManager.default.copyItem(at: home, to: laptop)
        try FileManager.default.copyItem(at: home, to: desktop)
        // Day 2: the laptop answers six cards; the desktop buries the first and answers three, so
        // some cards are studied on both and some on one only.
        let day2 = day1.addingTimeInterval(86_400)
        try study(
            ["x", "", "x", "1", "x", "3", "x", "", "y", "4", "z", "", ":quit"], deck: deck, in: laptop,
            at: day2, machine: MachineID(value: 0xa), seed: 2)
        try study(
            [":bury", "x", "", "y", "1", "z", "", ":quit"], deck: deck, in: desktop,
            at: day2.addingTimeInterval(1800), machine: MachineID(value: 0xb), seed: 3)

        let a = try ProgressFilePair(
            snapshot: laptop.appendingPathComponent("Progress/turkey-russia.progress.json")
        )
        .load().progress
        let b = try ProgressFilePair(
            snapshot: desktop.appendingPathComponent("Progress/turkey-russia.progress.json")
        )
        .load().progress
        let base = try #require(try FileProgressStore(workspace: Workspace(root: home)).load(deck: deck.name))
        let step = ReviewStep(settings: deck.settings)
        let ab = ProgressMerge.merge(a, b, step: step)
        let ba = ProgressMerge.merge(b, a, step: step)

        // Every review of both is there once.
        let ids = Set(a.reviews.map(\.id)).union(b.reviews.map(\.id))
        #expect(ab.reviews.count == ids.count)
        #expect(Set(ab.reviews.map(\.id)) == ids)
        #expect(ab.reviews.count == a.reviews.count + b.reviews.count - base.reviews.count)
        #expect(a.reviews.count > base.reviews.count && b.reviews.count > base.reviews.count)
        // Some cards were studied on both machines since the copy, some on one only.
        let baseIDs = Set(base.reviews.map(\.id))
        let onA = Set(a.reviews.filter { !baseIDs.contains($0.id) }.map(\.cardID))
        let onB = Set(b.reviews.filter { !baseIDs.contains($0.id) }.map(\.cardID))
        #expect(!onA.intersection(onB).isEmpty)
        #expect(!onA.subtracting(onB).isEmpty, "\(onA) \(onB)")
        // A card studied on one machine only keeps that machine's schedule; the schedules equal a
        // replay of the union from scratch.
        for card in onA.subtracting(onB) where b.flagChanges[card] == nil {
            #expect(ab.schedules[card] == a.schedules[card])
        }
        var union = DeckProgress(deck: deck.name)
        union.reviews = a.reviews + b.reviews.filter { !Set(a.reviews.map(\.id)).contains($0.id) }
        union.flagChanges = a.flagChanges.merging(b.flagChanges) { FlagChange.latest($0, $1)! }
        ProgressReplay.replay(&union, step: step)
        #expect(ab.schedules == union.schedules)
        // Both ways the same; each side merged with itself is itself.
        #expect(ab == ba)
        #expect(ProgressMerge.merge(a, a, step: step) == a)
        #expect(ProgressMerge.merge(b, b, step: step) == b)
        // The desktop's burial stays.
        #expect(!b.flagChanges.isEmpty)
        for (card, change) in b.flagChanges { #expect(ab.flagChanges[card] == change) }
    }
}
