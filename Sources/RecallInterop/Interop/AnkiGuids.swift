import RecallModel

/// The GUID each card's note carries in an Anki text file. A card imported from Anki goes back under
/// its note's GUID, so Anki recognises the note instead of adding a copy. A text file cannot make a
/// note type that would gather several cards in one note (a package does, see `AnkiNoteGroup`), and
/// Anki allows one note per GUID, so when one Anki note became several Recall cards (a cloze note
/// with `c1` and `c2`, a reversed note), the first carries the GUID and the others go out as notes
/// of their own, under `recall-` and their card's id.
enum AnkiGuids {
    static func assign(_ cards: [Card]) -> [String: String] {
        var taken = Set<String>()
        var guids: [String: String] = [:]
        for card in cards {
            if let guid = card.ankiGuid, taken.insert(guid).inserted {
                guids[card.id] = guid
            } else {
                guids[card.id] = "recall-" + card.id
            }
        }
        return guids
    }
}
