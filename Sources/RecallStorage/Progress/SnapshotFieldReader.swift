import Foundation
import RecallModel

/// A record's place in a snapshot, such as `schedules.c1.memory`, spelled out only for a message.
struct FieldPath: CustomStringConvertible {
    var base: String
    var id: String
    /// The fields of nested records, each after a dot.
    var inner = ""

    init(_ base: String, _ id: String) {
        self.base = base
        self.id = id
    }

    var description: String { "\(base).\(id)\(inner)" }

    func child(_ name: String) -> String { "\(description).\(name)" }
}

/// What the snapshot reader knows about the object it is reading by a field list.
struct ObjectState {
    var path = FieldPath("", "")
    /// How deep the object is in the file (the top level's fields are at 1).
    var depth = 0
    /// The key being read; nil once the object's end is reached, when the visit checks that no
    /// required field is missing.
    var key: String?
    /// Whether a field of the list has taken the key.
    var matched = false
    /// The place in the field list of the field the visit is at.
    var field = 0
    /// The fields read so far, a bit for each place in the list, and the keys read that no field
    /// has: a key twice is refused. Bits rather than a set of keys, which hashed every key of a
    /// hundred thousand schedules (8% of loading them, measured with callgrind); a saved record
    /// has far fewer than 64 fields (a schedule has 12).
    var seenFields: UInt64 = 0
    var otherKeys: [String] = []

    /// The bit of the field the visit is at.
    var fieldBit: UInt64 {
        // A 65th field would shift out of the word and go unchecked: the lists are code, not input.
        precondition(field < 64, "a saved record lists at most 64 fields")
        return 1 << UInt64(field)
    }
}

/// The snapshot reader reads a `SavedRecord` by its field list: for each key of the object it
/// goes through the fields, and the field of that name reads the value. A key no field has is
/// skipped (a newer Recall's field); every failure names the field's path.
extension ProgressSnapshotFormat.Reader: FieldVisitor {
    mutating func record<Record: SavedRecord>(_ path: FieldPath, depth: Int) throws -> Record {
        let outer = object
        defer { object = outer }
        object = ObjectState(path: path, depth: depth)
        try field(path.description) { try $0.beginObject() }
        var record = Record.blank
        var first = true
        while let key = try scanner.nextKey(first: first) {
            first = false
            object.key = key
            object.matched = false
            object.field = 0
            try record.visitFields(&self)
            if !object.matched {
                guard !object.otherKeys.contains(key) else { throw twice(key) }
                object.otherKeys.append(key)
                try scanner.skipValue(depth: depth + 1)
            }
        }
        object.key = nil
        object.field = 0
        try record.visitFields(&self)
        return record
    }

    private func twice(_ key: String) -> JSONScanner.Failure {
        scanner.failure("\(object.path): the key \"\(key)\" appears twice")
    }

    /// Whether the field `name` is to read the value at hand; after the object, a required field
    /// the object did not have is an error.
    private mutating func reads(_ name: String, required: Bool = false) throws -> Bool {
        let bit = object.fieldBit
        object.field += 1
        guard let key = object.key else {
            if required && object.seenFields & bit == 0 {
                throw scanner.failure("\(object.path.child(name)): required field is missing")
            }
            return false
        }
        guard !object.matched, key == name else { return false }
        guard object.seenFields & bit == 0 else { throw twice(key) }
        object.seenFields |= bit
        object.matched = true
        return true
    }

    mutating func required(_ name: String, _ value: inout Date) throws {
        guard try reads(name, required: true) else { return }
        let path = object.path
        value = try time(path.child(name))
    }

    mutating func required(_ name: String, _ value: inout Double) throws {
        guard try reads(name, required: true) else { return }
        let path = object.path
        value = try field(path.child(name)) { try $0.double() }
    }

    mutating func required(_ name: String, _ value: inout Bool) throws {
        guard try reads(name, required: true) else { return }
        let path = object.path
        value = try field(path.child(name)) { try $0.bool() }
    }

    mutating func required(_ name: String, _ value: inout String) throws {
        guard try reads(name, required: true) else { return }
        let path = object.path
        value = try field(path.child(name)) { try $0.string() }
    }

    mutating func required(_ name: String, _ value: inout Rating) throws {
        guard try reads(name, required: true) else { return }
        let path = object.path
        value = try rating(path.child(name))
    }

    mutating func required<Record: SavedRecord>(_ name: String, _ value: inout Record) throws {
        guard try reads(name, required: true) else { return }
        var path = object.path
        path.inner += "." + name
        value = try record(path, depth: object.depth + 1)
    }

    mutating func required(_ name: String, _ value: inout MachineID) throws {
        guard try reads(name, required: true) else { return }
        let path = object.path
        value = try identity(path.child(name), MachineID.init(hexDigits:), digits: 12)
    }

    mutating func required<Value: SavedEnum>(_ name: String, _ value: inout Value)
        throws
    {
        guard try reads(name, required: true) else { return }
        let path = object.path
        value = try enumValue(path.child(name), Value.self)
    }

    mutating func count(_ name: String, _ value: inout Int) throws {
        guard try reads(name) else { return }
        let path = object.path
        value = try field(path.child(name)) { try $0.int() }
    }

    mutating func optional(_ name: String, _ value: inout Int?) throws {
        guard try reads(name) else { return }
        let path = object.path
        value = scanner.skipNull() ? nil : try field(path.child(name)) { try $0.int() }
    }

    mutating func optional(_ name: String, _ value: inout Double?) throws {
        guard try reads(name) else { return }
        let path = object.path
        value = scanner.skipNull() ? nil : try field(path.child(name)) { try $0.double() }
    }

    mutating func optional(_ name: String, _ value: inout Date?) throws {
        guard try reads(name) else { return }
        let path = object.path
        value = try optionalTime(path.child(name))
    }

    mutating func optional(_ name: String, _ value: inout String?) throws {
        guard try reads(name) else { return }
        let path = object.path
        value = scanner.skipNull() ? nil : try field(path.child(name)) { try $0.string() }
    }

    mutating func optional<Value: SavedEnum>(_ name: String, _ value: inout Value?)
        throws
    {
        guard try reads(name) else { return }
        let path = object.path
        value = scanner.skipNull() ? nil : try enumValue(path.child(name), Value.self)
    }

    mutating func optional<Record: SavedRecord>(_ name: String, _ value: inout Record?) throws {
        guard try reads(name) else { return }
        if scanner.skipNull() {
            value = nil
            return
        }
        var path = object.path
        path.inner += "." + name
        value = try record(path, depth: object.depth + 1) as Record
    }

    mutating func identity(_ name: String, _ value: inout ReviewID?) throws {
        guard try readsIdentity(name, &value) else { return }
        let path = object.path
        value = try identity(path.child(name), ReviewID.init(hexDigits:), digits: 24)
    }

    mutating func identity(_ name: String, _ value: inout MachineID?) throws {
        guard try readsIdentity(name, &value) else { return }
        let path = object.path
        value = try identity(path.child(name), MachineID.init(hexDigits:), digits: 12)
    }

    /// Whether the field `name` is to read an identity; after an object without it, it is none.
    private mutating func readsIdentity<Value>(_ name: String, _ value: inout Value?) throws -> Bool {
        if object.key == nil && object.seenFields & object.fieldBit == 0 { value = nil }
        return try reads(name)
    }

    mutating func flag(_ name: String, _ value: inout Bool) throws {
        guard try reads(name) else { return }
        let path = object.path
        value = try field(path.child(name)) { try $0.bool() }
    }
}
