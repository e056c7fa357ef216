import Foundation
import RecallModel

/// A failure to report on one line of standard error, with the exit status that says what kind of
/// failure it was.
package struct CommandFailure: Error, CustomStringConvertible {
    package var description: String
    package var status: ExitStatus

    /// The message is cleaned of control characters: it may name files and cards.
    package init(_ description: String, status: ExitStatus = .badData) {
        self.description = ControlCharacters.printable(description, keepingColors: false)
        self.status = status
    }

    /// Wraps an error of the libraries, keeping the status its kind stands for.
    package init(_ error: some Error) {
        if let failure = error as? CommandFailure {
            self = failure
        } else {
            self.init("\(error)", status: ExitStatus(for: error))
        }
    }
}
