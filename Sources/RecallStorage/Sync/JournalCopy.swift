import Foundation
import RecallModel

/// A synced folder's conflict copy of a deck's journal, with no snapshot of its own: the changes one
/// machine appended while another appended to the same journal (a session that did not end with
/// a save, say), read as progress that `ConflictCopies` merges.
///
/// A journal's changes follow on from a snapshot. When the deck's snapshot is the one they follow
/// (its `journalSequence` is just before their first), they are replayed onto it. When it was saved
/// again since, they are replayed alone: their reviews, flags and contrast cards are what a merge
/// needs, and the rest of the history is already in the deck's progress. Only an undo among them
/// then cannot be replayed (it cuts the log back to a count of the snapshot it followed), and the
/// copy is left where it is, with the reason.
struct JournalCopy {
    var url: URL
    var files: any FileStore

    /// Why a journal copy's changes cannot be replayed.
    struct Unreplayable: Error, CustomStringConvertible {
        var description: String
    }

    func progress(deck: String, base: DeckProgress?) throws -> DeckProgress {
        let data: Data
        do {
            data = try files.read(url) ?? Data()
        } catch {
            throw ProgressError.file(error)
        }
        let contents = try JournalReplay.changes(data, file: url)
        guard let first = contents.changes.first else { return DeckProgress(deck: deck) }
        var progress: DeckProgress
        if let base, base.journalSequence == first.sequence - 1 {
            progress = base
        } else if let undo = contents.changes.firstIndex(where: { $0.reviewCount != nil }) {
            let line = contents.lines.indices.contains(undo) ? contents.lines[undo] : undo + 1
            throw Unreplayable(
                description:
                    "its changes follow change \(first.sequence - 1), the progress has been saved since "
                    + "(change \(base?.journalSequence ?? 0)), and its line \(line) takes back answers "
                    + "counted from that older save, so which ones cannot be told")
        } else {
            progress = DeckProgress(deck: deck)
            progress.journalSequence = first.sequence - 1
        }
        // The changes follow on from `progress` by its making (the copy has no snapshot file of its
        // own to name), so what can stop them is a gap between two of its lines.
        switch try JournalReplay.replay(contents, journal: url, onto: progress, snapshotFile: url, deck: deck)
        {
        case .loaded(let replayed): return replayed ?? progress
        case .retry(let reason): throw Unreplayable(description: reason)
        }
    }
}
