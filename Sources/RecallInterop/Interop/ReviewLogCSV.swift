import CSV
import Foundation
import RecallModel

/// A review log as CSV, from Anki or any other program: `card_id,review_time,rating` and optionally
/// `duration_ms`, with a header naming the columns (in any order), times in ISO-8601 UTC, ratings 1 to 4.
public enum ReviewLogCSV {
    public struct Entry: Sendable, Hashable {
        public var card: String
        public var time: Date
        public var rating: Rating
        public var durationMs: Int?
    }

    /// The largest log Recall reads: some two million reviews.
    public static let maximumSize = 128 << 20

    public static func read(_ text: String, file: String) throws(InteropError) -> [Entry] {
        if text.utf8.count > maximumSize {
            throw .invalid(path: file, reason: "more than the \(maximumSize >> 20) MiB a review log may have")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: false)
        } catch {
            throw .invalid(
                path: file, reason: "line 1: a header naming card_id, review_time and rating is needed")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces().lowercased() }
        func column(_ name: String) throws(InteropError) -> Int {
            guard let index = header.firstIndex(of: name) else {
                throw .invalid(
                    path: file,
                    reason: "line 1: no '\(name)' column (the header has \(header.joined(separator: ",")))")
            }
            return index
        }
        let card = try column("card_id")
        let time = try column("review_time")
        let rating = try column("rating")
        let duration = header.firstIndex(of: "duration_ms")
        var entries: [Entry] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            // Spaces around a field are dropped here: the reader's own trimming costs more than the fit.
            let row = fields.map { $0.trimmingSpaces() }
            if row.reduce(0, { $0 + $1.utf8.count }) > 4096 {
                throw .invalid(
                    path: file, reason: "line \(line) is longer than 4 KiB; no review is that long")
            }
            if row.allSatisfy(\.isEmpty) { continue }
            guard row.count == header.count else {
                throw .invalid(
                    path: file,
                    reason: "line \(line) has \(row.count) fields, but the header has \(header.count)")
            }
            guard let date = ISO8601.parse(row[time]) else {
                throw .invalid(
                    path: file,
                    reason:
                        "line \(line): review_time '\(row[time])' is not an ISO-8601 time such as 2026-01-31T09:00:00Z"
                )
            }
            guard let value = Int(row[rating]), let grade = Rating(rawValue: value) else {
                throw .invalid(
                    path: file, reason: "line \(line): rating '\(row[rating])' is not 1, 2, 3 or 4")
            }
            var milliseconds: Int?
            if let duration, !row[duration].isEmpty {
                guard let number = Int(row[duration]), number >= 0 else {
                    throw .invalid(
                        path: file,
                        reason:
                            "line \(line): duration_ms '\(row[duration])' is not a whole number of milliseconds"
                    )
                }
                milliseconds = number
            }
            entries.append(Entry(card: row[card], time: date, rating: grade, durationMs: milliseconds))
        }
        return entries
    }
}
