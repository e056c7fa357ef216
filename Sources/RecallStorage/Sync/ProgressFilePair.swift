import Foundation
import RecallModel

/// A progress snapshot named by its path, with the journal beside it when there is one
/// (`X.progress.json` and `X.journal`): what `recall merge` and the git merge driver read.
public struct ProgressFilePair: Sendable {
    public var snapshot: URL
    public var files: any FileStore

    public init(snapshot: URL, files: any FileStore = DiskFileStore()) {
        self.snapshot = snapshot
        self.files = files
    }

    /// `X.journal` for `X.progress.json`; nil for a file with another name (git's temporary files).
    public var journal: URL? { Workspace.journalFile(besideProgressFile: snapshot) }

    /// The snapshot with its journal's changes applied (`JournalReplay`, as a workspace's store
    /// reads them), and how many changes of the journal it did not hold.
    public func load() throws(ProgressError) -> (progress: DeckProgress, journalChanges: Int) {
        let missing = ProgressError.file(
            FileStoreError(path: snapshot.path, reason: "no such file", failure: .missing))
        var snapshotSequence = 0
        let progress = try JournalReplay.retrying(journal: journal, snapshot: snapshot) {
            () throws(ProgressError) -> JournalReplay.Attempt in
            guard let progress = try ProgressFile.read(snapshot, files: files) else { throw missing }
            snapshotSequence = progress.journalSequence
            guard let journal, let data = try ProgressFile.read(journal: journal, files: files), !data.isEmpty
            else { return .loaded(progress) }
            return try JournalReplay.replay(
                JournalReplay.changes(data, file: journal), journal: journal, onto: progress,
                snapshotFile: snapshot, deck: nil)
        }
        guard let progress else { throw missing }
        return (progress, progress.journalSequence - snapshotSequence)
    }

    /// Writes `progress` as the snapshot and, when `emptyingJournal`, empties the journal beside it
    /// (its changes are in the snapshot now; a crash in between replays none twice, as the
    /// snapshot's `journalSequence` says which it holds).
    public func save(_ progress: DeckProgress, emptyingJournal: Bool) throws(ProgressError) {
        do {
            try files.writeAtomically(ProgressFile.encode(progress), to: snapshot)
            if emptyingJournal, let journal { try files.truncate(journal) }
        } catch {
            throw .file(error)
        }
    }
}
