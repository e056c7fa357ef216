import Foundation

/// A test of a few questions that leaves the schedule alone: one card per fact, chosen by seed,
/// scored at the end (a partly right answer counts half).
///
/// The seed is the quiz's version. The deck's facts stand in one order fixed for the deck, and
/// version `s` takes the `count` facts after the `(s - 1) × count`-th, wrapping round: versions 1
/// and 2 of a 15-question quiz share no fact when the deck has 30, and as few as it allows
/// (``sharedWithNextVersion``) when it has fewer.
///
/// ```swift
/// let a = Quiz(deck: deck, count: 15, kinds: Set(QuestionKind.allCases), seed: 1)
/// let b = Quiz(deck: deck, count: 15, kinds: Set(QuestionKind.allCases), seed: 2)
/// ```
public struct Quiz: Sendable {
    public var deck: Deck
    public var cards: [Card]
    public var seed: UInt64
    public var kinds: Set<QuestionKind>
    /// How many facts have cards of the kinds asked for: the most questions a quiz can have.
    public var factCount: Int

    /// The seed of the deck-wide order of facts that versions take their windows from.
    static let factOrderSeed: UInt64 = 0x5eed_0f_fac7

    /// Picks `count` cards of the given kinds, at most one per fact (see the type's summary for
    /// which facts), the card of each fact and the order fixed by `seed`: the same seed gives the
    /// same quiz, so a teacher can hand out version A and version B.
    public init(deck: Deck, count: Int, kinds: Set<QuestionKind>, seed: UInt64) {
        var cardsOfFact: [String: [Card]] = [:]
        var facts: [String] = []
        for card in deck.cards where kinds.contains(card.kind) {
            if cardsOfFact[card.factID] == nil { facts.append(card.factID) }
            cardsOfFact[card.factID, default: []].append(card)
        }
        var factOrder = SeededGenerator(seed: Self.factOrderSeed)
        facts.shuffle(using: &factOrder)
        let taken = min(max(count, 0), facts.count)
        var generator = SeededGenerator(seed: seed)
        var chosen: [Card] = []
        if taken > 0 {
            let total = UInt64(facts.count)
            let start = Int(((seed &- 1) % total) * UInt64(taken) % total)
            for offset in 0..<taken {
                let cards = cardsOfFact[facts[(start + offset) % facts.count]]!
                chosen.append(cards[Int.random(in: 0..<cards.count, using: &generator)])
            }
            chosen.shuffle(using: &generator)
        }
        self.deck = deck
        self.cards = chosen
        self.seed = seed
        self.kinds = kinds
        self.factCount = facts.count
    }

    /// How many of this version's questions the next version (seed + 1) asks too: none while the
    /// deck has facts for both, else as few as its facts allow.
    public var sharedWithNextVersion: Int {
        max(0, 2 * cards.count - factCount)
    }
}

/// The outcome of a quiz, as `Progress/DECK.quizzes.json` keeps it.
public struct QuizResult: Codable, Sendable, Hashable {
    public struct Answer: Codable, Sendable, Hashable {
        public var cardID: String
        public var kind: QuestionKind
        public var answer: String
        public var verdict: String

        package init(cardID: String, kind: QuestionKind, answer: String, verdict: String) {
            self.cardID = cardID
            self.kind = kind
            self.answer = answer
            self.verdict = verdict
        }
    }

    public var time: Date
    public var deck: String
    public var seed: UInt64
    public var kinds: [QuestionKind]
    public var answers: [Answer]
    /// Points out of `answers.count`: 1 for right, 0.5 for partly right.
    public var score: Double

    package init(
        time: Date, deck: String, seed: UInt64, kinds: [QuestionKind], answers: [Answer], score: Double
    ) {
        self.time = time
        self.deck = deck
        self.seed = seed
        self.kinds = kinds
        self.answers = answers
        self.score = score
    }

    public var percent: Int { answers.isEmpty ? 0 : Int((score / Double(answers.count) * 100).rounded()) }
}
