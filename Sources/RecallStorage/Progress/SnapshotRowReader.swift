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
    /// The columns of the row read so far.
    private var column = 0
    /// The name of the nested record being read, which its columns' names begin with.
    private var record = ""

    init(reader: ProgressSnapshotFormat.Reader) {
        self.reader = reader
    }

    /// Reads the row of the log's review `number`.
    mutating func row<Record: SavedRecord>(number: Int) throws -> Record {
        self.number = number
        column = 0
        try reader.field("reviews[\(number)]") { try $0.beginArray() }
        var review = Record.blank
        try review.visitFields(&self)
        guard try !reader.scanner.nextElement(first: false) else {
            throw reader.scanner.failure(
                "reviews[\(number)]: a review has \(reader.expectedFields.count) fields")
        }
        return review
    }

    /// Moves to the next column, which the row must have.
    @inline(__always)
    private mutating func advance() throws {
        guard try reader.scanner.nextElement(first: column == 0) else {
            let path = record.isEmpty ? "reviews[\(number)]" : "reviews[\(number)].\(record)"
            throw reader.scanner.failure(
                "\(path): a review row has \(reader.expectedFields.count) fields, this one \(column)")
        }
        column += 1
    }

    /// The field's column, read with `read`; a failure gets the column's name.
    @inline(__always)
    private mutating func column<Value>(_ field: String, _ read: (inout JSONScanner) throws -> Value) throws
        -> Value
    {
        try advance()
        do {
            return try read(&reader.scanner)
        } catch let failure as JSONScanner.Failure {
            throw JSONScanner.Failure(offset: failure.offset, message: "\(name(field)): \(failure.message)")
        }
    }

    /// A column that may hold null, for none.
    @inline(__always)
    private mutating func nullable<Value>(_ field: String, _ read: (inout JSONScanner) throws -> Value) throws
        -> Value?
    {
        try column(field) { scanner in scanner.skipNull() ? nil : try read(&scanner) }
    }

    /// A column's name for a failure.
    private func name(_ field: String) -> String {
        "reviews[\(number)].\(SnapshotRowWriter.column(field, in: record))"
    }

    mutating func required(_ name: String, _ value: inout Date) throws {
        value = Date(timeIntervalSince1970: try column(name) { try $0.double() })
    }

    mutating func required(_ name: String, _ value: inout Double) throws {
        value = try column(name) { try $0.double() }
    }

    mutating func required(_ name: String, _ value: inout Bool) throws {
        value = try column(name) { try $0.bool() }
    }

    mutating func required(_ name: String, _ value: inout String) throws {
        value = try column(name) { try $0.string() }
    }

    mutating func required(_ name: String, _ value: inout Rating) throws {
        value = try column(name) { try $0.rating() }
    }

    mutating func required(_ name: String, _ value: inout MachineID) throws {
        value = try column(name) { try $0.identity(MachineID.init(hexDigits:), digits: 12) }
    }

    mutating func required<Value: SavedEnum>(_ name: String, _ value: inout Value)
        throws
    {
        value = try column(name) { try $0.enumValue(Value.self) }
    }

    /// A nested record's fields, each a column of the row.
    mutating func required<Record: SavedRecord>(_ name: String, _ value: inout Record) throws {
        let outer = record
        record = SnapshotRowWriter.column(name, in: outer)
        defer { record = outer }
        try value.visitFields(&self)
    }

    mutating func count(_ name: String, _ value: inout Int) throws {
        value = try column(name) { try $0.int() }
    }

    mutating func optional(_ name: String, _ value: inout Int?) throws {
        value = try nullable(name) { try $0.int() }
    }

    mutating func optional(_ name: String, _ value: inout Double?) throws {
        value = try nullable(name) { try $0.double() }
    }

    mutating func optional(_ name: String, _ value: inout Date?) throws {
        value = try nullable(name) { try $0.double() }.map { Date(timeIntervalSince1970: $0) }
    }

    mutating func optional(_ name: String, _ value: inout String?) throws {
        value = try nullable(name) { try $0.string() }
    }

    mutating func optional<Value: SavedEnum>(_ name: String, _ value: inout Value?)
        throws
    {
        value = try nullable(name) { try $0.enumValue(Value.self) }
    }

    /// An optional nested record is one column holding an object, or null.
    mutating func optional<Record: SavedRecord>(_ name: String, _ value: inout Record?) throws {
        try advance()
        if reader.scanner.skipNull() { return value = nil }
        let path = FieldPath("reviews[\(number)]", SnapshotRowWriter.column(name, in: record))
        value = try reader.record(path, depth: 3) as Record
    }

    mutating func flag(_ name: String, _ value: inout Bool) throws {
        value = try column(name) { try $0.bool() }
    }

    mutating func identity(_ name: String, _ value: inout ReviewID?) throws {
        guard reader.version >= 4 else { return value = nil }
        value = try column(name) { try $0.identity(ReviewID.init(hexDigits:), digits: 24) }
    }

    mutating func identity(_ name: String, _ value: inout MachineID?) throws {
        guard reader.version >= 4 else { return value = nil }
        value = try column(name) { try $0.identity(MachineID.init(hexDigits:), digits: 12) }
    }
}
