/// The contrast cards a session made from the student's mistakes, each waiting for a few more answers
/// before it is shown, so that the contrast is asked after the mistake has left working memory.
/// It sits beside the study queue the way `CramQueue` does: a small value the session consults first.
public struct ContrastQueue: Sendable, Hashable {
    /// How many other answers come between a mistake and its contrast card.
    public static let delay = 3

    /// The waiting cards in the order they were made, each with the answers still to come first.
    public private(set) var waiting: [Waiting] = []

    public struct Waiting: Sendable, Hashable {
        public var cardID: String
        public var answersToWait: Int
    }

    public init() {}

    /// Sets a card to come back after `delay` more answers.
    public mutating func add(_ cardID: String) {
        waiting.append(Waiting(cardID: cardID, answersToWait: Self.delay))
    }

    /// One more answer was given: every waiting card is one answer nearer.
    public mutating func answered() {
        for index in waiting.indices { waiting[index].answersToWait -= 1 }
    }

    /// Takes the first card whose turn has come; when `queueIsEmpty`, the first one waiting at all,
    /// since nothing else is left to wait behind.
    public mutating func next(queueIsEmpty: Bool) -> String? {
        guard let index = waiting.firstIndex(where: { $0.answersToWait <= 0 || queueIsEmpty }) else {
            return nil
        }
        return waiting.remove(at: index).cardID
    }

    /// The card no longer waits (its making was undone).
    public mutating func remove(_ cardID: String) {
        waiting.removeAll { $0.cardID == cardID }
    }
}
