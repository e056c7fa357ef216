import Foundation
import RecallModel

/// Reads and writes deck files (`Decks/NAME.deck.json`).
public enum DeckFile {
    public static func encode(_ deck: Deck) -> Data {
        try! RecallJSON.encoder().encode(deck) + Data("\n".utf8)
    }

    /// The largest deck file Recall reads (256 MiB; the sample deck is 100 KiB).
    public static let maximumSize = 256 << 20

    /// Decodes a deck, refusing a newer schema whole and naming the field of any other problem.
    public static func decode(_ data: Data, file: String) throws(DeckFileError) -> Deck {
        if data.count > maximumSize {
            throw .invalid(
                file: file,
                reason:
                    "\(data.count >> 20) MiB is more than the \(maximumSize >> 20) MiB a deck file may have")
        }
        // Damage is found here, with its line and column, before the decoder (which names no place).
        let syntax = data.withUnsafeBytes { bytes in
            Result { () throws(JSONScanner.Failure) in try JSONScanner.validate(bytes) }
        }
        if case .failure(let failure) = syntax {
            let place = data.withUnsafeBytes { ProgressFile.describe(failure, in: $0) }
            throw .invalid(file: file, reason: place)
        }
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
        guard version <= Deck.currentSchemaVersion, version >= 1 else {
            throw .unsupportedSchema(file: file, version: version)
        }
        let deck: Deck
        do {
            deck = try RecallJSON.decoder().decode(Deck.self, from: data)
        } catch let error as DecodingError {
            throw .invalid(file: file, reason: DecodingErrorDescription.describe(error))
        } catch {
            throw .invalid(file: file, reason: "\(error)")
        }
        // A deck that loads can be studied, quizzed and exported: a card that breaks an invariant
        // is an error here, not a trap later.
        if let problem = deck.invariantProblem { throw .invalid(file: file, reason: problem) }
        // A deck file is as untrusted as any import: control characters are taken out of its texts.
        return deck.removingControlCharacters()
    }

    /// The deck at `url`, or nil when there is no such file.
    public static func load(_ url: URL, store: any FileStore = DiskFileStore()) throws(DeckFileError) -> Deck?
    {
        let data: Data?
        do {
            data = try store.read(url)
        } catch {
            throw .file(error)
        }
        guard let data else { return nil }
        var deck = try decode(data, file: url.path)
        // The file name is the deck's identity; the "name" inside never forms a path.
        let file = url.lastPathComponent
        if file.hasSuffix(Workspace.FileEnding.deck) {
            deck.name = String(file.dropLast(Workspace.FileEnding.deck.count))
        }
        return deck
    }

    /// Writes the deck, refusing one larger than `limit` (the size `decode` reads) before anything is
    /// written: a deck Recall could not open again is never saved.
    public static func save(
        _ deck: Deck, to url: URL, store: any FileStore = DiskFileStore(), limit: Int = maximumSize
    ) throws(DeckFileError) {
        let data = encode(deck)
        if data.count > limit {
            throw .tooLarge(file: url.path, size: data.count, limit: limit)
        }
        do {
            try store.writeAtomically(data, to: url)
        } catch {
            throw .file(error)
        }
    }
}

/// Why a deck file cannot be used.
public enum DeckFileError: Error, Equatable, CustomStringConvertible {
    case file(FileStoreError)
    case invalid(file: String, reason: String)
    case unsupportedSchema(file: String, version: Int)
    /// A deck too large to save, since Recall could not open it again.
    case tooLarge(file: String, size: Int, limit: Int)

    public var description: String {
        switch self {
        case .file(let error): error.description
        case .invalid(let file, _), .unsupportedSchema(let file, _), .tooLarge(let file, _, _):
            "\(file): \(problem)"
        }
    }

    /// What is wrong with a deck file that was read, without its name.
    public var problem: String {
        switch self {
        case .file(let error): error.reason
        case .invalid(_, let reason): "not a valid Recall deck: \(reason)"
        case .tooLarge(_, let size, let limit):
            "the deck would be \(size >> 20) MiB, more than the \(limit >> 20) MiB a deck file may have; nothing was written (split the source into smaller decks)"
        case .unsupportedSchema(_, let version):
            "deck schema version \(version) is not one this Recall reads (it reads 1 to \(Deck.currentSchemaVersion)); update Recall"
        }
    }
}
