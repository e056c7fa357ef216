import Foundation
import RecallModel

/// A note type as an Anki collection defines it: standard or cloze, its fields in order, and each
/// template's front and back. Legacy collections keep it as JSON in `col.models`; schema 18 in the
/// `notetypes`, `fields` and `templates` tables, with protobuf configs.
struct AnkiNoteType: Sendable, Equatable {
    struct Template: Sendable, Equatable {
        var name: String
        var front: String
        var back: String
    }

    var name: String
    var isCloze: Bool
    var fields: [String]
    var templates: [Template]

    init(name: String, isCloze: Bool, fields: [String], templates: [Template]) {
        self.name = name
        self.isCloze = isCloze
        self.fields = fields
        self.templates = templates
    }

    /// From a legacy collection's model JSON (`{"name", "type", "flds": [{"name"}], "tmpls": [{"qfmt", "afmt"}]}`).
    init(legacy model: [String: Any]) {
        name = model["name"] as? String ?? "unnamed"
        isCloze = (model["type"] as? Int) == 1
        fields = (model["flds"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        templates = (model["tmpls"] as? [Any] ?? [[:]]).map { value in
            let template = value as? [String: Any] ?? [:]
            return Template(
                name: template["name"] as? String ?? "", front: template["qfmt"] as? String ?? "",
                back: template["afmt"] as? String ?? "")
        }
    }

    /// Which of Recall's kinds of note this is, from its kind, name and fields.
    var recallType: ImportedNote.NoteType {
        if isCloze { return .cloze }
        if fields == ["Question", "Choices", "Answer", "Source"] { return .recallChoiceAndTimeline }
        // Basic and Basic (and reversed card) as Anki and Recall make them; a type whose templates
        // type the answer or hold sections is rendered from its templates, like any other.
        let plain = !templates.contains { $0.front.contains("{{type:") || $0.front.contains("{{#") }
        switch ImportedNote.NoteType(name: name) {
        case .basicAndReversed where fields.count >= 2 && plain:
            return templates.count >= 2 ? .basicAndReversed : .basic
        case .basic where fields.count >= 2 && templates.count <= 1 && plain: return .basic
        default: return .other(name: name)
        }
    }
}

extension AnkiNoteType {
    /// The note types of a schema-18 collection, by id. A note type's config holds its kind
    /// (field 1: 0 standard, 1 cloze); a template's, its front (field 1) and back (field 2).
    static func schema18(_ database: SQLiteDatabase) throws(InteropError) -> [String: AnkiNoteType] {
        var fields: [String: [(Int, String)]] = [:]
        for row in try database.query("select ntid, ord, name from fields") where row.count == 3 {
            guard let type = row[0], let name = row[2] else { continue }
            fields[type, default: []].append((Int(row[1] ?? "") ?? 0, name))
        }
        var templates: [String: [(Int, Template)]] = [:]
        for row in try database.query("select ntid, ord, name, hex(config) from templates")
        where row.count == 4 {
            guard let type = row[0] else { continue }
            let config = ProtobufFields(Data(hex: row[3] ?? ""))
            templates[type, default: []].append(
                (
                    Int(row[1] ?? "") ?? 0,
                    Template(
                        name: row[2] ?? "", front: config?.string(1) ?? "", back: config?.string(2) ?? "")
                ))
        }
        var types: [String: AnkiNoteType] = [:]
        for row in try database.query("select id, name, hex(config) from notetypes") where row.count == 3 {
            guard let id = row[0] else { continue }
            let config = ProtobufFields(Data(hex: row[2] ?? ""))
            types[id] = AnkiNoteType(
                name: row[1] ?? "unnamed", isCloze: config?.integer(1) == 1,
                fields: (fields[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1),
                templates: (templates[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1))
        }
        return types
    }
}

extension Data {
    /// Bytes from SQLite's `hex()`: pairs of upper-case hexadecimal digits.
    init(hex: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.utf8.count / 2)
        var high: UInt8?
        for character in hex.utf8 {
            let digit: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = character - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = character - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = character - UInt8(ascii: "a") + 10
            default: continue
            }
            if let first = high {
                bytes.append(first << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        self.init(bytes)
    }
}
