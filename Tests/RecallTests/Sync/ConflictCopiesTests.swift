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

    @Test(arguments: [
        ("history.sync-conflict-20261130-101500-ABCDEF7.journal", true),
        ("history (conflicted copy 2026-11-30).journal", true),
        ("history (Bob's conflicted copy 2026-11-30).journal", true),
        ("history.journal.orig", true),
        ("history.journal", false),
        ("history.progress.json", false),
        ("history-2.sync-conflict-20261130-101500-ABCDEF7.journal", false),
        ("history (copy).journal", false),
    ])
    func namesOfJournalCopies(name: String, isCopy: Bool) {
        #expect(ConflictCopies.isJournalCopy(name, of: "history") == isCopy)
    }

    /// The changes that take `base` to `copy`, numbered on from `base`'s last change.
    func changes(from base: DeckProgress, to copy: DeckProgress) -> [ProgressChange] {
        copy.reviews[base.reviews.count...].enumerated().map { index, review in
            ProgressChange(
                sequence: base.journalSequence + 1 + index, cardID: review.cardID,
                schedule: copy.schedules[review.cardID], review: review)
        }
    }

    func journal(_ changes: [ProgressChange]) -> Data {
        changes.reduce(into: Data()) { $0.append(ProgressJournal.line($1)) }
    }

    /// Two machines appended to one journal from one snapshot; the synced folder kept one journal
    /// and made the other a conflict copy. Whether or not the snapshot was saved again since, the
    /// copy's reviews are merged once each, and the copy is moved, not deleted.
    @Test(arguments: [false, true])
    func journalCopiesAreMergedAndMoved(savedSince: Bool) throws {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        var (base, copies) = MergeHistories.copies(deck, seed: 13, count: 2)
        base.journalSequence = 7
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-jc-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FileProgressStore(workspace: Workspace(root: folder))
        let mine = changes(from: base, to: copies[0])
        let theirs = changes(from: base, to: copies[1])
        try store.save(base)
        try store.append(mine, deck: "merge")
        if savedSince { try store.save(try #require(try store.load(deck: "merge"))) }
        let copy = store.workspace.progressFolder.appendingPathComponent(
            "merge.sync-conflict-20261130-101500-ABCDEF7.journal")
        try journal(theirs).write(to: copy)
        let main = try #require(try store.load(deck: "merge"))

        let outcomes = try ConflictCopies.merge(deck: "merge", store: store, step: step)
        #expect(outcomes.map(\.merged) == [true])
        #expect(outcomes[0].message.contains("conflict copy of the journal"))
        #expect(outcomes[0].message.contains("(\(theirs.count) reviews it alone had)"))
        let merged = try #require(try store.load(deck: "merge"))
        var other = savedSince ? DeckProgress(deck: "merge") : base
        other.journalSequence = base.journalSequence
        for change in theirs { other.apply(change) }
        #expect(merged == ProgressMerge.merge(main, other, step: step))
        let ids = merged.reviews.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == Set(copies[0].reviews.map(\.id)).union(copies[1].reviews.map(\.id)))
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        let moved = store.workspace.progressFolder.appendingPathComponent("merged/\(copy.lastPathComponent)")
        #expect(try Data(contentsOf: moved) == journal(theirs))
    }

    /// An undo in a journal copy whose snapshot was saved again since counts reviews of a log that
    /// is gone: the copy stays where it is, with the reason, and nothing is changed.
    @Test func aJournalCopyWithAnUndoAfterASaveIsLeftWithTheReason() throws {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let (base, copies) = MergeHistories.copies(deck, seed: 17, count: 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-jc-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FileProgressStore(workspace: Workspace(root: folder))
        try store.save(base)
        try store.append(changes(from: base, to: copies[0]), deck: "merge")
        try store.save(try #require(try store.load(deck: "merge")))
        var theirs = changes(from: base, to: copies[1])
        theirs.append(
            ProgressChange(
                sequence: theirs.count + base.journalSequence + 1, cardID: theirs[0].cardID, schedule: nil,
                reviewCount: base.reviews.count))
        let copy = store.workspace.progressFolder.appendingPathComponent(
            "merge (conflicted copy 2026-11-30).journal")
        try journal(theirs).write(to: copy)
        let before = try store.load(deck: "merge")

        let outcomes = try ConflictCopies.merge(deck: "merge", store: store, step: step)
        #expect(outcomes.map(\.merged) == [false])
        #expect(
            outcomes[0].message.hasPrefix("Left merge (conflicted copy 2026-11-30).journal where it is: "))
        #expect(outcomes[0].message.contains("line \(theirs.count) takes back answers"))
        #expect(FileManager.default.fileExists(atPath: copy.path))
        #expect(try store.load(deck: "merge") == before)
    }

    /// A journal copy with changes missing between two of its lines is damage, as the deck's own
    /// journal would be: the copy stays where it is, and the reason names its line.
    @Test func aJournalCopyWithAGapIsLeftWithTheReason() throws {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let (base, copies) = MergeHistories.copies(deck, seed: 19, count: 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-jc-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FileProgressStore(workspace: Workspace(root: folder))
        try store.save(base)
        var theirs = changes(from: base, to: copies[1])
        try #require(theirs.count >= 2)
        theirs[1].sequence += 2
        let copy = store.workspace.progressFolder.appendingPathComponent(
            "merge.sync-conflict-20261130-101500-ABCDEF7.journal")
        try journal(Array(theirs.prefix(2))).write(to: copy)
        let before = try store.load(deck: "merge")

        let outcomes = try ConflictCopies.merge(deck: "merge", store: store, step: step)
        #expect(outcomes.map(\.merged) == [false])
        #expect(
            outcomes[0].message.contains(
                "line 2: change \(theirs[1].sequence) follows change \(theirs[0].sequence); the changes between are missing"
            ))
        #expect(FileManager.default.fileExists(atPath: copy.path))
        #expect(try store.load(deck: "merge") == before)
    }
}
