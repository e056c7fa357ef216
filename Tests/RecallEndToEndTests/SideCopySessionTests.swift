import Foundation
import Testing

/// Issue 22: a deck whose lock another machine really holds (a network folder, where `flock`
/// reaches across machines; here, two processes with two machine ids) is studied on a copy of its
/// own, which the next `recall study` merges.
@Suite struct SideCopySessionTests {
    @Test func aSessionWhileAnotherMachineStudiesSavesToItsOwnCopy() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let laptop = ["RECALL_MACHINE_ID": "00000000000a"]
        let desktop = ["RECALL_MACHINE_ID": "00000000000b"]
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n", environment: laptop)

        // The laptop's session holds the deck's lock while the desktop studies.
        let process = Process()
        process.executableURL = RecallProcess.executable
        process.arguments = ["study", "--home", home.path]
        process.environment = ProcessInfo.processInfo.environment.merging(laptop) { $1 }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let lock = home.appendingPathComponent("Progress/turkey-russia.lock")
        for _ in 0..<500 where !((try? String(contentsOf: lock, encoding: .utf8)) ?? "").contains("machine") {
            usleep(20_000)
        }
        let side = try RecallProcess.run(
            ["study", "--home", home.path], input: "1900\n\n:quit\n", environment: desktop)
        input.fileHandleForWriting.write(Data(":quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()

        #expect(side.status == 0, "\(side.error)")
        let notice = try #require(side.output.split(separator: "\n").first { $0.contains("another machine") })
        #expect(notice.contains("machine 00000000000a, since "))
        #expect(notice.contains("saves to Progress/turkey-russia.sync-conflict-"))
        let progress = home.appendingPathComponent("Progress")
        let names = try FileManager.default.contentsOfDirectory(atPath: progress.path)
        let copy = try #require(names.first { $0.hasSuffix("-00000000000b.progress.json") })
        // The deck's own journal was never written by the desktop's session.
        let journal =
            (try? Data(contentsOf: progress.appendingPathComponent("turkey-russia.journal"))) ?? Data()
        #expect(journal.isEmpty)

        let next = try RecallProcess.run(
            ["study", "--home", home.path], input: ":quit\n", environment: laptop)
        #expect(next.status == 0, "\(next.error)")
        #expect(next.output.contains("Merged \(copy), a synced folder's conflict copy"))
        #expect(next.output.contains("(1 review it alone had)"))
        #expect(
            FileManager.default.fileExists(atPath: progress.appendingPathComponent("merged/\(copy)").path))
    }
}
