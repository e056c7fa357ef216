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
    }

    public var time: Date
    public var deck: String
    public var seed: UInt64
    public var kinds: [QuestionKind]
    public var answers: [Answer]
    /// Points out of `answers.count`: 1 for right, 0.5 for partly right.
    public var score: Double

    public var percent: Int { answers.isEmpty ? 0 : Int((score / Double(answers.count) * 100).rounded()) }
}

/// Asks a quiz's questions through a line reader and scores them.
public struct QuizREPL<Reader: LineReader> {
    public let quiz: Quiz
    public private(set) var reader: Reader
    let clock: any WallClock
    let style: TerminalStyle
    let write: (String) -> Void

    public init(
        quiz: Quiz, reader: Reader, clock: any WallClock, style: TerminalStyle,
        write: @escaping (String) -> Void
    ) {
        self.quiz = quiz
        self.reader = reader
        self.clock = clock
        self.style = style
        self.write = write
    }

    /// Runs the quiz; the result holds the questions answered before any `:quit`.
    public mutating func run() -> QuizResult {
        let presenter = CardPresenter(style: style)
        let kinds = quiz.kinds.sorted().map(\.rawValue).joined(separator: ", ")
        say(
            style.bold(
                "\(quiz.deck.name) · quiz of \(quiz.cards.count) questions (\(kinds)) · seed \(quiz.seed)"))
        var answers: [QuizResult.Answer] = []
        var score = 0.0
        questions: for (number, card) in quiz.cards.enumerated() {
            reader.forgetAnswers()
            say("")
            say(style.dim("[quiz · \(number + 1)/\(quiz.cards.count) · \(card.kind.rawValue)]"))
            say(presenter.question(card))
            reader.setCompletions([":quit"] + presenter.completions(for: card))
            var typed = ""
            var verdict = AnswerChecker.Verdict.wrong
            while true {
                guard case .line(let raw) = reader.read(prompt: "> ") else { break questions }
                typed = raw.trimmingSpaces()
                if typed == ":quit" { break questions }
                verdict = AnswerChecker.check(typed, against: card.question)
                guard case .retry(let reason) = verdict else { break }
                say(style.partial(reason))
            }
            say(presenter.feedback(card, verdict: verdict, typed: typed))
            if verdict == .selfGraded {
                while true {
                    guard case .line(let reply) = reader.read(prompt: "Did you recall it? (y/n) ") else {
                        break questions
                    }
                    let lower = reply.trimmingSpaces().lowercased()
                    if lower.hasPrefix("y") {
                        verdict = .right
                    } else if lower.hasPrefix("n") {
                        verdict = .wrong
                    } else {
                        continue
                    }
                    break
                }
            }
            let name: String
            switch verdict {
            case .right:
                score += 1
                name = "right"
            case .partlyRight:
                score += 0.5
                name = "partly"
            default: name = "wrong"
            }
            answers.append(QuizResult.Answer(cardID: card.id, kind: card.kind, answer: typed, verdict: name))
        }
        let result = QuizResult(
            time: clock.now, deck: quiz.deck.name, seed: quiz.seed, kinds: quiz.kinds.sorted(),
            answers: answers,
            score: score)
        say("")
        let points = score == score.rounded() ? "\(Int(score))" : String(format: "%.1f", score)
        say(
            style.bold("Score: \(points)/\(answers.count) (\(result.percent)%)")
                + (answers.count < quiz.cards.count
                    ? " — stopped after \(answers.count) of \(quiz.cards.count)" : ""))
        return result
    }

    func say(_ text: String) { write(text + "\n") }
}
