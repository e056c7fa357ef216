import ArgumentParser
import Foundation
import RecallApp
import RecallConsole

#if canImport(Glibc)
    import Glibc
#endif

@main
struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Turn prose full of dated facts into flashcards, and study them on a sound schedule.",
        discussion: """
            With no command, 'recall' studies the sample deck (turkey-russia), building it first if needed. \
            Decks and progress live in a workspace: --home DIR; else the current directory if it has a \
            Decks/ folder; else $RECALL_HOME; else $XDG_DATA_HOME/recall (default ~/.local/share/recall).

            Exit status: 0 done; 1 bad data (a damaged file); 2 a wrong command line; 3 not found (a deck, \
            file or card); 4 busy (another session holds the deck); 5 could not save.
            """,
        version: Recall.version,
        subcommands: [
            StudyCommand.self, QuizCommand.self, CramCommand.self, StatsCommand.self, ReportCommand.self,
            BuildCommand.self, ExportCommand.self, ImportCommand.self,
            FactsCommand.self, DecksCommand.self, CardsCommand.self,
            ConfigCommand.self, OptimizeCommand.self,
            SuspendCommand.self, DoctorCommand.self, ScheduleCommand.self, SimulateCommand.self,
            MergeCommand.self, GitSetupCommand.self,
        ],
        defaultSubcommand: StudyCommand.self
    )

    /// ArgumentParser's `main`, with Recall's exit statuses (see ``ExitStatus``), options given
    /// before the command name, and a suggestion for a mistyped command.
    static func main() {
        // Output cut short by a reader that went away (`recall facts x.txt | head`) ends the
        // program quietly, with status 141, whatever the parent set SIGPIPE to.
        signal(SIGPIPE, SIG_DFL)
        let arguments = Recall.normalizedArguments(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            if let study = command as? StudyCommand, Recall.studyIsImplicit(arguments) {
                try study.refuseMistypedCommand()
            }
            try command.run()
        } catch {
            exit(reporting: error)
        }
    }

    /// Prints the error (help and the version to standard output, every failure to standard error)
    /// and exits with its status.
    static func exit(reporting error: any Error) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        let status: ExitStatus
        switch exitCode(for: error) {
        case .success: exit(withError: error)
        case .validationFailure: status = .usage
        default: status = ExitStatus(for: error)
        }
        let message = fullMessage(for: error)
        if !message.isEmpty { TerminalOutput.writeError(message + "\n") }
        Foundation.exit(status.rawValue)
    }
}

extension Recall {
    /// Recall's version, printed by `recall --version`.
    static let version = "0.1.0"
}
