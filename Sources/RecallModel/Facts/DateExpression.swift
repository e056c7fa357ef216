/// A date as it stands in a sentence: its minimal text, where it is, and its normalized value.
public struct DateExpression: Hashable, Sendable, Codable {
    /// The minimal date phrase: `16 December 1925`, not `On 16 December 1925`.
    public var text: String
    /// Where the phrase stands in its sentence, as UTF-8 byte offsets.
    public var utf8Range: Range<Int>
    public var value: DateValue
    /// The part of the period the phrase narrows to (`early`, `mid`, `late`, `end`, `beginning`,
    /// `first half` …), when it has one; the value stays the whole period's.
    public var modifier: String?
    /// What the value was resolved from, when the phrase does not name its own year:
    /// `heading 1848`, `14 July 1789 + 1 day`, `November 1776 + 1 year`.
    public var anchor: String?

    enum CodingKeys: String, CodingKey {
        case text, utf8Range, value, modifier
    }

    /// Two expressions are the same date phrase whatever explains their value: the anchor is a
    /// note for the reader, not stored in decks.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.text == rhs.text && lhs.utf8Range == rhs.utf8Range && lhs.value == rhs.value
            && lhs.modifier == rhs.modifier
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(utf8Range)
        hasher.combine(value)
        hasher.combine(modifier)
    }

    public init(
        text: String, utf8Range: Range<Int>, value: DateValue, modifier: String? = nil, anchor: String? = nil
    ) {
        self.text = text
        self.utf8Range = utf8Range
        self.value = value
        self.modifier = modifier
        self.anchor = anchor
    }

    /// A key that orders dates by when they happen: a part of a period sorts inside it
    /// (`late 1905` after `February 1905`, `early 1905` before it).
    public var sortKey: Double {
        let base = value.sortKey
        guard let modifier else { return base }
        let span: Double
        switch value.granularity {
        case .year, .range: span = 1
        case .month: span = 1.0 / 12
        case .season: span = 0.25
        case .decade: span = 10
        case .century: span = 100
        case .day, .relative: span = 0
        }
        let share: Double
        switch modifier {
        case "early", "beginning", "start", "first half", "first week", "first days", "early part":
            share = 0.02
        case "mid", "middle": share = 0.5
        case "late", "end", "close", "second half", "last week", "last weeks", "last days", "latter part",
            "latter half", "late part":
            share = 0.9
        default: share = 0
        }
        return base + span * share
    }
}
