import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decks",
        abstract: "List the workspace's decks with their card, due and new counts."
    )

    @Flag(
        name: .long,
        help: ArgumentHelp("Print only the names, one a line (for scripts).", visibility: .hidden))
    var names = false

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        let names = workspace.deckNames()
        if self.names {
            for name in names { print(name) }
            return
        }
        if names.isEmpty {
            print(
                "No decks in \(workspace.decksFolder.path). Build one with 'recall build FILE.txt', "
                    + "or run 'recall' to study the sample deck.")
            return
        }
        let now = Date()
        var rows: [[String]] = [["deck", "cards", "due", "new"]]
        var failed = false
        var problems: [String] = []
        for name in names {
            do {
                guard let deck = try DeckFile.load(workspace.deckFile(name)) else {
                    rows.append([name, "not built (recall study \(name) builds it)", "", ""])
                    continue
                }
                let progress =
                    try FileProgressStore(workspace: workspace).load(deck: name) ?? DeckProgress(deck: name)
                let queue = StudyQueue(
                    cards: deck.cards, progress: progress, settings: deck.settings, now: now,
                    timeZone: .current)
                let counts = queue.counts
                rows.append([name, "\(deck.cards.count)", "\(counts.due + counts.learning)", "\(counts.new)"])
            } catch {
                // The table says which deck; the error itself goes to standard error.
                rows.append([name, "damaged (see below)", "", ""])
                problems.append("Error: \(CommandFailure(error))")
                failed = true
            }
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                index == 0
                    ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: max(0, widths[index] - cell.count)) + cell
            }
            print(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        // A listing with errors in it is not a success: scripts see it in the exit status.
        for problem in problems { TerminalOutput.writeError(problem + "\n") }
        if failed { throw ExitStatus.badData.exitCode }
    }
}
