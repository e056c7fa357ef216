import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallInterop
import RecallModel
import RecallStorage

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import a deck: an Anki package (.apkg, .colpkg), a CSV or TSV file, or Recall's deck JSON.",
        discussion: """
            Every card Anki makes becomes one card: Basic, reversed and Cloze notes as Anki renders them (hints, \
            nested and shared deletions; a cloze whose answer is a date becomes a fill-in-the-date card), other \
            note types from their templates (type-in cards are checked exactly). Each card keeps its note's GUID, \
            tags and Anki deck (Parent::Child); the deck takes its Anki options preset. Both package formats \
            (legacy and collection.anki21b) and .colpkg backups are read; media is skipped with a warning. CSV \
            and TSV files may carry Anki's header lines (#separator, #html, #notetype column, #guid column, #tags \
            column) or hold front, back and tags in each row; the separator is detected and ragged rows are \
            padded with a warning. Decks that Recall exported come back with the same card ids. --with-progress \
            brings an Anki package's schedules (suspended and buried included) and review log into Progress/. \
            --subdecks makes one deck per Anki deck that holds cards, each with its own options preset: \
            History::Wars becomes History.Wars (NAME.History.Wars with --name NAME). A note that came from \
            Anki goes back to Anki by 'recall export --format apkg' as an update of itself.
            """
    )

    @Argument(help: "The file to import.", completion: .importableFile) var file: String
    @Option(name: .long, help: "The deck's name (default: the file's name).") var name: String?
    @Flag(name: .long, help: "With .apkg: each card's schedule and the review history.")
    var withProgress = false
    @Flag(
        name: .long,
        help: "With .apkg: one deck per Anki deck (Parent::Child as Parent.Child, after --name when given).")
    var subdecks = false
    @Flag(
        name: .long,
        help: "Replace a deck of the same name (the progress of cards with the same ids is kept).")
    var replace = false
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let importing = DeckImporting(
            workspace: options.workspace, withProgress: withProgress, replace: replace)
        let imports =
            subdecks
            ? try importing.importSubdecks(file, prefix: name, now: Date())
            : [try importing.importDeck(file, name: name, now: Date())]
        for warning in imports.flatMap(\.warnings) {
            TerminalOutput.writeError("warning: \(file): \(warning)\n")
        }
        let source = URL(fileURLWithPath: file).lastPathComponent
        for imported in imports { print(summary(imported, source: source)) }
    }

    func summary(_ imported: DeckImport, source: String) -> String {
        var counts: [QuestionKind: Int] = [:]
        for card in imported.deck.cards { counts[card.kind, default: 0] += 1 }
        let kinds = QuestionKind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
        var line =
            "Imported '\(imported.deck.name)' from \(source): "
            + "\(imported.noteCount) notes, \(imported.deck.cards.count) cards (\(kinds.joined(separator: ", ")))"
        if let options = imported.optionsNote { line += "; \(options)" }
        if let progress = imported.progress {
            line +=
                "; progress: \(progress.schedules.count) scheduled cards, \(progress.reviews.count) reviews"
        }
        if !imported.warnings.isEmpty {
            line += "; \(imported.warnings.count) warning\(imported.warnings.count == 1 ? "" : "s")"
        }
        return line + "."
    }
}
