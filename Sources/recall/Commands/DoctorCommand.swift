import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallStorage

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check decks and progress files, and repair what can be repaired.",
        discussion: """
            Checks every deck file and progress file (or one deck's). A journal line cut short by a crash is \
            dropped; a damaged snapshot is rebuilt from a journal that holds every change. Every file it changes \
            is first copied beside itself as NAME.backup-TIME. With --check nothing is changed. The exit status \
            is 1 when anything is left that 'recall study' would refuse, 4 when a session holds the deck, and 3 \
            when the deck does not exist.
            """
    )

    @Argument(help: "The deck (default: every deck).", completion: .deckName) var deck: String?
    @Flag(name: .long, help: "Only report; change nothing.") var check = false
    @Flag(
        name: .long,
        help:
            "Make a progress snapshot copied from another deck (its \"deck\" field names that one) this deck's own."
    )
    var adopt = false
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        let names = deck.map { [$0] } ?? workspace.deckNames()
        if names.isEmpty { print("No decks in \(workspace.decksFolder.path).") }
        var worst = ExitStatus.success
        for name in names {
            do {
                try Workspace.validate(deckName: name)
            } catch {
                throw CommandFailure(error)
            }
            let files = [
                workspace.deckFile(name), workspace.sourceFile(name), workspace.progressFile(name),
                workspace.journalFile(name),
            ]
            guard files.contains(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                throw CommandFailure(
                    WorkspaceError.noSuchDeck(name: name, folder: workspace.decksFolder.path))
            }
            print("\(name):")
            do {
                if try DeckFile.load(workspace.deckFile(name)) != nil { print("  deck file OK") }
            } catch {
                TerminalOutput.writeError("  \(error)\n")
                worst = max(worst, ExitStatus(for: error))
            }
            let doctor = ProgressDoctor(workspace: workspace)
            let report: ProgressDoctor.Report
            do {
                report =
                    check
                    ? doctor.examine(deck: name, repair: false, adopt: adopt)
                    : try ProgressLock.withLock(
                        workspace: workspace, deck: name, description: "recall doctor"
                    ) {
                        doctor.examine(deck: name, repair: true, adopt: adopt)
                    }
            } catch {
                TerminalOutput.writeError("  \(error)\n")
                worst = max(worst, ExitStatus(for: error))
                continue
            }
            for line in report.lines { print("  \(line)") }
            if report.outcome == .damaged { worst = max(worst, .badData) }
        }
        if worst != .success {
            TerminalOutput.writeError(
                "Error: some files need attention (see above); exit status \(worst.rawValue).\n")
            throw worst.exitCode
        }
    }
}
