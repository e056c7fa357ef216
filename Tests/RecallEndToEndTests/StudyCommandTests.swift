import Foundation
import Testing

@Suite struct StudyCommandTests {
    @Test func aPipedSessionBuildsTheSampleDeckAnswersAndSaves() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try RecallProcess.run(["study", "--home", home.path], input: "1952\n\n1925\n1\n:quit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Built deck 'turkey-russia'"))
        #expect(result.output.contains("Turkey joined NATO in ____"))
        #expect(result.output.contains("✓ 1952"))
        #expect(!result.output.contains("\u{1B}"), "no escape codes when output is not a terminal")
        #expect(result.output.contains("Studied 2 cards"))
        let data = try Data(contentsOf: home.appendingPathComponent("Progress/turkey-russia.progress.json"))
        let progress = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let fields = try #require(progress?["reviewFields"] as? [String])
        let rows = try #require(progress?["reviews"] as? [[Any]])
        let reviews = rows.map { Dictionary(uniqueKeysWithValues: zip(fields, $0)) }
        #expect(reviews.map { $0["answer"] as? String } == ["1952", "1925"])
        #expect(reviews.map { $0["rating"] as? Int } == [3, 1])
        #expect(
            FileManager.default.fileExists(
                atPath: home.appendingPathComponent("Decks/turkey-russia.deck.json").path))
    }

    @Test func theDefaultCommandStudiesTheSampleDeckFromTheCurrentFolder() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try RecallProcess.run(
            [], input: ":quit\n", in: home, environment: ["RECALL_HOME": "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Built deck 'turkey-russia'"))
        #expect(result.output.contains("turkey-russia · due 0 · new 20 · learning 0"))
        #expect(result.output.contains("Studied 0 cards"))
    }

    @Test func aMissingDeckIsAOneLineError() throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try RecallProcess.run(["study", "history", "--home", home.path], input: "")
        #expect(result.status != 0)
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.error.contains("no deck named 'history'"))
    }

    @Test func aDamagedProgressFileIsReportedAndLeftUntouched() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let progress = home.appendingPathComponent("Progress/turkey-russia.progress.json")
        try FileManager.default.createDirectory(
            at: progress.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"schemaVersion": 1, "deck": "turkey-russia", "schedules": {"#.utf8).write(to: progress)
        let result = try RecallProcess.run(["study", "--home", home.path], input: "1952\n\n:quit\n")
        #expect(result.status != 0)
        #expect(result.error.contains("damaged progress file"))
        #expect(
            try Data(contentsOf: progress)
                == Data(#"{"schemaVersion": 1, "deck": "turkey-russia", "schedules": {"#.utf8))
    }
}
