import Foundation
import RecallModel
import RecallStorage

/// Opens a deck by name, building it from `Decks/NAME.txt` first when its deck file is missing.
package struct DeckOpening {
    package var workspace: Workspace

    package init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// A deck that has been built, or an error naming the folder it is missing from.
    package func built(_ name: String) throws -> Deck {
        try Workspace.validate(deckName: name)
        guard let deck = try DeckFile.load(workspace.deckFile(name)) else {
            if FileManager.default.fileExists(atPath: workspace.sourceFile(name).path) {
                throw CommandFailure(
                    "deck '\(name)' is not built yet; 'recall study \(name)' builds it from \(name).txt",
                    status: .notFound)
            }
            throw WorkspaceError.noSuchDeck(name: name, folder: workspace.decksFolder.path)
        }
        return deck
    }

    /// Changes the deck file holding its lock for the whole read-modify-write, so that two changes
    /// at once both survive; returns the deck as saved.
    @discardableResult
    package func update(_ name: String, by command: String, _ change: (inout Deck) throws -> Void) throws
        -> Deck
    {
        try ProgressLock.withDeckFileLock(workspace: workspace, deck: name, description: command) {
            var deck = try built(name)
            try change(&deck)
            try DeckFile.save(deck, to: workspace.deckFile(name))
            return deck
        }
    }

    package func open(_ name: String, announce: (String) -> Void) throws -> Deck {
        try Workspace.validate(deckName: name)
        if let deck = try DeckFile.load(workspace.deckFile(name)) { return deck }
        let source = workspace.sourceFile(name)
        if name == Workspace.sampleDeck, !FileManager.default.fileExists(atPath: source.path) {
            // A fresh workspace: the sample text ships inside the program.
            try DiskFileStore().writeAtomically(SampleText.data, to: source)
        }
        guard FileManager.default.fileExists(atPath: source.path) else {
            throw WorkspaceError.noSuchDeck(name: name, folder: workspace.decksFolder.path)
        }
        let text = try SourceText(contentsOf: source)
        let (deck, summary) = try DeckBuilder().build(text, name: name, builtAt: Date())
        try DeckFile.save(deck, to: workspace.deckFile(name))
        announce(
            "Built deck '\(name)' from \(source.lastPathComponent): \(summary.lines.joined(separator: " "))")
        return deck
    }
}
