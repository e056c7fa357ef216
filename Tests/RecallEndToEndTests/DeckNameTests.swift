import Foundation
import Testing

/// Issue 20: deck names in any script, from `--name` or from the source file's name.
@Suite struct DeckNameTests {
    @Test func namesKeepTheirLetters() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let chapter = home.appendingPathComponent("Chapter 7 – Révolution.txt")
        try FileManager.default.copyItem(
            at: home.appendingPathComponent("Decks/turkey-russia.txt"), to: chapter)
        let built = try RecallProcess.run(["build", chapter.path, "--home", home.path])
        #expect(built.status == 0, "\(built.error)")
        #expect(built.output.contains("Decks/Chapter-7-Révolution.deck.json"))
        let named = try RecallProcess.run([
            "build", chapter.path, "--name", "Révolution", "--home", home.path,
        ])
        #expect(named.status == 0, "\(named.error)")
        let study = try RecallProcess.run(["study", "Révolution", "--home", home.path], input: ":quit\n")
        #expect(study.status == 0, "\(study.error)")
        #expect(study.output.contains("Révolution · due 0 · new 20"))
        let decks = try RecallProcess.run(["decks", "--home", home.path])
        #expect(decks.output.contains("Chapter-7-Révolution"))
        #expect(decks.output.contains("\nRévolution "))
        let bad = try RecallProcess.run(["build", chapter.path, "--name", "../x", "--home", home.path])
        ExitStatusTests.expectFailure(bad, status: 2, saying: "'../x' is not a usable deck name")
    }
}
