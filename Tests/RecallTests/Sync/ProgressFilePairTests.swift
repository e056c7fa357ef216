import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

/// `recall merge` and the git merge driver read a snapshot and its journal through
/// `ProgressFilePair`, with the same replay and checks as a workspace's store.
@Suite struct ProgressFilePairTests {
    let root = URL(fileURLWithPath: "/w")
    let now = time("2026-03-01T09:00:00Z")

    func change(_ sequence: Int, card: String = "c1") -> ProgressChange {
        let after = FSRSScheduler().review(.new(due: now), rating: .good, at: now)
        let review = ReviewLog(
            cardID: card, time: now, rating: .good, elapsedDays: nil, durationMs: 1000, kind: .learning,
            answer: "1952", before: nil, after: after, id: ReviewID(high: UInt64(sequence), low: 1))
        return ProgressChange(sequence: sequence, cardID: card, schedule: after, review: review)
    }

    /// The deck `d` saved at change `saved`, with `changes` in its journal; the store and the pair
    /// on its files.
    func files(saved: Int, changes: [ProgressChange]) throws -> (FileProgressStore, ProgressFilePair) {
        let files = MemoryFileStore()
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        var snapshot = DeckProgress(deck: "d")
        for sequence in stride(from: 1, through: saved, by: 1) { snapshot.apply(change(sequence)) }
        try store.save(snapshot)
        try store.append(changes, deck: "d")
        return (store, ProgressFilePair(snapshot: store.workspace.progressFile("d"), files: files))
    }

    /// What loading threw, or nil.
    func failure(_ load: () throws -> Any?) -> ProgressError? {
        do {
            _ = try load()
            return nil
        } catch {
            return error as? ProgressError
        }
    }

    @Test func aJournalReadsTheSameThroughThePairAsThroughTheStore() throws {
        let (store, pair) = try files(saved: 2, changes: [change(3), change(4, card: "c2")])
        let loaded = try pair.load()
        #expect(loaded.progress == (try store.load(deck: "d")))
        #expect(loaded.journalChanges == 2)
        #expect(loaded.progress.reviews.map(\.cardID) == ["c1", "c1", "c1", "c2"])
    }

    @Test func aGapBetweenTwoLinesIsTheSameErrorThroughThePair() throws {
        let (store, pair) = try files(saved: 0, changes: [change(1), change(4)])
        let journal = store.workspace.journalFile("d").path
        let expected = ProgressError.invalid(
            file: journal, reason: "line 2: change 4 follows change 1; the changes between are missing")
        #expect(failure { try store.load(deck: "d") } == expected)
        #expect(failure { try pair.load() } == expected)
    }

    @Test func aJournalStartingAfterItsSnapshotIsTheSameErrorThroughThePair() throws {
        let (store, pair) = try files(saved: 1, changes: [change(5), change(6)])
        let journal = store.workspace.journalFile("d").path
        let expected = ProgressError.invalid(
            file: journal,
            reason:
                "line 1: the journal starts at change 5 but the snapshot holds changes up to 1; the changes between are missing"
        )
        #expect(failure { try store.load(deck: "d") } == expected)
        #expect(failure { try pair.load() } == expected)
    }

    @Test func aSnapshotBeyondItsJournalIsTheSameErrorThroughThePair() throws {
        let (store, pair) = try files(saved: 5, changes: [change(1), change(2)])
        let error = failure { try pair.load() }
        #expect(error == failure { try store.load(deck: "d") })
        #expect(
            error?.description.contains("journalSequence 5 is beyond the journal's last change (2)") == true)
    }

    @Test func aMissingSnapshotIsStillNoSuchFile() throws {
        let pair = ProgressFilePair(
            snapshot: root.appendingPathComponent("x.progress.json"), files: MemoryFileStore())
        guard case .file(let error) = failure({ try pair.load() }) else {
            Issue.record("a missing snapshot read as something")
            return
        }
        #expect(error.failure == .missing)
    }
}
