import Foundation
import RecallModel

/// Which machine this is, for the reviews and changes it makes. The id is drawn once and kept
/// outside the workspace (a synced or cloned workspace would otherwise carry one machine's id to
/// every other): `$RECALL_MACHINE_ID` when set (12 hex digits; tests and scripts use it), else the
/// file `$XDG_STATE_HOME/recall/machine-id` (by default `~/.local/state/recall/machine-id`),
/// written on first use.
public enum MachineIdentity {
    /// Where the id is kept for this environment.
    public static func file(environment: [String: String]) -> URL {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("recall/machine-id")
        }
        let home =
            environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/state/recall/machine-id")
    }

    /// The machine's id: from the environment, from its file, or drawn from `generator` and saved.
    /// A bad `$RECALL_MACHINE_ID` is an error; a file that cannot be written leaves an id that
    /// lasts for this run only, derived from the host's name so that it stays the same next time.
    public static func current<Generator: RandomNumberGenerator>(
        environment: [String: String], using generator: inout Generator
    ) throws(MachineIdentityError) -> MachineID {
        if let text = environment["RECALL_MACHINE_ID"], !text.isEmpty {
            guard let id = MachineID(text.lowercased()) else { throw .badEnvironment(text) }
            return id
        }
        let url = file(environment: environment)
        if let data = try? Data(contentsOf: url),
            let id = MachineID(
                String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        {
            return id
        }
        let id = MachineID.random(using: &generator)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try DiskFileStore().writeAtomically(Data("\(id)\n".utf8), to: url)
            return id
        } catch {
            let host = ProcessInfo.processInfo.hostName
            return MachineID(value: UInt64(StableID.make("machine", host), radix: 16) ?? 1)
        }
    }

    /// The id of the machine running this program, with the system's random source.
    public static func current() throws(MachineIdentityError) -> MachineID {
        var generator = SystemRandomNumberGenerator()
        return try current(environment: ProcessInfo.processInfo.environment, using: &generator)
    }
}

public enum MachineIdentityError: Error, Equatable, CustomStringConvertible {
    case badEnvironment(String)

    public var description: String {
        switch self {
        case .badEnvironment(let text):
            "RECALL_MACHINE_ID: '\(ControlCharacters.blanked(in: text))' is not a machine id (12 hex digits, such as 3f9a0c21b7e4)"
        }
    }
}
