import Foundation
import RecallModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One writer per deck: an advisory lock (`flock`) on `Progress/NAME.lock`, held for as long as
/// this value lives. The file keeps the holder's process id, so a second session can say who has it.
/// Readers (stats, export) never take it: they read the snapshot and the journal as they are.
///
/// Short read-modify-write changes use `withLock`, which holds the lock for exactly the length
/// of a closure:
///
/// ```swift
/// try ProgressLock.withLock(workspace: workspace, deck: "history", description: "recall suspend") {
///     var progress = try store.load(deck: "history") ?? DeckProgress(deck: "history")
///     …
///     try store.save(progress)
/// }
/// ```
public final class ProgressLock: Sendable {
    let descriptor: Int32

    /// Takes the lock at once or throws `.locked` naming the process that holds it.
    public convenience init(workspace: Workspace, deck: String, description: String = "recall")
        throws(ProgressError)
    {
        try self.init(file: workspace.lockFile(deck), deck: deck, description: description, wait: 0)
    }

    init(file url: URL, deck: String, description: String, wait: TimeInterval) throws(ProgressError) {
        descriptor = try Self.acquire(url, deck: deck, description: description, wait: wait)
    }

    /// Takes the lock on `url`, trying again for up to `wait` seconds while another process has it,
    /// and returns the open file that holds it.
    ///
    /// The file's note names this machine (see `LockNote`). A note left by another machine (a
    /// synced folder carried it here) binds nothing on this one: the lock is taken, and `notice`
    /// is told who holds the deck there and since when, as their progress merges later.
    static func acquire(
        _ url: URL, deck: String, description: String, wait: TimeInterval,
        machine: MachineID? = try? MachineIdentity.current(), notice: (String) -> Void = { _ in }
    )
        throws(ProgressError) -> Int32
    {
        try FileProgressStore.checkName(deck)
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(url.path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw .file(
                FileStoreError(
                    path: url.path, reason: "cannot be opened (\(String(cString: strerror(errno))))"))
        }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if Date() < deadline {
                usleep(10_000)
                continue
            }
            let holder = (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(
                in: .whitespacesAndNewlines)
            close(descriptor)
            throw .locked(deck: deck, holder: holder.flatMap { $0.isEmpty ? nil : $0 } ?? "another process")
        }
        if let previous = try? String(contentsOf: url, encoding: .utf8) {
            let held = LockNote(parsing: previous)
            if held.isOtherMachine(than: machine) {
                notice(
                    "deck '\(deck)' is held on another machine (\(held.text)); that lock binds only that "
                        + "machine, so this one studies its own copy, to be merged when the two meet")
            }
        }
        ftruncate(descriptor, 0)
        let note = LockNote.current(description: description, machine: machine, at: Date()).text + "\n"
        _ = note.withCString { write(descriptor, $0, strlen($0)) }
        return descriptor
    }

    /// Lets go of a lock taken by `acquire`.
    static func release(_ descriptor: Int32) {
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Runs `body` holding the deck's progress lock (taken at once, or `.locked`), and lets it go.
    /// `notice` hears of a lock note left by another machine (see `acquire`).
    public static func withLock<Value>(
        workspace: Workspace, deck: String, description: String, notice: (String) -> Void = { _ in },
        _ body: () throws -> Value
    ) throws -> Value {
        let descriptor = try acquire(
            workspace.lockFile(deck), deck: deck, description: description, wait: 0, notice: notice)
        defer { release(descriptor) }
        return try body()
    }

    /// Runs `body` holding the lock on the deck's files (`Progress/.NAME.deck.lock`), which every
    /// read-modify-write of the deck file takes; it waits up to `wait` seconds for another such
    /// change to finish. A study session does not hold it, so settings can change meanwhile.
    public static func withDeckFileLock<Value>(
        workspace: Workspace, deck: String, description: String, wait: TimeInterval = 30,
        _ body: () throws -> Value
    ) throws -> Value {
        let descriptor = try acquire(
            workspace.deckLockFile(deck), deck: deck, description: description, wait: wait)
        defer { release(descriptor) }
        return try body()
    }

    deinit {
        Self.release(descriptor)
    }
}
