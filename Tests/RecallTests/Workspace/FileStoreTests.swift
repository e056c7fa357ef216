import Foundation
import Testing

@testable import RecallStorage

@Suite struct FileStoreTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("recall-\(UUID().uuidString)")
    }

    /// Issue 15, item 1: a full disk cut a journal line short, and the retry was glued onto it.
    @Test func aWriteThatFailsPartWayLeavesTheFileAsItWas() throws {
        let folder = folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("d.journal")
        let first = Data("{\"seq\":1}\n".utf8)
        try DiskFileStore().appendDurably(first, to: url)
        let full = DiskFileStore(spaceLimit: first.count + 5)
        #expect(throws: FileStoreError.self) {
            try full.appendDurably(Data("{\"seq\":2,\"card\":\"x\"}\n".utf8), to: url)
        }
        #expect(try Data(contentsOf: url) == first)
        // Space again: the retry starts on a line of its own.
        try DiskFileStore().appendDurably(Data("{\"seq\":2}\n".utf8), to: url)
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == "{\"seq\":1}\n{\"seq\":2}\n")
    }

    @Test func aFullDiskDuringAnAtomicWriteLeavesNoTemporaryFile() throws {
        let folder = folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("d.progress.json")
        try DiskFileStore().writeAtomically(Data("old".utf8), to: url)
        #expect(throws: FileStoreError.self) {
            try DiskFileStore(spaceLimit: 2).writeAtomically(Data("new contents".utf8), to: url)
        }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["d.progress.json"])
    }

    /// Issue 15, item 19: a folder where a file belongs gave "No such device" or a Cocoa error number.
    @Test func aFolderInPlaceOfAFileIsNamed() throws {
        let folder = folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("d.progress.json")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let expected = FileStoreError(path: url.path, reason: "is a folder, not a file")
        #expect(throws: expected) { try DiskFileStore().read(url) }
        #expect(throws: expected) { try DiskFileStore().withContents(of: url) { bytes, _ in bytes.count } }
        #expect(throws: expected) { try DiskFileStore().writeAtomically(Data(), to: url) }
        let file = folder.appendingPathComponent("plain")
        try Data().write(to: file)
        #expect(throws: FileStoreError(path: file.path, reason: "is a file, not a folder")) {
            try DiskFileStore().appendDurably(
                Data("x".utf8), to: file.appendingPathComponent("Progress/d.journal"))
        }
    }

    /// Issue 15, item 22: a symlinked snapshot was silently replaced by a regular file.
    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let folder = folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = folder.appendingPathComponent("sync")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let target = elsewhere.appendingPathComponent("d.progress.json")
        try Data("old".utf8).write(to: target)
        let link = folder.appendingPathComponent("Progress/d.progress.json")
        try FileManager.default.createDirectory(
            at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try DiskFileStore().writeAtomically(Data("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try Data(contentsOf: target) == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["d.progress.json"])

        let dangling = folder.appendingPathComponent("Progress/e.progress.json")
        try FileManager.default.createSymbolicLink(
            at: dangling, withDestinationURL: elsewhere.appendingPathComponent("gone/e.progress.json"))
        #expect(throws: FileStoreError.self) {
            try DiskFileStore().writeAtomically(Data("x".utf8), to: dangling)
        }
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dangling.path)) != nil)
    }
}
