import RecallStorage

/// Why a package or a text file could not be written or read.
public enum InteropError: Error, Equatable, CustomStringConvertible {
    case sqlite(path: String, message: String)
    case zip(path: String, message: String)
    case file(FileStoreError)
    /// A file that cannot be imported, and why.
    case invalid(path: String, reason: String)

    public var description: String {
        switch self {
        case .sqlite(let path, let message): "\(path): SQLite: \(message)"
        case .zip(let path, let message): "\(path): \(message)"
        case .file(let error): error.description
        case .invalid(let path, let reason): "\(path): \(reason)"
        }
    }
}
