import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

@Suite struct LockNoteTests {
    @Test func notesSayWhoAndSince() {
        let note = LockNote(
            parsing: "process 77 (recall study) on laptop, machine 3f9a0c21b7e4, since 2026-11-30T10:00:00Z\n"
        )
        #expect(note.machine == MachineID("3f9a0c21b7e4"))
        #expect(note.since == time("2026-11-30T10:00:00Z"))
        #expect(note.isOtherMachine(than: MachineID("00000000000a")))
        #expect(!note.isOtherMachine(than: MachineID("3f9a0c21b7e4")))
        // Notes of older Recalls name no machine: they are this machine's.
        let old = LockNote(parsing: "process 77 (recall study)")
        #expect(old.machine == nil)
        #expect(!old.isOtherMachine(than: MachineID("00000000000a")))
        // A host name with escapes never reaches the terminal.
        #expect(
            !LockNote(parsing: "process 1 (x) on \u{1B}[31mevil, machine 3f9a0c21b7e4").text.contains(
                "\u{1B}"))
    }

    @Test func anotherMachinesLockFileIsNotALiveLockHere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-lock-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(root: folder)
        try FileManager.default.createDirectory(
            at: workspace.progressFolder, withIntermediateDirectories: true)
        // A machine id that is surely not this one's: this one's with its bits flipped.
        let mine = try MachineIdentity.current()
        let other = MachineID(value: ~mine.value)
        try Data("process 77 (recall study) on laptop, machine \(other), since 2026-11-30T10:00:00Z\n".utf8)
            .write(to: workspace.lockFile("history"))
        var notices: [String] = []
        let ran = try ProgressLock.withLock(
            workspace: workspace, deck: "history", description: "test", notice: { notices.append($0) }
        ) { true }
        #expect(ran)
        #expect(notices.count == 1)
        #expect(notices.first?.contains("on laptop, machine \(other), since 2026-11-30T10:00:00Z") == true)
        // This machine's own note is a lock like any other: no notice.
        notices = []
        try ProgressLock.withLock(
            workspace: workspace, deck: "history", description: "test", notice: { notices.append($0) }
        ) {
            let note = LockNote(
                parsing: try String(contentsOf: workspace.lockFile("history"), encoding: .utf8))
            #expect(note.machine == mine)
        }
        #expect(notices.isEmpty)
    }
}
