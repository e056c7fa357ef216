import RecallModel

extension AnkiOrigin {
    /// What a package's import keeps of the notes its cards came from: each note that gave a card
    /// its GUID (not those Recall made, which go back as Recall's own), and the types of those notes.
    init(notes: [ImportedNote], noteTypes: [String: AnkiNoteType], cards: [Card]) {
        var all = AnkiOrigin()
        for note in notes {
            guard let guid = note.guid, let kept = note.ankiNote, let type = noteTypes[kept.type] else {
                continue
            }
            // The GUID as the cards hold it: control characters are taken out of both.
            all.notes[ControlCharacters.removed(from: guid)] = kept
            all.noteTypes[kept.type] = type.origin
        }
        self = all.keeping(cards).removingControlCharacters()
    }
}
