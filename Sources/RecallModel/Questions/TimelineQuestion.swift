/// Three to five facts with distinct dates, shown in shuffled order, to be put in order.
public struct TimelineQuestion: Codable, Sendable, Hashable {
    /// One fact of a timeline: a label without its date, and the date it is ordered by.
    public struct Item: Codable, Sendable, Hashable {
        public var factID: String
        public var label: String
        public var date: String
        public var value: DateValue
        public var source: SourceReference

        public init(factID: String, label: String, date: String, value: DateValue, source: SourceReference) {
            self.factID = factID
            self.label = label
            self.date = date
            self.value = value
            self.source = source
        }
    }

    /// The items in the order they are shown, labelled `A`, `B`, `C` … in that order.
    public var items: [Item]

    public init(items: [Item]) {
        self.items = items
    }

    /// The letters of the items from earliest to latest, e.g. `CABD`.
    public var answer: String {
        items.indices.sorted { items[$0].value.sortKey < items[$1].value.sortKey }
            .map { Self.letter($0) }.joined()
    }

    public static func letter(_ index: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(index))))
    }
}
