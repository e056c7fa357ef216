import Foundation
import RecallKit

/// This machine's id (see `MachineIdentity`), with a bad `$RECALL_MACHINE_ID` as a usage error.
enum ThisMachine {
    static func id() throws -> MachineID {
        do {
            return try MachineIdentity.current()
        } catch {
            throw CommandFailure("\(error)", status: .usage)
        }
    }
}
