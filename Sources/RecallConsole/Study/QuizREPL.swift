import Foundation
import RecallModel

/// Asks a quiz's questions through a line reader and scores them.
public struct QuizREPL<Reader: LineReader> {
    public let quiz: Quiz
    public private(set) var reader: Reader
    let clock: any WallClock
    package let style: TerminalStyle
    package let write: (String) -> Void

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
