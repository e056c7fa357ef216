import Foundation
import Testing

@testable import RecallModel

@Suite struct DeckSettingsEditingTests {
    @Test func setsAndShowsEachKind() throws {
        var settings = DeckSettings()
        try settings.set("learningSteps", to: "30s, 5m 1h")
        #expect(settings.learningSteps == [30, 300, 3600])
        #expect(try settings.value(of: "learningSteps") == "30s 5m 1h")
        try settings.set("relearningSteps", to: "")
        #expect(settings.relearningSteps == [])
        try settings.set("desiredRetention", to: "0.85")
        #expect(settings.desiredRetention == 0.85)
        try settings.set("scheduler", to: "SM2")
        #expect(settings.scheduler == .sm2)
        try settings.set("suspendLeeches", to: "off")
        #expect(!settings.suspendLeeches)
        try settings.set("newCardsPerDay", to: "5")
        #expect(try settings.value(of: "newCardsPerDay") == "5")
    }

    @Test func refusesBadValuesAndKeepsTheOldOnes() {
        var settings = DeckSettings()
        #expect(
            throws: SettingError.badValue(
                key: "desiredRetention", value: "1.2",
                expected: "desiredRetention must be between 0.7 and 0.99")
        ) {
            try settings.set("desiredRetention", to: "1.2")
        }
        #expect(
            throws: SettingError.badValue(
                key: "dayStartHour", value: "four", expected: "an hour from 0 to 23")
        ) {
            try settings.set("dayStartHour", to: "four")
        }
        #expect(throws: SettingError.self) { try settings.set("learningSteps", to: "1m -5m") }
        #expect(throws: SettingError.unknownKey("colour")) { try settings.set("colour", to: "red") }
        #expect(settings == DeckSettings())
    }

    @Test func aSettingTheSchedulerDoesNotReadIsRefusedNotIgnored() throws {
        var settings = DeckSettings()
        try settings.set("scheduler", to: "sm2")
        #expect(throws: SettingError.notUsed(key: "desiredRetention", scheduler: "sm2")) {
            try settings.set("desiredRetention", to: "0.8")
        }
        #expect(settings.desiredRetention == 0.9)
        #expect(!settings.settingsInUse.map(\.key).contains("desiredRetention"))
        #expect(DeckSettings().settingsInUse.map(\.key) == DeckSettings.keys)
        try settings.set("learningSteps", to: "2m")
        #expect(try settings.value(of: "learningSteps") == "2m")
    }

    @Test func everySettingIsAKeyOfTheDeckFile() throws {
        let encoded =
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(DeckSettings())) as? [String: Any]
        let fileKeys = Set(try #require(encoded).keys)
        #expect(Set(DeckSettings.keys).subtracting(["examDate"]).isSubset(of: fileKeys))
        let named = try DeckSettings.keys.map { key throws(SettingError) in try DeckSetting.named(key).key }
        #expect(named == DeckSettings.keys)
    }
}
