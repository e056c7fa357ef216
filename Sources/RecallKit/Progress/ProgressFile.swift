import Foundation

/// Reads and writes progress files; a damaged or newer file is reported, never overwritten.
public enum ProgressFile {
    public static func encode(_ progress: DeckProgress) -> Data {
        try! RecallJSON.encoder().encode(progress) + Data("\n".utf8)
    }

    public static func decode(_ data: Data, file: String) throws(ProgressError) -> DeckProgress {
        if data.isEmpty { throw .invalid(file: file, reason: "the file is empty") }
        let version: Int?
        do {
            version = try RecallJSON.schemaVersion(of: data)
        } catch let error as DecodingError {
            throw .invalid(file: file, reason: DecodingErrorDescription.describe(error))
        } catch {
            throw .invalid(file: file, reason: "\(error)")
        }
        guard let version else {
            throw .invalid(file: file, reason: "schemaVersion: required field is missing")
        }
        guard (1...DeckProgress.currentSchemaVersion).contains(version) else {
            throw .unsupportedSchema(file: file, version: version)
        }
        do {
            return try RecallJSON.decoder().decode(DeckProgress.self, from: data)
        } catch let error as DecodingError {
            throw .invalid(file: file, reason: DecodingErrorDescription.describe(error))
        } catch {
            throw .invalid(file: file, reason: "\(error)")
        }
    }
}

/// Where a session's progress is kept.
public protocol ProgressStore: Sendable {
    /// The saved progress of a deck, or nil when it has none yet.
    func load(deck: String) throws(ProgressError) -> DeckProgress?
    func save(_ progress: DeckProgress) throws(ProgressError)
}

/// Progress files in a workspace's `Progress/` folder.
public struct FileProgressStore: ProgressStore {
    public var workspace: Workspace
    public var files: any FileStore

    public init(workspace: Workspace, files: any FileStore = DiskFileStore()) {
        self.workspace = workspace
        self.files = files
    }

    public func load(deck: String) throws(ProgressError) -> DeckProgress? {
        let url = workspace.progressFile(deck)
        let data: Data?
        do {
            data = try files.read(url)
        } catch {
            throw .file(error)
        }
        guard let data else { return nil }
        return try ProgressFile.decode(data, file: url.path)
    }

    public func save(_ progress: DeckProgress) throws(ProgressError) {
        do {
            try files.writeAtomically(
                ProgressFile.encode(progress), to: workspace.progressFile(progress.deck))
        } catch {
            throw .file(error)
        }
    }
}

/// Why progress cannot be read or saved.
public enum ProgressError: Error, Equatable, CustomStringConvertible {
    case file(FileStoreError)
    case invalid(file: String, reason: String)
    case unsupportedSchema(file: String, version: Int)

    public var description: String {
        switch self {
        case .file(let error): error.description
        case .invalid(let file, let reason):
            "\(file): damaged progress file: \(reason); it was left untouched"
        case .unsupportedSchema(let file, let version):
            "\(file): progress schema version \(version) is not one this Recall reads (1 to \(DeckProgress.currentSchemaVersion)); it was left untouched"
        }
    }
}
