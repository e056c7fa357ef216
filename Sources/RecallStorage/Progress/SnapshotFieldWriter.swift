import Foundation
import RecallModel

/// Writes a `SavedRecord` as a one-line JSON object of a progress snapshot, by its field list:
/// `{"phase": "review", "due": "2026-03-01T09:00:00Z", …}`. Absent optional fields and flags that
/// are off are left out (a reader takes them as none and off), which keeps a snapshot of 100,000
/// schedules small.
struct SnapshotFieldWriter: FieldVisitor {
    var json: JSONTextWriter
    /// Whether the next field is the object's first (no comma before it).
    private var first = true

    /// Appends `record` to `json` as an object.
    static func write<Record: SavedRecord>(_ record: Record, to json: inout JSONTextWriter) {
        var writer = SnapshotFieldWriter(json: JSONTextWriter())
        swap(&writer.json, &json)
        writer.object(record)
        swap(&writer.json, &json)
    }

    private mutating func object<Record: SavedRecord>(_ record: Record) {
        var record = record
        json.raw("{")
        first = true
        // The snapshot writer's visits cannot fail: it only reads values.
        try! record.visitFields(&self)
        json.raw("}")
    }

    private mutating func key(_ name: String) {
        json.raw(first ? "" : ", ")
        first = false
        json.string(name)
        json.raw(": ")
    }

    mutating func required(_ name: String, _ value: inout Date) {
        key(name)
        json.time(value)
    }

    mutating func required(_ name: String, _ value: inout Double) {
        key(name)
        json.double(value)
    }

    mutating func required(_ name: String, _ value: inout Bool) {
        key(name)
        json.raw(value ? "true" : "false")
    }

    mutating func required(_ name: String, _ value: inout String) {
        key(name)
        json.string(value)
    }

    mutating func required(_ name: String, _ value: inout Rating) {
        key(name)
        json.int(value.rawValue)
    }

    mutating func required(_ name: String, _ value: inout MachineID) {
        key(name)
        json.string(value.description)
    }

    mutating func required<Value: SavedEnum>(_ name: String, _ value: inout Value) {
        key(name)
        json.string(value.rawValue)
    }

    mutating func count(_ name: String, _ value: inout Int) {
        key(name)
        json.int(value)
    }

    mutating func optional(_ name: String, _ value: inout Int?) {
        guard let value else { return }
        key(name)
        json.int(value)
    }

    mutating func optional(_ name: String, _ value: inout Double?) {
        guard let value else { return }
        key(name)
        json.double(value)
    }

    mutating func optional(_ name: String, _ value: inout Date?) {
        guard let value else { return }
        key(name)
        json.time(value)
    }

    mutating func required<Record: SavedRecord>(_ name: String, _ value: inout Record) {
        key(name)
        object(value)
        first = false
    }

    mutating func optional(_ name: String, _ value: inout String?) {
        guard let value else { return }
        key(name)
        json.string(value)
    }

    mutating func optional<Value: SavedEnum>(_ name: String, _ value: inout Value?) {
        guard let value else { return }
        key(name)
        json.string(value.rawValue)
    }

    mutating func optional<Record: SavedRecord>(_ name: String, _ value: inout Record?) {
        guard var record = value else { return }
        required(name, &record)
    }

    mutating func flag(_ name: String, _ value: inout Bool) {
        guard value else { return }
        key(name)
        json.raw("true")
    }

    mutating func identity(_ name: String, _ value: inout ReviewID?) {
        guard let value else { return }
        key(name)
        json.string(value.description)
    }

    mutating func identity(_ name: String, _ value: inout MachineID?) {
        guard let value else { return }
        key(name)
        json.string(value.description)
    }
}
