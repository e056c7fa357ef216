import Foundation
import RecallModel

/// Reads a review row of a progress snapshot by the review's field list, as `SnapshotRowWriter`
/// writes it: each field reads the next column, and a failure names the review and the column
/// (`reviews[3].beforePhase`). A file of version 3 has no identity columns: a review read from it
/// gets an id derived from its content; since version 4 every row has them (null is refused).
struct SnapshotRowReader: FieldVisitor {
    var reader: ProgressSnapshotFormat.Reader
    /// The review's place in the log.
    private var number = 0
    /// The name of the nested record being read, which its columns' names begin with.
    private var record = ""

    /// A column's name for a failure (`reviews[3].beforePhase`), spelled out only when one happens.
    struct ColumnName {
        var number: Int
        var field: String
        var record: String

        var text: String { "reviews[\(number)].\(SnapshotRowWriter.column(field, in: record))" }
    }

    init(reader: ProgressSnapshotFormat.Reader) {
        self.reader = reader
    }

    /// Reads the row of the log's review `number`.
    mutating func row<Record: SavedRecord>(number: Int) throws -> Record {
        self.number = number
        reader.column = 0
        try reader.field("reviews[\(number)]") { try $0.beginArray() }
        var review = Record.blank
        try review.visitFields(&self)
        guard try !reader.scanner.nextElement(first: false) else {
            throw reader.scanner.failure(
                "reviews[\(number)]: a review has \(reader.expectedFields.count) fields")
        }
        return review
    }

    /// Moves to the field's column, which must be there, and reads it with `read`, which is given
    /// the field's name for its failures.
    private mutating func column<Value>(
        _ field: String, _ read: (inout ProgressSnapshotFormat.Reader, ColumnName) throws -> Value
    ) throws -> Value {
        let (number, record) = (number, record)
        try reader.nextColumn(record.isEmpty ? "reviews[\(number)]" : "reviews[\(number)].\(record)")
        return try read(&reader, ColumnName(number: number, field: field, record: record))
    }

    /// A column that may hold null, for none.
    private mutating func nullable<Value>(
        _ field: String, _ read: (inout ProgressSnapshotFormat.Reader, ColumnName) throws -> Value
    ) throws -> Value? {
        try column(field) { reader, name in reader.scanner.skipNull() ? nil : try read(&reader, name) }
    }

    mutating func required(_ name: String, _ value: inout Date) throws {
        value = try column(name) { reader, name in
            Date(timeIntervalSince1970: try reader.field(name.text) { try $0.double() })
        }
    }

    mutating func required(_ name: String, _ value: inout Double) throws {
        value = try column(name) { reader, name in try reader.field(name.text) { try $0.double() } }
    }

    mutating func required(_ name: String, _ value: inout Bool) throws {
        value = try column(name) { reader, name in try reader.field(name.text) { try $0.bool() } }
    }

    mutating func required(_ name: String, _ value: inout String) throws {
        value = try column(name) { reader, name in try reader.field(name.text) { try $0.string() } }
    }

    mutating func required(_ name: String, _ value: inout Rating) throws {
        value = try column(name) { reader, name in try reader.rating(name.text) }
    }

    mutating func required(_ name: String, _ value: inout MachineID) throws {
        value = try column(name) { reader, name in try reader.identity(name.text, MachineID.init, digits: 12)
        }
    }

    mutating func required<Value: RawRepresentable<String> & Codable>(_ name: String, _ value: inout Value)
        throws
    {
        value = try column(name) { reader, name in try reader.enumValue(name.text, Value.self) }
    }

    /// A nested record's fields, each a column of the row.
    mutating func required<Record: SavedRecord>(_ name: String, _ value: inout Record) throws {
        let outer = record
        record = SnapshotRowWriter.column(name, in: outer)
        defer { record = outer }
        try value.visitFields(&self)
    }

    mutating func count(_ name: String, _ value: inout Int) throws {
        value = try column(name) { reader, name in try reader.field(name.text) { try $0.int() } }
    }

    mutating func optional(_ name: String, _ value: inout Int?) throws {
        value = try nullable(name) { reader, name in try reader.field(name.text) { try $0.int() } }
    }

    mutating func optional(_ name: String, _ value: inout Double?) throws {
        value = try nullable(name) { reader, name in try reader.field(name.text) { try $0.double() } }
    }

    mutating func optional(_ name: String, _ value: inout Date?) throws {
        value = try nullable(name) { reader, name in
            Date(timeIntervalSince1970: try reader.field(name.text) { try $0.double() })
        }
    }

    mutating func optional(_ name: String, _ value: inout String?) throws {
        value = try nullable(name) { reader, name in try reader.field(name.text) { try $0.string() } }
    }

    mutating func optional<Value: RawRepresentable<String> & Codable>(_ name: String, _ value: inout Value?)
        throws
    {
        value = try nullable(name) { reader, name in try reader.enumValue(name.text, Value.self) }
    }

    /// An optional nested record is one column holding an object, or null.
    mutating func optional<Record: SavedRecord>(_ name: String, _ value: inout Record?) throws {
        let (number, column) = (number, SnapshotRowWriter.column(name, in: record))
        value = try nullable(name) { reader, _ in
            try reader.record(FieldPath("reviews[\(number)]", column), depth: 3) as Record
        }
    }

    mutating func flag(_ name: String, _ value: inout Bool) throws {
        value = try column(name) { reader, name in try reader.field(name.text) { try $0.bool() } }
    }

    mutating func identity(_ name: String, _ value: inout ReviewID?) throws {
        guard reader.version >= 4 else { return value = nil }
        value = try column(name) { reader, name in try reader.identity(name.text, ReviewID.init, digits: 24) }
    }

    mutating func identity(_ name: String, _ value: inout MachineID?) throws {
        guard reader.version >= 4 else { return value = nil }
        value = try column(name) { reader, name in try reader.identity(name.text, MachineID.init, digits: 12)
        }
    }
}
