import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file operations Recall's stores need, behind a protocol so that tests can replace the disk
/// (a full disk, a read-only folder) with memory.
public protocol FileStore: Sendable {
    /// The file's bytes, or nil when there is no such file.
    func read(_ url: URL) throws(FileStoreError) -> Data?
    /// Replaces the file in one step: written to a temporary file, synced, renamed over the old
    /// one, and the folder synced, so that a crash leaves either the old file or the new one.
    func writeAtomically(_ data: Data, to url: URL) throws(FileStoreError)
    /// Appends to the file (creating it) and syncs it before returning.
    func appendDurably(_ data: Data, to url: URL) throws(FileStoreError)
    /// Empties the file, if it exists.
    func truncate(_ url: URL) throws(FileStoreError)
    /// Runs `body` over the file's bytes (nil when there is no such file) for one pass of reading.
    /// `body` may call its second argument with a byte offset to say it is done with everything
    /// before it, so that the disk can drop those pages and a large file never sits in memory whole.
    func withContents<Value>(
        of url: URL, _ body: (UnsafeRawBufferPointer, _ doneBefore: (Int) -> Void) throws -> Value
    ) throws -> Value?
}

extension FileStore {
    public func withContents<Value>(
        of url: URL, _ body: (UnsafeRawBufferPointer, _ doneBefore: (Int) -> Void) throws -> Value
    ) throws -> Value? {
        guard let data = try read(url) else { return nil }
        return try data.withUnsafeBytes { bytes in try body(bytes, { _ in }) }
    }
}

/// A file operation that failed, with the file and the system's reason.
public struct FileStoreError: Error, Equatable, CustomStringConvertible {
    /// What kind of failure it was, for callers that act on it (a script's exit status), so that
    /// none of them has to read the wording of `reason`.
    public enum Failure: Sendable, Equatable {
        /// The file is not there.
        case missing
        /// It is there but cannot be read as the file it should be (a folder, an unreachable link).
        case unreadable
        /// It could not be written, created or replaced.
        case unwritable
    }

    public var path: String
    public var reason: String
    public var failure: Failure

    public init(path: String, reason: String, failure: Failure = .unwritable) {
        self.path = path
        self.reason = reason
        self.failure = failure
    }

    public var description: String { "\(path): \(reason)" }

    /// The same path and reason is the same error; `failure` only classifies it.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.path == rhs.path && lhs.reason == rhs.reason }
}

/// The real disk.
public struct DiskFileStore: FileStore {
    /// For tests: a file may not grow past this many bytes, as on a full disk (a write stops where
    /// the space ends and fails with "No space left on device").
    let spaceLimit: Int?

    public init() {
        spaceLimit = nil
    }

    /// A disk whose files cannot grow past `spaceLimit` bytes, to test what a full disk does.
    public init(spaceLimit: Int) {
        self.spaceLimit = spaceLimit
    }

    public func read(_ url: URL) throws(FileStoreError) -> Data? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { throw Self.folderInstead(url) }
        // Foundation's reader leaks its buffer on an empty file (found by fuzzing), so that case is ours.
        if let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, size == 0 {
            return Data()
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw FileStoreError(
                path: url.path, reason: "cannot be read (\(Self.systemReason(error)))", failure: .unreadable)
        }
    }

    /// Maps the file read-only and drops the pages the reader is done with (they are clean copies
    /// of the file, so dropping them frees memory and loses nothing). Recall replaces files by
    /// renaming, never rewrites them in place, so a mapped file does not change under the reader.
    public func withContents<Value>(
        of url: URL, _ body: (UnsafeRawBufferPointer, _ doneBefore: (Int) -> Void) throws -> Value
    ) throws -> Value? {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw Self.posixError(url.path, "cannot be read", reading: true)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Self.posixError(url.path, "cannot be read", reading: true)
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw Self.folderInstead(url) }
        let size = Int(status.st_size)
        guard size > 0 else { return try body(UnsafeRawBufferPointer(start: nil, count: 0), { _ in }) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw Self.posixError(url.path, "cannot be read", reading: true)
        }
        defer { munmap(base, size) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var released = 0
        return try body(UnsafeRawBufferPointer(start: base, count: size)) { offset in
            let end = min(offset, size) / page * page
            guard end > released else { return }
            _ = madvise(base + released, end - released, Int32(MADV_DONTNEED))
            released = end
        }
    }

    public func writeAtomically(_ data: Data, to link: URL) throws(FileStoreError) {
        // A symbolic link is written through: its target is replaced, in the target's folder (a
        // rename is atomic only within one file system), and the link stays a link.
        let url = try Self.target(of: link)
        let folder = url.deletingLastPathComponent()
        try Self.checkFolders(of: url)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileStoreError(
                path: folder.path, reason: "cannot create the folder (\(Self.systemReason(error)))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Self.posixError(temporary.path, "cannot be created") }
        var failure = writeAll(data, to: descriptor, path: temporary.path, from: 0)
        if failure == nil && fsync(descriptor) != 0 {
            failure = Self.posixError(temporary.path, "cannot be synced")
        }
        close(descriptor)
        if let failure {
            unlink(temporary.path)
            throw failure
        }
        guard rename(temporary.path, url.path) == 0 else {
            let error = Self.posixError(url.path, "cannot be replaced")
            unlink(temporary.path)
            throw error
        }
        syncFolder(folder)
    }

    public func appendDurably(_ data: Data, to url: URL) throws(FileStoreError) {
        let folder = url.deletingLastPathComponent()
        try Self.checkFolders(of: url)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let existed = FileManager.default.fileExists(atPath: url.path)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { throw Self.posixError(url.path, "cannot be opened for writing") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Self.posixError(url.path, "cannot be read", reading: true)
        }
        let length = off_t(status.st_size)
        // One write call per batch: a kill cannot leave half a line behind. A write that fails part
        // way (a full disk) is cut back to the old length, so that a retry starts on a fresh line.
        var failure = writeAll(data, to: descriptor, path: url.path, from: Int(length))
        if failure == nil && fsync(descriptor) != 0 {
            failure = Self.posixError(url.path, "cannot be synced")
        }
        if let failure {
            if ftruncate(descriptor, length) == 0 { _ = fsync(descriptor) }
            throw failure
        }
        if !existed { syncFolder(folder) }
    }

    public func truncate(_ url: URL) throws(FileStoreError) {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let descriptor = open(url.path, O_WRONLY | O_TRUNC)
        guard descriptor >= 0 else { throw Self.posixError(url.path, "cannot be emptied") }
        fsync(descriptor)
        close(descriptor)
    }

    func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Writes every byte (retrying after signals) to a file that holds `start` bytes before, or
    /// says why it could not.
    func writeAll(_ data: Data, to descriptor: Int32, path: String, from start: Int) -> FileStoreError? {
        data.withUnsafeBytes { buffer -> FileStoreError? in
            var offset = 0
            while offset < buffer.count {
                var count = buffer.count - offset
                if let spaceLimit {
                    count = min(count, max(spaceLimit - start - offset, 0))
                    if count == 0 {
                        errno = ENOSPC
                        return Self.posixError(path, "cannot be written")
                    }
                }
                let written = write(descriptor, buffer.baseAddress! + offset, count)
                if written < 0 {
                    if errno == EINTR { continue }
                    return Self.posixError(path, "cannot be written")
                }
                offset += written
            }
            return nil
        }
    }

    /// The file a path names: itself, or the end of its chain of symbolic links.
    static func target(of url: URL) throws(FileStoreError) -> URL {
        var status = stat()
        guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return url }
        guard let resolved = realpath(url.path, nil) else {
            let reason = String(cString: strerror(errno))
            throw FileStoreError(
                path: url.path,
                reason: "is a symbolic link whose target cannot be reached (\(reason)); it was left as it is",
                failure: .unreadable)
        }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved))
    }

    static func folderInstead(_ url: URL) -> FileStoreError {
        FileStoreError(path: url.path, reason: "is a folder, not a file", failure: .unreadable)
    }

    /// Names the first folder on the way to `url` that is a file, or `url` itself when it is a
    /// folder, so that the message says what is in the way rather than a system error number.
    static func checkFolders(of url: URL) throws(FileStoreError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
        {
            throw folderInstead(url)
        }
        var folder = url.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            folder.path != "/"
        {
            folder = folder.deletingLastPathComponent()
        }
        if !isDirectory.boolValue {
            throw FileStoreError(path: folder.path, reason: "is a file, not a folder")
        }
    }

    static func posixError(_ path: String, _ what: String, reading: Bool = false) -> FileStoreError {
        let failure: FileStoreError.Failure =
            !reading ? .unwritable : errno == ENOENT ? .missing : .unreadable
        return FileStoreError(
            path: path, reason: "\(what) (\(String(cString: strerror(errno))))", failure: failure)
    }

    static func systemReason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
