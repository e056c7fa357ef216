import Foundation
import Testing

/// Issue 20: `--out -`, where an Anki package goes, and a reader that goes away.
@Suite struct OutputTests {
    static func builtWorkspace() throws -> URL {
        let home = try RecallProcess.sampleWorkspace()
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        return home
    }

    @Test func aDashIsStandardOutput() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let csv = try RecallProcess.run(
            ["export", "turkey-russia", "--format", "csv", "--out", "-", "--home", home.path], in: home)
        #expect(csv.status == 0)
        #expect(csv.output.hasPrefix("#separator:Comma\n"))
        #expect(csv.error.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("-").path))
        let package = try RecallProcess.run(
            ["export", "turkey-russia", "--format", "apkg", "--out", "-", "--home", home.path], in: home)
        #expect(package.status == 0)
        #expect(package.output.hasPrefix("PK"), "a zip on standard output")
        #expect(package.error.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("-").path))
        let vectors = home.appendingPathComponent("vectors.json")
        let weights =
            "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,"
            + "0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542"
        try Data(
            (#"{"format":"fsrs-vectors/1","start":"2024-01-01T00:00:00Z","default_parameters":["#
                + weights + #"],"unit":[{"fn":"initial_stability","rating":1}],"cases":[]}"#).utf8
        ).write(to: vectors)
        let replay = try RecallProcess.run(["schedule", "replay", vectors.path, "--out", "-"], in: home)
        #expect(replay.status == 0)
        #expect(replay.output.contains(#""out":0.212"#), "\(replay.error)")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("-").path))
    }

    @Test func aPackageWithoutOutGoesWhereTheHelpSays() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let help = try RecallProcess.run(["export", "--help"], environment: ["COLUMNS": "300"])
        #expect(help.output.contains("default: standard output, and DECK.apkg for apkg"))
        let result = try RecallProcess.run(
            ["export", "turkey-russia", "--format", "apkg", "--home", home.path], in: home)
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let file = home.appendingPathComponent("turkey-russia.apkg")
        #expect(result.error.contains("Wrote "), "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    /// Piped to `head`, the output is cut short: the program ends as other tools do, quietly with
    /// 141 (killed by SIGPIPE), also when the shell had SIGPIPE ignored.
    @Test(arguments: ["", "trap '' PIPE; "]) func aReaderThatGoesAwayEndsQuietly(prefix: String) throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let recall = RecallProcess.executable.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c",
            prefix
                + "'\(recall)' export turkey-russia --format json --home '\(home.path)' | head -c 10 >/dev/null;"
                + " echo ${PIPESTATUS[0]}",
        ]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let status = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(["0\n", "141\n"].contains(status), "\(status)")
        #expect(message.isEmpty, "\(message)")
    }
}

/// Issue 20: colours by the conventions, checked through a pipe (the terminal cases are unit tests
/// of `TerminalStyle.wantsColors`).
@Suite struct ColorTests {
    @Test func forceColorColoursAPipeAndNoColorWins() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let source = home.appendingPathComponent("Decks/turkey-russia.txt").path
        let plain = try RecallProcess.run(["facts", source])
        #expect(!plain.output.contains("\u{1B}["))
        let forced = try RecallProcess.run(["facts", source], environment: ["FORCE_COLOR": "1"])
        #expect(forced.output.contains("\u{1B}[32mfact\u{1B}[0m"))
        let both = try RecallProcess.run(
            ["facts", source], environment: ["FORCE_COLOR": "1", "NO_COLOR": "1"])
        #expect(!both.output.contains("\u{1B}["))
    }

    @Test func aRelativeXDGDataHomeIsIgnored() throws {
        let folder = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RecallProcess.run(
            ["decks"], in: folder,
            environment: ["XDG_DATA_HOME": "data", "HOME": folder.path, "RECALL_HOME": ""])
        #expect(result.output.contains(folder.appendingPathComponent(".local/share/recall/Decks").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("data").path))
    }
}
