import Foundation
import RecallModel

/// Reads and writes progress snapshots; a damaged or newer file is reported, never overwritten.
public enum ProgressFile {
    public static func encode(_ progress: DeckProgress) -> Data {
        ProgressSnapshotFormat.encode(progress)
    }

    /// The largest progress snapshot Recall reads (1 GiB: a million reviews take about 150 MiB).
    public static let maximumSize = 1 << 30

    /// Decodes a snapshot of any schema version this Recall knows, migrating older ones.
    public static func decode(_ data: Data, file: String) throws(ProgressError) -> DeckProgress {
        do {
            return try data.withUnsafeBytes { bytes in try decode(bytes, file: file, doneBefore: { _ in }) }
        } catch let error as ProgressError {
            throw error
        } catch {
            throw .invalid(file: file, reason: "\(error)")
        }
    }

    /// The snapshot at `url`, read through `files`; nil when there is none.
    static func read(_ url: URL, files: any FileStore) throws(ProgressError) -> DeckProgress? {
        do {
            return try files.withContents(of: url) { bytes, doneBefore in
                try decode(bytes, file: url.path, doneBefore: doneBefore)
            }
        } catch let error as ProgressError {
            throw error
        } catch let error as FileStoreError {
            throw .file(error)
        } catch {
            throw .invalid(file: url.path, reason: "\(error)")
        }
    }

    /// The bytes of the journal at `url`, read through `files`; nil when there is none.
    static func read(journal url: URL, files: any FileStore) throws(ProgressError) -> Data? {
        do {
            return try files.read(url)
        } catch {
            throw .file(error)
        }
    }

    /// Decodes a snapshot from its bytes, telling `doneBefore` how far it has read (see
    /// `FileStore.withContents`).
    static func decode(
        _ bytes: UnsafeRawBufferPointer, file: String, doneBefore: (Int) -> Void
    ) throws(ProgressError) -> DeckProgress {
        if bytes.isEmpty { throw .invalid(file: file, reason: "the file is empty") }
        if bytes.count > maximumSize {
            throw .invalid(
                file: file,
                reason:
                    "\(bytes.count >> 20) MiB is more than the \(maximumSize >> 20) MiB a progress file may have"
            )
        }
        let version: Int?
        do {
            version = try JSONScanner.topLevelInteger("schemaVersion", in: bytes)
        } catch {
            throw .invalid(file: file, reason: describe(error, in: bytes))
        }
        guard let version else {
            throw .invalid(file: file, reason: "schemaVersion: required field is missing")
        }
        guard (1...DeckProgress.currentSchemaVersion).contains(version) else {
            throw .unsupportedSchema(file: file, version: version)
        }
        if version >= 3 {
            do {
                return try ProgressSnapshotFormat.decode(bytes, version: version, doneBefore: doneBefore)
            } catch {
                throw .invalid(file: file, reason: describe(error, in: bytes))
            }
        }
        do {
            return try ProgressMigration.decode(Data(bytes), version: version)
        } catch let error as DecodingError {
            throw .invalid(file: file, reason: DecodingErrorDescription.describe(error))
        } catch {
            throw .invalid(file: file, reason: "\(error)")
        }
    }

    /// A scanner's failure with the line and column a person can go to.
    package static func describe(_ failure: JSONScanner.Failure, in bytes: UnsafeRawBufferPointer) -> String {
        if let range = failure.message.range(of: "the JSON ends early") {
            let field = failure.message[..<range.lowerBound]
            let end = JSONErrorLocation.position(of: bytes.count, in: bytes)
            return "\(field)the JSON ends early at byte \(bytes.count) (\(end)); the file looks truncated"
        }
        let position = JSONErrorLocation.position(of: failure.offset, in: bytes)
        return "\(failure.message), at \(position) (byte \(failure.offset))"
    }
}

/// Reads older progress snapshots into the current shape.
enum ProgressMigration {
    static func decode(_ data: Data, version: Int) throws -> DeckProgress {
        switch version {
        case 1:
            // Version 1 had no journal: everything it holds is in the snapshot.
            struct Version1: Decodable {
                var deck: String
                var schedules: [String: CardSchedule]
                var reviews: [ReviewLog]
                var setAside: [String: CardSchedule]?
            }
            let old = try RecallJSON.decoder().decode(Version1.self, from: data)
            var progress = DeckProgress(deck: old.deck)
            progress.schedules = old.schedules
            progress.reviews = old.reviews
            progress.setAside = old.setAside ?? [:]
            progress.migrateToIdentities()
            return progress
        default:
            // Version 2 differs from version 3 only in writing each review as an object.
            var progress = try RecallJSON.decoder().decode(DeckProgress.self, from: data)
            progress.schemaVersion = DeckProgress.currentSchemaVersion
            progress.migrateToIdentities()
            return progress
        }
    }
}

/// Where a deck's progress is kept.
public protocol ProgressStore: Sendable {
    /// The saved progress of a deck (snapshot and journal together), or nil when it has none yet.
    func load(deck: String) throws(ProgressError) -> DeckProgress?
    /// Makes changes durable: appended to the journal and synced. O(1) in the size of the progress.
    func append(_ changes: [ProgressChange], deck: String) throws(ProgressError)
    /// Writes a new snapshot of everything and empties the journal.
    func save(_ progress: DeckProgress) throws(ProgressError)
}

/// Progress in a workspace's `Progress/` folder: `NAME.progress.json` (the snapshot) and
/// `NAME.journal` (the changes since, one JSON line each).
public struct FileProgressStore: ProgressStore {
    public var workspace: Workspace
    public var files: any FileStore

    public init(workspace: Workspace, files: any FileStore = DiskFileStore()) {
        self.workspace = workspace
        self.files = files
    }

    public func load(deck: String) throws(ProgressError) -> DeckProgress? {
        try load(deck: deck, adopting: false)
    }

    /// Reads a deck's progress; `adopting` accepts a snapshot whose `"deck"` field names another
    /// deck (a file copied from it) as this deck's own, which `recall doctor --adopt` does.
    public func load(deck: String, adopting: Bool) throws(ProgressError) -> DeckProgress? {
        try Self.checkName(deck)
        return try loadRetrying(
            snapshotURL: workspace.progressFile(deck), journalURL: workspace.journalFile(deck),
            deck: deck, adopting: adopting)
    }

    /// Reads a progress file given by its path, such as a student's `alice.progress.json` for the
    /// class report, with the journal beside it (`alice.journal`), replayed with the same checks as
    /// a deck's own progress. The file's `"deck"` field names the deck; nil when there is no file.
    public func load(progressFileAt url: URL) throws(ProgressError) -> DeckProgress? {
        guard try read(url) != nil else { return nil }
        return try loadRetrying(
            snapshotURL: url, journalURL: Workspace.journalFile(besideProgressFile: url), deck: nil,
            adopting: true)
    }

    /// A snapshot written between our two reads shows as a gap in the journal: read again.
    func loadRetrying(snapshotURL: URL, journalURL: URL?, deck: String?, adopting: Bool)
        throws(ProgressError) -> DeckProgress?
    {
        try JournalReplay.retrying(journal: journalURL, snapshot: snapshotURL) {
            () throws(ProgressError) -> JournalReplay.Attempt in
            try loadOnce(snapshotURL: snapshotURL, journalURL: journalURL, deck: deck, adopting: adopting)
        }
    }

    /// Paths come from the workspace and a checked name only, never from a file's contents.
    static func checkName(_ deck: String) throws(ProgressError) {
        do {
            try Workspace.validate(deckName: deck)
        } catch {
            throw .invalid(file: deck, reason: "\(error)")
        }
    }

    /// Reads the snapshot and replays the journal onto it (`JournalReplay`). `deck` nil takes the
    /// snapshot's own deck name.
    func loadOnce(snapshotURL: URL, journalURL: URL?, deck: String?, adopting: Bool) throws(ProgressError)
        -> JournalReplay.Attempt
    {
        var snapshot: DeckProgress?
        do {
            snapshot = try ProgressFile.read(snapshotURL, files: files)
        } catch {
            throw Self.offeringRepair(error, journal: journalURL.flatMap { try? files.read($0) })
        }
        if let deck, let named = snapshot?.deck, named != deck {
            guard adopting else { throw .otherDeck(file: snapshotURL.path, deck: deck, named: named) }
            snapshot?.deck = deck
        }
        guard let journalURL, let journalData = try read(journalURL), !journalData.isEmpty else {
            return .loaded(snapshot)
        }
        return try JournalReplay.replay(
            JournalReplay.changes(journalData, file: journalURL), journal: journalURL, onto: snapshot,
            snapshotFile: snapshotURL, deck: deck)
    }

    /// A damaged snapshot that `recall doctor` can rebuild (its journal holds every change from
    /// the first) says so; any other damage does not offer a repair that cannot happen.
    static func offeringRepair(_ error: ProgressError, journal: Data??) -> ProgressError {
        guard case .invalid(let file, let reason) = error, let data = journal ?? nil,
            let contents = try? ProgressJournal.read(data, file: file),
            contents.changes.first?.sequence == 1
        else { return error }
        return .repairable(file: file, reason: reason)
    }

    func read(_ url: URL) throws(ProgressError) -> Data? {
        try ProgressFile.read(journal: url, files: files)
    }

    public func append(_ changes: [ProgressChange], deck: String) throws(ProgressError) {
        guard !changes.isEmpty else { return }
        try Self.checkName(deck)
        let data = changes.reduce(into: Data()) { $0.append(ProgressJournal.line($1)) }
        do {
            try files.appendDurably(data, to: workspace.journalFile(deck))
        } catch {
            throw .file(error)
        }
    }

    public func save(_ progress: DeckProgress) throws(ProgressError) {
        try Self.checkName(progress.deck)
        do {
            try files.writeAtomically(
                ProgressFile.encode(progress), to: workspace.progressFile(progress.deck))
        } catch {
            throw .file(error)
        }
        // Changes up to the snapshot's sequence are skipped on replay, so a crash here loses nothing.
        do {
            try files.truncate(workspace.journalFile(progress.deck))
        } catch {
            throw .file(error)
        }
    }
}

/// Why progress cannot be read or saved.
public enum ProgressError: Error, Equatable, CustomStringConvertible {
    case file(FileStoreError)
    case invalid(file: String, reason: String)
    /// Damage that `recall doctor` knows how to repair.
    case repairable(file: String, reason: String)
    /// A snapshot whose `"deck"` field names another deck than its file name does.
    case otherDeck(file: String, deck: String, named: String)
    case unsupportedSchema(file: String, version: Int)
    case tornJournal(file: String, line: Int, offset: Int)
    case locked(deck: String, holder: String)

    public var description: String {
        switch self {
        case .file(let error): error.description
        case .invalid(let file, let reason):
            "\(file): damaged progress file: \(reason); it was left untouched"
        case .repairable(let file, let reason):
            "\(file): damaged progress file: \(reason); it was left untouched ('recall doctor' repairs it)"
        case .otherDeck(let file, let deck, let named):
            "\(file): this snapshot says it belongs to deck '\(named)', not '\(deck)' (a copied file?); it was left untouched; "
                + "'recall doctor \(deck) --adopt' makes it \(deck)'s own"
        case .unsupportedSchema(let file, let version):
            "\(file): progress schema version \(version) is newer than this Recall reads (1 to \(DeckProgress.currentSchemaVersion)); it was left untouched"
        case .tornJournal(let file, let line, let offset):
            "\(file): the last line (line \(line), byte \(offset)) was cut short by a crash or a full disk; "
                + "run 'recall doctor' to drop it (the answer it held was never confirmed)"
        case .locked(let deck, let holder):
            "deck '\(deck)' is being studied by \(holder); finish that session first"
        }
    }
}
