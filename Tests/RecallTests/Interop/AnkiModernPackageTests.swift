import CZstd
import Foundation
import Testing
import ZIPFoundation

@testable import RecallInterop
@testable import RecallModel

/// Anki's default export since 23.10 and every backup: `collection.anki21b`, a schema-18 SQLite
/// collection compressed with zstd (issue 19). Collections are made here with SQLite and zstd.
@Suite struct AnkiModernPackageTests {
    let now = time("2026-11-25T10:00:00Z")

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-modern-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func zstd(_ data: Data) -> Data {
        var output = [UInt8](repeating: 0, count: ZSTD_compressBound(data.count))
        let size = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes {
                ZSTD_compress($0.baseAddress, $0.count, input.baseAddress, input.count, 3)
            }
        }
        return Data(output[0..<size])
    }

    /// A protobuf message of string fields, as Anki's configs are.
    static func message(_ strings: [Int: String], varints: [Int: UInt8] = [:]) -> String {
        var bytes: [UInt8] = []
        for (number, value) in varints.sorted(by: { $0.key < $1.key }) {
            bytes += [UInt8(number << 3), value]
        }
        for (number, text) in strings.sorted(by: { $0.key < $1.key }) {
            let utf8 = Array(text.utf8)
            precondition(utf8.count < 128)
            bytes += [UInt8(number << 3 | 2), UInt8(utf8.count)] + utf8
        }
        return "x'" + bytes.map { String(format: "%02X", $0) }.joined() + "'"
    }

    /// A schema-18 collection with a Basic and a Cloze note type, the decks `Default` and
    /// `History::Wars`, and `notes` rows.
    func collection(in folder: URL, notes: [String]) throws -> Data {
        let file = folder.appendingPathComponent("c-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            let database = try SQLiteDatabase(path: file.path)
            for statement in [
                "create table col (id integer primary key, crt integer, models text, decks text)",
                "insert into col values (1, 1700000000, '', '')",
                "create table notetypes (id integer primary key, name text, config blob)",
                "create table fields (ntid integer, ord integer, name text, config blob)",
                "create table templates (ntid integer, ord integer, name text, config blob)",
                "create table decks (id integer primary key, name text, kind blob)",
                "create table deck_config (id integer primary key, name text, config blob)",
                // Learn steps 2 and 15 minutes (packed floats), 33 new a day, desired retention 0.85.
                "insert into deck_config values (7, 'Preset', x'0A0800000040000070414821AD029A99593F')",
                "create table notes (id integer primary key, guid text, mid integer, flds text, tags text, sfld text)",
                "create table cards (id integer primary key, nid integer, ord integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer, data text, did integer, odue integer, odid integer)",
                "create table revlog (id integer primary key, cid integer, ease integer, ivl integer, time integer, type integer)",
                "insert into notetypes values (10, 'Basic', \(Self.message([3: ".card {}"], varints: [1: 0])))",
                "insert into notetypes values (11, 'Cloze', \(Self.message([:], varints: [1: 1])))",
                "insert into fields values (10, 1, 'Back', x''), (10, 0, 'Front', x''), (11, 0, 'Text', x'')",
                "insert into templates values (10, 0, 'Card 1', \(Self.message([1: "{{Front}}", 2: "{{FrontSide}}<hr id=answer>{{Back}}"])))",
                "insert into templates values (11, 0, 'Cloze', \(Self.message([1: "{{cloze:Text}}", 2: "{{cloze:Text}}"])))",
                "insert into decks values (1, 'Default', x''), (2, 'History' || char(31) || 'Wars', x'0A020807')",
            ] + notes {
                try database.execute(statement)
            }
        }
        return try Data(contentsOf: file)
    }

    func package(_ entries: [(String, Data)], in folder: URL, extension ext: String = "apkg") throws -> URL {
        let url = folder.appendingPathComponent("modern-\(UUID().uuidString).\(ext)")
        let archive = try Archive(url: url, accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return url
    }

    @Test(arguments: ["apkg", "colpkg"])
    func aModernPackageImports(extension ext: String) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let collection = try collection(
            in: folder,
            notes: [
                "insert into notes values (1, 'g1', 10, 'Hund' || char(31) || 'dog', '', 'Hund')",
                "insert into notes values (2, 'g2', 11, '{{c1::Berlin}} is in Germany', '', '')",
            ])
        // Beside it, the legacy collection that only asks to update Anki, which must not be read.
        let url = try package(
            [
                ("collection.anki2", Data("please update".utf8)),
                ("collection.anki21b", Self.zstd(collection)),
            ],
            in: folder, extension: ext)
        let imported = try DeckImporter.read(url, name: "x", withProgress: false, now: now)
        #expect(
            imported.deck.cards.map(\.question) == [
                .basic(BasicQuestion(front: "Hund", back: "dog")),
                .basic(BasicQuestion(front: "____ is in Germany", back: "Berlin")),
            ])
        let contents = try AnkiPackageReader(url: url).read()
        #expect(contents.deckNames == [1: "Default", 2: "History::Wars"])
        #expect(
            contents.noteTypes["10"]
                == AnkiNoteType(
                    name: "Basic", isCloze: false, fields: ["Front", "Back"],
                    templates: [
                        .init(name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}")
                    ], css: ".card {}"))
        #expect(contents.noteTypes["11"]?.isCloze == true)
        var preset = AnkiDeckOptions()
        preset.name = "Preset"
        preset.learningSteps = [2, 15]
        preset.newPerDay = 33
        preset.leechSuspends = true
        preset.desiredRetention = Double(Float(0.85))
        #expect(contents.deckOptions == [2: preset])
        let settings = preset.applied(to: DeckSettings())
        #expect(settings.learningSteps == [120, 900])
        #expect(settings.newCardsPerDay == 33)
        #expect(settings.desiredRetention == 0.85)
    }

    @Test func aDamagedOrTruncatedStreamIsOneLine() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compressed = Self.zstd(try collection(in: folder, notes: []))
        let truncated = try package(
            [("collection.anki21b", compressed.prefix(compressed.count / 2))], in: folder)
        let message =
            "\(try #require(throws: InteropError.self) { try AnkiPackageReader(url: truncated).read() })"
        #expect(
            message
                == "\(truncated.path): 'collection.anki21b' ends inside its zstd stream (a damaged package)")
    }

    /// A zstd frame of 40 MiB of zeros is a kilobyte: zstd's output stops at the expansion a
    /// package's entry may have, within a second, and nothing is left behind.
    @Test func aZstdBombIsRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bomb = Self.zstd(Data(count: 40 << 20))
        #expect(bomb.count < 4_096)
        let url = try package([("collection.anki21b", bomb)], in: folder)
        let started = Date()
        let message = "\(try #require(throws: InteropError.self) { try AnkiPackageReader(url: url).read() })"
        #expect(
            message
                == "\(url.path): 'collection.anki21b' unpacks to more than 16 MiB from \(bomb.count >> 10) KiB; refused as a possible zip bomb"
        )
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func protobufFieldsAreRead() {
        let fields = ProtobufFields(
            Data([0x08, 0x01, 0x12, 0x02, 0x68, 0x69, 0x1D, 0, 0, 0, 0, 0x08, 0x96, 0x01]))
        #expect(fields?.integer(1) == 150)
        #expect(fields?.string(2) == "hi")
        #expect(ProtobufFields(Data([0x12, 0x05, 0x68])) == nil, "a length past the end is not a message")
    }
}
