/// A front and a back, as Anki's Basic notes have them: what imported decks hold when their cards
/// are not fill-in-the-date questions.
///
/// A typed answer that matches the back is right; anything else is shown beside the back for the
/// student to grade, since a back can be a sentence no one types word for word. A card from Anki's
/// "type in the answer" notes (`typeAnswer`) is checked exactly, as Anki checks it.
public struct BasicQuestion: Codable, Sendable, Hashable {
    public var front: String
    public var back: String
    /// The hint an Anki cloze gave (`{{c1::Paris::a city}}`), which `:hint` shows first.
    public var hint: String?
    /// True for an Anki "type in the answer" card: the typed answer must be the back, character for character.
    public var typeAnswer: Bool?

    public init(front: String, back: String, hint: String? = nil, typeAnswer: Bool? = nil) {
        self.front = front
        self.back = back
        self.hint = hint
        self.typeAnswer = typeAnswer
    }
}
