import Foundation
import Testing

@testable import RecallKit

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
}
