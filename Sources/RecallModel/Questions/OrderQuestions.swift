/// "Which came first?" cards: two facts a clear gap apart, close enough in time to be worth asking.
extension QuestionGenerator {
    /// How many later facts, in time order, a fact may be paired with: its neighbours, so that the
    /// pair is close enough to teach the story's order rather than the obvious.
    static let orderNeighbours = 4

    /// How far ahead in time order a fact looks for its partner, so that pairing stays linear in the
    /// number of facts (a long run of overlapping dates is not searched to its end).
    static let orderSearchWindow = 64

    /// Pairs facts by walking them in time order: each unpaired fact takes one of the next few
    /// unpaired facts that comes wholly after it and tells another event, preferring one that
    /// shares a name (one subject's story), else the nearest. Each fact is in one pair at most.
    func orderCards(_ candidates: [PairCandidate]) -> [Card] {
        let sorted = candidates.sorted {
            ($0.bounds.lowerBound, $0.fact.id) < ($1.bounds.lowerBound, $1.fact.id)
        }
        var paired = Set<Int>()
        var cards: [Card] = []
        for first in sorted.indices where !paired.contains(first) {
            let later = sorted.indices.dropFirst(first + 1).prefix(Self.orderSearchWindow).filter {
                !paired.contains($0) && sorted[$0].bounds.lowerBound >= sorted[first].bounds.upperBound
                    && !sorted[$0].isSameEvent(as: sorted[first])
                    && !sorted[$0].numbersItsOrder(with: sorted[first])
            }.prefix(Self.orderNeighbours)
            guard
                let second = later.first(where: { !sorted[$0].names.isDisjoint(with: sorted[first].names) })
                    ?? later.first
            else { continue }
            paired.formUnion([first, second])
            cards.append(Self.orderCard(sorted[first], sorted[second]))
        }
        return cards
    }

    /// The card for two facts, `earlier` wholly before `later`; which is shown first is seeded by
    /// the pair's id.
    static func orderCard(_ earlier: PairCandidate, _ later: PairCandidate) -> Card {
        let id = StableID.make("order", [earlier.fact.id, later.fact.id].sorted().joined(separator: ","))
        var generator = SeededGenerator(id: id)
        let earlierFirst = Bool.random(using: &generator)
        let statements =
            earlierFirst ? [earlier.statement, later.statement] : [later.statement, earlier.statement]
        return Card(
            id: id, factID: id,
            question: .order(PairQuestion(statements: statements, answerIndex: earlierFirst ? 0 : 1)))
    }
}
