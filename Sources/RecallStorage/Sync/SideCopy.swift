import Foundation
import RecallModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a session saves when another machine really holds the deck's lock (a workspace on a
/// network folder, where `flock` reaches across machines): its own copy of the progress, named as a
/// synced folder names a conflict copy (`NAME.sync-conflict-20261130-101500-3f9a0c21b7e4.progress.json`
/// and the journal beside it), which `ConflictCopies` merges at the next `recall study`.
///
/// The deck's own snapshot and journal keep their one writer (the other machine); the copy has its
/// own, this session, which holds a lock on the copy's journal while it runs, so that a merge
/// elsewhere leaves the copy alone until the session ends.
public struct SideCopyStore: ProgressStore {
    public var pair: ProgressFilePair
    public var deck: String

    /// The copy's snapshot: `NAME.sync-conflict-YYYYMMDD-HHMMSS-MACHINE.progress.json` in
    /// `Progress/`, at the first second from `now` whose name is free.
    static func snapshot(deck: String, machine: MachineID, now: Date, in workspace: Workspace) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        var time = now
        while true {
            let stem = "\(deck).sync-conflict-\(formatter.string(from: time))-\(machine)"
            let snapshot = workspace.progressFolder.appendingPathComponent(
                stem + Workspace.FileEnding.progress)
            let journal = workspace.progressFolder.appendingPathComponent(stem + Workspace.FileEnding.journal)
            if !FileManager.default.fileExists(atPath: snapshot.path)
                && !FileManager.default.fileExists(atPath: journal.path)
            {
                return snapshot
            }
            time += 1
        }
    }

    public func load(deck: String) throws(ProgressError) -> DeckProgress? {
        guard deck == self.deck else { return nil }
        return try pair.load().progress
    }

    public func append(_ changes: [ProgressChange], deck: String) throws(ProgressError) {
        guard !changes.isEmpty, let journal = pair.journal else { return }
        let data = changes.reduce(into: Data()) { $0.append(ProgressJournal.line($1)) }
        do {
            try pair.files.appendDurably(data, to: journal)
        } catch {
            throw .file(error)
        }
    }

    public func save(_ progress: DeckProgress) throws(ProgressError) {
        try pair.save(progress, emptyingJournal: true)
    }
}

extension ProgressLock {
    /// Runs `body` with the store a writing session saves to: `store` itself while this process
    /// holds the deck's lock, or, when another machine holds it (its note names another machine
    /// id), a `SideCopyStore` that starts as a copy of the deck's progress as it is now. `notice`
    /// hears one line saying which, and who holds the deck since when. A lock held by another
    /// process of this machine refuses (`.locked`), as ever.
    public static func withLockOrSideCopy<Value>(
        store: FileProgressStore, deck: String, description: String,
        machine: MachineID? = try? MachineIdentity.current(), now: Date,
        notice: (String) -> Void = { _ in },
        _ body: (_ store: any ProgressStore, _ ownsDeck: Bool) throws -> Value
    ) throws -> Value {
        let workspace = store.workspace
        let descriptor: Int32
        do {
            descriptor = try acquire(
                workspace.lockFile(deck), deck: deck, description: description, wait: 0, machine: machine,
                notice: notice)
        } catch .locked(let lockedDeck, let holder) {
            let note = LockNote(parsing: holder)
            guard let machine, note.isOtherMachine(than: machine) else {
                throw ProgressError.locked(deck: lockedDeck, holder: holder)
            }
            return try onSideCopy(
                store: store, deck: deck, machine: machine, now: now, holder: note, notice: notice, body)
        }
        defer { release(descriptor) }
        return try body(store, true)
    }

    static func onSideCopy<Value>(
        store: FileProgressStore, deck: String, machine: MachineID, now: Date, holder: LockNote,
        notice: (String) -> Void, _ body: (any ProgressStore, Bool) throws -> Value
    ) throws -> Value {
        let snapshot = SideCopyStore.snapshot(deck: deck, machine: machine, now: now, in: store.workspace)
        let side = SideCopyStore(pair: ProgressFilePair(snapshot: snapshot, files: store.files), deck: deck)
        guard let journal = side.pair.journal, let hold = holdJournal(journal) else {
            throw ProgressError.locked(deck: deck, holder: holder.text)
        }
        defer {
            flock(hold, LOCK_UN)
            close(hold)
        }
        // Readers never take the lock: the deck's progress as the other machine last saved it.
        let progress = try store.load(deck: deck) ?? DeckProgress(deck: deck)
        try side.save(progress)
        notice(
            "deck '\(deck)' is being studied on another machine (\(holder.text)); this session saves to "
                + "Progress/\(snapshot.lastPathComponent), which the next 'recall study' merges")
        return try body(side, false)
    }

    /// Opens (creating) a side copy's journal and locks it; nil when another session has it.
    static func holdJournal(_ url: URL) -> Int32? {
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(url.path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Whether a session is still writing the copy whose journal is `url` (it holds the journal's
    /// lock); a journal that does not exist has no writer.
    static func isBeingWritten(_ url: URL) -> Bool {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return true }
        flock(descriptor, LOCK_UN)
        return false
    }
}
