import RecallApp
import RecallModel
import RecallStorage

/// A study session in this process's terminal: readline, with its history file, colours and the
/// window's width when standard input is a terminal; plain lines, no escape codes, from a pipe.
package enum StudyTerminal {
    /// Runs the session to its end; returns 0, or 1 when some answers could not be saved.
    package static func run(
        _ session: StudySession, store: any ProgressStore, workspace: Workspace, clock: any WallClock,
        write: @escaping (String) -> Void
    ) -> Int32 {
        if Terminal.inputIsTerminal {
            var repl = StudyREPL(
                session: session, reader: ReadlineLineReader(historyFile: workspace.historyFile),
                store: store,
                clock: clock, style: Terminal.style, width: { Terminal.width }, write: write)
            return repl.run()
        }
        var repl = StudyREPL(
            session: session, reader: PlainLineReader(), store: store, clock: clock, style: .plain,
            write: write)
        return repl.run()
    }
}
