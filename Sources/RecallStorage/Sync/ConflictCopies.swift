import Foundation
import RecallModel

/// The copies a synced folder leaves when two machines changed a deck's progress at once, merged
/// into the progress when a session starts (see `merge(deck:store:step:)`).
///
/// Syncthing names them `NAME.progress.sync-conflict-20261130-101500-ABCDEF7.json` (before the last
/// extension; `NAME.sync-conflict-….progress.json` is taken too), Dropbox and Nextcloud
/// `NAME.progress (conflicted copy 2026-11-30).json` (with a machine's name or a time inside the
/// brackets, before either extension), and merge tools `NAME.progress.json.orig`. Copies of the
/// journal are named the same way (`NAME.sync-conflict-….journal`, `NAME (conflicted copy ….).journal`,
/// `NAME.journal.orig`). A session that found the deck locked by another machine saves to a copy
/// of this kind too (`SideCopyStore`).
public enum ConflictCopies {
    /// Whether `fileName` is a conflict copy of `deck`'s snapshot: with the conflict mark taken
    /// out, the name is the snapshot's own.
    public static func isCopy(_ fileName: String, of deck: String) -> Bool {
        isCopy(fileName, ofFile: deck + Workspace.FileEnding.progress, deck: deck)
    }

    /// Whether `fileName` is a conflict copy of `deck`'s journal.
    public static func isJournalCopy(_ fileName: String, of deck: String) -> Bool {
        isCopy(fileName, ofFile: deck + Workspace.FileEnding.journal, deck: deck)
    }

    static func isCopy(_ fileName: String, ofFile original: String, deck: String) -> Bool {
        guard fileName != original, fileName.hasPrefix(deck) else { return false }
        if fileName == original + ".orig" { return true }
        for pattern in marks {
            let range = NSRange(fileName.startIndex..., in: fileName)
            let stripped = pattern.stringByReplacingMatches(in: fileName, range: range, withTemplate: "")
            if stripped != fileName, stripped == original { return true }
        }
        return false
    }

    static let marks: [NSRegularExpression] = [
        try! NSRegularExpression(pattern: #"\.sync-conflict-[0-9]{8}-[0-9]{6}(-[A-Za-z0-9]+)?"#),
        try! NSRegularExpression(pattern: #" \([^()/]*conflicted copy[^()/]*\)"#),
    ]

    /// The conflict copies of `deck`'s snapshot in `folder`, sorted by name.
    public static func find(deck: String, in folder: URL) -> [URL] {
        find(in: folder) { isCopy($0, of: deck) }
    }

    /// The conflict copies of `deck`'s journal in `folder`, sorted by name.
    public static func findJournals(deck: String, in folder: URL) -> [URL] {
        find(in: folder) { isJournalCopy($0, of: deck) }
    }

    static func find(in folder: URL, _ matches: (String) -> Bool) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter(matches).sorted().map { folder.appendingPathComponent($0) }
    }

    /// What happened to one copy, as one line for the student.
    public struct Outcome: Sendable, Equatable {
        public var copy: URL
        public var message: String
        public var merged: Bool
    }

    /// Merges every conflict copy of `deck` (snapshots with the journal beside them, and journals
    /// alone) into its progress, saves it, and moves each merged copy to `Progress/merged/`
    /// (nothing is deleted; a name already there gets a number). A copy that cannot be read, is
    /// progress on another deck, or is still being written by a session (`SideCopyStore`) is left
    /// where it is and said so. The caller holds the deck's lock.
    public static func merge(deck: String, store: FileProgressStore, step: ReviewStep) throws(ProgressError)
        -> [Outcome]
    {
        let folder = store.workspace.progressFolder
        let copies = find(deck: deck, in: folder)
        let paired = Set(copies.compactMap { ProgressFilePair(snapshot: $0).journal?.standardizedFileURL })
        let journals = findJournals(deck: deck, in: folder).filter {
            !paired.contains($0.standardizedFileURL)
        }
        guard !copies.isEmpty || !journals.isEmpty else { return [] }
        var progress = try store.load(deck: deck) ?? DeckProgress(deck: deck)
        var outcomes: [Outcome] = []
        var toMove: [URL] = []
        for copy in copies {
            let name = copy.lastPathComponent
            let pair = ProgressFilePair(snapshot: copy, files: store.files)
            if let journal = pair.journal, ProgressLock.isBeingWritten(journal) {
                outcomes.append(
                    Outcome(
                        copy: copy, message: "Left \(name) where it is: a session is still saving to it",
                        merged: false))
                continue
            }
            let other: DeckProgress
            do {
                other = try pair.load().progress
            } catch {
                outcomes.append(
                    Outcome(copy: copy, message: "Left \(name) where it is: \(error)", merged: false))
                continue
            }
            guard other.deck == deck else {
                outcomes.append(
                    Outcome(
                        copy: copy,
                        message: "Left \(name) where it is: it is progress on deck '\(other.deck)'",
                        merged: false))
                continue
            }
            let added = merge(other, into: &progress, step: step)
            outcomes.append(
                Outcome(
                    copy: copy,
                    message:
                        "Merged \(name), a synced folder's conflict copy, into \(deck)'s progress "
                        + "(\(added) review\(added == 1 ? "" : "s") it alone had); moved it to Progress/merged/.",
                    merged: true))
            toMove.append(copy)
            if let journal = pair.journal, FileManager.default.fileExists(atPath: journal.path) {
                toMove.append(journal)
            }
        }
        if !journals.isEmpty {
            let base = try snapshotAlone(deck: deck, store: store)
            for journal in journals {
                let name = journal.lastPathComponent
                let other: DeckProgress
                do {
                    other = try JournalCopy(url: journal, files: store.files).progress(deck: deck, base: base)
                } catch {
                    outcomes.append(
                        Outcome(copy: journal, message: "Left \(name) where it is: \(error)", merged: false))
                    continue
                }
                let added = merge(other, into: &progress, step: step)
                outcomes.append(
                    Outcome(
                        copy: journal,
                        message:
                            "Merged \(name), a synced folder's conflict copy of the journal, into \(deck)'s "
                            + "progress (\(added) review\(added == 1 ? "" : "s") it alone had); moved it to Progress/merged/.",
                        merged: true))
                toMove.append(journal)
            }
        }
        guard !toMove.isEmpty else { return outcomes }
        try store.save(progress)
        let destination = folder.appendingPathComponent("merged")
        for copy in toMove {
            do {
                try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
                try FileManager.default.moveItem(
                    at: copy, to: freeName(for: copy.lastPathComponent, in: destination))
            } catch {
                throw .file(
                    FileStoreError(
                        path: copy.path,
                        reason: "merged, but could not be moved to \(destination.path): \(error)"))
            }
        }
        return outcomes
    }

    /// Merges `other` into `progress`; returns how many reviews it added.
    static func merge(_ other: DeckProgress, into progress: inout DeckProgress, step: ReviewStep) -> Int {
        let before = Set(progress.reviews.map(\.id))
        progress = ProgressMerge.merge(progress, other, step: step)
        return progress.reviews.filter { !before.contains($0.id) }.count
    }

    /// The deck's snapshot without its journal: the base a journal copy's changes may follow on from.
    static func snapshotAlone(deck: String, store: FileProgressStore) throws(ProgressError) -> DeckProgress? {
        try ProgressFile.read(store.workspace.progressFile(deck), files: store.files)
    }

    /// `name` in `folder`, or `name.2`, `name.3` … when it is taken.
    static func freeName(for name: String, in folder: URL) -> URL {
        var candidate = folder.appendingPathComponent(name)
        var number = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = folder.appendingPathComponent("\(name).\(number)")
            number += 1
        }
        return candidate
    }
}
