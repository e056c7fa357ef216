import Foundation

/// The journal: one JSON line per change, appended and synced before the student sees the verdict.
public enum ProgressJournal {
    /// No change is longer than this (one review and one schedule take about 600 bytes).
    public static let maximumLineLength = 1 << 20

    public static func line(_ change: ProgressChange) -> Data {
        try! RecallJSON.encoder(pretty: false).encode(change) + Data("\n".utf8)
    }

    /// What a journal holds: the changes, and where an unreadable tail starts, if it has one.
    public struct Contents: Sendable {
        public var changes: [ProgressChange]
        /// The byte offset and line of a last line cut short (a crash or a full disk during a write).
        public var tornTail: (offset: Int, line: Int)?
    }

    /// Reads every line. A damaged line in the middle is an error naming its line; a damaged last
    /// line is reported as a torn tail for the caller to decide on.
    public static func read(_ data: Data, file: String) throws(ProgressError) -> Contents {
        var changes: [ProgressChange] = []
        let decoder = RecallJSON.decoder()
        let bytes = [UInt8](data)
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = Data(bytes[start..<end])
            let isLast = end >= bytes.count - 1
            if line.count > maximumLineLength && !isLast {
                throw .invalid(
                    file: file,
                    reason:
                        "line \(lineNumber) is longer than \(maximumLineLength >> 10) KiB; no change is that long"
                )
            }
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                do {
                    changes.append(try decoder.decode(ProgressChange.self, from: line))
                } catch {
                    if isLast && (end == bytes.count || JSONErrorLocation.describe(line) != nil) {
                        return Contents(changes: changes, tornTail: (start, lineNumber))
                    }
                    let reason =
                        JSONErrorLocation.describe(line).map { "line \(lineNumber): \($0)" }
                        ?? "line \(lineNumber): \((error as? DecodingError).map(DecodingErrorDescription.describe) ?? "\(error)")"
                    throw .invalid(file: file, reason: reason)
                }
            }
            start = end + 1
        }
        return Contents(changes: changes, tornTail: nil)
    }
}
