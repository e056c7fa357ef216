/// What an imported deck keeps of the Anki notes its cards came from: each note type as Anki
/// defined it and each note's fields as Anki held them (HTML), so that an export gives the note back
/// as itself, of its own note type, and Anki updates it instead of keeping its own copy (Anki
/// updates a note only when the note type matches). Saved in the deck file as `"anki"`; decks
/// without it (built from text, or imported before Recall kept it) export as before.
///
/// ```json
/// "anki": {
///   "noteTypes": { "1700000000001": { "name": "Basic", "fields": ["Front", "Back"],
///     "templates": [{ "name": "Card 1", "front": "{{Front}}", "back": "{{FrontSide}}<hr id=answer>{{Back}}" }] } },
///   "notes": { "Ab1/xY_9z": { "type": "1700000000001", "fields": ["Treaty of <b>Kars</b>", "1921"] } }
/// }
/// ```
public struct AnkiOrigin: Codable, Sendable, Hashable {
    /// A note type: its kind, field names and templates, and what else Anki compares or shows.
    public struct NoteType: Codable, Sendable, Hashable {
        public var name: String
        /// Whether it is a cloze type (one card per deletion number, not per template).
        public var cloze: Bool?
        public var fields: [String]
        public var templates: [Template]
        /// Its style sheet, so that a collection that did not have the type shows it as Anki did.
        public var css: String?
        /// Its modification time in Anki (seconds): written back unchanged, so that importing does
        /// not replace the student's own copy of the type with this one.
        public var modified: Int64?

        public init(
            name: String, cloze: Bool, fields: [String], templates: [Template], css: String = "",
            modified: Int64 = 0
        ) {
            self.name = name
            self.cloze = cloze ? true : nil
            self.fields = fields
            self.templates = templates
            self.css = css.isEmpty ? nil : css
            self.modified = modified == 0 ? nil : modified
        }

        public var isCloze: Bool { cloze ?? false }
    }

    public struct Template: Codable, Sendable, Hashable {
        public var name: String
        public var front: String
        public var back: String

        public init(name: String, front: String, back: String) {
            self.name = name
            self.front = front
            self.back = back
        }
    }

    /// A note: the id of its type (a key of `noteTypes`) and its fields in the type's order.
    public struct Note: Codable, Sendable, Hashable {
        public var type: String
        public var fields: [String]
        /// Its modification time in Anki (seconds). A note goes back with it unless it was edited
        /// in Recall, so that Anki, which updates a note only from a newer one, keeps a note the
        /// student changed in Anki since, and takes a note changed in Recall.
        public var modified: Int64?

        public init(type: String, fields: [String], modified: Int64 = 0) {
            self.type = type
            self.fields = fields
            self.modified = modified == 0 ? nil : modified
        }
    }

    /// Note types by their Anki id, notes by their GUID (the cards' `ankiGuid`).
    public var noteTypes: [String: NoteType]
    public var notes: [String: Note]

    public init(noteTypes: [String: NoteType] = [:], notes: [String: Note] = [:]) {
        self.noteTypes = noteTypes
        self.notes = notes
    }

    public var isEmpty: Bool { notes.isEmpty }

    /// Only what `cards` need: their notes and those notes' types (a deck split in several keeps
    /// in each what its cards came from).
    public func keeping(_ cards: [Card]) -> AnkiOrigin {
        var kept = AnkiOrigin()
        for guid in Set(cards.compactMap(\.ankiGuid)) {
            guard let note = notes[guid] else { continue }
            kept.notes[guid] = note
            kept.noteTypes[note.type] = noteTypes[note.type]
        }
        return kept
    }

    /// Without the characters that could drive a terminal, and without the field separator Anki
    /// joins fields with: a deck file is untrusted, and these texts go into a package verbatim.
    public func removingControlCharacters() -> AnkiOrigin {
        let clean = ControlCharacters.removed(from:)
        var origin = self
        for (id, type) in noteTypes {
            var type = type
            type.name = clean(type.name)
            type.fields = type.fields.map(clean)
            type.templates = type.templates.map {
                Template(name: clean($0.name), front: clean($0.front), back: clean($0.back))
            }
            type.css = type.css.map(clean)
            if type != noteTypes[id] { origin.noteTypes[id] = type }
        }
        for (guid, note) in notes where note.fields.contains(where: ControlCharacters.contains) {
            origin.notes[guid]?.fields = note.fields.map(clean)
        }
        return origin
    }
}
