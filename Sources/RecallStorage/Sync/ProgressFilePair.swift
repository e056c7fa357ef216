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

    /// The snapshot with its journal's changes applied, and whether the journal held any.
    public func load() throws(ProgressError) -> (progress: DeckProgress, journalChanges: Int) {
        let progress: DeckProgress?
        do {
            progress = try files.withContents(of: snapshot) { bytes, doneBefore in
                try ProgressFile.decode(bytes, file: snapshot.path, doneBefore: doneBefore)
            }
        } catch let error as ProgressError {
            throw error
        } catch let error as FileStoreError {
            throw .file(error)
        } catch {
            throw .invalid(file: snapshot.path, reason: "\(error)")
        }
        guard var progress else {
            throw .file(FileStoreError(path: snapshot.path, reason: "no such file", failure: .missing))
        }
        guard let journal, let data = try readJournal(journal), !data.isEmpty else { return (progress, 0) }
        let contents = try ProgressJournal.read(data, file: journal.path)
        if let torn = contents.tornTail {
            throw .tornJournal(file: journal.path, line: torn.line, offset: torn.offset)
        }
        let before = progress.journalSequence
        for change in contents.changes { progress.apply(change) }
        return (progress, progress.journalSequence - before)
    }

    func readJournal(_ url: URL) throws(ProgressError) -> Data? {
        do {
            return try files.read(url)
        } catch {
            throw .file(error)
        }
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
