import CSQLite
import Foundation
import Testing
import ZIPFoundation

@testable import RecallInterop
@testable import RecallModel
@testable import RecallStorage

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

/// Hostile Anki collections, made here with SQLite rather than committed as binaries (issue 15,
/// items 7 and 16).
extension HostileImportTests {
    static let models =
        #"{"1": {"name": "Basic", "type": 0, "flds": [{"name": "Front"}, {"name": "Back"}], "tmpls": [{}]}}"#

    /// A package whose collection is built by `statements` after `col` is made; by default the
    /// usual tables come too.
    func package(
        in folder: URL, tables: Bool = true, _ statements: [String] = []
    ) throws -> URL {
        let collection = folder.appendingPathComponent("collection-\(UUID().uuidString).anki2")
        do {
            let database = try SQLiteDatabase(path: collection.path)
            try database.execute("create table col (crt integer, models text)")
            try database.run(
                "insert into col values (?, ?)", rows: [[.integer(1_700_000_000), .text(Self.models)]])
            if tables {
                try database.execute(
                    "create table notes (id integer primary key, guid text, mid integer, flds text, tags text, sfld text)"
                )
                try database.execute(
                    "create table cards (id integer primary key, nid integer, ord integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer, data text, did integer, odue integer, odid integer)"
                )
                try database.execute(
                    "create table revlog (id integer primary key, cid integer, ease integer, ivl integer, time integer, type integer)"
                )
            }
            for statement in statements { try database.execute(statement) }
        }
        let url = folder.appendingPathComponent("hostile-\(UUID().uuidString).apkg")
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(
            with: "collection.anki2", fileURL: collection, compressionMethod: .deflate)
        try FileManager.default.removeItem(at: collection)
        return url
    }

    func read(_ url: URL) -> String {
        failure { try DeckImporter.read(url, name: "x", withProgress: true, now: now) }
    }

    @Test func aGoodCollectionStillImports() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try package(
            in: folder, ["insert into notes values (1, 'g1', 1, 'front' || char(31) || 'back', '', 'front')"])
        let imported = try DeckImporter.read(url, name: "x", withProgress: false, now: now)
        #expect(imported.deck.cards.map(\.question) == [.basic(BasicQuestion(front: "front", back: "back"))])
    }

    /// An 18 KB package whose `notes` is a recursive view filled the disk with a hidden temp file.
    @Test func aRecursiveViewIsRefusedAtOnce() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try package(
            in: folder, tables: false,
            [
                "create view notes as with recursive r(i) as (select 1 union all select i + 1 from r) select i as id, 'g' || i as guid, 1 as mid, hex(zeroblob(1000)) as flds, '' as tags from r order by i desc",
                "create table cards (id integer)", "create table revlog (id integer)",
            ])
        #expect(read(url) == "\(url.path): its collection's 'notes' is a view, not a table; refused")
    }

    @Test func aViewOverModelsAndTriggersAreRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let view = try package(
            in: folder, tables: false,
            [
                "alter table col rename to realcol",
                "create view col as with recursive r(i) as (select 1 union all select i + 1 from r limit 100000000) select 1 as crt, group_concat(models) as models from r, realcol",
            ])
        #expect(read(view).hasSuffix("its collection's 'col' is a view, not a table; refused"))
        let trigger = try package(
            in: folder, ["create trigger t after insert on notes begin delete from cards; end"])
        #expect(read(trigger).hasSuffix("its collection has a trigger ('t'); refused"))
    }

    /// Whatever a statement does, it stops at the deadline (the progress handler), in memory only.
    @Test func aRunawayStatementStopsAtTheDeadline() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("c.sqlite")
        try SQLiteDatabase(path: file.path).execute("create table t (x)")
        let database = try SQLiteDatabase(
            untrustedPath: file.path, maximumLength: 1 << 20, deadline: Date().addingTimeInterval(0.3))
        #expect(throws: InteropError.self) {
            try database.query(
                "with recursive r(i) as (select 1 union all select i + 1 from r) select max(i) from r")
        }
        #expect(database.lastFailure == SQLITE_INTERRUPT, "stopped by the deadline, not by memory or disk")
        // Read-only and immutable: nothing can be written, and no file appears beside it.
        #expect(throws: InteropError.self) { try database.execute("insert into t values (1)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["c.sqlite"])
    }

    /// One huge field was read whole (400 MB took 48 s and 2 GB): SQLite now refuses the row unread,
    /// and a note over 1 MiB is refused by name.
    @Test func hugeFieldsAreRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = try package(
            in: folder,
            [
                "insert into notes values (1, 'g1', 1, 'front' || char(31) || hex(zeroblob(4 << 20)), '', 'front')"
            ])
        #expect(
            read(huge).hasSuffix(
                "its collection holds a row larger than Recall reads (3 MiB, notes of 1 MiB); refused"))
        let large = try package(
            in: folder,
            [
                "insert into notes values (7, 'g1', 1, 'front' || char(31) || hex(zeroblob(600000)), '', 'front')"
            ])
        #expect(
            read(large).hasSuffix("note 7 holds more than the 1 MiB of text a note may have; refused")
        )
    }

    /// Many fields in a note import as one card; a table of too many columns is refused.
    @Test func manyFieldsAndColumnsAreBounded() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fields = try package(
            in: folder,
            [
                "insert into notes values (1, 'g1', 1, 'front' || replace(hex(zeroblob(20000)), '00', char(31) || 'x'), '', 'front')"
            ])
        let imported = try DeckImporter.read(fields, name: "x", withProgress: false, now: now)
        #expect(imported.deck.cards.count == 1)
        let columns = (0..<1_000).map { "c\($0)" }.joined(separator: ", ")
        let wide = try package(in: folder, tables: false, ["create table notes (\(columns))"])
        #expect(read(wide).contains("its collection is not a readable Anki database"))
    }
}

extension HostileImportTests {
    /// Issue 15, item 16: killed imports left `/tmp/recall-import-*` folders of up to 945 MB.
    @Test func staleUnpackingFoldersAreRemoved() throws {
        let temporary = try folder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let names = [
            "recall-import-\(Int32.max)-\(UUID().uuidString)",  // a process that is gone
            "recall-import-\(getpid())-\(UUID().uuidString)",  // this one, still at work
            "recall-import-\(UUID().uuidString)",  // an old Recall's, recent
            "recall-import-\(UUID().uuidString)",  // an old Recall's, two hours old
            "recall-import-test-\(UUID().uuidString)",  // not an import's
        ]
        for name in names {
            try FileManager.default.createDirectory(
                at: temporary.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-7200)],
            ofItemAtPath: temporary.appendingPathComponent(names[3]).path)
        AnkiPackageReader.removeStaleFolders(in: temporary)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: temporary.path))
        #expect(left == [names[1], names[2], names[4]])
    }

    /// Issue 15, item 16: a 60 MB CSV made a 266 MiB deck that Recall then refused to open.
    @Test func aDeckTooLargeToOpenIsNeverWritten() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = Deck(
            name: "big", source: "big.csv", attribution: nil, builtAt: now, facts: [],
            cards: (0..<2_000).map {
                Card(
                    id: "c\($0)", factID: "f\($0)",
                    question: .basic(BasicQuestion(front: String(repeating: "x", count: 1_000), back: "y")))
            })
        let url = folder.appendingPathComponent("big.deck.json")
        #expect(throws: DeckFileError.self) { try DeckFile.save(deck, to: url, limit: 1 << 20) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        do {
            try DeckFile.save(deck, to: url, limit: 1 << 20)
        } catch {
            #expect(
                error.description
                    == "\(url.path): the deck would be 2 MiB, more than the 1 MiB a deck file may have; nothing was written (split the source into smaller decks)"
            )
        }
        try DeckFile.save(deck, to: url)
        #expect(try DeckFile.load(url) == deck)
    }
}

/// Issue 15, item 16: a package's entries are judged by the zip's directory before anything is
/// unpacked, and unpacking stops where the directory said an entry ends.
extension HostileImportTests {
    /// A zip of one entry of `size` zero bytes, deflated.
    func zeros(_ size: Int, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("zeros-\(UUID().uuidString).apkg")
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(
            with: "collection.anki2", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
            provider: { _, chunk in Data(count: chunk) })
        return url
    }

    /// A field of 400 MB of one character packed into 842 KB was unpacked to disk (17 s) before
    /// SQLite refused its row; 40 MiB of zeros stand in for it here, 40 KB on disk.
    @Test func anEntryThatExpandsTooMuchIsRefusedFromTheDirectory() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try zeros(40 << 20, in: folder)
        let packed = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(packed < 100_000)
        let started = Date()
        let message = read(url)
        #expect(message.contains("'collection.anki2' unpacks to 40 MiB from "), "\(message)")
        #expect(
            message.hasSuffix("more than a collection of cards ever packs; refused as a possible zip bomb"))
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func plausibleSizesPass() {
        #expect(PackageEntrySize(packed: 1_000, unpacked: 16 << 20).problem(limit: 1 << 30) == nil)
        #expect(PackageEntrySize(packed: 10 << 20, unpacked: 200 << 20).problem(limit: 1 << 30) == nil)
        #expect(PackageEntrySize(packed: 1 << 20, unpacked: 200 << 20).problem(limit: 1 << 30) != nil)
        #expect(PackageEntrySize(packed: 600 << 20, unpacked: 2 << 30).problem(limit: 1 << 30) != nil)
    }

    /// A directory that understates an entry does not move the cap: unpacking stops where it said.
    @Test func anEntryLongerThanItsDirectorySaysIsRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try zeros(3 << 20, in: folder)
        var bytes = [UInt8](try Data(contentsOf: url))
        // The uncompressed size, in the local header (offset 22) and the central directory's (24).
        let small: [UInt8] = [0x00, 0x10, 0x00, 0x00]
        for offset in 0..<(bytes.count - 4) where bytes[offset] == 0x50 && bytes[offset + 1] == 0x4B {
            if bytes[offset + 2] == 3 && bytes[offset + 3] == 4 {
                bytes.replaceSubrange(offset + 22..<offset + 26, with: small)
            }
            if bytes[offset + 2] == 1 && bytes[offset + 3] == 2 {
                bytes.replaceSubrange(offset + 24..<offset + 28, with: small)
            }
        }
        try Data(bytes).write(to: url)
        #expect(
            read(url).hasSuffix(
                "'collection.anki2' unpacks to more than the 4096 bytes the zip's directory says; refused (a damaged or hostile zip)"
            ))
    }
}
