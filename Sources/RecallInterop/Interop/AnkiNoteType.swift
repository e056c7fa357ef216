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
    /// Kept so that an export can give the type back as it was (see `AnkiOrigin`).
    var css = ""
    var modified: Int64 = 0

    init(
        name: String, isCloze: Bool, fields: [String], templates: [Template], css: String = "",
        modified: Int64 = 0
    ) {
        self.name = name
        self.isCloze = isCloze
        self.fields = fields
        self.templates = templates
        self.css = css
        self.modified = modified
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
        css = model["css"] as? String ?? ""
        modified = (model["mod"] as? NSNumber)?.int64Value ?? 0
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
    /// A note of this type (of id `typeID`) as Recall's conversion takes it: its cards rendered
    /// from the templates when the type is none Recall knows, its fields as text, and the note as
    /// Anki held it (`ankiNote`), which the deck keeps so that an export can give it back.
    /// `recallType` is this type's `recallType`, worked out once per type by a caller with many notes.
    static func importedNote(
        _ definition: AnkiNoteType?, typeID: String, recallType: ImportedNote.NoteType? = nil, guid: String,
        htmlFields: [String], tags: [String], place: String, modified: Int64 = 0
    ) -> ImportedNote {
        var type = recallType ?? definition?.recallType ?? .other(name: "unknown note type \(typeID)")
        if case .other(let name) = type, let definition,
            definition.templates.contains(where: { !$0.front.isEmpty })
        {
            type = .rendered(name: name, cards: definition.renderedCards(htmlFields))
        }
        return ImportedNote(
            guid: guid, type: type, fields: htmlFields.map(HTMLText.plain), tags: tags, place: place,
            dateValue: htmlFields.lazy.compactMap(AnkiNote.dateValue(inHTML:)).first,
            ankiNote: definition == nil
                ? nil : AnkiOrigin.Note(type: typeID, fields: htmlFields, modified: modified))
    }

    /// The type as an imported deck keeps it.
    var origin: AnkiOrigin.NoteType {
        AnkiOrigin.NoteType(
            name: name, cloze: isCloze, fields: fields,
            templates: templates.map { AnkiOrigin.Template(name: $0.name, front: $0.front, back: $0.back) },
            css: css, modified: modified)
    }

    /// The type an imported deck kept.
    init(origin: AnkiOrigin.NoteType) {
        self.init(
            name: origin.name, isCloze: origin.isCloze, fields: origin.fields,
            templates: origin.templates.map { Template(name: $0.name, front: $0.front, back: $0.back) },
            css: origin.css ?? "", modified: origin.modified ?? 0)
    }

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
        // The config's field 3 is the style sheet (Anki's `Notetype.Config.css`). A collection made
        // by another program may lack the modification time, which only an export needs.
        var rows = try? database.query("select id, name, hex(config), mtime_secs from notetypes")
        if rows == nil { rows = try database.query("select id, name, hex(config), 0 from notetypes") }
        for row in rows ?? [] where row.count == 4 {
            guard let id = row[0] else { continue }
            let config = ProtobufFields(Data(hex: row[2] ?? ""))
            types[id] = AnkiNoteType(
                name: row[1] ?? "unnamed", isCloze: config?.integer(1) == 1,
                fields: (fields[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1),
                templates: (templates[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1),
                css: config?.string(3) ?? "", modified: row[3].flatMap { Int64($0) } ?? 0)
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
