import Foundation
import RecallStorage

/// Where `--out` sends a command's result: a file written atomically, or standard output for `-`
/// (as most command-line tools read it).
package enum OutputDestination: Equatable {
    case standardOutput
    case file(URL)

    /// `--out FILE`, `--out -`, or no `--out` (`fallback`).
    package init(_ out: String?, fallback: OutputDestination = .standardOutput) {
        switch out {
        case nil: self = fallback
        case "-": self = .standardOutput
        case let path?: self = .file(URL(fileURLWithPath: path))
        }
    }

    /// Writes `data` whole; a file is replaced only once all of it is on disk.
    package func write(_ data: Data) throws {
        switch self {
        case .standardOutput: FileHandle.standardOutput.write(data)
        case .file(let url): try DiskFileStore().writeAtomically(data, to: url)
        }
    }

    /// Writes what `produce` writes to a file: for writers that need a file of their own (an Anki
    /// package is a zip), standard output gets a temporary file's bytes.
    package func write(through produce: (URL) throws -> Void) throws {
        switch self {
        case .file(let url): try produce(url)
        case .standardOutput:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "recall-\(getpid())-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("out")
            try produce(file)
            FileHandle.standardOutput.write(try Data(contentsOf: file))
        }
    }

    /// The note a command writes on standard error after writing a file.
    package var note: String? {
        if case .file(let url) = self { "Wrote \(url.path)\n" } else { nil }
    }
}
