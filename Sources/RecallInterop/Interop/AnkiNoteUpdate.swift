import Foundation
import RecallModel

/// A note that came from Anki, given back as itself: of its own note type, with its own fields,
/// and each card under its own ordinal, so that importing the package into the collection it came
/// from updates the note (Anki updates a note only when its note type is the one it has).
///
/// What was edited in Recall goes into the field it came from, where that is known:
/// - a card whose front or back shows exactly one field (Basic, reversed, type-in, and any template
///   that is `{{Field}}` alone on a side): that field, as plain text made HTML;
/// - a cloze card: a new answer replaces its deletion's content (when the card has one deletion of
///   its own, with none inside), a new text replaces the text around the deletion (when the note has
///   that one deletion only).
/// Otherwise the note goes back with Anki's text, and `warnings` says which card's edit stayed in Recall.
///
/// Which card is which, and whether it was edited, comes from converting the kept note again as an
/// import does: a card's id is derived from the note's GUID and the card's ordinal, and its question
/// as imported is what the conversion gives, so the deck stores neither.
struct AnkiNoteUpdate {
    var typeID: Int64
    var type: AnkiNoteType
    var fields: [String]
    /// Anki's ordinal (template or cloze number less one) of each card of the group, in its order.
    var ordinals: [Int]
    /// When the note was last changed: in Anki, or now when a card of it was edited in Recall.
    var modified: Int64?
    var warnings: [String] = []

    /// Nil when the deck did not keep the note or its type, or a card is not one the note makes:
    /// the group then goes back as Recall's own note (`AnkiNoteGroup`).
    init?(group: AnkiNoteGroup, origin: AnkiOrigin, now: Int64) {
        guard let note = origin.notes[group.guid], let kept = origin.noteTypes[note.type],
            let typeID = Int64(note.type), !kept.fields.isEmpty
        else { return nil }
        let type = AnkiNoteType(origin: kept)
        let original = (0..<type.fields.count).map { $0 < note.fields.count ? note.fields[$0] : "" }
        let made = Self.cards(of: type, typeID: note.type, guid: group.guid, fields: original)
        var fields = original
        var ordinals: [Int] = []
        for card in group.cards {
            guard let (ordinal, imported) = made[card.id] else { return nil }
            ordinals.append(ordinal)
            guard imported != card.question else { continue }
            let edited: Bool
            if type.isCloze {
                edited = Self.editCloze(&fields, number: ordinal + 1, from: imported, to: card.question)
            } else {
                edited = Self.editSides(
                    &fields, of: type, typeID: note.type, guid: group.guid, card: card.id,
                    from: imported, to: card.question, original: original)
            }
            if !edited {
                warnings.append(
                    "card \(card.id): edited in Recall, but note type '\(type.name)' does not show that text from one field; "
                        + "its note goes back with Anki's text")
            }
        }
        self.typeID = typeID
        self.type = type
        self.fields = fields
        self.ordinals = ordinals
        // Newer than Anki's own, or Anki would keep its copy; Anki's own when nothing changed.
        modified = note.modified.map { fields == original ? $0 : max(now, $0 + 1) }
    }

    /// The cards a note makes, as an import makes them: by card id, the ordinal and the question.
    static func cards(
        of type: AnkiNoteType, typeID: String, guid: String, fields: [String]
    ) -> [String: (ordinal: Int, question: Question)] {
        let note = AnkiNoteType.importedNote(
            type, typeID: typeID, guid: guid, htmlFields: fields, tags: [], place: "note")
        let (imported, cardForOrdinal) = DeckImporter.deck(
            from: [note], name: "note", source: "", now: Date(timeIntervalSince1970: 0))
        var questions: [String: Question] = [:]
        for card in imported.deck.cards { questions[card.id] = card.question }
        var made: [String: (ordinal: Int, question: Question)] = [:]
        for (key, id) in cardForOrdinal {
            guard let slash = key.lastIndex(of: "/"), let ordinal = Int(key[key.index(after: slash)...]),
                let question = questions[id]
            else { continue }
            made[id] = (ordinal, question)
        }
        return made
    }

    /// Stands for a field's text while finding which field a side shows; no note holds it.
    static let marker = "\u{E000}recall-field\u{E001}"

    /// Puts a new front or back into the field that side shows: the field which, holding only
    /// `marker`, makes that side read `marker`. False when a changed side shows no one field.
    static func editSides(
        _ fields: inout [String], of type: AnkiNoteType, typeID: String, guid: String, card: String,
        from imported: Question, to edited: Question, original: [String]
    ) -> Bool {
        guard case .basic = edited, case .basic = imported else { return false }
        let frontChanged = imported.prompt != edited.prompt
        let backChanged = imported.answer != edited.answer
        var frontField: Int?
        var backField: Int?
        for index in original.indices {
            var probe = original
            probe[index] = marker
            guard let shown = cards(of: type, typeID: typeID, guid: guid, fields: probe)[card]?.question
            else {
                continue
            }
            if shown.prompt == marker { frontField = index }
            if shown.answer == marker { backField = index }
        }
        if frontChanged && frontField == nil || backChanged && backField == nil || frontField == backField {
            return false
        }
        if frontChanged, let frontField { fields[frontField] = AnkiNote.html(edited.prompt) }
        if backChanged, let backField { fields[backField] = AnkiNote.html(edited.answer) }
        return true
    }

    /// Puts a cloze card's new answer into its deletion, and its new text around the deletion.
    static func editCloze(_ fields: inout [String], number: Int, from imported: Question, to edited: Question)
        -> Bool
    {
        switch (imported, edited) {
        case (.cloze, .cloze), (.basic, .basic): break
        default: return false
        }
        var markup = ClozeMarkup(fields[0])
        if imported.answer != edited.answer {
            guard
                let replaced = replacingAnswer(
                    markup.pieces, number: number, with: AnkiNote.html(edited.answer))
            else { return false }
            markup.pieces = replaced
        }
        if imported.prompt != edited.prompt {
            let parts = edited.prompt.components(separatedBy: ClozeQuestion.blank)
            guard markup.deletionCount == 1, parts.count == 2,
                let deletion = markup.pieces.first(where: {
                    if case .deletion = $0 { return true } else { return false }
                })
            else { return false }
            markup.pieces = [.text(AnkiNote.html(parts[0])), deletion, .text(AnkiNote.html(parts[1]))]
        }
        fields[0] = markup.source
        return true
    }

    /// The pieces with the content of the one deletion of `number` replaced; nil unless there is
    /// exactly one, of that number only, with no deletion inside it.
    static func replacingAnswer(_ pieces: [ClozeMarkup.Piece], number: Int, with answer: String)
        -> [ClozeMarkup.Piece]?
    {
        var found = 0
        var simple = false
        func visit(_ pieces: [ClozeMarkup.Piece]) {
            for case .deletion(let numbers, let content, _) in pieces {
                if numbers.contains(number) {
                    found += 1
                    simple = numbers == [number] && ClozeMarkup(pieces: content).deletionCount == 0
                }
                visit(content)
            }
        }
        visit(pieces)
        guard found == 1, simple else { return nil }
        func replace(_ pieces: [ClozeMarkup.Piece]) -> [ClozeMarkup.Piece] {
            pieces.map { piece in
                guard case .deletion(let numbers, let content, let hint) = piece else { return piece }
                if numbers == [number] {
                    return .deletion(numbers: numbers, content: [.text(answer)], hint: hint)
                }
                return .deletion(numbers: numbers, content: replace(content), hint: hint)
            }
        }
        return replace(pieces)
    }
}
