import Foundation
import Testing

/// A piped session in which a wrong answer that is another fact's date makes a contrast card: the
/// session says so in one line, shows the card later, and saves it in the progress file.
@Suite struct ContrastSessionTests {
    @Test func aMistakeMakesAContrastCardShownLaterAndSaved() throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let source = home.appendingPathComponent("revolution.txt")
        try "The Estates-General met at Versailles in 1789.\nNapoleon landed in Egypt in 1798.\n".write(
            to: source, atomically: true, encoding: .utf8)
        let built = try RecallProcess.run(["build", source.path, "--kinds", "cloze", "--home", home.path])
        #expect(built.status == 0, "\(built.error)")
        // The 1789 card answered with the other fact's date, the 1798 card right, then `a` to
        // whatever comes (no date, so no more contrast cards) until the contrast card has come.
        let input = "1798\n\n1798\n\n" + String(repeating: "a\n\n", count: 6) + ":quit\n"
        let session = try RecallProcess.run(["study", "revolution", "--home", home.path], input: input)
        #expect(session.status == 0, "\(session.error)")
        let lines = session.output.split(separator: "\n").map(String.init)
        let announced = lines.filter { $0.hasPrefix("New contrast card for you") }
        #expect(
            announced == [
                "New contrast card for you (1789 or 1798: which happened in 1789?); it comes back later in this session."
            ])
        let made = try #require(lines.firstIndex { $0.hasPrefix("New contrast card") })
        let shown = try #require(lines.firstIndex { $0.hasPrefix("[contrast · ") })
        #expect(shown > made)
        #expect(lines[shown + 1] == "1789 or 1798: which happened in 1789?")
        #expect(lines[shown + 2] == "  a) The Estates-General met at Versailles.")
        #expect(lines[shown + 4].hasPrefix("✓ a) The Estates-General"))
        let snapshot = home.appendingPathComponent("Progress/revolution.progress.json")
        let progress = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: snapshot)) as? [String: Any])
        let contrasts = try #require(progress["contrasts"] as? [[String: Any]])
        #expect(contrasts.count == 1)
        let card = try #require(contrasts.first?["card"] as? [String: Any])
        #expect(card["kind"] as? String == "contrast")
        let id = try #require(card["id"] as? String)
        // Its answer is in the review log like any card's.
        let reviews = try #require(progress["reviews"] as? [[Any]])
        #expect(reviews.contains { $0.first as? String == id })
    }
}
