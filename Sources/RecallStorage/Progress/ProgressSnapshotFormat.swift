import Foundation
import RecallModel

/// The layout of a progress snapshot since schema version 3: schedules keyed by card, one per line,
/// and the review log as rows, one review per line, in the order of `reviewFields`. Version 4 adds
/// each review's `id` and `machine` as the last two columns, and the `undone` reviews and
/// `flagChanges` that merging needs.
///
/// Rows instead of objects make a million reviews about 150 MB instead of 500, and the file is read
/// with `JSONScanner` straight into `DeckProgress`, in well under a second.
enum ProgressSnapshotFormat {
    /// The columns of a review row, from the review's field list (`SnapshotRowWriter`).
    static let reviewFields = SnapshotRowWriter.reviewColumns.map(\.name)

    /// The columns of version 3, whose reviews get ids derived from their content when read.
    static let version3ReviewFields = SnapshotRowWriter.reviewColumns.filter { !$0.isIdentity }.map(\.name)

    static func encode(_ progress: DeckProgress) -> Data {
        var json = JSONTextWriter(
            capacity: 4096 + progress.schedules.count * 260 + progress.reviews.count * 160)
        json.raw("{\n  \"schemaVersion\": ")
        json.int(DeckProgress.currentSchemaVersion)
        json.raw(",\n  \"deck\": ")
        json.string(progress.deck)
        json.raw(",\n  \"journalSequence\": ")
        json.int(progress.journalSequence)
        json.raw(",\n  \"schedules\": ")
        write(progress.schedules, to: &json)
        json.raw(",\n  \"setAside\": ")
        write(progress.setAside, to: &json)
        if !progress.contrasts.isEmpty {
            // A student has a handful of contrast cards, not a million: the ordinary encoder is quick enough.
            json.raw(",\n  \"contrasts\": ")
            json.encoded(try! RecallJSON.encoder(pretty: false).encode(progress.contrasts))
        }
        json.raw(",\n  \"undone\": [")
        for (index, id) in progress.undone.sorted().enumerated() {
            if index > 0 { json.raw(", ") }
            json.string(id.description)
        }
        json.raw("],\n  \"flagChanges\": ")
        write(progress.flagChanges, to: &json)
        json.raw(",\n  \"reviewFields\": [")
        for (index, field) in reviewFields.enumerated() {
            if index > 0 { json.raw(", ") }
            json.string(field)
        }
        json.raw("],\n  \"reviewCount\": ")
        json.int(progress.reviews.count)
        json.raw(",\n  \"reviews\": [")
        for (index, review) in progress.reviews.enumerated() {
            json.raw(index == 0 ? "\n    " : ",\n    ")
            SnapshotRowWriter.write(review, to: &json)
        }
        json.raw(progress.reviews.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return Data(json.bytes)
    }

    /// Records keyed by card (schedules, flag changes), one per line in the order of the cards' ids.
    private static func write<Record: SavedRecord>(_ records: [String: Record], to json: inout JSONTextWriter)
    {
        guard !records.isEmpty else { return json.raw("{}") }
        json.raw("{")
        for (index, entry) in records.sorted(by: { $0.key < $1.key }).enumerated() {
            json.raw(index == 0 ? "\n    " : ",\n    ")
            json.string(entry.key)
            json.raw(": ")
            SnapshotFieldWriter.write(entry.value, to: &json)
        }
        json.raw("\n  }")
    }

    /// Reads a snapshot, calling `doneBefore` with the offset read so far every few thousand reviews.
    /// Version 3 files (without ids) are read too, and migrated (`migrateVersion3`).
    static func decode(
        _ bytes: UnsafeRawBufferPointer, version: Int = DeckProgress.currentSchemaVersion,
        doneBefore: (Int) -> Void = { _ in }
    ) throws(JSONScanner.Failure) -> DeckProgress {
        var progress = try scan(bytes) { scanner in
            var reader = Reader(scanner: scanner, bytes: bytes, version: version)
            return try reader.progress(doneBefore: doneBefore)
        }
        if version < 4 { progress.migrateToIdentities() }
        return progress
    }

    /// Runs `body` over the bytes of `data`, passing on the scanner's failures.
    private static func scan<Value>(
        _ bytes: UnsafeRawBufferPointer, _ body: (inout JSONScanner) throws -> Value
    ) throws(JSONScanner.Failure) -> Value {
        do {
            var scanner = JSONScanner(bytes)
            return try body(&scanner)
        } catch let failure as JSONScanner.Failure {
            throw failure
        } catch {
            throw JSONScanner.Failure(offset: 0, message: "\(error)")
        }
    }

    /// Reads a snapshot; every failure names the field it was reading.
    struct Reader {
        var scanner: JSONScanner
        /// The whole snapshot, for handing the few contrast cards to the ordinary decoder.
        let bytes: UnsafeRawBufferPointer
        /// The file's schema version: 3 has no id or machine columns.
        var version = DeckProgress.currentSchemaVersion
        /// How many reviews the file says it holds, to reserve memory for them once.
        var expectedReviews = 0
        /// The object being read by its field list (`record`).
        var object = ObjectState()

        mutating func progress(doneBefore: (Int) -> Void) throws -> DeckProgress {
            var progress = DeckProgress(deck: "")
            var seen: Set<String> = []
            try scanner.beginObject()
            var first = true
            while let key = try scanner.nextKey(first: first) {
                first = false
                try unique(key, &seen, in: "the snapshot")
                switch key {
                case "schemaVersion": progress.schemaVersion = try field(key) { try $0.int() }
                case "deck": progress.deck = try field(key) { try $0.string() }
                case "journalSequence":
                    let start = scanner.offset
                    progress.journalSequence = try field(key) { try $0.int() }
                    guard (0...ProgressChange.maximumSequence).contains(progress.journalSequence) else {
                        throw JSONScanner.Failure(
                            offset: start,
                            message:
                                "journalSequence: \(progress.journalSequence) is not a change number (0 to \(ProgressChange.maximumSequence))"
                        )
                    }
                case "schedules": progress.schedules = try schedules(key)
                case "setAside": progress.setAside = try schedules(key)
                case "contrasts": progress.contrasts = try contrasts()
                case "reviewFields": try checkReviewFields()
                case "reviewCount": expectedReviews = try field(key) { try $0.int() }
                case "reviews": progress.reviews = try reviews(doneBefore: doneBefore)
                case "undone": progress.undone = try undone()
                case "flagChanges": progress.flagChanges = try flagChanges()
                default: try scanner.skipValue(depth: 1)
                }
            }
            try scanner.finish()
            for required in ["schemaVersion", "deck", "schedules"] where !seen.contains(required) {
                throw scanner.failure("\(required): required field is missing")
            }
            progress.schemaVersion = DeckProgress.currentSchemaVersion
            return progress
        }

        /// The contrast cards, read by the ordinary decoder from the value's bytes.
        mutating func contrasts() throws -> [ContrastCard] {
            let start = scanner.offset
            try scanner.skipValue(depth: 1)
            let data = Data(bytes[start..<scanner.offset])
            do {
                let cards = try RecallJSON.decoder().decode([ContrastCard].self, from: data)
                if let problem = cards.lazy.compactMap(\.card.invariantProblem).first {
                    throw JSONScanner.Failure(offset: start, message: "contrasts: \(problem)")
                }
                return cards.map {
                    ContrastCard(card: $0.card.removingControlCharacters(), created: $0.created)
                }
            } catch let error as DecodingError {
                throw JSONScanner.Failure(
                    offset: start, message: "contrasts: \(DecodingErrorDescription.describe(error))")
            }
        }

        /// Refuses a key an object already had: which of the two a reader keeps is a guess, and
        /// saving would then drop the other.
        mutating func unique(_ key: String, _ seen: inout Set<String>, in object: @autoclosure () -> String)
            throws
        {
            guard seen.insert(key).inserted else {
                throw scanner.failure("\(object()): the key \"\(key)\" appears twice")
            }
        }

        /// Reads one value, adding the field's name to a failure.
        mutating func field<Value>(
            _ name: @autoclosure () -> String, _ read: (inout JSONScanner) throws -> Value
        ) throws -> Value {
            do {
                return try read(&scanner)
            } catch let error as JSONScanner.Failure {
                throw JSONScanner.Failure(offset: error.offset, message: "\(name()): \(error.message)")
            }
        }

        package mutating func time(_ name: @autoclosure () -> String) throws -> Date {
            let start = scanner.offset
            let text = try field(name()) { try $0.string() }
            guard let date = ISO8601.parse(text) else {
                throw JSONScanner.Failure(
                    offset: start,
                    message: "\(name()): '\(text)' is not an ISO-8601 time such as 2026-01-31T09:00:00Z")
            }
            // Recall writes whole seconds; a fraction from elsewhere is dropped as saving would drop it.
            return Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        }

        mutating func optionalTime(_ name: @autoclosure () -> String) throws -> Date? {
            scanner.skipNull() ? nil : try time(name())
        }

        mutating func schedules(_ name: String) throws -> [String: CardSchedule] {
            var schedules: [String: CardSchedule] = [:]
            try field(name) { try $0.beginObject() }
            var first = true
            while let id = try scanner.nextKey(first: first) {
                first = false
                guard schedules[id] == nil else {
                    throw scanner.failure("\(name): the card \"\(id)\" appears twice")
                }
                let start = scanner.offset
                let schedule: CardSchedule = try record(FieldPath(name, id), depth: 2)
                if let problem = schedule.problem {
                    throw JSONScanner.Failure(
                        offset: start, message: "\(name).\(id).\(problem.field): \(problem.reason)")
                }
                schedules[id] = schedule
            }
            return schedules
        }

        mutating func rating(_ name: @autoclosure () -> String) throws -> Rating {
            try field(name()) { try $0.rating() }
        }

        mutating func enumValue<Value: SavedEnum>(
            _ name: @autoclosure () -> String, _ type: Value.Type
        ) throws -> Value {
            try field(name()) { try $0.enumValue(Value.self) }
        }

        mutating func undone() throws -> Set<ReviewID> {
            var ids: Set<ReviewID> = []
            try field("undone") { try $0.beginArray() }
            var first = true
            while try scanner.nextElement(first: first) {
                first = false
                ids.insert(try identity("undone[\(ids.count)]", ReviewID.init(hexDigits:), digits: 24))
            }
            return ids
        }

        mutating func flagChanges() throws -> [String: FlagChange] {
            var changes: [String: FlagChange] = [:]
            try field("flagChanges") { try $0.beginObject() }
            var first = true
            while let id = try scanner.nextKey(first: first) {
                first = false
                guard changes[id] == nil else {
                    throw scanner.failure("flagChanges: the card \"\(id)\" appears twice")
                }
                changes[id] = try record(FieldPath("flagChanges", id), depth: 2)
            }
            return changes
        }

        /// A review id or machine id, in hex digits.
        mutating func identity<Value>(
            _ name: @autoclosure () -> String, _ parse: (UnsafeRawBufferPointer) -> Value?, digits: Int
        ) throws -> Value {
            try field(name()) { try $0.identity(parse, digits: digits) }
        }

        mutating func checkReviewFields() throws {
            let start = scanner.offset
            var fields: [String] = []
            try field("reviewFields") { try $0.beginArray() }
            var first = true
            while try scanner.nextElement(first: first) {
                first = false
                fields.append(try field("reviewFields") { try $0.string() })
            }
            guard fields == expectedFields else {
                throw JSONScanner.Failure(
                    offset: start,
                    message: "reviewFields: expected \(expectedFields.joined(separator: ","))"
                )
            }
        }

        var expectedFields: [String] {
            version < 4 ? ProgressSnapshotFormat.version3ReviewFields : ProgressSnapshotFormat.reviewFields
        }

        mutating func reviews(doneBefore: (Int) -> Void) throws -> [ReviewLog] {
            var reviews: [ReviewLog] = []
            // A row takes at least 40 bytes, which bounds what a damaged count can reserve.
            reviews.reserveCapacity(min(max(expectedReviews, 0), scanner.byteCount / 40))
            try field("reviews") { try $0.beginArray() }
            var rows = SnapshotRowReader(reader: self)
            var first = true
            while try rows.reader.scanner.nextElement(first: first) {
                first = false
                reviews.append(try rows.row(number: reviews.count))
                if reviews.count % 4096 == 0 { doneBefore(rows.reader.scanner.offset) }
            }
            self = rows.reader
            return reviews
        }
    }
}
