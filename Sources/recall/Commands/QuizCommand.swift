import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a test of a deck's questions; the schedule is not touched.",
        discussion: """
            One question per fact, in an order fixed by --seed (the same seed gives the same quiz). The score \
            counts a partly right answer as half; each result is added to Progress/DECK.quizzes.json.
            """
    )

    @Argument(help: "The deck.", completion: .deckName) var deck: String = Workspace.sampleDeck
    @Option(name: .long, help: "How many questions.") var count: Int = 10
    @OptionGroup var kinds: KindsOption
    @Option(name: .long, help: "Seed for choosing and ordering the questions (default: random).") var seed:
        UInt64?
    @OptionGroup var options: WorkspaceOptions

    package func validate() throws {
        guard (1...500).contains(count) else { throw ValidationError("--count must be 1 to 500") }
    }

    /// Says on standard error when a deck has fewer facts of the kinds asked for than `--count`.
    static func noteShortfall(_ quiz: Quiz, asked count: Int) {
        guard quiz.cards.count < count else { return }
        TerminalOutput.writeError(
            "note: \(count) questions asked for, but \(quiz.deck.name) has only \(quiz.cards.count) facts with "
                + "cards of those kinds (one question per fact); the quiz has \(quiz.cards.count).\n")
    }

    func run() throws {
        let workspace = options.workspace
        let write: (String) -> Void = { TerminalOutput.write($0) }
        let quiz: Quiz
        do {
            let deck = try DeckOpening(workspace: workspace).open(self.deck) { write($0 + "\n") }
            quiz = Quiz(
                deck: deck, count: count, kinds: try kinds.parsed(),
                seed: seed ?? UInt64.random(in: 0...999_999))
        } catch {
            throw CommandFailure(error)
        }
        Self.noteShortfall(quiz, asked: count)
        let result: QuizResult
        if Terminal.inputIsTerminal {
            var repl = QuizREPL(
                quiz: quiz, reader: ReadlineLineReader(historyFile: workspace.historyFile),
                clock: SystemClock(),
                style: Terminal.style, write: write)
            result = repl.run()
        } else {
            var repl = QuizREPL(
                quiz: quiz, reader: PlainLineReader(), clock: SystemClock(), style: .plain, write: write)
            result = repl.run()
        }
        do {
            try ProgressLock.withDeckFileLock(
                workspace: workspace, deck: result.deck, description: "recall quiz"
            ) {
                try QuizLog(workspace: workspace).append(result)
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}
