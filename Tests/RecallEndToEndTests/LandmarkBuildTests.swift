import Foundation
import Testing

/// `recall build --landmark`: the mark is kept in the deck for rebuilds, and a mark that names no
/// fact is a usage error that writes nothing.
@Suite struct LandmarkBuildTests {
    static let text = """
        The Congress of Vienna redrew the map of Europe in 1815.
        Greece rose against Ottoman rule in 1821.
        The July Revolution overthrew Charles X in 1830.
        Revolutions spread across Europe in 1848.
        The Crimean War broke out in 1853.
        Italy was unified under Victor Emmanuel II in 1861.
        """

    func landmarkCards(_ home: URL) throws -> [String: Int] {
        let data = try Data(contentsOf: home.appendingPathComponent("Decks/europe.deck.json"))
        let deck = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cards = try #require(deck["cards"] as? [[String: Any]])
        var answers: [String: Int] = [:]
        for card in cards where card["kind"] as? String == "landmark" {
            answers[card["id"] as! String] = card["answerIndex"] as? Int
        }
        return answers
    }

    @Test func theMarkIsKeptForRebuilds() throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let source = home.appendingPathComponent("europe.txt")
        try Self.text.write(to: source, atomically: true, encoding: .utf8)
        let first = try RecallProcess.run([
            "build", source.path, "--kinds", "landmark", "--landmark", "Revolutions spread", "--home",
            home.path,
        ])
        #expect(first.status == 0, "\(first.error)")
        let marked = try landmarkCards(home)
        #expect(marked.count == 5)
        #expect(marked.values.filter { $0 == 0 }.count == 3)
        let again = try RecallProcess.run(["build", source.path, "--kinds", "landmark", "--home", home.path])
        #expect(again.status == 0, "\(again.error)")
        #expect(try landmarkCards(home) == marked)
    }

    @Test func aMarkThatNamesNoFactIsAUsageErrorAndWritesNothing() throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let source = home.appendingPathComponent("europe.txt")
        try Self.text.write(to: source, atomically: true, encoding: .utf8)
        let result = try RecallProcess.run([
            "build", source.path, "--landmark", "Waterloo", "--home", home.path,
        ])
        #expect(result.status == 2)
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.error.contains("--landmark 'Waterloo'"), "\(result.error)")
        #expect(
            !FileManager.default.fileExists(
                atPath: home.appendingPathComponent("Decks/europe.deck.json").path))
    }
}
