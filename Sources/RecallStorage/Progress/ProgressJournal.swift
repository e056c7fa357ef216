import Foundation
import RecallModel

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
        /// The line each change was read from (1-based), in the order of `changes`.
        public var lines: [Int] = []
    }

    /// Reads every line. A damaged line in the middle is an error naming its line; a damaged last
    /// line is reported as a torn tail for the caller to decide on.
    public static func read(_ data: Data, file: String) throws(ProgressError) -> Contents {
        var contents = Contents(changes: [], tornTail: nil)
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
            if !isBlank(line) {
                do {
                    contents.changes.append(try decoder.decode(ProgressChange.self, from: line))
                    contents.lines.append(lineNumber)
                } catch {
                    let syntax = JSONErrorLocation.describe(line)
                    if isLast && (end == bytes.count || syntax != nil) {
                        contents.tornTail = (start, lineNumber)
                        return contents
                    }
                    if let syntax {
                        // Not JSON in the middle: a write that failed part way, then more lines.
                        throw .repairable(
                            file: file,
                            reason:
                                "line \(lineNumber): \(syntax); a write was cut short there and later lines follow"
                        )
                    }
                    let reason =
                        "line \(lineNumber): \((error as? DecodingError).map(DecodingErrorDescription.describe) ?? "\(error)")"
                    throw .invalid(file: file, reason: reason)
                }
            }
            start = end + 1
        }
        return contents
    }

    static func isBlank(_ line: Data) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x0D }
    }

    /// What `recall doctor` keeps of a journal with lines cut short: every complete change, in order.
    public struct Salvage: Sendable, Equatable {
        /// The journal rewritten with the complete lines only.
        public var data: Data
        public var changes: [ProgressChange]
        /// One sentence per line that lost bytes, saying what was dropped.
        public var dropped: [String]
    }

    /// Keeps every line that reads as a change. A line that is not JSON lost its end to a failed
    /// write; when a whole change was appended right after it (a retry), that change is kept and
    /// only the cut-short bytes before it are dropped. Lines that are JSON but not a valid change
    /// are not a write's fault and are left for a person (nil).
    public static func salvage(_ data: Data) -> Salvage? {
        let decoder = RecallJSON.decoder()
        let bytes = [UInt8](data)
        var result = Salvage(data: Data(), changes: [], dropped: [])
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = Array(bytes[start..<end])
            start = end + 1
            if isBlank(Data(line)) { continue }
            if let change = try? decoder.decode(ProgressChange.self, from: Data(line)) {
                result.changes.append(change)
                result.data.append(contentsOf: line + [0x0A])
                continue
            }
            if JSONErrorLocation.describe(Data(line)) == nil, end < bytes.count { return nil }
            // The last start of a change inside the line that reads to the end as one.
            var kept: (offset: Int, change: ProgressChange)?
            var index = line.count - 1
            while index > 0 {
                if line[index] == UInt8(ascii: "{"),
                    let change = try? decoder.decode(ProgressChange.self, from: Data(line[index...]))
                {
                    kept = (index, change)
                    break
                }
                index -= 1
            }
            if let kept {
                result.changes.append(kept.change)
                result.data.append(contentsOf: line[kept.offset...] + [0x0A])
                result.dropped.append(
                    "line \(lineNumber): dropped the first \(kept.offset) bytes, a change cut short by a failed write; kept change \(kept.change.sequence) written after them"
                )
            } else {
                result.dropped.append(
                    "line \(lineNumber): dropped \(line.count) bytes, a change cut short by a failed write (never confirmed)"
                )
            }
        }
        return result
    }
}
