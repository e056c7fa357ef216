import Foundation
import Testing

/// Issue 20: the conventions of a command line: a version, mistyped commands, options first.
@Suite struct CommandLineTests {
    @Test(arguments: ["--version", "-V"]) func printsTheVersion(flag: String) throws {
        let result = try RecallProcess.run([flag])
        #expect(result.status == 0)
        #expect(result.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        #expect(result.error.isEmpty)
    }

    @Test(arguments: [("stduy", "study"), ("stat", "stats"), ("decsk", "decks"), ("expor", "export")])
    func aMistypedCommandIsNamed(typed: String, meant: String) throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try RecallProcess.run([typed, "--home", home.path])
        ExitStatusTests.expectFailure(
            result, status: 2, saying: "unknown command '\(typed)'; did you mean '\(meant)'?")
    }

    @Test func aDeckNamedLikeACommandIsStudied() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.copyItem(
            at: home.appendingPathComponent("Decks/turkey-russia.txt"),
            to: home.appendingPathComponent("Decks/stat.txt"))
        let result = try RecallProcess.run(["stat", "--home", home.path], input: ":quit\n")
        #expect(result.status == 0)
        #expect(result.output.contains("stat · due 0 · new 20"))
        let explicit = try RecallProcess.run(["study", "stduy", "--home", home.path])
        ExitStatusTests.expectFailure(explicit, status: 3, saying: "no deck named 'stduy'")
    }

    /// `swift run recall -- decks` hands the program `-- decks`.
    @Test func theSeparatorOfSwiftRunIsDropped() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let decks = try RecallProcess.run(["--", "decks", "--home", home.path])
        #expect(decks.status == 0, "\(decks.error)")
        #expect(decks.output.hasPrefix("deck "))
        let version = try RecallProcess.run(["--", "--version"])
        #expect(version.status == 0)
    }

    @Test func optionsMayComeBeforeTheCommand() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        for words in [["--home", home.path, "decks"], ["--home=\(home.path)", "decks"]] {
            let result = try RecallProcess.run(words)
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.hasPrefix("deck "))
            #expect(result.output.contains("turkey-russia"))
        }
        let study = try RecallProcess.run(["--home", home.path], input: ":quit\n")
        #expect(study.output.contains("turkey-russia · due 0 · new 20"))
    }
}
