import Foundation
import RecallStorage

/// Files in memory, for tests; it can be told to fail like a full disk.
public final class MemoryFileStore: FileStore, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var failure: String?

    public init(files: [URL: Data] = [:]) {
        for (url, data) in files { self.files[url.path] = data }
    }

    /// Makes every later write fail with `reason` (nil to succeed again).
    public func failWrites(_ reason: String?) {
        lock.withLock { failure = reason }
    }

    public func read(_ url: URL) throws(FileStoreError) -> Data? {
        lock.withLock { files[url.path] }
    }

    public func writeAtomically(_ data: Data, to url: URL) throws(FileStoreError) {
        let failure = lock.withLock { self.failure }
        if let failure { throw FileStoreError(path: url.path, reason: failure) }
        lock.withLock { files[url.path] = data }
    }

    public func appendDurably(_ data: Data, to url: URL) throws(FileStoreError) {
        let failure = lock.withLock { self.failure }
        if let failure { throw FileStoreError(path: url.path, reason: failure) }
        lock.withLock { files[url.path, default: Data()].append(data) }
    }

    public func truncate(_ url: URL) throws(FileStoreError) {
        lock.withLock { if files[url.path] != nil { files[url.path] = Data() } }
    }

    /// Puts a file in place, as another program would.
    public func put(_ data: Data, at url: URL) {
        lock.withLock { files[url.path] = data }
    }

    public func contents(of url: URL) -> Data? {
        lock.withLock { files[url.path] }
    }

    /// Every path that holds a file, to check where writes went.
    public var paths: [String] {
        lock.withLock { Array(files.keys) }
    }
}
