import Foundation
import Testing

/// Issue 20: every `recall` line of the README's shell examples runs as written, in order, from a
/// folder holding what the repository holds (the sample deck and `Examples/`).
@Suite struct ReadmeExamplesTests {
    /// The `recall …` and `printf … | recall …` lines of the README's `sh` blocks, leaving out the
    /// ones that write into the user's home (completion scripts).
    static func exampleLines() throws -> [String] {
        let readme = try String(
            contentsOf: RecallProcess.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var lines: [String] = []
        var inShell = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShell = line == "```sh"
                continue
            }
            guard inShell, line.hasPrefix("recall ") || line.hasPrefix("printf ") else { continue }
            if line.contains("~") || line.contains("fpath") { continue }
            lines.append(String(line))
        }
        return lines
    }

    @Test func everyExampleRuns() throws {
        let folder = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in ["Decks/turkey-russia.txt", "Decks/turkey-russia.deck.json", "Examples"] {
            let target = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: RecallProcess.repositoryRoot.appendingPathComponent(path), to: target)
        }
        let lines = try Self.exampleLines()
        #expect(lines.count >= 15)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] =
            RecallProcess.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
        environment["RECALL_HOME"] = nil
        environment["NO_COLOR"] = nil
        for line in lines {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "set -o pipefail; " + line]
            process.environment = environment
            process.currentDirectoryURL = folder
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            let error = Pipe()
            process.standardError = error
            try process.run()
            let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(line)\n\(message)")
        }
    }
}
