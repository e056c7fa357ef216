import Foundation
import RecallInterop
import RecallModel
import RecallStorage

/// The exit statuses Recall promises to scripts, as the README lists them.
///
/// ```sh
/// recall study history || case $? in 3) echo "no such deck";; 4) echo "being studied";; esac
/// ```
package enum ExitStatus: Int32, Sendable, Comparable {
    package static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    case success = 0
    /// A file that is damaged, or data that cannot be used.
    case badData = 1
    /// The command line itself is wrong: an unknown option, a bad value, a missing argument.
    case usage = 2
    /// A deck, file or card that does not exist.
    case notFound = 3
    /// Another process holds the deck's lock (a study session).
    case busy = 4
    /// A file could not be written.
    case couldNotSave = 5

    /// The status an error stands for.
    package init(for error: any Error) {
        switch error {
        case let failure as CommandFailure: self = failure.status
        case let error as WorkspaceError:
            switch error {
            case .badDeckName: self = .usage
            case .noSuchDeck: self = .notFound
            }
        case let error as ProgressError:
            switch error {
            case .locked: self = .busy
            case .file(let error): self.init(for: error)
            default: self = .badData
            }
        case let error as DeckFileError:
            if case .file(let error) = error { self.init(for: error) } else { self = .badData }
        case let error as InteropError:
            if case .file(let error) = error { self.init(for: error) } else { self = .badData }
        case let error as SourceTextError:
            switch error {
            case .unreadable(_, "no such file"): self = .notFound
            case .landmarkNotFound: self = .usage
            default: self = .badData
            }
        case let error as FileStoreError: self = Self.status(of: error)
        case is SettingError, is KindListError, is MachineIdentityError: self = .usage
        default: self = .badData
        }
    }

    /// A file operation's failure: a missing file, one that cannot be read as it should be, or a
    /// write that failed.
    package static func status(of error: FileStoreError) -> ExitStatus {
        switch error.failure {
        case .missing: .notFound
        case .unreadable: .badData
        case .unwritable: .couldNotSave
        }
    }
}
