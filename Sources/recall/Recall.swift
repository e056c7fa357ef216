import ArgumentParser

@main
struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Turn prose full of dated facts into flashcards, and study them on a sound schedule.",
        discussion: """
            With no command, 'recall' studies the sample deck (Decks/turkey-russia), building it first if needed.
            Decks and progress live in a workspace: --home DIR; else the current directory if it has a
            Decks/ folder; else $RECALL_HOME; else $XDG_DATA_HOME/recall (default ~/.local/share/recall).
            """,
        subcommands: [
            StudyCommand.self, QuizCommand.self, CramCommand.self, StatsCommand.self, ReportCommand.self,
            BuildCommand.self, ExportCommand.self, ImportCommand.self,
            FactsCommand.self, DecksCommand.self,
            ConfigCommand.self, OptimizeCommand.self,
            SuspendCommand.self, DoctorCommand.self, ScheduleCommand.self, SimulateCommand.self,
        ],
        defaultSubcommand: StudyCommand.self
    )
}
