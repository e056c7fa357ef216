/// A front and a back, as Anki's Basic notes have them: what imported decks hold when their cards
/// are not fill-in-the-date questions.
///
/// A typed answer that matches the back is right; anything else is shown beside the back for the
/// student to grade, since a back can be a sentence no one types word for word.
public struct BasicQuestion: Codable, Sendable, Hashable {
    public var front: String
    public var back: String

    public init(front: String, back: String) {
        self.front = front
        self.back = back
    }
}
