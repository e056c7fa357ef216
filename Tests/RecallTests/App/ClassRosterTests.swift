import Foundation
import Testing

@testable import RecallApp
@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

/// The class report reads students' files through the one journal replay, with its checks.
@Suite struct ClassRosterTests {
    let root = URL(fileURLWithPath: "/class")
    let now = time("2026-03-01T09:00:00Z")

    func change(_ sequence: Int, card: String) -> ProgressChange {
        let after = FSRSScheduler().review(.new(due: now), rating: .good, at: now)
        let review = ReviewLog(
            cardID: card, time: now, rating: .good, elapsedDays: nil, durationMs: 1000, kind: .learning,
            answer: nil, before: nil, after: after)
        return ProgressChange(sequence: sequence, cardID: card, schedule: after, review: review)
    }

    func journal(_ changes: [ProgressChange]) -> Data {
        changes.reduce(into: Data()) { $0.append(ProgressJournal.line($1)) }
    }

    @Test func aStudentsJournalIsReplayedOntoTheirSnapshot() throws {
        let files = MemoryFileStore()
        var snapshot = DeckProgress(deck: "history")
        snapshot.apply(change(1, card: "c1"))
        try files.writeAtomically(
            ProgressFile.encode(snapshot), to: root.appendingPathComponent("alice.progress.json"))
        try files.appendDurably(
            journal([change(2, card: "c2")]), to: root.appendingPathComponent("alice.journal"))
        let store = FileProgressStore(workspace: Workspace(root: root), files: files)
        let roster = ClassRoster(
            files: ["/class/alice.progress.json", "/class/bob.progress.json"], names: ["alice": "Alice A."],
            store: store)
        #expect(roster.entries.map(\.name) == ["Alice A."])
        #expect(roster.entries.first?.progress.reviews.map(\.cardID) == ["c1", "c2"])
        #expect(roster.warnings == ["/class/bob.progress.json: no such file; skipped"])
    }

    @Test func aJournalWithChangesMissingIsSkippedNotHalfRead() throws {
        let files = MemoryFileStore()
        var snapshot = DeckProgress(deck: "history")
        snapshot.apply(change(1, card: "c1"))
        try files.writeAtomically(
            ProgressFile.encode(snapshot), to: root.appendingPathComponent("carol.progress.json"))
        try files.appendDurably(
            journal([change(2, card: "c2"), change(5, card: "c5")]),
            to: root.appendingPathComponent("carol.journal"))
        let roster = ClassRoster(
            files: ["/class/carol.progress.json"], names: [:],
            store: FileProgressStore(workspace: Workspace(root: root), files: files))
        #expect(roster.entries.isEmpty)
        #expect(roster.warnings.count == 1)
        #expect(roster.warnings.first?.contains("changes between are missing") == true)
    }
}
