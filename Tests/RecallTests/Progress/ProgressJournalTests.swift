import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

@Suite struct ProgressJournalTests {
    let root = URL(fileURLWithPath: "/w")
    let now = time("2026-03-01T09:00:00Z")

    func change(_ sequence: Int, card: String = "c1", rating: Rating = .good) -> ProgressChange {
        let after = FSRSScheduler().review(.new(due: now), rating: rating, at: now)
        let review = ReviewLog(
            cardID: card, time: now, rating: rating, elapsedDays: nil, durationMs: 1000, kind: .learning,
            answer: "1952",
            before: nil, after: after)
        return ProgressChange(sequence: sequence, cardID: card, schedule: after, review: review)
    }

    @Test func appendsReplayAndCompacts() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        try store.append([change(1), change(2, card: "c2")], deck: "d")
        try store.append([change(3, card: "c3")], deck: "d")
        let loaded = try #require(try store.load(deck: "d"))
        #expect(loaded.reviews.map(\.cardID) == ["c1", "c2", "c3"])
        #expect(loaded.journalSequence == 3)
        try store.save(loaded)
        #expect(files.contents(of: root.appendingPathComponent("Progress/d.journal")) == Data())
        #expect(try store.load(deck: "d") == loaded)
    }

    @Test func replayingTwiceAppliesEachChangeOnce() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        var snapshot = DeckProgress(deck: "d")
        snapshot.apply(change(1))
        snapshot.apply(change(2, card: "c2"))
        try store.save(snapshot)
        // A crash between the snapshot and the journal's truncation leaves old lines behind.
        try store.append(
            [change(1), change(2, card: "c2"), change(3, card: "c3"), change(3, card: "c3")], deck: "d")
        let loaded = try #require(try store.load(deck: "d"))
        #expect(loaded.reviews.map(\.cardID) == ["c1", "c2", "c3"])
    }

    @Test func undoChangesCutTheLogBack() {
        var progress = DeckProgress(deck: "d")
        progress.apply(change(1))
        progress.apply(change(2, card: "c2"))
        progress.apply(ProgressChange(sequence: 3, cardID: "c2", schedule: nil, reviewCount: 1))
        #expect(progress.reviews.map(\.cardID) == ["c1"])
        #expect(progress.schedules["c2"] == nil)
    }

    @Test func aTornLastLineIsReportedWithItsPosition() throws {
        let files = MemoryFileStore()
        let journal = root.appendingPathComponent("Progress/d.journal")
        let good = ProgressJournal.line(change(1))
        files.put(good + ProgressJournal.line(change(2)).prefix(40), at: journal)
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        #expect(throws: ProgressError.tornJournal(file: journal.path, line: 2, offset: good.count)) {
            try store.load(deck: "d")
        }
    }

    @Test func aDamagedMiddleLineIsAnError() throws {
        let files = MemoryFileStore()
        let journal = root.appendingPathComponent("Progress/d.journal")
        files.put(
            ProgressJournal.line(change(1)) + Data("{oops}\n".utf8) + ProgressJournal.line(change(3)),
            at: journal)
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        do {
            _ = try store.load(deck: "d")
            Issue.record("a damaged line was accepted")
        } catch {
            #expect(error.description.contains("line 2"))
        }
    }

    /// Issue 15, item 11: a negative `reviewCount` trapped every command.
    @Test func aNegativeReviewCountIsAnErrorNamingTheLine() throws {
        let files = MemoryFileStore()
        let journal = root.appendingPathComponent("Progress/d.journal")
        files.put(
            ProgressJournal.line(change(1))
                + Data(#"{"seq":2,"card":"c1","schedule":null,"reviewCount":-5}"#.utf8) + Data("\n".utf8)
                + ProgressJournal.line(change(3)), at: journal)
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        #expect(
            throws: ProgressError.invalid(file: journal.path, reason: "line 2: reviewCount: -5 is negative")
        ) {
            try store.load(deck: "d")
        }
        files.put(Data((#"{"seq":-1,"card":"c1","schedule":null}"# + "\n").utf8), at: journal)
        #expect(throws: ProgressError.self) { try store.load(deck: "d") }
    }

    /// Issue 15, item 17: a gap inside the journal said "it keeps changing while being read".
    @Test func aGapInTheJournalSaysChangesAreMissing() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        try store.save(DeckProgress(deck: "d"))
        try store.append([change(1), change(4)], deck: "d")
        do {
            _ = try store.load(deck: "d")
            Issue.record("a gap was accepted")
        } catch {
            #expect(
                error.description.contains(
                    "line 2: change 4 follows change 1; the changes between are missing"))
            #expect(!error.description.contains("keeps changing"))
            #expect(!error.description.contains("recall doctor"))
        }
    }

    /// Issue 15, item 3: a snapshot numbered beyond the journal made its answers be skipped, then lost.
    @Test func aSnapshotSequenceBeyondTheJournalIsAnError() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        var snapshot = DeckProgress(deck: "d")
        snapshot.journalSequence = 1_000_000_000_000_000
        try store.save(snapshot)
        try store.append([change(1), change(2)], deck: "d")
        do {
            _ = try store.load(deck: "d")
            Issue.record("the journal's answers were skipped")
        } catch {
            #expect(
                error.description.contains(
                    "journalSequence 1000000000000000 is beyond the journal's last change (2)"))
            #expect(error.description.contains("'recall doctor' repairs it"))
        }
    }

    /// Issue 15, items 2 and 6: a snapshot's "deck" field chose the file progress was written to.
    @Test func aSnapshotOfAnotherDeckIsRefusedNotFollowed() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        var other = DeckProgress(deck: "../../escaped")
        other.apply(change(1))
        let copy = root.appendingPathComponent("Progress/copy.progress.json")
        files.put(ProgressFile.encode(other), at: copy)
        #expect(
            throws: ProgressError.otherDeck(file: copy.path, deck: "copy", named: "../../escaped")
        ) { try store.load(deck: "copy") }
        let adopted = try #require(try store.load(deck: "copy", adopting: true))
        #expect(adopted.deck == "copy")
        #expect(throws: ProgressError.self) { try store.save(other) }
        #expect(files.contents(of: root.appendingPathComponent("escaped.progress.json")) == nil)
    }

    /// Issue 15, item 17: `recall doctor` is offered only where it can repair.
    @Test func aDamagedSnapshotOffersDoctorOnlyWhenTheJournalCanRebuildIt() throws {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        files.put(Data("{".utf8), at: root.appendingPathComponent("Progress/d.progress.json"))
        func message() -> String {
            do {
                _ = try store.load(deck: "d")
                return "loaded"
            } catch {
                return error.description
            }
        }
        #expect(!message().contains("recall doctor"))
        try store.append([change(1), change(2)], deck: "d")
        #expect(message().contains("'recall doctor' repairs it"))
    }

    @Test func aJournalWithoutItsSnapshotIsRefused() {
        let files = MemoryFileStore()
        files.put(ProgressJournal.line(change(7)), at: root.appendingPathComponent("Progress/d.journal"))
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        #expect(throws: ProgressError.self) { try store.load(deck: "d") }
    }

    @Test func truncatedSnapshotsNameThePosition() {
        let data = ProgressFile.encode(DeckProgress(deck: "d"))
        do {
            _ = try ProgressFile.decode(data.prefix(data.count - 10), file: "p.json")
            Issue.record("a truncated snapshot was accepted")
        } catch {
            #expect(error.description.contains("ends early at byte"))
            #expect(error.description.contains("line "))
        }
    }

    @Test func version1FilesAreMigrated() throws {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/progress/version-1.progress", withExtension: "json"))
        let data = try Data(contentsOf: url)
        #expect(try RecallJSON.schemaVersion(of: data) == 1)
        let progress = try ProgressFile.decode(data, file: url.path)
        #expect(progress.schemaVersion == DeckProgress.currentSchemaVersion)
        #expect(progress.journalSequence == 0)
        #expect(progress.reviews.map(\.answer) == ["1952", "1925"])
        #expect(progress.schedules.count == 2)
    }

    @Test func oneWriterPerDeck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(root: folder)
        let first = try ProgressLock(workspace: workspace, deck: "d", description: "recall study")
        do {
            _ = try ProgressLock(workspace: workspace, deck: "d")
            Issue.record("a second lock was taken")
        } catch {
            guard case .locked(let deck, let holder) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(deck == "d")
            #expect(
                holder.hasPrefix("process \(ProcessInfo.processInfo.processIdentifier) (recall study) on "))
            #expect(LockNote(parsing: holder).machine == (try? MachineIdentity.current()))
        }
        _ = try ProgressLock(workspace: workspace, deck: "other")
        withExtendedLifetime(first) {}
    }

    @Test func lockIsReleasedWithItsValue() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(root: folder)
        do { _ = try ProgressLock(workspace: workspace, deck: "d") }
        _ = try ProgressLock(workspace: workspace, deck: "d")
    }
}
