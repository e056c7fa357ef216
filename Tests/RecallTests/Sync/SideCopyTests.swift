import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct SideCopyTests {
    let here = MachineID(value: 0xB0B)
    let there = MachineID(value: 0xA11CE)

    /// Holds `deck`'s lock as another process would, with a note naming `machine`.
    func holdLock(_ workspace: Workspace, deck: String, machine: MachineID) throws -> Int32 {
        try FileManager.default.createDirectory(
            at: workspace.progressFolder, withIntermediateDirectories: true)
        let descriptor = open(workspace.lockFile(deck).path, O_RDWR | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let note = "process 77 (recall study) on desk, machine \(machine), since 2026-11-30T10:00:00Z\n"
        _ = note.withCString { write(descriptor, $0, strlen($0)) }
        return descriptor
    }

    /// The issue's case: a lock another machine really holds (a network folder). The session saves
    /// to its own copy, never to the deck's journal, and the next study on the deck merges it.
    @Test func aLockHeldOnAnotherMachineLeavesThisSessionItsOwnCopy() throws {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let (base, copies) = MergeHistories.copies(deck, seed: 5, count: 1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-side-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FileProgressStore(workspace: Workspace(root: folder))
        try store.save(base)
        let snapshotBefore = try Data(contentsOf: store.workspace.progressFile(deck.name))
        let held = try holdLock(store.workspace, deck: deck.name, machine: there)

        var notices: [String] = []
        let side = try ProgressLock.withLockOrSideCopy(
            store: store, deck: deck.name, description: "test", machine: here,
            now: time("2026-11-30T10:15:00Z"), notice: { notices.append($0) }
        ) { sessionStore, ownsDeck -> SideCopyStore in
            #expect(!ownsDeck)
            let side = try #require(sessionStore as? SideCopyStore)
            #expect(
                side.pair.snapshot.lastPathComponent
                    == "merge.sync-conflict-20261130-101500-000000000b0b.progress.json")
            #expect(try sessionStore.load(deck: deck.name) == base)
            let review = copies[0].reviews[base.reviews.count]
            try sessionStore.append(
                [
                    ProgressChange(
                        sequence: base.journalSequence + 1, cardID: review.cardID,
                        schedule: copies[0].schedules[review.cardID], review: review)
                ], deck: deck.name)
            // While the session runs, a merge on the deck leaves its copy alone.
            let outcomes = try ConflictCopies.merge(deck: deck.name, store: store, step: step)
            #expect(
                outcomes.map(\.message) == [
                    "Left \(side.pair.snapshot.lastPathComponent) where it is: a session is still saving to it"
                ])
            try sessionStore.save(copies[0])
            return side
        }
        close(held)
        #expect(notices.count == 1)
        #expect(notices[0].contains("machine \(there), since 2026-11-30T10:00:00Z"))
        #expect(notices[0].hasSuffix("which the next 'recall study' merges"))
        // The deck's own files were not written.
        #expect(try Data(contentsOf: store.workspace.progressFile(deck.name)) == snapshotBefore)
        #expect(!FileManager.default.fileExists(atPath: store.workspace.journalFile(deck.name).path))

        let outcomes = try ConflictCopies.merge(deck: deck.name, store: store, step: step)
        #expect(outcomes.map(\.merged) == [true])
        #expect(try store.load(deck: deck.name) == ProgressMerge.merge(base, copies[0], step: step))
        let merged = store.workspace.progressFolder.appendingPathComponent("merged")
        for file in [side.pair.snapshot, try #require(side.pair.journal)] {
            #expect(!FileManager.default.fileExists(atPath: file.path))
            #expect(
                FileManager.default.fileExists(
                    atPath: merged.appendingPathComponent(file.lastPathComponent).path))
        }
    }

    @Test func aLockHeldByThisMachineStillRefuses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-side-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FileProgressStore(workspace: Workspace(root: folder))
        let held = try holdLock(store.workspace, deck: "history", machine: here)
        defer { close(held) }
        #expect(throws: ProgressError.self) {
            try ProgressLock.withLockOrSideCopy(
                store: store, deck: "history", description: "test", machine: here, now: Date()
            ) { _, _ in Issue.record("ran without the lock") }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: store.workspace.progressFolder.path)
        #expect(names == ["history.lock"])
    }

    @Test func withTheLockFreeTheSessionWritesTheDecksOwnFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-side-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FileProgressStore(workspace: Workspace(root: folder))
        let owns = try ProgressLock.withLockOrSideCopy(
            store: store, deck: "history", description: "test", machine: here, now: Date()
        ) { sessionStore, ownsDeck in
            #expect(sessionStore is FileProgressStore)
            return ownsDeck
        }
        #expect(owns)
    }
}
