import Foundation
import Testing

/// Issue 20: a new user's first `recall`, from a folder that is not the repository.
@Suite struct FirstRunTests {
    @Test func theSampleDeckComesWithTheProgram() throws {
        let folder = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let environment = ["XDG_DATA_HOME": data.path, "RECALL_HOME": "", "HOME": folder.path]
        let result = try RecallProcess.run([], input: ":quit\n", in: folder, environment: environment)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Built deck 'turkey-russia'"))
        #expect(result.output.contains("turkey-russia · due 0 · new 20 · learning 0"))
        #expect(result.error.isEmpty)
        let copy = data.appendingPathComponent("recall/Decks/turkey-russia.txt")
        let original = RecallProcess.repositoryRoot.appendingPathComponent("Decks/turkey-russia.txt")
        #expect(try Data(contentsOf: copy) == Data(contentsOf: original))
        let decks = try RecallProcess.run(["decks"], in: folder, environment: environment)
        let count = try RecallProcess.sampleCardCount()
        // The count's column is right-aligned, so the spaces before it depend on its width.
        #expect(
            decks.output.split(separator: "\n").contains {
                $0.split(separator: " ").prefix(2) == ["turkey-russia", "\(count)"]
            }, "\(decks.output)")
    }

    @Test func anEmptyWorkspaceSaysHowToStart() throws {
        let folder = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let decks = try RecallProcess.run(["decks", "--home", folder.path])
        #expect(decks.status == 0)
        #expect(decks.output.contains("or run 'recall' to study the sample deck"))
    }
}
