import Foundation
import RecallModel

/// Every quiz a student took on a deck: `Progress/DECK.quizzes.json`, a list that each quiz appends to.
public struct QuizLog: Sendable {
    public var workspace: Workspace
    public var files: any FileStore

    public init(workspace: Workspace, files: any FileStore = DiskFileStore()) {
        self.workspace = workspace
        self.files = files
    }

    public func url(_ deck: String) -> URL {
        workspace.quizLogFile(deck)
    }

    public func results(deck: String) throws(ProgressError) -> [QuizResult] {
        let url = url(deck)
        let data: Data?
        do {
            data = try files.read(url)
        } catch {
            throw .file(error)
        }
        guard let data, !data.isEmpty else { return [] }
        do {
            return try RecallJSON.decoder().decode([QuizResult].self, from: data)
        } catch let error as DecodingError {
            throw .invalid(
                file: url.path,
                reason: JSONErrorLocation.describe(data) ?? DecodingErrorDescription.describe(error))
        } catch {
            throw .invalid(file: url.path, reason: "\(error)")
        }
    }

    /// Adds a result; a damaged log is reported and left as it is. The caller holds the deck's
    /// file lock (`ProgressLock.withDeckFileLock`) so that quizzes ending at once are all kept.
    public func append(_ result: QuizResult) throws(ProgressError) {
        try FileProgressStore.checkName(result.deck)
        let all = try results(deck: result.deck) + [result]
        do {
            try files.writeAtomically(
                try! RecallJSON.encoder().encode(all) + Data("\n".utf8), to: url(result.deck))
        } catch {
            throw .file(error)
        }
    }
}
