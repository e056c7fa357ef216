import Foundation
import Testing

@testable import RecallKit

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
