import Foundation
import Testing

@Suite struct MergeCommandTests {
    func ids(_ file: URL) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let fields = try #require(object?["reviewFields"] as? [String])
        let column = try #require(fields.firstIndex(of: "id"))
        return (object?["reviews"] as? [[Any]] ?? []).compactMap { $0[column] as? String }
    }

    @Test func twoMachinesMergeEitherWayAndADryRunWritesNothing() throws {
        let laptop = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: laptop) }
        try RecallProcess.run(
            ["study", "--home", laptop.path], input: "1952\n\n:quit\n",
            environment: ["RECALL_MACHINE_ID": "00000000000a"])
        let desktop = laptop.appendingPathComponent("desktop")
        try FileManager.default.createDirectory(at: desktop, withIntermediateDirectories: true)
        for folder in ["Decks", "Progress"] {
            try FileManager.default.copyItem(
                at: laptop.appendingPathComponent(folder), to: desktop.appendingPathComponent(folder))
        }
        try RecallProcess.run(
            ["study", "--home", laptop.path], input: "1877\n\n:quit\n",
            environment: ["RECALL_MACHINE_ID": "00000000000a"])
        try RecallProcess.run(
            ["study", "--home", desktop.path], input: ":bury\nx\n1\n:quit\n",
            environment: ["RECALL_MACHINE_ID": "00000000000b"])
        let a = laptop.appendingPathComponent("Progress/turkey-russia.progress.json")
        let b = desktop.appendingPathComponent("Progress/turkey-russia.progress.json")
        let before = try Data(contentsOf: a)
        let union = Set(try ids(a)).union(try ids(b))

        let dry = try RecallProcess.run(["merge", a.path, b.path, "--dry-run"], in: laptop)
        #expect(dry.status == 0, "\(dry.error)")
        #expect(dry.output.contains("\(a.path) adds 1 review of 1 card"))
        #expect(dry.output.contains("\(b.path) adds 1 review of 1 card and the flags of"))
        #expect(dry.output.contains("both have 1 review; the merge has 3 reviews"))
        #expect(try Data(contentsOf: a) == before)

        let ab = laptop.appendingPathComponent("ab.progress.json")
        let ba = laptop.appendingPathComponent("ba.progress.json")
        #expect(try RecallProcess.run(["merge", a.path, b.path, "--into", ab.path], in: laptop).status == 0)
        #expect(try RecallProcess.run(["merge", b.path, a.path, "--into", ba.path], in: laptop).status == 0)
        #expect(Set(try ids(ab)) == union)
        #expect(try ids(ab).count == union.count)
        #expect(try Data(contentsOf: ab) == Data(contentsOf: ba))
        // Into A itself, as git's driver does (BASE A B).
        let merged = try RecallProcess.run(["merge", a.path, a.path, b.path], in: laptop)
        #expect(merged.status == 0, "\(merged.error)")
        #expect(Set(try ids(a)) == union)
    }

    /// A journal with changes missing between two lines is damage, as `recall study` finds it: the
    /// merge stops with status 1 and one line naming the journal and the line, and writes nothing.
    @Test func aJournalWithAGapStopsTheMerge() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["study", "--home", home.path], input: "1952\n\n:quit\n")
        let snapshot = home.appendingPathComponent("Progress/turkey-russia.progress.json")
        let copy = home.appendingPathComponent("copy.progress.json")
        try FileManager.default.copyItem(at: snapshot, to: copy)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: snapshot)) as? [String: Any]
        let saved = try #require(object?["journalSequence"] as? Int)
        let journal = home.appendingPathComponent("Progress/turkey-russia.journal")
        let lines = [saved + 1, saved + 4].map { #"{"card":"c","schedule":null,"seq":\#($0)}"# + "\n" }
        try lines.joined().write(to: journal, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: snapshot)

        let merged = try RecallProcess.run(["merge", snapshot.path, copy.path], in: home)
        #expect(merged.status == 1)
        #expect(merged.error.split(separator: "\n").count == 1)
        #expect(merged.error.contains(journal.path))
        #expect(
            merged.error.contains(
                "line 2: change \(saved + 4) follows change \(saved + 1); the changes between are missing"))
        #expect(try Data(contentsOf: snapshot) == before)
    }

    @Test func filesThatCannotMergeAreOneLineErrors() throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["study", "--home", home.path], input: "1952\n\n:quit\n")
        let snapshot = home.appendingPathComponent("Progress/turkey-russia.progress.json")
        let other = home.appendingPathComponent("other.progress.json")
        let text = try String(contentsOf: snapshot, encoding: .utf8)
        try text.replacingOccurrences(of: "\"deck\": \"turkey-russia\"", with: "\"deck\": \"other\"")
            .write(to: other, atomically: true, encoding: .utf8)
        let otherDeck = try RecallProcess.run(["merge", snapshot.path, other.path], in: home)
        #expect(otherDeck.status == 1)
        #expect(otherDeck.error.contains("only progress on one deck merges"))
        #expect(otherDeck.error.split(separator: "\n").count == 1)
        let missing = try RecallProcess.run(["merge", snapshot.path, "nowhere.progress.json"], in: home)
        #expect(missing.status == 3)
        #expect(missing.error.contains("nowhere.progress.json"))
        let usage = try RecallProcess.run(["merge", snapshot.path], in: home)
        #expect(usage.status == 2)
        let badMachine = try RecallProcess.run(
            ["study", "--home", home.path], input: ":quit\n", environment: ["RECALL_MACHINE_ID": "laptop"])
        #expect(badMachine.status == 2)
        #expect(badMachine.error.contains("RECALL_MACHINE_ID: 'laptop' is not a machine id"))
        let notGit = try RecallProcess.run(["git-setup", "--home", home.path])
        #expect(notGit.status == 3)
        #expect(notGit.error.contains("is not in a git repository"))
    }
}
