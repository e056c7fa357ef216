import Foundation
import RecallModel

/// The one replay of a journal onto the snapshot beside it, with its checks: a torn last line, a
/// snapshot's `journalSequence` beyond the journal, and changes missing between the two or between
/// two lines. Every reader of a snapshot and its journal goes through it: the workspace's store
/// (and the class report through it), `ProgressFilePair` (`recall merge`, the git merge driver, a
/// side copy) and a synced folder's journal copy.
enum JournalReplay {
    /// What one read of the two files gave.
    enum Attempt {
        case loaded(DeckProgress?)
        /// The journal starts after the snapshot ends: another process may have saved a snapshot
        /// between the two reads (or changes are missing, which reading again shows).
        case retry(String)
    }

    /// Reads the two files with `attempt` until the journal follows on from the snapshot; after
    /// five reads that find the same gap, it is damage in the journal.
    static func retrying(
        journal: URL?, snapshot: URL, _ attempt: () throws(ProgressError) -> Attempt
    ) throws(ProgressError) -> DeckProgress? {
        var gap = ""
        for _ in 0..<5 {
            switch try attempt() {
            case .loaded(let progress): return progress
            case .retry(let reason): gap = reason
            }
        }
        throw .invalid(file: (journal ?? snapshot).path, reason: gap)
    }

    /// The journal's changes, refusing a last line cut short (`recall doctor` drops it).
    static func changes(_ data: Data, file: URL) throws(ProgressError) -> ProgressJournal.Contents {
        let contents = try ProgressJournal.read(data, file: file.path)
        if let torn = contents.tornTail {
            throw .tornJournal(file: file.path, line: torn.line, offset: torn.offset)
        }
        return contents
    }

    /// Applies the journal's changes onto `snapshot`. Without a snapshot the journal must hold the
    /// changes from the first; `deck` names the progress then (nil: there is none to make).
    static func replay(
        _ contents: ProgressJournal.Contents, journal: URL, onto snapshot: DeckProgress?, snapshotFile: URL,
        deck: String?
    ) throws(ProgressError) -> Attempt {
        guard let deckName = snapshot?.deck ?? deck else { return .loaded(snapshot) }
        var progress = snapshot ?? DeckProgress(deck: deckName)
        if let snapshot, let last = contents.changes.last, last.sequence < snapshot.journalSequence {
            throw .repairable(
                file: snapshotFile.path,
                reason:
                    "journalSequence \(snapshot.journalSequence) is beyond the journal's last change (\(last.sequence)), so the journal's answers would be skipped"
            )
        }
        for (index, change) in contents.changes.enumerated() {
            if change.sequence > progress.journalSequence + 1 {
                let line = contents.lines.indices.contains(index) ? contents.lines[index] : index + 1
                if index > 0 {
                    // Within one journal a jump is never a compaction: changes are missing.
                    throw .invalid(
                        file: journal.path,
                        reason:
                            "line \(line): change \(change.sequence) follows change \(progress.journalSequence); the changes between are missing"
                    )
                }
                if snapshot == nil {
                    throw .invalid(
                        file: journal.path,
                        reason:
                            "it starts at change \(change.sequence) but the snapshot \(snapshotFile.lastPathComponent) is missing; the changes before it are lost"
                    )
                }
                return .retry(
                    "line \(line): the journal starts at change \(change.sequence) but the snapshot holds changes up to \(progress.journalSequence); the changes between are missing"
                )
            }
            progress.apply(change)
        }
        return .loaded(progress)
    }
}
