import Foundation
import Testing

@Suite struct ConfigCommandTests {
    @Test func changesASettingAndRefusesABadOne() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        let set = try RecallProcess.run([
            "config", "turkey-russia", "newCardsPerDay", "5", "--home", home.path,
        ])
        #expect(set.status == 0)
        #expect(set.output == "turkey-russia: newCardsPerDay = 5\n")
        let session = try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        #expect(session.output.contains("turkey-russia · due 0 · new 5 · learning 0"))
        let bad = try RecallProcess.run([
            "config", "turkey-russia", "desiredRetention", "2", "--home", home.path,
        ])
        #expect(bad.status != 0)
        #expect(bad.error.contains("desiredRetention: '2' is not valid"))
        let all = try RecallProcess.run(["config", "turkey-russia", "--home", home.path])
        #expect(all.output.contains("learningSteps = 1m 10m"))
    }

    @Test func suspendsAndUnsuspends() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try RecallProcess.run(["study", "--home", home.path], input: ":suspend\n:quit\n")
        let id = try #require(
            session.output.split(separator: "'").first { $0.hasPrefix("recall suspend") }?.split(
                separator: " ")[3])
        let listed = try RecallProcess.run(["suspend", "turkey-russia", "--home", home.path])
        #expect(listed.output.hasPrefix(String(id)))
        let undone = try RecallProcess.run([
            "suspend", "turkey-russia", String(id), "--undo", "--home", home.path,
        ])
        #expect(undone.output == "Unsuspended 1 card of turkey-russia.\n")
        let none = try RecallProcess.run(["suspend", "turkey-russia", "--home", home.path])
        #expect(none.output == "No suspended cards in turkey-russia.\n")
    }
}
