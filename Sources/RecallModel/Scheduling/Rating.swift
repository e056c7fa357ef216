/// How well a student recalled a card, on Anki's four buttons.
public enum Rating: Int, Codable, Sendable, CaseIterable, Comparable {
    case again = 1, hard = 2, good = 3, easy = 4

    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
