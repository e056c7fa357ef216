import Foundation

/// A deck: the facts found in one source text and the cards made from them.
///
/// Saved as versioned JSON (`Decks/NAME.deck.json`); the README documents the format.
public struct Deck: Codable, Sendable, Hashable {
    /// The version this build of Recall writes; older files are migrated when read.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var name: String
    /// The source file's name, relative to the deck's folder.
    public var source: String
    public var attribution: String?
    public var builtAt: Date
    public var settings: DeckSettings
    public var facts: [Fact]
    /// The cards as studied: generated, then curated.
    public var cards: [Card]
    /// The teacher's curation (dropped and reworded cards), applied again on every rebuild.
    public var curation: DeckCuration?
    /// The texts a teacher marked as landmarks (`recall build --landmark`), used again on every rebuild.
    public var landmarks: [String]?
    /// The Anki notes and note types an imported deck's cards came from (see `AnkiOrigin`).
    public var anki: AnkiOrigin?

    public init(
        name: String, source: String, attribution: String?, builtAt: Date,
        settings: DeckSettings = DeckSettings(),
        facts: [Fact], cards: [Card]
    ) {
        schemaVersion = Self.currentSchemaVersion
        self.name = name
        self.source = source
        self.attribution = attribution
        self.builtAt = builtAt
        self.settings = settings
        self.facts = facts
        self.cards = cards
    }

    /// The card with an id, if the deck has it.
    public func card(withID id: String) -> Card? {
        cards.first { $0.id == id }
    }
}
