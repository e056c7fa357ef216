import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One writer per deck: an advisory lock (`flock`) on `Progress/NAME.lock`, held for as long as
/// this value lives. The file keeps the holder's process id, so a second session can say who has it.
/// Readers (stats, export) never take it: they read the snapshot and the journal as they are.
public final class ProgressLock: Sendable {
    let descriptor: Int32

    /// Takes the lock at once or throws `.locked` naming the process that holds it.
    public init(workspace: Workspace, deck: String, description: String = "recall") throws(ProgressError) {
        let url = workspace.lockFile(deck)
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(url.path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw .file(
                FileStoreError(
                    path: url.path, reason: "cannot be opened (\(String(cString: strerror(errno))))"))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(
                in: .whitespacesAndNewlines)
            close(descriptor)
            throw .locked(deck: deck, holder: holder.flatMap { $0.isEmpty ? nil : $0 } ?? "another process")
        }
        ftruncate(descriptor, 0)
        let note = "process \(getpid()) (\(description))\n"
        _ = note.withCString { write(descriptor, $0, strlen($0)) }
        self.descriptor = descriptor
    }

    deinit {
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
