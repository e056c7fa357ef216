/// What a merge takes from each side, for `recall merge` to report (and `--dry-run` to report
/// without writing).
public struct MergeSummary: Sendable, Hashable {
    /// Reviews only the first side has, and the cards they are of.
    public var onlyFirst: Int
    public var cardsOnlyFirst: Int
    public var onlySecond: Int
    public var cardsOnlySecond: Int
    /// Reviews both sides have.
    public var shared: Int
    /// Reviews one side undid that the other still had.
    public var undone: Int
    /// Cards whose flags (suspended, buried) the second side's changes decide, and the first's.
    public var flagsFromFirst: Int
    public var flagsFromSecond: Int
    public var mergedReviews: Int

    public init(_ first: DeckProgress, _ second: DeckProgress, merged: DeckProgress) {
        let firstIDs = Set(first.reviews.map(\.id))
        let secondIDs = Set(second.reviews.map(\.id))
        let undoneIDs = first.undone.union(second.undone)
        let onlyFirst = first.reviews.filter { !secondIDs.contains($0.id) && !undoneIDs.contains($0.id) }
        let onlySecond = second.reviews.filter { !firstIDs.contains($0.id) && !undoneIDs.contains($0.id) }
        self.onlyFirst = onlyFirst.count
        cardsOnlyFirst = Set(onlyFirst.map(\.cardID)).count
        self.onlySecond = onlySecond.count
        cardsOnlySecond = Set(onlySecond.map(\.cardID)).count
        shared = firstIDs.intersection(secondIDs).subtracting(undoneIDs).count
        undone = firstIDs.union(secondIDs).intersection(undoneIDs).count
        flagsFromFirst =
            merged.flagChanges.filter {
                first.flagChanges[$0.key] == $0.value
                    && second.flagChanges[$0.key] != $0.value
            }.count
        flagsFromSecond =
            merged.flagChanges.filter {
                second.flagChanges[$0.key] == $0.value
                    && first.flagChanges[$0.key] != $0.value
            }.count
        mergedReviews = merged.reviews.count
    }

    /// One line per side: what it adds to the other.
    public func lines(first: String, second: String) -> [String] {
        [
            "\(first) adds \(Self.count(onlyFirst, "review")) of \(Self.count(cardsOnlyFirst, "card"))"
                + (flagsFromFirst > 0 ? " and the flags of \(Self.count(flagsFromFirst, "card"))" : ""),
            "\(second) adds \(Self.count(onlySecond, "review")) of \(Self.count(cardsOnlySecond, "card"))"
                + (flagsFromSecond > 0 ? " and the flags of \(Self.count(flagsFromSecond, "card"))" : ""),
            "both have \(Self.count(shared, "review"))"
                + (undone > 0 ? "; \(Self.count(undone, "undone review")) left out" : "")
                + "; the merge has \(Self.count(mergedReviews, "review"))",
        ]
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
