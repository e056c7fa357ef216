import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

@Suite struct ConflictCopiesTests {
    @Test(arguments: [
        ("history.progress.sync-conflict-20261130-101500-ABCDEF7.json", true),
        ("history.sync-conflict-20261130-101500-ABCDEF7.progress.json", true),
        ("history.progress.sync-conflict-20261130-101500.json", true),
        ("history.progress (conflicted copy 2026-11-30).json", true),
        ("history.progress (Bob's conflicted copy 2026-11-30).json", true),
        ("history (conflicted copy 2026-11-30 101500).progress.json", true),
        ("history.progress.json.orig", true),
        ("history.progress.json", false),
        ("history.journal", false),
        ("history-2.progress.sync-conflict-20261130-101500-ABCDEF7.json", false),
        ("history.2.progress.json", false),
        ("history.progress (copy).json", false),
        ("other.progress.sync-conflict-20261130-101500-ABCDEF7.json", false),
    ])
    func namesOfConflictCopies(name: String, isCopy: Bool) {
        #expect(ConflictCopies.isCopy(name, of: "history") == isCopy)
    }

    @Test func copiesAreMergedAndMovedNeverDeleted() throws {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let (_, copies) = MergeHistories.copies(deck, seed: 11, count: 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-conflicts-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FileProgressStore(workspace: Workspace(root: folder))
        try store.save(copies[0])
        let progress = store.workspace.progressFolder
        let syncthing = progress.appendingPathComponent(
            "merge.progress.sync-conflict-20261130-101500-ABCDEF7.json")
        try ProgressFile.encode(copies[1]).write(to: syncthing)
        let damaged = progress.appendingPathComponent("merge.progress.json.orig")
        try Data("{\"schemaVersion\": 4, \"deck\"".utf8).write(to: damaged)

        let outcomes = try ConflictCopies.merge(deck: "merge", store: store, step: step)
        #expect(outcomes.map(\.merged) == [false, true])
        #expect(outcomes[0].message.hasPrefix("Left merge.progress.json.orig where it is: "))
        #expect(outcomes[1].message.contains("moved it to Progress/merged/"))
        let merged = try #require(try store.load(deck: "merge"))
        #expect(merged == ProgressMerge.merge(copies[0], copies[1], step: step))
        #expect(!FileManager.default.fileExists(atPath: syncthing.path))
        #expect(FileManager.default.fileExists(atPath: damaged.path))
        let moved = progress.appendingPathComponent("merged/\(syncthing.lastPathComponent)")
        #expect(try ProgressFile.decode(Data(contentsOf: moved), file: "moved") == copies[1])
        // A second copy of the same name does not overwrite the first one moved.
        try ProgressFile.encode(copies[1]).write(to: syncthing)
        _ = try ConflictCopies.merge(deck: "merge", store: store, step: step)
        #expect(FileManager.default.fileExists(atPath: moved.path + ".2"))
        #expect(try store.load(deck: "merge") == merged)
    }
}
