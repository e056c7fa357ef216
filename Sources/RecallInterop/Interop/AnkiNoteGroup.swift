import RecallModel

/// The Recall cards that go to Anki as one note. A card made in Recall is a note of its own; cards
/// imported from one Anki note (a cloze note with `c1` and `c2`, a reversed note) go back as one
/// note again, under that note's GUID, so that Anki recognises it instead of adding copies: a note
/// of a type with one template per card ("Recall Note (2 cards)"), template N showing card N's front
/// and back, so that every Recall card is still exactly one Anki card.
struct AnkiNoteGroup: Sendable {
    var guid: String
    var cards: [Card]

    /// The groups of `cards`, in the order of their first card.
    static func groups(_ cards: [Card]) -> [AnkiNoteGroup] {
        var groups: [AnkiNoteGroup] = []
        var index: [String: Int] = [:]
        for card in cards {
            guard let guid = card.ankiGuid else {
                groups.append(AnkiNoteGroup(guid: "recall-" + card.id, cards: [card]))
                continue
            }
            if let at = index[guid] {
                groups[at].cards.append(card)
            } else {
                index[guid] = groups.count
                groups.append(AnkiNoteGroup(guid: guid, cards: [card]))
            }
        }
        return groups
    }

    /// The note type of a group of `size` cards.
    static func typeID(size: Int) -> Int64 { 1_732_000_001_000 + Int64(size) }

    static func typeName(size: Int) -> String { "Recall Note (\(size) cards)" }

    static func fieldNames(size: Int) -> [String] {
        (1...size).flatMap { ["Front \($0)", "Back \($0)"] }
    }

    /// Front 1, Back 1, Front 2, Back 2, … in HTML.
    func fields(deckName: String) -> [String] {
        cards.flatMap { Self.sides($0, AnkiNote(card: $0, deckName: deckName)) }
    }

    /// Every tag of every card, once.
    func tags(deckName: String) -> [String] {
        var seen = Set<String>()
        return cards.flatMap { AnkiNote(card: $0, deckName: deckName).tags }.filter {
            seen.insert($0).inserted
        }
    }

    /// A card's front and back on a plain template: a cloze's blank as `[...]` on the front and its
    /// answer in bold on the back.
    static func sides(_ card: Card, _ note: AnkiNote) -> [String] {
        switch card.question {
        case .cloze(let question):
            let text = { (gap: String) in
                AnkiNote.withContext(
                    AnkiNote.html(question.text).replacingOccurrences(of: ClozeQuestion.blank, with: gap),
                    question.context)
            }
            return [
                text("[...]"), text("<b>\(AnkiNote.html(question.answer))</b>") + "<br><br>" + note.fields[1],
            ]
        case .choice, .timeline, .order, .landmark, .contrast:
            return [note.fields[0] + "<br>" + note.fields[1], note.fields[2] + "<br><br>" + note.fields[3]]
        case .basic, .reverse, .duration, .period, .who:
            return [note.fields[0], note.fields[1]]
        }
    }
}
