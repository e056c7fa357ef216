import Foundation
import RecallModel

/// An Anki package read and converted once: the whole package as one Recall deck (each card with
/// its Anki deck, the notes kept as `AnkiOrigin`), and what a deck made of some of its cards needs:
/// the Anki deck each card came from, the presets, and the schedules and reviews of its cards.
struct PackageImport {
    var contents: AnkiPackageReader.Contents
    var imported: DeckImport
    /// The Recall card of each Anki card, by `GUID/ordinal`.
    var cardForOrdinal: [String: String]
    /// The Anki deck (its home deck, when a filtered deck held it) of each Recall card, by card id.
    var homeDeck: [String: Int64] = [:]
    var now: Date

    init(url: URL, name: String, now: Date) throws(InteropError) {
        contents = try AnkiPackageReader(url: url).read()
        self.now = now
        (imported, cardForOrdinal) = DeckImporter.deck(
            from: contents.notes, name: name, source: url.lastPathComponent, now: now)
        for card in contents.cards {
            if let id = cardForOrdinal["\(card.noteKey)/\(card.ordinal)"] { homeDeck[id] = card.homeDeck }
        }
        // Each card keeps the full name of its Anki deck, so the deck tree survives as `Parent::Child`.
        for index in imported.deck.cards.indices {
            imported.deck.cards[index].ankiDeck = homeDeck[imported.deck.cards[index].id].flatMap(deckName)
        }
        // The notes as Anki held them, so that an export gives them back as updates.
        let origin = AnkiOrigin(
            notes: contents.notes, noteTypes: contents.noteTypes, cards: imported.deck.cards)
        imported.deck.anki = origin.isEmpty ? nil : origin
        if contents.mediaCount > 0 || contents.notesWithMedia > 0 {
            imported.warnings.append(
                "media skipped: \(contents.mediaCount) file\(contents.mediaCount == 1 ? "" : "s") in the package, "
                    + "pictures or sounds in \(contents.notesWithMedia) note\(contents.notesWithMedia == 1 ? "" : "s")"
            )
        }
    }

    /// An Anki deck's full name (`Parent::Child`), without control characters.
    func deckName(_ id: Int64) -> String? {
        contents.deckNames[id].map(ControlCharacters.removed(from:))
    }

    /// The schedules and reviews of `cards` (Anki's), as the progress of the deck `deck`.
    func progress(
        deck: String, cards: [AnkiPackageReader.AnkiCard], settings: DeckSettings, timeZone: TimeZone
    ) -> DeckProgress {
        let ids = Set(cards.map(\.id))
        return AnkiProgressConversion(
            deck: deck, created: contents.created, cards: cards,
            reviews: ids.count == contents.cards.count
                ? contents.reviews : contents.reviews.filter { ids.contains($0.cardID) },
            recallCard: cardForOrdinal,
            buriedUntil: StudyDay(containing: now, timeZone: timeZone, startHour: settings.dayStartHour).end
        ).progress()
    }

    /// Which preset a one-deck import took (that of deck `taken`, which held the most cards), and
    /// the decks whose presets differ, which `--subdecks` would give each its own.
    func optionsNote(taken: Int64, cardsInDeck: [Int64: Int]) -> String? {
        guard let options = contents.deckOptions[taken] else { return nil }
        let total = contents.cards.count
        var note =
            "deck options from Anki preset '\(ControlCharacters.removed(from: options.name))' "
            + "(deck '\(deckName(taken) ?? "?")', \(cardsInDeck[taken] ?? 0) of \(total) cards)"
        let others = cardsInDeck.keys.filter { contents.deckOptions[$0] != options }.sorted {
            (deckName($0) ?? "") < (deckName($1) ?? "")
        }
        if !others.isEmpty {
            let listed = others.prefix(5).map { id in
                "'\(ControlCharacters.removed(from: contents.deckOptions[id]?.name ?? ""))' "
                    + "(deck '\(deckName(id) ?? "?")', \(cardsInDeck[id] ?? 0) cards)"
            }
            note +=
                "; not taken: " + listed.joined(separator: ", ")
                + (others.count > 5 ? " and \(others.count - 5) more" : "")
                + " (--subdecks gives each deck its own)"
        }
        return note
    }

    /// One import per Anki deck that holds cards, in the order of their names.
    func subdecks(prefix: String?, withProgress: Bool, timeZone: TimeZone) -> [DeckImport] {
        let fallback = imported.deck.name
        let names = AnkiSubdeckNames.names(
            for: Set(homeDeck.values).compactMap(deckName), prefix: prefix)
        var cardsOf: [String: [Card]] = [:]
        var deckOf: [String: Int64] = [:]
        for card in imported.deck.cards {
            let id = homeDeck[card.id]
            let name = id.flatMap(deckName).flatMap { names[$0] } ?? fallback
            cardsOf[name, default: []].append(card)
            if let id { deckOf[name] = id }
        }
        var imports: [DeckImport] = []
        for (name, cards) in cardsOf.sorted(by: { $0.key < $1.key }) {
            var deck = Deck(
                name: name, source: imported.deck.source, attribution: nil, builtAt: now, facts: [],
                cards: cards)
            let origin = imported.deck.anki?.keeping(cards)
            deck.anki = origin?.isEmpty == false ? origin : nil
            var note: String?
            if let id = deckOf[name], let options = contents.deckOptions[id] {
                deck.settings = options.applied(to: deck.settings)
                note = "deck options from Anki preset '\(ControlCharacters.removed(from: options.name))'"
            }
            let ids = Set(cards.map(\.id))
            let ankiCards = contents.cards.filter {
                cardForOrdinal["\($0.noteKey)/\($0.ordinal)"].map(ids.contains) ?? false
            }
            imports.append(
                DeckImport(
                    deck: deck,
                    progress: withProgress
                        ? progress(deck: name, cards: ankiCards, settings: deck.settings, timeZone: timeZone)
                        : nil,
                    warnings: imports.isEmpty ? imported.warnings : [],
                    noteCount: Set(cards.map { $0.ankiGuid ?? $0.factID }).count, optionsNote: note))
        }
        return imports
    }
}
