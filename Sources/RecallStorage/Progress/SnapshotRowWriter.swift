import Foundation
import RecallModel

/// Writes a review as a row of a progress snapshot by its field list (`ReviewLog.visitFields`):
/// `["c1",1772355600,3,null,1500,"review",null,"learning",…]`. The columns are the fields in their
/// order, a nested record's fields flattened in its place (`before`'s `phase` is `beforePhase`),
/// an absent value `null`, a time seconds since 1970: a million rows stay small and quick to read.
struct SnapshotRowWriter: FieldVisitor {
    /// A column of the row: its name in the snapshot's `reviewFields`, and whether it is an
    /// identity (files of version 3 have none).
    struct Column: Sendable, Equatable {
        var name: String
        var isIdentity: Bool
    }

    var json: JSONTextWriter
    /// Whether the next column is the row's first.
    private var first = true
    /// The columns' names, collected when they are asked for (`columns`) and not otherwise.
    private var names: [Column]?
    /// The name of the nested record being written, which its columns' names begin with.
    private var record = ""

    /// The columns of a review row, in order.
    static let reviewColumns = columns(of: ReviewLog.self)

    /// The columns of a row of `Record`, in order.
    static func columns<Record: SavedRecord>(of type: Record.Type) -> [Column] {
        var writer = SnapshotRowWriter(json: JSONTextWriter())
        writer.names = []
        var record = Record.blank
        try! record.visitFields(&writer)
        return writer.names ?? []
    }

    /// A column's name: a nested field's after its record's (`beforePhase`); the card's id is
    /// `card`, the one column named otherwise than its field, as rows have been since version 3.
    static func column(_ field: String, in record: String) -> String {
        guard !record.isEmpty else { return field == "cardID" ? "card" : field }
        return record + field.prefix(1).uppercased() + field.dropFirst()
    }

    /// Appends `record` (a review) to `json` as a row.
    static func write<Record: SavedRecord>(_ record: Record, to json: inout JSONTextWriter) {
        var writer = SnapshotRowWriter(json: JSONTextWriter())
        swap(&writer.json, &json)
        writer.json.raw("[")
        var record = record
        // The row writer's visits cannot fail: it only reads values.
        try! record.visitFields(&writer)
        writer.json.raw("]")
        swap(&writer.json, &json)
    }

    @inline(__always)
    private mutating func next(_ field: String, isIdentity: Bool = false) {
        if first {
            first = false
        } else {
            json.raw(",")
        }
        if names != nil {
            names?.append(Column(name: Self.column(field, in: record), isIdentity: isIdentity))
        }
    }

    mutating func required(_ name: String, _ value: inout Date) {
        next(name)
        json.seconds(value)
    }

    mutating func required(_ name: String, _ value: inout Double) {
        next(name)
        json.double(value)
    }

    mutating func required(_ name: String, _ value: inout Bool) {
        next(name)
        json.raw(value ? "true" : "false")
    }

    mutating func required(_ name: String, _ value: inout String) {
        next(name)
        json.string(value)
    }

    mutating func required(_ name: String, _ value: inout Rating) {
        next(name)
        json.int(value.rawValue)
    }

    mutating func required(_ name: String, _ value: inout MachineID) {
        next(name)
        json.string(value.description)
    }

    mutating func required<Value: SavedEnum>(_ name: String, _ value: inout Value) {
        next(name)
        json.string(value.rawValue)
    }

    /// A nested record's fields, each a column of the row.
    mutating func required<Record: SavedRecord>(_ name: String, _ value: inout Record) throws {
        // Only collecting the columns needs the record's name; a row does not pay for it.
        guard names != nil else { return try value.visitFields(&self) }
        let outer = record
        record = Self.column(name, in: outer)
        defer { record = outer }
        try value.visitFields(&self)
    }

    mutating func count(_ name: String, _ value: inout Int) {
        next(name)
        json.int(value)
    }

    mutating func optional(_ name: String, _ value: inout Int?) {
        next(name)
        json.optional(value) { $0.int($1) }
    }

    mutating func optional(_ name: String, _ value: inout Double?) {
        next(name)
        json.optional(value) { $0.double($1) }
    }

    mutating func optional(_ name: String, _ value: inout Date?) {
        next(name)
        json.optional(value) { $0.seconds($1) }
    }

    mutating func optional(_ name: String, _ value: inout String?) {
        next(name)
        json.optional(value) { $0.string($1) }
    }

    mutating func optional<Value: SavedEnum>(_ name: String, _ value: inout Value?) {
        next(name)
        json.optional(value) { $0.string($1.rawValue) }
    }

    /// An optional nested record takes one column, holding it as an object (or null): flattened,
    /// a record that is absent could not be told from one whose fields are.
    mutating func optional<Record: SavedRecord>(_ name: String, _ value: inout Record?) {
        next(name)
        json.optional(value) { SnapshotFieldWriter.write($1, to: &$0) }
    }

    mutating func flag(_ name: String, _ value: inout Bool) {
        next(name)
        json.raw(value ? "true" : "false")
    }

    mutating func identity(_ name: String, _ value: inout ReviewID?) {
        next(name, isIdentity: true)
        json.optional(value) { $0.string($1.description) }
    }

    mutating func identity(_ name: String, _ value: inout MachineID?) {
        next(name, isIdentity: true)
        json.optional(value) { $0.string($1.description) }
    }
}
