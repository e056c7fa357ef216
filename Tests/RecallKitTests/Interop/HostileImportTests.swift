import Foundation
import Testing

@testable import RecallKit

/// Files built to hurt the importer: folders in place of files, hostile SQLite, oversized fields,
/// control characters and cards that break their own invariants (issue 15).
@Suite struct HostileImportTests {
    let now = time("2026-11-25T10:00:00Z")

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-hostile-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func failure(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    /// A folder named `x.apkg` made the zip reader retry EISDIR forever.
    @Test(arguments: ["x.apkg", "x.csv", "x.tsv", "x.json"])
    func aFolderIsRefusedNotRead(name: String) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let message = failure { try DeckImporter.read(url, name: "x", withProgress: false, now: now) }
        #expect(message == "\(url.path): a folder, not a file to import")
        #expect(
            failure { try AnkiPackageReader(url: url).read() }.hasSuffix("a folder, not a file to import"))
    }
}

extension HostileImportTests {
    func importText(_ text: String, name: String) throws -> DeckImport {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return try DeckImporter.read(url, name: "cards", withProgress: false, now: now)
    }

    /// Issue 15, item 8: card text from CSV and TSV carried `ESC]52`, `ESC]0`, `ESC[2J` and NUL.
    @Test func controlCharactersNeverEnterImportedCards() throws {
        let evil = "\u{1B}]52;c;ZXZpbA==\u{7}clip\u{1B}]0;title\u{7}\u{1B}[2J\u{0}\u{85}\u{9B}\u{202E}x"
        for name in ["cards.csv", "cards.tsv"] {
            let separator = name.hasSuffix("csv") ? "," : "\t"
            let imported = try importText("front \(evil)\(separator)back\u{0} 1952\r\n", name: name)
            let card = try #require(imported.deck.cards.first)
            #expect(
                card.question
                    == .basic(BasicQuestion(front: "front ]52;c;ZXZpbA==clip]0;title[2Jx", back: "back 1952"))
            )
            let exported = TextExport.anki(imported.deck, separator: .tab) + TextExport.plain(imported.deck)
            #expect(!ControlCharacters.contains(exported.replacingOccurrences(of: "\t", with: "")))
        }
    }

    /// Issue 15, item 8: a source text's escapes never reach a sentence or a card.
    @Test func controlCharactersNeverEnterBuiltCards() throws {
        let source = SourceText(
            name: "evil.txt",
            text: "Turkey joined \u{1B}]0;owned\u{7}NATO in 1952 and\u{9B}2J placed itself in the West.\r\n")
        let deck = try DeckBuilder().build(source, name: "evil", builtAt: now).deck
        #expect(!deck.cards.isEmpty)
        let json = String(decoding: DeckFile.encode(deck), as: UTF8.self)
        #expect(!json.contains("\\u001b") && !json.contains("\\u009b") && !json.contains("\\r"))
        #expect(deck.facts[0].text == "Turkey joined ]0;ownedNATO in 1952 and2J placed itself in the West.")
    }

    @Test func printableTextKeepsRecallsColoursOnly() {
        let text = "\u{1B}[32m✓ 1952\u{1B}[0m \u{1B}]52;c;x\u{7}\u{1B}[2J\u{9B}31m"
        #expect(
            ControlCharacters.printable(text, keepingColors: true)
                == "\u{1B}[32m✓ 1952\u{1B}[0m ]52;c;x[2J31m")
        #expect(ControlCharacters.printable(text, keepingColors: false) == "[32m✓ 1952[0m ]52;c;x[2J31m")
        #expect(ControlCharacters.printable("a\tb\nc", keepingColors: false) == "a\tb\nc")
    }

    /// Issue 15, item 12: an imported deck file whose choice card has no right option is refused.
    @Test func importedDecksKeepCardInvariants() throws {
        let deck = Deck(
            name: "d", source: "d.txt", attribution: nil, builtAt: now, facts: [],
            cards: [
                Card(
                    id: "c1", factID: "f1",
                    question: .choice(
                        ChoiceQuestion(
                            text: "In ____.", options: ["1952", "1953"], answerIndex: 0, value: .year(1952),
                            sentence: "In 1952.", context: nil,
                            source: SourceReference(sentence: "In 1952.", line: 1))))
            ])
        var text = String(decoding: DeckFile.encode(deck), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"answerIndex\" : 0", with: "\"answerIndex\" : 99")
        #expect(text.contains("99"))
        let message = failure { try importText(text, name: "d.json") }
        #expect(
            message.hasSuffix(
                "d.json: not a valid Recall deck: card 'c1': answerIndex: 99 is not one of its 2 options (0 to 1)"
            ), "\(message)")
    }
}
