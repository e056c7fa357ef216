import Foundation
import Testing

@Suite struct ProgressSafetyTests {
    @Test func aSecondSessionOnTheSameDeckIsRefusedAndReadersDoNotWait() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let first = Process()
        first.executableURL = RecallProcess.executable
        first.arguments = ["study", "--home", home.path]
        let input = Pipe()
        let output = Pipe()
        first.standardInput = input
        first.standardOutput = output
        try first.run()
        input.fileHandleForWriting.write(Data("1952\n\n".utf8))
        let lock = home.appendingPathComponent("Progress/turkey-russia.lock")
        let journal = home.appendingPathComponent("Progress/turkey-russia.journal")
        for _ in 0..<200 where (try? Data(contentsOf: journal))?.isEmpty ?? true { usleep(20_000) }
        let holder = try String(contentsOf: lock, encoding: .utf8)
        // The note names the process, then the host, this machine's id and since when.
        #expect(holder.hasPrefix("process \(first.processIdentifier) (recall study) on "))
        #expect(holder.contains(", machine "))
        #expect(holder.contains(", since 20"))

        let second = try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        #expect(second.status != 0)
        #expect(
            second.error.contains(
                "deck 'turkey-russia' is being studied by process \(first.processIdentifier) (recall study)"))

        let listing = try RecallProcess.run(["decks", "--home", home.path])
        #expect(listing.status == 0)
        #expect(listing.output.contains("turkey-russia"))
        #expect(listing.output.contains("19"), "the reader sees the answer in the journal: \(listing.output)")

        input.fileHandleForWriting.write(Data(":quit\n".utf8))
        try input.fileHandleForWriting.close()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(
            try Data(contentsOf: journal).isEmpty, "the journal is compacted into the snapshot at the end")
    }

    @Test func doctorRepairsATornJournal() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        let journal = home.appendingPathComponent("Progress/turkey-russia.journal")
        try FileManager.default.createDirectory(
            at: journal.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"seq":1,"card":"x","sched"#.utf8).write(to: journal)
        let refused = try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        #expect(refused.status != 0)
        #expect(refused.error.contains("was cut short"))
        let repaired = try RecallProcess.run(["doctor", "--home", home.path])
        #expect(repaired.status == 0, "\(repaired.output)")
        #expect(repaired.output.contains("Dropped it"))
        let again = try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        #expect(again.status == 0)
        let files = try FileManager.default.contentsOfDirectory(
            atPath: journal.deletingLastPathComponent().path)
        #expect(files.contains { $0.hasPrefix("turkey-russia.journal.backup-") })
    }
}
