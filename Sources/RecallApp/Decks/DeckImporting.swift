import Foundation
import RecallInterop
import RecallModel
import RecallStorage

/// Imports a file into a workspace as one deck, or as one deck per Anki deck: decides which decks
/// may be written (a deck of the same name only with `replace`, progress never over progress),
/// checks every deck before writing any, writes each under its locks, and keeps the settings of a
/// deck it replaces.
package struct DeckImporting {
    package var workspace: Workspace
    /// With an Anki package: bring each card's schedule and the review log too.
    package var withProgress: Bool
    /// Replace a deck of the same name (the progress of cards with the same ids is kept).
    package var replace: Bool

    package init(workspace: Workspace, withProgress: Bool, replace: Bool) {
        self.workspace = workspace
        self.withProgress = withProgress
        self.replace = replace
    }

    /// Imports `file` as the deck `name` (by default named after the file) and returns what was
    /// written, with the reader's warnings. Nothing is written when the import is refused.
    package func importDeck(_ file: String, name: String?, now: Date) throws -> DeckImport {
        let url = URL(fileURLWithPath: file)
        let deckName = name ?? Workspace.deckName(forSource: url)
        do {
            try Workspace.validate(deckName: deckName)
            if let refusal = existingDeckRefusal(deckName) { throw refusal }
            let imported = try DeckImporter.read(url, name: deckName, withProgress: withProgress, now: now)
            if imported.deck.cards.isEmpty {
                throw CommandFailure("\(file): no cards to import (\(imported.noteCount) notes read)")
            }
            try writeLocked(imported)
            return imported
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Imports an Anki package as one deck per Anki deck that holds cards (`Parent::Child` as
    /// `Parent.Child`, after `prefix` when given); every deck is checked before any is written.
    package func importSubdecks(_ file: String, prefix: String?, now: Date) throws -> [DeckImport] {
        let url = URL(fileURLWithPath: file)
        do {
            if let prefix { try Workspace.validate(deckName: prefix) }
            let imports = try DeckImporter.readSubdecks(
                url, prefix: prefix, name: prefix ?? Workspace.deckName(forSource: url),
                withProgress: withProgress, now: now)
            if imports.allSatisfy(\.deck.cards.isEmpty) {
                throw CommandFailure("\(file): no cards to import")
            }
            for imported in imports {
                try Workspace.validate(deckName: imported.deck.name)
                if let refusal = refusal(imported) { throw refusal }
            }
            for imported in imports { try writeLocked(imported) }
            return imports
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Why a deck named `deck` may not be written: it exists and is not to be replaced.
    func existingDeckRefusal(_ deck: String) -> CommandFailure? {
        guard FileManager.default.fileExists(atPath: workspace.deckFile(deck).path), !replace else {
            return nil
        }
        return CommandFailure(
            "deck '\(deck)' already exists in \(workspace.decksFolder.path); "
                + "choose another --name, or --replace it (progress of unchanged cards is kept)",
            status: .usage)
    }

    /// Why `imported` cannot be written, or nil: a deck of its name that is not to be replaced, or
    /// progress it would overwrite.
    func refusal(_ imported: DeckImport) -> CommandFailure? {
        if let refusal = existingDeckRefusal(imported.deck.name) { return refusal }
        // Whether the deck has progress is a question of files (a snapshot, or a journal with
        // changes), not of reading them.
        let journalSize =
            try? FileManager.default.attributesOfItem(
                atPath: workspace.journalFile(imported.deck.name).path)[.size] as? Int
        let hasProgress =
            FileManager.default.fileExists(atPath: workspace.progressFile(imported.deck.name).path)
            || (journalSize ?? 0) > 0
        if imported.progress != nil && hasProgress {
            return CommandFailure(
                "deck '\(imported.deck.name)' already has progress; import under another --name to keep both")
        }
        return nil
    }

    /// Writes `imported` holding both of its deck's locks: nothing is written before both are
    /// held, so a deck being studied is refused whole.
    func writeLocked(_ imported: DeckImport) throws {
        let deck = imported.deck.name
        try ProgressLock.withLock(workspace: workspace, deck: deck, description: "recall import") {
            try ProgressLock.withDeckFileLock(workspace: workspace, deck: deck, description: "recall import")
            {
                try write(imported)
            }
        }
    }

    /// Writes the deck (keeping the settings of the deck it replaces) and its progress; the caller
    /// holds the deck's locks.
    func write(_ imported: DeckImport) throws {
        let deckURL = workspace.deckFile(imported.deck.name)
        let existed = FileManager.default.fileExists(atPath: deckURL.path)
        let previous = try? DeckFile.load(deckURL)
        if let refusal = refusal(imported) { throw refusal }
        var deck = imported.deck
        // As `recall build` does: the exam date, fitted weights and retention stay the deck's.
        if let previous = previous ?? nil { deck.settings = previous.settings }
        try DeckFile.save(deck, to: deckURL)
        if let progress = imported.progress {
            do {
                try FileProgressStore(workspace: workspace).save(progress)
            } catch {
                if !existed { try? FileManager.default.removeItem(at: deckURL) }
                throw error
            }
        }
    }
}
