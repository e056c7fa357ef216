import Foundation

/// ISO-8601 times as Recall's files write them: UTC, whole seconds, `2024-01-01T00:00:00Z`.
enum ISO8601 {
    static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Reads `2024-01-01T00:00:00Z`, with or without fractional seconds, in any offset.
    static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
