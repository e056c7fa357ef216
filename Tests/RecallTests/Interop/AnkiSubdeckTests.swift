import Foundation
import Testing

@testable import RecallInterop
@testable import RecallModel
@testable import RecallStorage

/// `recall import --subdecks`: one Recall deck per Anki deck, named so a file may hold it.
@Suite struct AnkiSubdeckTests {
    let now = time("2026-11-25T10:00:00Z")

    @Test func namesAreTheDeckTreeWithDotsAndNoCharacterAFileCannotHold() throws {
        let names = AnkiSubdeckNames.names(
            for: [
                "History::Wars", "Spanish::Verbs (irregular)", "Vol. 1::Ch/2", "::", "History",
                "History::Wars",
            ],
            prefix: nil)
        #expect(
            names == [
                "History": "History", "History::Wars": "History.Wars",
                "Spanish::Verbs (irregular)": "Spanish.Verbs-irregular", "Vol. 1::Ch/2": "Vol-1.Ch-2",
                "::": "deck.deck",
            ])
        #expect(AnkiSubdeckNames.names(for: ["Geo"], prefix: "class-7") == ["Geo": "class-7.Geo"])
        for name in names.values { try Workspace.validate(deckName: name) }
    }

    @Test func namesThatComeOutTheSameOrTooLongStayApartAndValid() throws {
        let long = String(repeating: "Ä", count: 150)
        let names = AnkiSubdeckNames.names(for: ["A b", "A-b", "A  b", long, long + "::x"], prefix: nil)
        #expect([names["A  b"], names["A b"], names["A-b"]] == ["A-b", "A-b-2", "A-b-3"])
        #expect(Set(names.values).count == 5)
        for name in names.values {
            try Workspace.validate(deckName: name)
            #expect(name.utf8.count <= Workspace.maximumDeckNameBytes)
        }
    }

    @Test func aPackageSplitsByDeckWithEachDecksPresetNotesAndProgress() throws {
        let tests = AnkiModernPackageTests()
        let folder = try tests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let collection = try tests.collection(
            in: folder,
            notes: [
                "insert into notes values (1, 'g1', 10, 'Hund' || char(31) || 'dog', 'de', 'Hund')",
                "insert into notes values (2, 'g2', 11, '{{c1::Berlin}} is in {{c2::Germany}}', '', '')",
                "insert into notes values (3, 'g3', 10, 'Katze' || char(31) || 'cat', '', 'Katze')",
                // Hund in Default, reviewed once; Berlin's two cards and Katze in History::Wars.
                "insert into cards values (101, 1, 0, 2, 2, 10, 5, 2500, 1, 0, '', 1, 0, 0)",
                "insert into cards values (102, 2, 0, 0, 0, 1, 0, 0, 0, 0, '', 2, 0, 0)",
                "insert into cards values (103, 2, 1, 0, -1, 2, 0, 0, 0, 0, '', 2, 0, 0)",
                "insert into cards values (104, 3, 0, 0, 0, 3, 0, 0, 0, 0, '', 2, 0, 0)",
                "insert into revlog values (1700000000000, 101, 3, 5, 8000, 0)",
            ])
        let url = try tests.package(
            [("collection.anki21b", AnkiModernPackageTests.zstd(collection))], in: folder)
        let imports = try DeckImporter.readSubdecks(
            url, prefix: "x", name: "x", withProgress: true, now: now)
        #expect(imports.map(\.deck.name) == ["x.Default", "x.History.Wars"])
        let (plain, wars) = (imports[0], imports[1])
        #expect(plain.deck.cards.map(\.question.prompt) == ["Hund"])
        #expect(wars.deck.cards.count == 3)
        #expect(wars.deck.cards.allSatisfy { $0.ankiDeck == "History::Wars" })
        // Each deck keeps the notes its cards came from, and only those.
        #expect(plain.deck.anki?.notes.keys.sorted() == ["g1"])
        #expect(wars.deck.anki?.notes.keys.sorted() == ["g2", "g3"])
        #expect(wars.deck.anki?.noteTypes.keys.sorted() == ["10", "11"])
        // History::Wars has preset 7 (2 and 15 minute steps, 33 new a day); Default none.
        #expect(wars.deck.settings.learningSteps == [120, 900])
        #expect(wars.deck.settings.newCardsPerDay == 33)
        #expect(wars.optionsNote == "deck options from Anki preset 'Preset'")
        #expect(plain.deck.settings == DeckSettings())
        #expect(plain.optionsNote == nil)
        // Each deck's progress is its own cards': the review and the suspension.
        #expect(plain.progress?.deck == "x.Default")
        #expect(plain.progress?.reviews.count == 1)
        #expect(plain.progress?.schedules.keys.sorted() == plain.deck.cards.map(\.id))
        #expect(wars.progress?.reviews.isEmpty == true)
        #expect(wars.progress?.schedules.values.map(\.suspended) == [true])
        #expect(plain.noteCount == 1 && wars.noteCount == 2)
        // Without --subdecks, the summary says the one preset came from History::Wars (3 of 4 cards).
        let whole = try DeckImporter.read(url, name: "x", withProgress: false, now: now)
        #expect(
            whole.optionsNote == "deck options from Anki preset 'Preset' (deck 'History::Wars', 3 of 4 cards)"
        )
    }
}
