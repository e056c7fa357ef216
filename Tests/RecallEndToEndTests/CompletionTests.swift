import Foundation
import Testing

/// Issue 20: shell completion of deck names, files and folders, checked by running bash's
/// completion function on the script `recall --generate-completion-script bash` writes.
@Suite struct CompletionTests {
    /// What bash's `_recall` offers for a command line whose last word is being typed.
    static func complete(_ words: [String], home: URL) throws -> [String] {
        let script = home.appendingPathComponent("recall.bash")
        let generated = try RecallProcess.run(["--generate-completion-script", "bash"])
        try Data(generated.output.utf8).write(to: script)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c",
            """
            source '\(script.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            _recall recall "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] =
            RecallProcess.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
        process.environment = environment
        process.currentDirectoryURL = home
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: "\n").map(String.init).sorted()
    }

    @Test func completesDeckNamesFilesAndFolders() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.copyItem(
            at: home.appendingPathComponent("Decks/turkey-russia.txt"),
            to: home.appendingPathComponent("Decks/tariffs.txt"))
        try Data("a,b\n".utf8).write(to: home.appendingPathComponent("words.csv"))
        try Data().write(to: home.appendingPathComponent("picture.png"))
        #expect(
            try Self.complete(["recall", "stats", "--home", home.path, "t"], home: home) == [
                "tariffs", "turkey-russia",
            ])
        #expect(
            try Self.complete(["recall", "export", "--home", home.path, "tu"], home: home) == [
                "turkey-russia"
            ])
        #expect(try Self.complete(["recall", "import", "w"], home: home) == ["words.csv"])
        #expect(try Self.complete(["recall", "import", "p"], home: home) == [])
        #expect(try Self.complete(["recall", "decks", "--home", "Dec"], home: home) == ["Decks"])
        let names = try RecallProcess.run(["decks", "--names", "--home", home.path])
        #expect(names.output == "tariffs\nturkey-russia\n")
    }
}
