import Foundation

extension SavedRecord {
    /// Reads a record through `Codable` by its field list (for a type's `init(from:)`).
    package static func decodeFields(from decoder: any Decoder) throws -> Self {
        var record = Self.blank
        var visitor = FieldDecoder(container: try decoder.container(keyedBy: FieldKey.self))
        try record.visitFields(&visitor)
        return record
    }

    /// Writes a record through `Codable` by its field list (for a type's `encode(to:)`).
    package func encodeFields(to encoder: any Encoder) throws {
        var record = self
        var visitor = FieldEncoder(container: encoder.container(keyedBy: FieldKey.self))
        try record.visitFields(&visitor)
    }
}

/// Writes fields into a keyed container: optional fields only when present, flags always (as the
/// journal and `--json` output always have).
struct FieldEncoder: FieldVisitor {
    var container: KeyedEncodingContainer<FieldKey>

    mutating func required(_ name: String, _ value: inout Date) throws {
        try container.encode(value, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout Double) throws {
        try container.encode(value, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout Bool) throws {
        try container.encode(value, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout String) throws {
        try container.encode(value, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout Rating) throws {
        try container.encode(value, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout MachineID) throws {
        try container.encode(value.description, forKey: FieldKey(stringValue: name))
    }

    mutating func required<Record: SavedRecord>(_ name: String, _ value: inout Record) throws {
        var nested = FieldEncoder(
            container: container.nestedContainer(keyedBy: FieldKey.self, forKey: FieldKey(stringValue: name)))
        try value.visitFields(&nested)
    }

    mutating func required<Value: SavedEnum>(_ name: String, _ value: inout Value)
        throws
    {
        try container.encode(value, forKey: FieldKey(stringValue: name))
    }

    mutating func count(_ name: String, _ value: inout Int) throws {
        try container.encode(value, forKey: FieldKey(stringValue: name))
    }

    mutating func optional(_ name: String, _ value: inout Int?) throws {
        try container.encodeIfPresent(value, forKey: FieldKey(stringValue: name))
    }

    mutating func optional(_ name: String, _ value: inout Double?) throws {
        try container.encodeIfPresent(value, forKey: FieldKey(stringValue: name))
    }

    mutating func optional(_ name: String, _ value: inout Date?) throws {
        try container.encodeIfPresent(value, forKey: FieldKey(stringValue: name))
    }

    mutating func optional(_ name: String, _ value: inout String?) throws {
        try container.encodeIfPresent(value, forKey: FieldKey(stringValue: name))
    }

    mutating func optional<Value: SavedEnum>(_ name: String, _ value: inout Value?)
        throws
    {
        try container.encodeIfPresent(value, forKey: FieldKey(stringValue: name))
    }

    mutating func optional<Record: SavedRecord>(_ name: String, _ value: inout Record?) throws {
        guard var record = value else { return }
        try required(name, &record)
    }

    mutating func flag(_ name: String, _ value: inout Bool) throws {
        try container.encode(value, forKey: FieldKey(stringValue: name))
    }

    mutating func identity(_ name: String, _ value: inout ReviewID?) throws {
        try container.encodeIfPresent(value?.description, forKey: FieldKey(stringValue: name))
    }

    mutating func identity(_ name: String, _ value: inout MachineID?) throws {
        try container.encodeIfPresent(value?.description, forKey: FieldKey(stringValue: name))
    }
}

/// Sets fields from a keyed container; errors carry the field's path, as `Codable`'s do.
struct FieldDecoder: FieldVisitor {
    let container: KeyedDecodingContainer<FieldKey>

    mutating func required(_ name: String, _ value: inout Date) throws {
        value = try container.decode(Date.self, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout Double) throws {
        value = try container.decode(Double.self, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout Bool) throws {
        value = try container.decode(Bool.self, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout String) throws {
        value = try container.decode(String.self, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout Rating) throws {
        value = try container.decode(Rating.self, forKey: FieldKey(stringValue: name))
    }

    mutating func required(_ name: String, _ value: inout MachineID) throws {
        let key = FieldKey(stringValue: name)
        value = try parse(container.decode(String.self, forKey: key), key, MachineID.init, digits: 12)
    }

    mutating func required<Record: SavedRecord>(_ name: String, _ value: inout Record) throws {
        var nested = FieldDecoder(
            container: try container.nestedContainer(
                keyedBy: FieldKey.self, forKey: FieldKey(stringValue: name)))
        try value.visitFields(&nested)
    }

    mutating func required<Value: SavedEnum>(_ name: String, _ value: inout Value)
        throws
    {
        value = try container.decode(Value.self, forKey: FieldKey(stringValue: name))
    }

    mutating func count(_ name: String, _ value: inout Int) throws {
        value = try container.decodeIfPresent(Int.self, forKey: FieldKey(stringValue: name)) ?? 0
    }

    mutating func optional(_ name: String, _ value: inout Int?) throws {
        value = try container.decodeIfPresent(Int.self, forKey: FieldKey(stringValue: name))
    }

    mutating func optional(_ name: String, _ value: inout Double?) throws {
        value = try container.decodeIfPresent(Double.self, forKey: FieldKey(stringValue: name))
    }

    mutating func optional(_ name: String, _ value: inout Date?) throws {
        value = try container.decodeIfPresent(Date.self, forKey: FieldKey(stringValue: name))
    }

    mutating func optional(_ name: String, _ value: inout String?) throws {
        value = try container.decodeIfPresent(String.self, forKey: FieldKey(stringValue: name))
    }

    mutating func optional<Value: SavedEnum>(_ name: String, _ value: inout Value?)
        throws
    {
        value = try container.decodeIfPresent(Value.self, forKey: FieldKey(stringValue: name))
    }

    mutating func optional<Record: SavedRecord>(_ name: String, _ value: inout Record?) throws {
        let key = FieldKey(stringValue: name)
        guard container.contains(key), try !container.decodeNil(forKey: key) else {
            value = nil
            return
        }
        var record = Record.blank
        try required(name, &record)
        value = record
    }

    mutating func flag(_ name: String, _ value: inout Bool) throws {
        value = try container.decodeIfPresent(Bool.self, forKey: FieldKey(stringValue: name)) ?? false
    }

    mutating func identity(_ name: String, _ value: inout ReviewID?) throws {
        let key = FieldKey(stringValue: name)
        value = try container.decodeIfPresent(String.self, forKey: key).map {
            try parse($0, key, ReviewID.init, digits: 24)
        }
    }

    mutating func identity(_ name: String, _ value: inout MachineID?) throws {
        let key = FieldKey(stringValue: name)
        value = try container.decodeIfPresent(String.self, forKey: key).map {
            try parse($0, key, MachineID.init, digits: 12)
        }
    }

    /// An id in hex digits; other text is an error naming the field.
    private func parse<Value>(_ text: String, _ key: FieldKey, _ parse: (String) -> Value?, digits: Int)
        throws
        -> Value
    {
        guard let value = parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "'\(text)' is not \(digits) hex digits")
        }
        return value
    }
}
