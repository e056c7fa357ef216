/// A deck's cards numbered once, with each card's sibling group (its fact) as a number too, so
/// that building a day's queue and picking cards need no string hashing.
public struct DeckIndex: Sendable {
    public let cardIDs: [String]
    /// The sibling group of each card: cards of one fact share a group.
    let groups: [Int32]
    let groupCount: Int
    let positions: [String: Int]

    public init(cards: [Card]) {
        var cardIDs: [String] = []
        var groups: [Int32] = []
        var groupNumbers: [String: Int32] = [:]
        var positions: [String: Int] = [:]
        cardIDs.reserveCapacity(cards.count)
        groups.reserveCapacity(cards.count)
        positions.reserveCapacity(cards.count)
        for card in cards {
            let next = Int32(groupNumbers.count)
            let group = groupNumbers[card.factID, default: next]
            if group == next { groupNumbers[card.factID] = next }
            if positions[card.id] == nil { positions[card.id] = cardIDs.count }
            cardIDs.append(card.id)
            groups.append(group)
        }
        self.cardIDs = cardIDs
        self.groups = groups
        self.groupCount = groupNumbers.count
        self.positions = positions
    }

    public var count: Int { cardIDs.count }

    /// Each card's schedule by deck position (nil for a new card): looked up once per session, so
    /// that building each day's queue is a scan rather than a million string look-ups.
    public func schedules(in progress: DeckProgress) -> [CardSchedule?] {
        cardIDs.map { progress.schedules[$0] }
    }

    /// The ids of the cards of a card's fact, the card itself included.
    public func siblings(of cardID: String) -> [String] {
        guard let position = positions[cardID] else { return [] }
        let group = groups[position]
        return groups.indices.filter { groups[$0] == group }.map { cardIDs[$0] }
    }

    /// The position of a card in the deck.
    public func position(of cardID: String) -> Int? { positions[cardID] }
}
