import ArgumentParser
import RecallApp

extension ExitStatus {
    /// The status as ArgumentParser's exit code, for `throw status.exitCode`.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
