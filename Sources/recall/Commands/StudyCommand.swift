import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study a deck: due reviews, learning steps and new cards (the default command).",
        discussion: """
            Type the answer and press Enter; then Enter accepts the suggested grade, or 1-4 picks one \
            (1 again, 2 hard, 3 good, 4 easy). ':help' lists the commands; Ctrl-D or ':quit' saves and ends. \
            Progress is saved to Progress/DECK.progress.json after every answer.
            """
    )

    @Argument(help: ArgumentHelp("The deck to study.", valueName: "DECK"), completion: .deckName)
    var deck: String = Workspace.sampleDeck

    @Option(name: .long, help: ArgumentHelp("Seed for interval fuzz (default: random).", visibility: .hidden))
    var seed: UInt64?

    @OptionGroup var options: WorkspaceOptions

    /// `recall stduy`: a word in the deck's place that names no deck but is close to a command's
    /// name is a mistyped command, not a missing deck.
    func refuseMistypedCommand() throws {
        guard deck != Workspace.sampleDeck, let command = Recall.suggestion(for: deck) else {
            return
        }
        let workspace = options.workspace
        let files = [workspace.deckFile(deck), workspace.sourceFile(deck)]
        guard !files.contains(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return }
        throw CommandFailure("unknown command '\(deck)'; did you mean '\(command)'?", status: .usage)
    }

    func run() throws {
        let workspace = options.workspace
        let clock = SystemClock()
        let store = FileProgressStore(workspace: workspace)
        let write: (String) -> Void = { TerminalOutput.write($0) }
        let deck: Deck
        do {
            deck = try DeckOpening(workspace: workspace).open(self.deck) { write($0 + "\n") }
        } catch {
            throw CommandFailure(error)
        }
        let status: Int32
        do {
            // Another machine holding the lock (a network folder) leaves this session its own copy.
            status = try ProgressLock.withLockOrSideCopy(
                store: store, deck: deck.name, description: "recall study", now: clock.now,
                notice: { write(ControlCharacters.printable($0, keepingColors: false) + "\n") }
            ) { sessionStore, ownsDeck in
                try study(
                    deck, store: sessionStore, mergingCopies: ownsDeck ? store : nil, clock: clock,
                    write: write)
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
        if status != 0 {
            TerminalOutput.writeError("Error: some answers could not be saved (see above).\n")
            throw ExitStatus.couldNotSave.exitCode
        }
    }

    /// The session itself, saving to `store`; the caller holds the deck's lock, or the lock of the
    /// side copy `store` writes. `mergingCopies` is the deck's own store when the caller holds its lock.
    func study(
        _ deck: Deck, store: any ProgressStore, mergingCopies deckStore: FileProgressStore?,
        clock: SystemClock,
        write: @escaping (String) -> Void
    ) throws -> Int32 {
        let workspace = options.workspace
        let session: StudySession
        do {
            // A synced folder's conflict copies (two machines saved at once) are merged in first.
            if let deckStore {
                let copies = try ConflictCopies.merge(
                    deck: deck.name, store: deckStore, step: ReviewStep(settings: deck.settings))
                for copy in copies {
                    write(ControlCharacters.printable(copy.message, keepingColors: false) + "\n")
                }
            }
            let progress = try store.load(deck: deck.name) ?? DeckProgress(deck: deck.name)
            session = StudySession(
                deck: deck, progress: progress, now: clock.now, timeZone: .current,
                seed: seed ?? UInt64.random(in: 0...UInt64.max), machine: try MachineIdentity.current())
        } catch {
            throw CommandFailure(error)
        }
        return StudyTerminal.run(session, store: store, workspace: workspace, clock: clock, write: write)
    }
}
