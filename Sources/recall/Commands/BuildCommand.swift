import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a deck from a text: find its dated facts and make questions.",
        discussion: """
            Writes Decks/NAME.deck.json in the workspace and keeps a copy of the text as Decks/NAME.txt. \
            Rebuilding after the text changed keeps the progress of every card whose fact did not change.
            """
    )

    @Argument(
        help: ArgumentHelp("The text to read (UTF-8).", valueName: "SOURCE.txt"),
        completion: .textFile)
    var source: String

    @Option(name: .long, help: "The deck's name (default: the file's name without .txt).")
    var name: String?

    @OptionGroup var kinds: KindsOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A fact to ask 'before or after?' against: a text of its sentence (repeatable; kept for rebuilds).",
            valueName: "TEXT"))
    var landmark: [String] = []

    @Flag(name: .long, help: "Walk through the cards to keep, reword or drop each before saving.")
    var review = false

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        let url = URL(fileURLWithPath: source)
        let name = name ?? Workspace.deckName(forSource: url)
        do {
            try Workspace.validate(deckName: name)
            let text = try SourceText(contentsOf: url)
            let previous = try? DeckFile.load(workspace.deckFile(name))
            let builder = DeckBuilder(
                kinds: try kinds.parsed(default: QuestionKind.generated),
                landmarks: landmark.isEmpty ? previous?.landmarks ?? [] : landmark)
            let bar = ProgressBar("Building \(name)")
            var (deck, summary) = try builder.build(
                text, name: name, builtAt: Date(), settings: previous?.settings ?? DeckSettings(),
                curation: review ? nil : previous?.curation, progress: bar.update)
            bar.finish()
            if review {
                fflush(nil)
                let generated = deck.cards
                let write: (String) -> Void = { TerminalOutput.write($0) }
                let start = previous?.curation ?? DeckCuration()
                let curation: DeckCuration
                if Terminal.inputIsTerminal {
                    var walkthrough = BuildReview(
                        reader: ReadlineLineReader(historyFile: workspace.historyFile), style: Terminal.style,
                        write: write)
                    curation = walkthrough.run(cards: generated, curation: start)
                } else {
                    var walkthrough = BuildReview(reader: PlainLineReader(), style: .plain, write: write)
                    curation = walkthrough.run(cards: generated, curation: start)
                }
                deck.cards = curation.apply(to: generated)
                deck.curation = curation.isEmpty ? nil : curation
                print(
                    "Kept \(deck.cards.count) of \(generated.count) cards (\(curation.dropped.count) dropped, \(curation.edits.count) reworded)."
                )
            }
            _ = summary
            let copy = workspace.sourceFile(name)
            if copy.standardizedFileURL.path != url.standardizedFileURL.path {
                try DiskFileStore().writeAtomically(Data(contentsOf: url), to: copy)
            }
            // The settings are those of the deck file as it is now, read and replaced under its lock,
            // so that a `recall config` during the build is kept.
            try ProgressLock.withDeckFileLock(workspace: workspace, deck: name, description: "recall build") {
                // A damaged deck file is replaced, as before, with the settings the build started from.
                let current = try? DeckFile.load(workspace.deckFile(name))
                deck.settings = current?.settings ?? deck.settings
                try DeckFile.save(deck, to: workspace.deckFile(name))
            }
            for line in summary.lines { print(line) }
            if let previous {
                let kept = Set(previous.cards.map(\.id)).intersection(deck.cards.map(\.id)).count
                print(
                    "Kept the progress of \(kept) unchanged card\(kept == 1 ? "" : "s") of \(previous.cards.count)."
                )
            }
            print("Wrote \(workspace.deckFile(name).path)")
        } catch {
            throw CommandFailure(error)
        }
    }
}
