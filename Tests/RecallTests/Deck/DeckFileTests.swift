import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

@Suite struct DeckFileTests {
    func deck() throws -> Deck {
        try DeckBuilder().build(
            try sampleSource(), name: "turkey-russia", builtAt: time("2026-11-25T10:00:00Z")
        ).deck
    }

    @Test func jsonRoundTripKeepsEveryCard() throws {
        let original = try deck()
        let data = DeckFile.encode(original)
        let decoded = try DeckFile.decode(data, file: "d.json")
        #expect(decoded == original)
        #expect(DeckFile.encode(decoded) == data)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        #expect(object?["builtAt"] as? String == "2026-11-25T10:00:00Z")
        #expect(object?["source"] as? String == "turkey-russia.txt")
        #expect((object?["attribution"] as? String)?.contains("CC BY-SA 4.0") == true)
    }

    @Test func refusesNewerSchemaAndNamesBadFields() throws {
        #expect(throws: DeckFileError.unsupportedSchema(file: "d.json", version: 9)) {
            try DeckFile.decode(Data(#"{"schemaVersion": 9}"#.utf8), file: "d.json")
        }
        var object = try JSONSerialization.jsonObject(with: DeckFile.encode(try deck())) as! [String: Any]
        var cards = object["cards"] as! [[String: Any]]
        cards[2]["kind"] = "essay"
        object["cards"] = cards
        let broken = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try DeckFile.decode(broken, file: "d.json")
            Issue.record("a bad card kind was accepted")
        } catch {
            #expect(error.description.hasPrefix("d.json: not a valid Recall deck: cards[2].kind"))
        }
        #expect(throws: DeckFileError.self) { try DeckFile.decode(Data("{ not json".utf8), file: "d.json") }
    }

    /// Issue 15, item 18: damage in a deck file is named by line and column; nesting stops at 64.
    @Test func damageIsPlacedByLineAndColumn() throws {
        func reason(_ data: Data) -> String {
            do {
                _ = try DeckFile.decode(data, file: "d.json")
                return "accepted"
            } catch {
                return error.description
            }
        }
        let whole = DeckFile.encode(try deck())
        #expect(reason(whole.prefix(5000)).contains("the JSON ends early at byte 5000 (line "))
        var invalidUTF8 = Data("{\"schemaVersion\": 1, \"name\": \"a".utf8)
        invalidUTF8 += Data([0xFF, 0xFE]) + Data("\"}".utf8)
        #expect(reason(invalidUTF8).contains("not valid UTF-8, at line 1, column 30"))
        #expect(
            reason(
                Data(
                    "{\"schemaVersion\": 1,\n \"settings\": {\"newCardsPerDay\": 100000000000000000000}}".utf8
                )
            )
            .contains("the whole number 100000000000000000000 is too large, at line 2, column 33"))
        func nested(_ depth: Int) -> Data {
            Data(
                ("{\"schemaVersion\": 1, \"x\": " + String(repeating: "[", count: depth - 1)
                    + String(repeating: "]", count: depth - 1) + "}").utf8)
        }
        #expect(reason(nested(1000)).contains("nested more than 64 deep, at line 1"))
        #expect(reason(nested(65)).contains("nested more than 64 deep"))
        #expect(!reason(nested(64)).contains("nested"))
    }

    @Test func settingsDefaultAndValidate() throws {
        let settings = try JSONDecoder().decode(DeckSettings.self, from: Data(#"{"newCardsPerDay": 5}"#.utf8))
        #expect(settings.newCardsPerDay == 5)
        #expect(settings.desiredRetention == 0.9)
        #expect(settings.learningSteps == [60, 600])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DeckSettings.self, from: Data(#"{"desiredRetention": 1.5}"#.utf8))
        }
    }

    @Test func theShippedSampleDeckIsWhatTheBuilderMakes() throws {
        let shipped = try #require(
            try DeckFile.load(repositoryRoot.appendingPathComponent("Decks/turkey-russia.deck.json")))
        let fresh = try DeckBuilder().build(
            try sampleSource(), name: "turkey-russia", builtAt: shipped.builtAt
        ).deck
        #expect(
            shipped.cards == fresh.cards,
            "rebuild Decks/turkey-russia.deck.json with 'swift run recall build Decks/turkey-russia.txt'")
        #expect(shipped.facts == fresh.facts)
    }

    @Test func sourceTextErrorsSayWhatIsWrong() {
        #expect(throws: SourceTextError.empty(file: "a.txt")) { try SourceText(name: "a.txt", bytes: []) }
        #expect(throws: SourceTextError.empty(file: "a.txt")) {
            try SourceText(name: "a.txt", bytes: Array(" \n\n".utf8))
        }
        #expect(throws: SourceTextError.binary(file: "a.txt", offset: 3)) {
            try SourceText(name: "a.txt", bytes: [65, 66, 67, 0, 1])
        }
        #expect(throws: SourceTextError.invalidUTF8(file: "a.txt", offset: 5)) {
            try SourceText(name: "a.txt", bytes: Array("Año ".utf8) + [0xC3, 0x28])
        }
        #expect(throws: SourceTextError.noDates(file: "a.txt")) {
            try DeckBuilder().build(
                SourceText(name: "a.txt", text: "No dates here. None at all."), name: "a", builtAt: Date())
        }
    }
}

extension DeckFileTests {
    /// Issue 15, item 12: a choice card with answerIndex 99, -1 or no options (or a timeline with
    /// letters past Z) loaded, passed doctor, then trapped in study, quiz and export.
    @Test(arguments: [
        ("answerIndex", 99, "answerIndex: 99 is not one of its 4 options (0 to 3)"),
        ("answerIndex", -1, "answerIndex: -1 is not one of its 4 options (0 to 3)"),
        ("options", 0, "options: a multiple-choice card needs 2 or more options, not 0"),
        ("options", 27, "options: 27 options, more than the 26 letters a to z"),
        ("items", 0, "items: a timeline needs 2 or more items, not 0"),
        ("items", 300, "items: 300 items, more than the 26 letters A to Z"),
    ])
    func cardsThatBreakAnInvariantAreRefusedNamingCardAndField(field: String, value: Int, problem: String)
        throws
    {
        var object = try JSONSerialization.jsonObject(with: DeckFile.encode(try deck())) as! [String: Any]
        var cards = object["cards"] as! [[String: Any]]
        let kind = field == "items" ? "timeline" : "choice"
        let index = try #require(cards.firstIndex { $0["kind"] as? String == kind })
        switch field {
        case "answerIndex": cards[index]["answerIndex"] = value
        case "options":
            cards[index]["options"] = (0..<value).map { "\(1900 + $0)" }
            cards[index]["answerIndex"] = 0
        default:
            let item = (cards[index]["items"] as! [Any])[0]
            cards[index]["items"] = Array(repeating: item, count: value)
        }
        let id = cards[index]["id"] as! String
        object["cards"] = cards
        let broken = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DeckFileError.invalid(file: "d.json", reason: "card '\(id)': \(problem)")) {
            try DeckFile.decode(broken, file: "d.json")
        }
    }

    /// Issue 15, item 8: a deck file's texts lose their terminal escapes, NUL and C1 controls.
    @Test func controlCharactersAreTakenOutOfALoadedDeck() throws {
        var object = try JSONSerialization.jsonObject(with: DeckFile.encode(try deck())) as! [String: Any]
        var cards = object["cards"] as! [[String: Any]]
        let index = try #require(cards.firstIndex { $0["kind"] as? String == "choice" })
        cards[index]["text"] = "\u{1B}]52;c;ZXZpbA==\u{7}Which \u{0}year\u{9B}2J ____\u{202E}?"
        cards[index]["options"] = ["1941\u{1B}[2J", "1954", "1963", "1952"]
        object["cards"] = cards
        var facts = object["facts"] as! [[String: Any]]
        // Six bytes for six: "Turkey" becomes ESC [ 2 J and U+009B.
        let text = facts[0]["text"] as! String
        #expect(text.hasPrefix("Turkey "))
        facts[0]["text"] = "\u{1B}[2J\u{9B}" + text.dropFirst(6)
        object["facts"] = facts
        let deck = try DeckFile.decode(try JSONSerialization.data(withJSONObject: object), file: "d.json")
        guard case .choice(let question) = deck.cards[index].question else {
            Issue.record("not a choice card")
            return
        }
        #expect(question.text == "]52;c;ZXZpbA==Which year2J ____?")
        #expect(question.options[0] == "1941[2J")
        // A fact's dates point into its text by byte offsets: its escape becomes spaces of the same length.
        let fact = deck.facts[0]
        #expect(fact.text.hasPrefix(" [2J   joined"))
        for date in fact.dates {
            #expect(String(decoding: Array(fact.text.utf8)[date.utf8Range], as: UTF8.self) == date.text)
        }
        #expect(!String(decoding: DeckFile.encode(deck), as: UTF8.self).contains("\\u001b"))
    }
}
