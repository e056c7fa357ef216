import Foundation
import Testing

@testable import RecallApp
@testable import RecallInterop
@testable import RecallModel
@testable import RecallStorage

@Suite struct DeckImportingTests {
    let now = time("2026-03-01T10:00:00Z")

    /// A fresh workspace and a CSV file of two cards beside it.
    func setUp() throws -> (Workspace, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("words.csv")
        try Data("Paris,capital of France\nRome,capital of Italy,geo\n".utf8).write(to: csv)
        return (Workspace(root: folder.appendingPathComponent("home")), csv.path)
    }

    @Test func importsAFileAsADeckNamedAfterIt() throws {
        let (workspace, csv) = try setUp()
        let imported = try DeckImporting(workspace: workspace, withProgress: false, replace: false)
            .importDeck(csv, name: nil, now: now)
        #expect(imported.deck.name == "words")
        #expect(imported.deck.cards.count == 2)
        let saved = try #require(try DeckFile.load(workspace.deckFile("words")))
        #expect(saved.cards.map(\.id) == imported.deck.cards.map(\.id))
    }

    @Test func aDeckOfTheSameNameIsReplacedOnlyWhenAskedAndKeepsItsSettings() throws {
        let (workspace, csv) = try setUp()
        _ = try DeckImporting(workspace: workspace, withProgress: false, replace: false)
            .importDeck(csv, name: "w", now: now)
        var deck = try #require(try DeckFile.load(workspace.deckFile("w")))
        deck.settings.examDate = "2026-06-01"
        try DeckFile.save(deck, to: workspace.deckFile("w"))

        let refused = #expect(throws: CommandFailure.self) {
            try DeckImporting(workspace: workspace, withProgress: false, replace: false)
                .importDeck(csv, name: "w", now: now)
        }
        #expect(refused?.status == .usage)
        #expect(refused?.description.contains("deck 'w' already exists") == true)

        _ = try DeckImporting(workspace: workspace, withProgress: false, replace: true)
            .importDeck(csv, name: "w", now: now)
        #expect(try DeckFile.load(workspace.deckFile("w"))?.settings.examDate == "2026-06-01")
    }

    @Test func aFileWithoutCardsIsRefusedAndNothingIsWritten() throws {
        let (workspace, csv) = try setUp()
        try Data().write(to: URL(fileURLWithPath: csv))
        let refused = #expect(throws: CommandFailure.self) {
            try DeckImporting(workspace: workspace, withProgress: false, replace: false)
                .importDeck(csv, name: nil, now: now)
        }
        #expect(refused?.description.contains("no cards to import") == true)
        #expect(!FileManager.default.fileExists(atPath: workspace.deckFile("words").path))
    }

    @Test func progressIsNeverWrittenOverProgress() throws {
        let (workspace, csv) = try setUp()
        let importing = DeckImporting(workspace: workspace, withProgress: true, replace: true)
        var imported = try DeckImporter.read(
            URL(fileURLWithPath: csv), name: "w", withProgress: false, now: now)
        imported.progress = DeckProgress(deck: "w")
        #expect(importing.refusal(imported) == nil)
        try importing.writeLocked(imported)
        #expect(FileManager.default.fileExists(atPath: workspace.progressFile("w").path))
        let refusal = try #require(importing.refusal(imported))
        #expect(
            refusal.description == "deck 'w' already has progress; import under another --name to keep both")
        imported.progress = nil
        #expect(importing.refusal(imported) == nil)
    }

    @Test func subdecksAreOnlyReadFromAnkiPackages() throws {
        let (workspace, csv) = try setUp()
        #expect(throws: CommandFailure.self) {
            try DeckImporting(workspace: workspace, withProgress: false, replace: false)
                .importSubdecks(csv, prefix: nil, now: now)
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.decksFolder.path))
    }
}
