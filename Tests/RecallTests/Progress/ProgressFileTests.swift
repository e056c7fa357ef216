import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

@Suite struct ProgressFileTests {
    func sample() -> DeckProgress {
        var progress = DeckProgress(deck: "d")
        let now = time("2026-03-01T09:00:00Z")
        let after = FSRSScheduler().review(.new(due: now), rating: .good, at: now)
        progress.schedules["c1"] = after
        progress.reviews.append(
            ReviewLog(
                cardID: "c1", time: now, rating: .good, elapsedDays: nil, durationMs: 2300, kind: .learning,
                answer: "1952", before: nil, after: after))
        return progress
    }

    @Test func roundTrips() throws {
        let progress = sample()
        #expect(try ProgressFile.decode(ProgressFile.encode(progress), file: "p") == progress)
    }

    @Test func damagedFilesAreReportedWithTheirName() {
        #expect(throws: ProgressError.invalid(file: "p.json", reason: "the file is empty")) {
            try ProgressFile.decode(Data(), file: "p.json")
        }
        #expect(throws: ProgressError.unsupportedSchema(file: "p.json", version: 7)) {
            try ProgressFile.decode(Data(#"{"schemaVersion": 7, "deck": "d"}"#.utf8), file: "p.json")
        }
        let truncated = ProgressFile.encode(sample()).prefix(100)
        #expect(throws: ProgressError.self) { try ProgressFile.decode(Data(truncated), file: "p.json") }
    }

    @Test func reconcileSetsAsideAndRestores() {
        var progress = sample()
        progress.reconcile(with: ["c2"])
        #expect(progress.schedules["c1"] == nil)
        #expect(progress.setAside["c1"] != nil)
        progress.reconcile(with: ["c1", "c2"])
        #expect(progress.schedules["c1"] != nil)
        #expect(progress.setAside.isEmpty)
    }

    @Test func fileStoreSavesAtomicallyAndReportsFailures() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FileProgressStore(workspace: Workspace(root: folder))
        #expect(try store.load(deck: "d") == nil)
        try store.save(sample())
        #expect(try store.load(deck: "d") == sample())
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("Progress").path)
        #expect(leftovers == ["d.progress.json"])

        let memory = MemoryFileStore()
        memory.failWrites("No space left on device")
        let failing = FileProgressStore(workspace: Workspace(root: folder), files: memory)
        #expect(
            throws: ProgressError.file(
                FileStoreError(
                    path: folder.appendingPathComponent("Progress/d.progress.json").path,
                    reason: "No space left on device"))
        ) {
            try failing.save(sample())
        }
    }
}
