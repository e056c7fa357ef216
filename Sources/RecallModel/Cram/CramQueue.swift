/// The order of a cram session, beside the ordinary study queue: the plan's cards for today in
/// turn, a missed card back after a few others until it is answered right, a skipped one at the end.
public struct CramQueue: Sendable, Hashable {
    /// How many other cards come before a missed card comes back.
    public static let missedCardGap = 3

    /// The cards still to study today, in order.
    public private(set) var cardIDs: [String]

    public init(_ cardIDs: [String]) {
        self.cardIDs = cardIDs
    }

    /// Takes the next card, or nil when the session is done.
    public mutating func next() -> String? {
        cardIDs.isEmpty ? nil : cardIDs.removeFirst()
    }

    /// An answer graded Again: the card comes back after `missedCardGap` others (or last).
    public mutating func missed(_ cardID: String) {
        cardIDs.insert(cardID, at: min(Self.missedCardGap, cardIDs.count))
    }

    /// Skipped: the card comes back at the end.
    public mutating func skip(_ cardID: String) {
        cardIDs.append(cardID)
    }

    /// An answer taken back: the card's return for a miss no longer stands.
    public mutating func takeBack(_ cardID: String) {
        if let index = cardIDs.firstIndex(of: cardID) { cardIDs.remove(at: index) }
    }
}
