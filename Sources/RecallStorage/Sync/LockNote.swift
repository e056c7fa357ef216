import Foundation
import RecallModel

/// What a lock file says about its holder: the process, the command, the host, the machine id and
/// when it was taken, as in `process 4242 (recall study) on laptop, machine 3f9a0c21b7e4, since
/// 2026-11-30T10:00:00Z`.
///
/// A synced folder carries lock files from machine to machine, but a lock only binds the machine
/// that holds it: a note of another machine says who is studying there, not that this machine
/// must wait.
public struct LockNote: Sendable, Equatable {
    public var text: String
    public var machine: MachineID?
    public var since: Date?

    /// The note for a lock this process takes now.
    static func current(description: String, machine: MachineID?, at now: Date) -> LockNote {
        let host = ControlCharacters.removed(from: ProcessInfo.processInfo.hostName)
        var text = "process \(getpid()) (\(description)) on \(host)"
        if let machine { text += ", machine \(machine)" }
        text += ", since \(ISO8601.format(now))"
        return LockNote(text: text, machine: machine, since: now)
    }

    /// Reads a note; notes of older Recalls (`process 4242 (recall study)`) have no machine.
    public init(parsing text: String) {
        self.text = ControlCharacters.removed(from: text.trimmingCharacters(in: .whitespacesAndNewlines))
        machine = Self.word(after: ", machine ", in: self.text).flatMap(MachineID.init)
        since = Self.word(after: ", since ", in: self.text).flatMap(ISO8601.parse)
    }

    init(text: String, machine: MachineID?, since: Date?) {
        self.text = text
        self.machine = machine
        self.since = since
    }

    static func word(after marker: String, in text: String) -> String? {
        guard let range = text.range(of: marker, options: .backwards) else { return nil }
        return text[range.upperBound...].prefix { $0 != "," && !$0.isWhitespace }.description
    }

    /// Whether the note was written by a machine other than `machine`.
    public func isOtherMachine(than machine: MachineID?) -> Bool {
        guard let mine = machine, let theirs = self.machine else { return false }
        return mine != theirs
    }
}
