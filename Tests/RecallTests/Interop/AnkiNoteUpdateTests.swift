import Foundation
import Testing

@testable import RecallInterop
@testable import RecallModel
@testable import RecallStorage

@Suite struct AnkiNoteUpdateTests {
    let now = time("2026-11-25T10:00:00Z")

    static let basic = AnkiNoteType(
        name: "Basic", isCloze: false, fields: ["Front", "Back"],
        templates: [.init(name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}")],
        css: ".card {}", modified: 1_700_000_000)
    static let reversed = AnkiNoteType(
        name: "Basic (and reversed card)", isCloze: false, fields: ["Front", "Back"],
        templates: [
            .init(name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}"),
            .init(name: "Card 2", front: "{{Back}}", back: "{{FrontSide}}<hr id=answer>{{Front}}"),
        ])
    /// A custom type whose back shows two fields: which one an edited back came from is not known.
    static let vocabulary = AnkiNoteType(
        name: "Vocabulary", isCloze: false, fields: ["Word", "Meaning", "Example"],
        templates: [
            .init(
                name: "Recognition", front: "{{Word}}",
                back: "{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Example}}")
        ])
    static let cloze = AnkiNoteType(
        name: "Cloze", isCloze: true, fields: ["Text", "Back Extra"],
        templates: [.init(name: "Cloze", front: "{{cloze:Text}}", back: "{{cloze:Text}}<br>{{Back Extra}}")])
    static let types = ["101": basic, "102": reversed, "103": vocabulary, "104": cloze]

    /// A deck imported from notes `(type id, GUID, fields in HTML)`, as a package's import makes it.
    func imported(_ notes: [(String, String, [String])]) -> Deck {
        let importedNotes = notes.map { type, guid, fields in
            AnkiNoteType.importedNote(
                Self.types[type], typeID: type, guid: guid, htmlFields: fields, tags: ["geo"], place: "note",
                modified: 1_700_000_500)
        }
        var deck = DeckImporter.deck(from: importedNotes, name: "from-anki", source: "x.apkg", now: now)
            .imported.deck
        deck.anki = AnkiOrigin(notes: importedNotes, noteTypes: Self.types, cards: deck.cards)
        return deck
    }

    func update(_ deck: Deck, guid: String) throws -> AnkiNoteUpdate {
        let group = try #require(AnkiNoteGroup.groups(deck.cards).first { $0.guid == guid })
        let origin = try #require(deck.anki)
        return try #require(AnkiNoteUpdate(group: group, origin: origin, now: 1_800_000_000))
    }

    func edit(_ deck: inout Deck, _ index: Int, front: String? = nil, back: String? = nil) {
        guard case .basic(var question) = deck.cards[index].question else {
            Issue.record("card \(index) is not a front-and-back card")
            return
        }
        if let front { question.front = front }
        if let back { question.back = back }
        deck.cards[index].question = .basic(question)
    }

    @Test func anUnchangedNoteGoesBackAsAnkiHeldIt() throws {
        let deck = imported([("101", "G1", ["Treaty of <b>Kars</b>", "1921"])])
        let update = try update(deck, guid: "G1")
        #expect(update.typeID == 101)
        #expect(update.fields == ["Treaty of <b>Kars</b>", "1921"])
        #expect(update.ordinals == [0])
        #expect(update.modified == 1_700_000_500)
        #expect(update.warnings.isEmpty)
    }

    @Test func anEditedBackGoesIntoTheFieldItShows() throws {
        var deck = imported([("101", "G1", ["Treaty of <b>Kars</b>", "1921"])])
        edit(&deck, 0, back: "October 1921 & after")
        let update = try update(deck, guid: "G1")
        // The front keeps Anki's HTML; the edited field is Recall's text as HTML.
        #expect(update.fields == ["Treaty of <b>Kars</b>", "October 1921 &amp; after"])
        #expect(update.modified == 1_800_000_000)
    }

    @Test func aReversedCardsSidesAreTheOtherFields() throws {
        var deck = imported([("102", "G2", ["Truman Doctrine", "March 1947"])])
        #expect(deck.cards.count == 2)
        edit(&deck, 1, front: "in March 1947", back: "The Truman Doctrine")
        let update = try update(deck, guid: "G2")
        #expect(update.ordinals == [0, 1])
        #expect(update.fields == ["The Truman Doctrine", "in March 1947"])
    }

    @Test func anEditNoFieldShowsAloneStaysInRecallWithAWarning() throws {
        var deck = imported([("103", "G3", ["Haus", "house", "Das Haus ist alt."])])
        edit(&deck, 0, back: "house, home")
        let update = try update(deck, guid: "G3")
        #expect(update.fields == ["Haus", "house", "Das Haus ist alt."])
        #expect(update.warnings.count == 1)
        #expect(update.warnings.first?.contains("'Vocabulary'") == true)
        // Its front shows one field, so a new front goes in.
        edit(&deck, 0, front: "das Haus", back: "house\nDas Haus ist alt.")
        #expect(try self.update(deck, guid: "G3").fields == ["das Haus", "house", "Das Haus ist alt."])
    }

    @Test func aClozeAnswerGoesIntoItsDeletionAndTheTextAroundItsOnlyDeletion() throws {
        var deck = imported([
            ("104", "G4", ["The {{c1::Treaty of Moscow::a treaty}} was signed in {{c2::1921}}.", ""]),
            ("104", "G5", ["<i>Ankara</i> became the capital in {{c1::1923}}.", "extra"]),
        ])
        let treaty = try #require(deck.cards.firstIndex { $0.question.answer == "Treaty of Moscow" })
        edit(&deck, treaty, back: "Treaty of Brotherhood")
        let moscow = try update(deck, guid: "G4")
        #expect(moscow.ordinals.sorted() == [0, 1])
        #expect(
            moscow.fields[0] == "The {{c1::Treaty of Brotherhood::a treaty}} was signed in {{c2::1921}}.")
        // A date cloze: new text around the one deletion, and a new answer.
        let ankara = try #require(deck.cards.firstIndex { $0.ankiGuid == "G5" })
        guard case .cloze(var question) = deck.cards[ankara].question else {
            Issue.record("a date cloze is a cloze card")
            return
        }
        question.text = "Ankara became Turkey's capital in \(ClozeQuestion.blank)."
        question.answer = "October 1923"
        deck.cards[ankara].question = .cloze(question)
        #expect(
            try update(deck, guid: "G5").fields == [
                "Ankara became Turkey's capital in {{c1::October 1923}}.", "extra",
            ])
        // New text for a card of a note with two deletions cannot say where the other one goes.
        let date = try #require(deck.cards.firstIndex { $0.ankiGuid == "G4" && $0.question.answer == "1921" })
        guard case .cloze(var dated) = deck.cards[date].question else {
            Issue.record("the 1921 deletion is a date cloze")
            return
        }
        dated.text = "The treaty was signed in \(ClozeQuestion.blank)."
        deck.cards[date].question = .cloze(dated)
        #expect(try update(deck, guid: "G4").warnings.count == 1)
    }

    @Test func aPackageGivesTheNoteBackOfItsOwnTypeOrdinalsAndTags() throws {
        var deck = imported([
            ("102", "G2", ["Truman Doctrine", "March 1947"]), ("101", "G1", ["Treaty of Kars", "1921"]),
        ])
        deck.cards.append(
            Card(id: "own", factID: "own", question: .basic(BasicQuestion(front: "Recall's", back: "own"))))
        edit(&deck, 2, back: "October 1921")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-note-update-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = folder.appendingPathComponent("p.apkg")
        let warnings = try AnkiPackageWriter(deck: deck, now: now).write(to: package)
        #expect(warnings.isEmpty)
        let database = try AnkiPackageWriterTests().unpack(package, into: folder)
        let notes = try database.query("select guid, mid, mod, tags, flds from notes order by guid")
        #expect(notes.map { $0[0] } == ["G1", "G2", "recall-own"])
        #expect(notes[0][1] == "101" && notes[1][1] == "102")
        #expect(notes[0][2] == "\(Int64(now.timeIntervalSince1970))" && notes[1][2] == "1700000500")
        #expect(notes[0][3] == " geo " && notes[0][4] == "Treaty of Kars\u{1F}October 1921")
        let cards = try database.query(
            "select n.guid, c.ord from cards c join notes n on n.id = c.nid order by n.guid, c.ord")
        #expect(cards == [["G1", "0"], ["G2", "0"], ["G2", "1"], ["recall-own", "0"]])
        let models = try #require(try database.query("select models from col").first?.first ?? nil)
        let types = try #require(
            try JSONSerialization.jsonObject(with: Data(models.utf8)) as? [String: [String: Any]])
        #expect(types["101"]?["name"] as? String == "Basic")
        #expect(types["101"]?["css"] as? String == ".card {}")
        #expect(types["101"]?["mod"] as? Int == 1_700_000_000)
        #expect(
            (types["102"]?["tmpls"] as? [[String: Any]])?.map { $0["qfmt"] as? String } == [
                "{{Front}}", "{{Back}}",
            ])
        #expect(types["\(AnkiNoteGroup.typeID(size: 2))"] == nil)
    }

    @Test func theDeckFileKeepsTheOriginAndReadsDecksWithoutIt() throws {
        let deck = imported([("101", "G1", ["Treaty of Kars", "1921"])])
        let data = DeckFile.encode(deck)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"anki\""))
        let read = try DeckFile.decode(data, file: "from-anki.deck.json")
        #expect(read.anki == deck.anki)
        #expect(
            read.anki?.notes["G1"]
                == AnkiOrigin.Note(type: "101", fields: ["Treaty of Kars", "1921"], modified: 1_700_000_500))
        var plain = deck
        plain.anki = nil
        #expect(!String(decoding: DeckFile.encode(plain), as: UTF8.self).contains("\"anki\""))
        #expect(try DeckFile.decode(DeckFile.encode(plain), file: "plain.deck.json").anki == nil)
    }

    @Test func aDeckFilesControlCharactersAndFieldSeparatorsAreTakenOut() throws {
        var deck = imported([("101", "G1", ["Treaty of Kars", "1921"])])
        deck.anki?.notes["G1"]?.fields = ["Treaty\u{1F} of Kars\u{1B}[31m", "1921"]
        #expect(deck.removingControlCharacters().anki?.notes["G1"]?.fields == ["Treaty of Kars[31m", "1921"])
    }
}
