import Foundation
import Testing
import ZIPFoundation

@testable import RecallApp
@testable import RecallInterop
@testable import RecallModel

@Suite struct AnkiPackageWriterTests {
    let now = time("2026-11-25T10:00:00Z")

    func unpack(_ package: URL, into folder: URL) throws -> SQLiteDatabase {
        let archive = try Archive(url: package, accessMode: .read)
        #expect(Set(archive.map(\.path)) == ["collection.anki2", "media"])
        let collection = folder.appendingPathComponent("collection.anki2")
        _ = try archive.extract(archive["collection.anki2"]!, to: collection)
        return try SQLiteDatabase(path: collection.path)
    }

    @Test func notesCardsTagsAndStableIDs() throws {
        let deck = try DeckBuilder().build(try sampleSource(), name: "turkey-russia", builtAt: now).deck
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-apkg-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.apkg")
        let second = folder.appendingPathComponent("b.apkg")
        try AnkiPackageWriter(deck: deck, now: now).write(to: first)
        try AnkiPackageWriter(deck: deck, now: now.addingTimeInterval(86_400)).write(to: second)
        let a = try unpack(first, into: folder.appendingPathComponent("a"))
        let b = try unpack(second, into: folder.appendingPathComponent("b"))
        let notes = try a.query("select id, guid, mid, tags, flds from notes order by id")
        #expect(notes.count == deck.cards.count)
        #expect(
            try b.query("select id, guid, mid from notes order by id") == notes.map { Array($0.prefix(3)) })
        // One Anki card per Recall card: a reverse card is a Basic note of one template, not a twin.
        #expect(try a.query("select count(*) from cards").first?.first == "\(deck.cards.count)")
        #expect(try a.query("select count(*) from cards where ord != 0").first?.first == "0")
        let reverse = try #require(deck.cards.first { $0.kind == .reverse })
        let reverseNote = try #require(notes.first { $0[1] == "recall-\(reverse.id)" })
        #expect(reverseNote[2] == "\(AnkiPackageWriter.basicType)")
        let models = try #require(try a.query("select models from col").first?.first ?? nil)
        let types = try #require(
            try JSONSerialization.jsonObject(with: Data(models.utf8)) as? [String: [String: Any]])
        #expect(types.values.allSatisfy { ($0["tmpls"] as? [Any])?.count == 1 })
        let nato = try #require(notes.first { $0[1] == "recall-\(deck.cards[0].id)" })
        #expect(nato[2] == "\(AnkiPackageWriter.clozeType)")
        #expect(nato[4]?.hasPrefix("Turkey joined NATO in {{c1::1952}} and") == true)
        #expect(nato[3]?.contains(" recall::turkey-russia ") == true)
        #expect(try a.query("select ver from col").first?.first == "11")
        #expect(try a.query("select count(*) from revlog").first?.first == "0")
    }

    @Test func progressCarriesSchedulesAndTheReviewLog() throws {
        let deck = try DeckBuilder(kinds: [.cloze]).build(try sampleSource(), name: "t", builtAt: now).deck
        let progress = StudentSimulation(days: 20, seed: 4, skipChance: 0).run(
            deck: deck, progress: DeckProgress(deck: "t"), end: now, timeZone: utc)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-apkg-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = folder.appendingPathComponent("p.apkg")
        try AnkiPackageWriter(deck: deck, progress: progress, now: now).write(to: package)
        let database = try unpack(package, into: folder)
        #expect(try database.query("select count(*) from revlog").first?.first == "\(progress.reviews.count)")
        let reviewCards = try database.query("select data, ivl from cards where type = 2")
        #expect(reviewCards.count == progress.schedules.values.filter { $0.phase == .review }.count)
        let data = try #require(reviewCards.first?[0])
        let memory = try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any]
        #expect(memory?["s"] is Double && memory?["d"] is Double && memory?["lrt"] != nil)
    }
}
