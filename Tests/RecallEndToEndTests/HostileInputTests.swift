import Foundation
import Testing

/// The built binary against hostile input (issue 15): folders in place of files, terminal
/// escapes in cards and file names, cards that break their invariants, and Markdown and TSV exports.
@Suite struct HostileInputTests {
    /// Any control character but tab and newline.
    func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
        }
    }

    @Test func aFolderNamedLikeAPackageIsAOneLineError() throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("x.apkg")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try RecallProcess.run(["import", folder.path, "--home", home.path])
        #expect(result.status == 1)
        #expect(result.error == "Error: \(folder.path): a folder, not a file to import\n")
    }

    @Test func escapesInCardsAndFileNamesNeverReachTheTerminal() throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let csv = home.appendingPathComponent("evil.csv")
        let evil = "\u{1B}]52;c;ZXZpbA==\u{7}\u{1B}]0;owned\u{7}\u{1B}[2J\u{9B}31m"
        try Data(
            "Capital of \(evil)France?,Paris\u{0}\(evil)\n\"<script>alert(5)</script>\",\"\r=1+1\"\n".utf8
        ).write(to: csv)
        let imported = try RecallProcess.run(["import", csv.path, "--home", home.path])
        #expect(imported.status == 0, "\(imported.error)")
        let deckFile = try String(
            contentsOf: home.appendingPathComponent("Decks/evil.deck.json"), encoding: .utf8)
        #expect(!deckFile.contains("\\u001b") && !deckFile.contains("\\u0000") && !deckFile.contains("\\r"))
        let study = try RecallProcess.run(["study", "evil", "--home", home.path], input: "Paris\n\n:quit\n")
        #expect(study.status == 0, "\(study.error)")
        #expect(study.output.contains("Capital of ]52;c;ZXZpbA==]0;owned[2J31mFrance?"))
        #expect(!hasControls(study.output) && !hasControls(study.error))
        let plain = try RecallProcess.run([
            "export", "evil", "--format", "tsv", "--plain", "--home", home.path,
        ])
        #expect(!plain.output.contains("\r") && !hasControls(plain.output))
        #expect(plain.output.split(separator: "\n").count == 2)
        let markdown = try RecallProcess.run(["export", "evil", "--format", "markdown", "--home", home.path])
        #expect(markdown.status == 0)
        #expect(!markdown.output.contains("<script"))
        // A file name is printed in errors: its escapes go too.
        let named = try RecallProcess.run([
            "import", home.appendingPathComponent("x\u{1B}]0;t\u{7}.csv").path, "--home", home.path,
        ])
        #expect(named.status != 0)
        #expect(
            named.error.contains("x]0;t.csv")
                && !hasControls(named.error.replacingOccurrences(of: "\n", with: "")))
    }

    @Test func aDeckWhoseChoiceHasNoRightOptionIsRefusedEverywhere() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try RecallProcess.run(["decks", "--home", home.path]).status == 0)
        _ = try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        let deckURL = home.appendingPathComponent("Decks/turkey-russia.deck.json")
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: deckURL)) as! [String: Any]
        var cards = object["cards"] as! [[String: Any]]
        let index = try #require(cards.firstIndex { $0["kind"] as? String == "choice" })
        cards[index]["answerIndex"] = 99
        let id = cards[index]["id"] as! String
        object["cards"] = cards
        let broken = home.appendingPathComponent("broken.json")
        try JSONSerialization.data(withJSONObject: object).write(to: broken)
        let problem = "card '\(id)': answerIndex: 99 is not one of its 4 options (0 to 3)"
        let imported = try RecallProcess.run(["import", broken.path, "--home", home.path])
        #expect(imported.status == 1)
        #expect(imported.error == "Error: \(broken.path): not a valid Recall deck: \(problem)\n")
        try FileManager.default.removeItem(at: deckURL)
        try FileManager.default.copyItem(at: broken, to: deckURL)
        for arguments in [
            ["study"], ["quiz"], ["export", "turkey-russia", "--format", "html"], ["doctor", "--check"],
        ] {
            let result = try RecallProcess.run(arguments + ["--home", home.path], input: "1952\n")
            #expect(result.status == 1, "\(arguments)")
            #expect((result.output + result.error).contains(problem), "\(arguments): \(result.error)")
        }
    }
}

#if canImport(Glibc)
    import Glibc

    extension HostileInputTests {
        /// Issue 15, item 21: SIGTERM or SIGHUP while readline waited left the terminal in raw mode.
        /// `recall study` runs on a pseudo-terminal; after the signal the terminal is back in canonical
        /// mode with echo, the exit status names the signal, and the answer given before is saved.
        @Test(arguments: [SIGTERM, SIGHUP])
        func aSignalWhileReadlineWaitsRestoresTheTerminal(signal: Int32) throws {
            let home = try RecallProcess.sampleWorkspace()
            defer { try? FileManager.default.removeItem(at: home) }
            #expect(try RecallProcess.run(["study", "--home", home.path], input: ":quit\n").status == 0)
            var primary: Int32 = 0
            var secondary: Int32 = 0
            guard openpty(&primary, &secondary, nil, nil, nil) == 0 else {
                Issue.record("no pseudo-terminal")
                return
            }
            defer { close(primary) }
            let terminal = FileHandle(fileDescriptor: secondary, closeOnDealloc: true)
            let process = Process()
            process.executableURL = RecallProcess.executable
            process.arguments = ["study", "--home", home.path]
            process.environment = ProcessInfo.processInfo.environment.merging(["TERM": "xterm"]) { $1 }
            process.standardInput = terminal
            process.standardOutput = terminal
            process.standardError = terminal
            try process.run()
            var screen = ""
            func readUntil(_ text: String) {
                let deadline = Date().addingTimeInterval(20)
                var buffer = [UInt8](repeating: 0, count: 4096)
                while !screen.contains(text), Date() < deadline {
                    var poller = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
                    guard poll(&poller, 1, 100) > 0 else { continue }
                    let count = read(primary, &buffer, buffer.count)
                    if count > 0 { screen += String(decoding: buffer[0..<count], as: UTF8.self) }
                }
            }
            readUntil("> ")
            _ = "1952\r".withCString { write(primary, $0, 5) }
            readUntil("Enter = ")
            screen = ""
            _ = "\r".withCString { write(primary, $0, 1) }
            readUntil("> ")
            var raw = termios()
            let prepared = Date().addingTimeInterval(5)
            repeat {
                usleep(20_000)
                tcgetattr(secondary, &raw)
            } while raw.c_lflag & tcflag_t(ICANON) != 0 && Date() < prepared
            #expect(raw.c_lflag & tcflag_t(ICANON) == 0, "readline waits in raw mode")
            kill(process.processIdentifier, signal)
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if process.isRunning {
                Issue.record("the signal did not end the session")
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            var after = termios()
            tcgetattr(secondary, &after)
            #expect(after.c_lflag & tcflag_t(ICANON) != 0 && after.c_lflag & tcflag_t(ECHO) != 0)
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
            let journal = try String(
                contentsOf: home.appendingPathComponent("Progress/turkey-russia.journal"), encoding: .utf8)
            #expect(journal.contains("\"1952\""))
        }
    }
#endif
