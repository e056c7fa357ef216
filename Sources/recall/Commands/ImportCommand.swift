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
        if subdecks { return try runSubdecks() }
        let workspace = options.workspace
        let url = URL(fileURLWithPath: file)
        let deckName = name ?? Workspace.deckName(forSource: url)
        do {
            try Workspace.validate(deckName: deckName)
            let deckURL = workspace.deckFile(deckName)
            let existed = FileManager.default.fileExists(atPath: deckURL.path)
            if existed && !replace {
                throw CommandFailure(
                    "deck '\(deckName)' already exists in \(workspace.decksFolder.path); "
                        + "choose another --name, or --replace it (progress of unchanged cards is kept)",
                    status: .usage)
            }
            let imported = try DeckImporter.read(url, name: deckName, withProgress: withProgress, now: Date())
            if imported.deck.cards.isEmpty {
                throw CommandFailure("\(file): no cards to import (\(imported.noteCount) notes read)")
            }
            // Nothing is written before both locks are held: a deck being studied is refused whole.
            try ProgressLock.withLock(workspace: workspace, deck: deckName, description: "recall import") {
                try ProgressLock.withDeckFileLock(
                    workspace: workspace, deck: deckName, description: "recall import"
                ) {
                    try write(imported, workspace: workspace)
                }
            }
            for warning in imported.warnings {
                TerminalOutput.writeError("warning: \(file): \(warning)\n")
            }
            print(summary(imported, source: url.lastPathComponent))
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Why `imported` cannot be written, or nil: a deck of its name that is not to be replaced, or
    /// progress it would overwrite.
    func refusal(_ imported: DeckImport, workspace: Workspace) -> CommandFailure? {
        if FileManager.default.fileExists(atPath: workspace.deckFile(imported.deck.name).path) && !replace {
            return CommandFailure(
                "deck '\(imported.deck.name)' already exists in \(workspace.decksFolder.path); "
                    + "choose another --name, or --replace it (progress of unchanged cards is kept)",
                status: .usage)
        }
        // Whether the deck has progress is a question of files (a snapshot, or a journal with
        // changes), not of reading them.
        let journalSize =
            try? FileManager.default.attributesOfItem(
                atPath: workspace.journalFile(imported.deck.name).path)[.size] as? Int
        let hasProgress =
            FileManager.default.fileExists(atPath: workspace.progressFile(imported.deck.name).path)
            || (journalSize ?? 0) > 0
        if imported.progress != nil && hasProgress {
            return CommandFailure(
                "deck '\(imported.deck.name)' already has progress; import under another --name to keep both")
        }
        return nil
    }

    /// Writes the deck (keeping the settings of the deck it replaces) and its progress; the caller
    /// holds the deck's locks.
    package func write(_ imported: DeckImport, workspace: Workspace) throws {
        let deckURL = workspace.deckFile(imported.deck.name)
        let existed = FileManager.default.fileExists(atPath: deckURL.path)
        let previous = try? DeckFile.load(deckURL)
        if let refusal = refusal(imported, workspace: workspace) { throw refusal }
        var deck = imported.deck
        // As `recall build` does: the exam date, fitted weights and retention stay the deck's.
        if let previous = previous ?? nil { deck.settings = previous.settings }
        try DeckFile.save(deck, to: deckURL)
        if let progress = imported.progress {
            do {
                try FileProgressStore(workspace: workspace).save(progress)
            } catch {
                if !existed { try? FileManager.default.removeItem(at: deckURL) }
                throw error
            }
        }
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

extension ImportCommand {
    /// `--subdecks`: one deck per Anki deck, every one checked before any is written.
    func runSubdecks() throws {
        let workspace = options.workspace
        let url = URL(fileURLWithPath: file)
        do {
            if let name { try Workspace.validate(deckName: name) }
            let imports = try DeckImporter.readSubdecks(
                url, prefix: name, name: name ?? Workspace.deckName(forSource: url),
                withProgress: withProgress,
                now: Date())
            if imports.allSatisfy(\.deck.cards.isEmpty) {
                throw CommandFailure("\(file): no cards to import")
            }
            for imported in imports {
                try Workspace.validate(deckName: imported.deck.name)
                if let refusal = refusal(imported, workspace: workspace) { throw refusal }
            }
            for imported in imports {
                let deck = imported.deck.name
                try ProgressLock.withLock(workspace: workspace, deck: deck, description: "recall import") {
                    try ProgressLock.withDeckFileLock(
                        workspace: workspace, deck: deck, description: "recall import"
                    ) {
                        try write(imported, workspace: workspace)
                    }
                }
            }
            for warning in imports.flatMap(\.warnings) {
                TerminalOutput.writeError("warning: \(file): \(warning)\n")
            }
            for imported in imports { print(summary(imported, source: url.lastPathComponent)) }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
    }
}
