import Foundation
import Testing

/// Issue 20: exit statuses a script can tell apart, and errors only on standard error.
@Suite struct ExitStatusTests {
    /// Checks a failure: its status, nothing on standard output, and its message on standard error.
    static func expectFailure(
        _ result: RecallProcess.Result, status: Int32, saying message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == status, "\(result.error)", sourceLocation: sourceLocation)
        #expect(result.output.isEmpty, "stdout: \(result.output)", sourceLocation: sourceLocation)
        #expect(result.error.contains(message), "stderr: \(result.error)", sourceLocation: sourceLocation)
    }

    @Test func usageErrorsExitTwo() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        Self.expectFailure(
            try RecallProcess.run(["--bogus", "--home", home.path]), status: 2,
            saying: "Unknown option '--bogus'")
        Self.expectFailure(
            try RecallProcess.run(["export", "turkey-russia", "--format", "pdf", "--home", home.path]),
            status: 2,
            saying: "The value 'pdf' is invalid")
        Self.expectFailure(
            try RecallProcess.run(["quiz", "--count", "0", "--home", home.path]), status: 2,
            saying: "--count must be 1 to 500")
        let file = home.appendingPathComponent("file")
        try Data().write(to: file)
        Self.expectFailure(
            try RecallProcess.run(["decks", "--home", file.path]), status: 2,
            saying: "is a file, not a folder")
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        Self.expectFailure(
            try RecallProcess.run(["config", "turkey-russia", "desiredRetention", "2", "--home", home.path]),
            status: 2, saying: "desiredRetention: '2' is not valid")
    }

    @Test func missingThingsExitThree() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        Self.expectFailure(
            try RecallProcess.run(["study", "nosuch", "--home", home.path]), status: 3,
            saying: "no deck named 'nosuch'")
        Self.expectFailure(
            try RecallProcess.run(["stats", "nosuch", "--home", home.path]), status: 3,
            saying: "no deck named 'nosuch'")
        Self.expectFailure(
            try RecallProcess.run(["doctor", "nosuch", "--home", home.path]), status: 3,
            saying: "no deck named 'nosuch'")
        Self.expectFailure(
            try RecallProcess.run(["build", "missing.txt", "--home", home.path]), status: 3,
            saying: "missing.txt: no such file")
        Self.expectFailure(
            try RecallProcess.run(["import", "missing.csv", "--home", home.path]), status: 3,
            saying: "no such file")
        Self.expectFailure(
            try RecallProcess.run(["optimize", "--log", "missing.csv", "--home", home.path]), status: 3,
            saying: "missing.csv: no such file")
        Self.expectFailure(
            try RecallProcess.run(["schedule", "replay", "missing.json"]), status: 3, saying: "no such file")
        Self.expectFailure(
            try RecallProcess.run(["report", "missing.progress.json", "--home", home.path]), status: 3,
            saying: "no readable progress file")
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        Self.expectFailure(
            try RecallProcess.run(["suspend", "turkey-russia", "nocard", "--home", home.path]), status: 3,
            saying: "no card with id nocard")
    }

    @Test func aHeldLockExitsFour() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        let (_, finish) = try StorageSafetyTests.studying(home)
        defer { finish() }
        for command in [["study"], ["suspend", "turkey-russia", "x"], ["cram", "--exam", "2099-01-01"]] {
            Self.expectFailure(
                try RecallProcess.run(command + ["--home", home.path], input: ":quit\n"), status: 4,
                saying: "is being studied")
        }
        let doctor = try RecallProcess.run(["doctor", "turkey-russia", "--home", home.path])
        #expect(doctor.status == 4)
        #expect(doctor.output == "turkey-russia:\n  deck file OK\n")
        #expect(doctor.error.contains("is being studied"))
    }

    @Test func aFailedSaveExitsFive() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        let file = home.appendingPathComponent("file")
        try Data().write(to: file)
        Self.expectFailure(
            try RecallProcess.run([
                "export", "turkey-russia", "--format", "csv", "--out", file.path + "/deck.csv", "--home",
                home.path,
            ]), status: 5, saying: "is a file, not a folder")
    }

    @Test func damagedDataExitsOne() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["study", "--home", home.path], input: "1952\n\n:quit\n")
        let journal = home.appendingPathComponent("Progress/turkey-russia.journal")
        let handle = try FileHandle(forWritingTo: journal)
        handle.seekToEndOfFile()
        handle.write(Data("{\"torn".utf8))
        try handle.close()
        Self.expectFailure(
            try RecallProcess.run(["study", "--home", home.path], input: ":quit\n"), status: 1,
            saying: "was cut short")
        let decks = try RecallProcess.run(["decks", "--home", home.path])
        #expect(decks.status == 1)
        #expect(decks.output.contains("turkey-russia  damaged (see below)"))
        #expect(!decks.output.contains("cut short"))
        #expect(decks.error.contains("was cut short"))
        let doctor = try RecallProcess.run(["doctor", "--check", "--home", home.path])
        #expect(doctor.status == 1)
        #expect(doctor.error.contains("some files need attention"))
    }
}
