import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

@Suite struct ProgressDoctorTests {
    let root = URL(fileURLWithPath: "/w")
    let now = time("2026-03-01T09:00:00Z")

    func change(_ sequence: Int, card: String) -> ProgressChange {
        let after = FSRSScheduler().review(.new(due: now), rating: .good, at: now)
        let review = ReviewLog(
            cardID: card, time: now, rating: .good, elapsedDays: nil, durationMs: nil, kind: .learning,
            answer: nil,
            before: nil, after: after)
        return ProgressChange(sequence: sequence, cardID: card, schedule: after, review: review)
    }

    func doctor(_ files: MemoryFileStore) -> ProgressDoctor {
        ProgressDoctor(workspace: Workspace(root: root), files: files, clock: ManualClock(now))
    }

    @Test func healthyFilesAreLeftAlone() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        try store.append([change(1, card: "a")], deck: "d")
        let report = doctor(files).examine(deck: "d", repair: true)
        #expect(report.outcome == .healthy)
        #expect(
            report.lines == ["OK: 1 cards scheduled, 1 reviews, 1 journal changes since the last snapshot."])
    }

    @Test func dropsATornTailAndKeepsABackup() throws {
        let files = MemoryFileStore()
        let journal = root.appendingPathComponent("Progress/d.journal")
        let whole =
            ProgressJournal.line(change(1, card: "a")) + ProgressJournal.line(change(2, card: "b")).prefix(30)
        files.put(whole, at: journal)
        let report = doctor(files).examine(deck: "d", repair: true)
        #expect(report.outcome == .repaired)
        #expect(files.contents(of: journal) == ProgressJournal.line(change(1, card: "a")))
        #expect(
            files.contents(of: root.appendingPathComponent("Progress/d.journal.backup-2026-03-01T090000Z"))
                == whole)
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        #expect(try store.load(deck: "d")?.reviews.count == 1)
    }

    @Test func rebuildsADamagedSnapshotFromACompleteJournal() throws {
        let files = MemoryFileStore()
        let snapshot = root.appendingPathComponent("Progress/d.progress.json")
        files.put(Data(#"{"schemaVersion": 2, "deck": "d", "sched"#.utf8), at: snapshot)
        files.put(
            ProgressJournal.line(change(1, card: "a")) + ProgressJournal.line(change(2, card: "b")),
            at: root.appendingPathComponent("Progress/d.journal"))
        let checked = doctor(files).examine(deck: "d", repair: false)
        #expect(checked.outcome == .damaged)
        #expect(files.contents(of: snapshot) == Data(#"{"schemaVersion": 2, "deck": "d", "sched"#.utf8))
        let report = doctor(files).examine(deck: "d", repair: true)
        #expect(report.outcome == .repaired)
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        #expect(try store.load(deck: "d")?.reviews.map(\.cardID) == ["a", "b"])
    }

    @Test func aJournalWithAGapRebuildsNothing() {
        let files = MemoryFileStore()
        let snapshot = root.appendingPathComponent("Progress/d.progress.json")
        files.put(Data("garbage".utf8), at: snapshot)
        files.put(
            ProgressJournal.line(change(1, card: "a")) + ProgressJournal.line(change(3, card: "b")),
            at: root.appendingPathComponent("Progress/d.journal"))
        let report = doctor(files).examine(deck: "d", repair: true)
        #expect(report.outcome == .damaged)
        #expect(files.contents(of: snapshot) == Data("garbage".utf8))
        #expect(report.lines.contains { $0.contains("line 2: change 3 follows change 1") }, "\(report.lines)")
    }

    @Test func aDamagedSnapshotWithoutAFullJournalIsOnlyReported() {
        let files = MemoryFileStore()
        let snapshot = root.appendingPathComponent("Progress/d.progress.json")
        files.put(Data("garbage".utf8), at: snapshot)
        files.put(
            ProgressJournal.line(change(5, card: "a")), at: root.appendingPathComponent("Progress/d.journal"))
        let report = doctor(files).examine(deck: "d", repair: true)
        #expect(report.outcome == .damaged)
        #expect(files.contents(of: snapshot) == Data("garbage".utf8))
    }

    /// Issue 15, item 1: a failed write left half a line, and the retry was glued onto it; every
    /// complete change after it is kept.
    @Test func keepsEveryCompleteLineAfterOneCutShort() throws {
        let files = MemoryFileStore()
        let journal = root.appendingPathComponent("Progress/d.journal")
        let torn = ProgressJournal.line(change(2, card: "b")).prefix(50)
        files.put(
            ProgressJournal.line(change(1, card: "a")) + torn + ProgressJournal.line(change(2, card: "b"))
                + ProgressJournal.line(change(3, card: "c")) + Data(#"{"seq":4,"ca"#.utf8) + Data("\n".utf8)
                + ProgressJournal.line(change(4, card: "d")), at: journal)
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        #expect(throws: ProgressError.self) { try store.load(deck: "d") }
        let checked = doctor(files).examine(deck: "d", repair: false)
        #expect(checked.outcome == .damaged)
        let report = doctor(files).examine(deck: "d", repair: true)
        #expect(report.outcome == .repaired)
        #expect(report.lines.contains { $0.contains("line 2: dropped the first 50 bytes") })
        #expect(report.lines.contains { $0.contains("line 4: dropped 12 bytes") })
        #expect(try store.load(deck: "d")?.reviews.map(\.cardID) == ["a", "b", "c", "d"])
    }

    /// Issue 15, item 3: doctor repairs a sequence beyond the journal's without losing its answers.
    @Test func repairsASnapshotSequenceBeyondTheJournal() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        var snapshot = DeckProgress(deck: "d")
        snapshot.apply(change(1, card: "a"))
        snapshot.journalSequence = 1_000_000_000_000_000
        try store.save(snapshot)
        try store.append([change(1, card: "a"), change(2, card: "b"), change(3, card: "c")], deck: "d")
        #expect(doctor(files).examine(deck: "d", repair: false).outcome == .damaged)
        let report = doctor(files).examine(deck: "d", repair: true)
        #expect(report.outcome == .repaired)
        let loaded = try #require(try store.load(deck: "d"))
        #expect(loaded.reviews.map(\.cardID) == ["a", "b", "c"])
        #expect(loaded.journalSequence == 3)
    }

    /// Issue 15, item 17: doctor said OK where study refused.
    @Test func saysWhatStudyWouldRefuse() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        try store.append([change(6, card: "a")], deck: "d")
        let missing = doctor(files).examine(deck: "d", repair: true)
        #expect(missing.outcome == .damaged)
        #expect(
            missing.lines.contains {
                $0.contains("starts at change 6 but the snapshot d.progress.json is missing")
            })
        #expect(!missing.lines.contains { $0.hasPrefix("OK") })

        try store.save(DeckProgress(deck: "e"))
        try store.append([change(1, card: "a"), change(5, card: "b")], deck: "e")
        let gap = doctor(files).examine(deck: "e", repair: true)
        #expect(gap.outcome == .damaged)
        #expect(!gap.lines.joined().contains("keeps changing"))
    }

    /// Issue 15, item 2: a copied snapshot is explained, and adopted only when asked.
    @Test func explainsAndAdoptsASnapshotOfAnotherDeck() throws {
        let files = MemoryFileStore()
        var other = DeckProgress(deck: "original")
        other.apply(change(1, card: "a"))
        let copy = root.appendingPathComponent("Progress/copy.progress.json")
        files.put(ProgressFile.encode(other), at: copy)
        let report = doctor(files).examine(deck: "copy", repair: true)
        #expect(report.outcome == .damaged)
        #expect(report.lines.contains { $0.contains("says it belongs to deck 'original'") })
        #expect(files.contents(of: copy) == ProgressFile.encode(other))
        let adopted = doctor(files).examine(deck: "copy", repair: true, adopt: true)
        #expect(adopted.outcome == .repaired)
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        #expect(try store.load(deck: "copy")?.reviews.count == 1)
    }

    /// Issue 15, item 20: temporary snapshots left by killed saves are reported and removed.
    @Test func removesTemporaryFilesOfProcessesThatAreGone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("Progress")
        try FileManager.default.createDirectory(at: progress, withIntermediateDirectories: true)
        // A process number above the kernel's largest is never a live process.
        let stale = progress.appendingPathComponent(".d.progress.json.99999999.tmp")
        let live = progress.appendingPathComponent(".d.progress.json.\(getpid()).tmp")
        let otherDeck = progress.appendingPathComponent(".d.progress.json.progress.json.1.tmp")
        let decks = folder.appendingPathComponent("Decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        let staleDeck = decks.appendingPathComponent(".d.deck.json.99999999.tmp")
        for url in [stale, live, otherDeck, staleDeck] { try Data("{".utf8).write(to: url) }
        let doctor = ProgressDoctor(workspace: Workspace(root: folder), clock: ManualClock(now))
        let checked = doctor.examine(deck: "d", repair: false)
        #expect(
            checked.lines.contains { $0.contains(".d.progress.json.99999999.tmp: 1 bytes left by a save") })
        #expect(FileManager.default.fileExists(atPath: stale.path))
        let report = doctor.examine(deck: "d", repair: true)
        #expect(report.outcome == .repaired)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(!FileManager.default.fileExists(atPath: staleDeck.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(FileManager.default.fileExists(atPath: otherDeck.path))
    }
}
