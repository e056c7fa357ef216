import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallInterop
import RecallModel
import RecallStorage

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export a deck: an Anki package (apkg), Anki text files (csv, tsv), a printable quiz (markdown, html) "
            + "or Recall's JSON (json).",
        discussion: """
            apkg is a package Anki opens with a double click; with --with-progress it carries each card's schedule \
            and the review log, so a student can move to Anki. Without --out it is written to DECK.apkg; every \
            other format goes to standard output.

            csv and tsv carry Anki's header lines (separator, html, deck, note type, GUID and tags columns): cloze \
            cards become Cloze notes, reverse, multiple-choice and timeline cards Basic notes (one card each); GUIDs are stable, so importing a re-export updates the notes. Cells go to Anki as they are. --plain \
            writes bare question<TAB>answer lines (tsv, for Quizlet) or question,answer rows (csv), for \
            spreadsheets: a cell a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. markdown and html print a quiz (--count, --seed, --kinds) with \
            room to answer and the answer key on a page of its own.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case apkg, csv, tsv, markdown, html, json
    }

    @Argument(help: "The deck.", completion: .deckName) var deck: String
    @Option(name: .long, help: "The format.") package var format: Format
    @Flag(
        name: .long,
        help: "With apkg: each card's schedule and the review log, so a student can move to Anki.")
    var withProgress = false
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where to write; - is standard output (default: standard output, and DECK.apkg for apkg).",
            valueName: "FILE"), completion: .anyFile)
    var out: String?
    @OptionGroup var kinds: KindsOption
    @Flag(
        name: .long,
        help: "With tsv or csv: bare question and answer rows for spreadsheets and Quizlet, formulas defused."
    )
    var plain = false
    @Option(name: .long, help: "A printable quiz's number of questions.") var count: Int = 20
    @Option(name: .long, help: "A printable quiz's seed (its version).") var seed: UInt64 = 1
    @OptionGroup var options: WorkspaceOptions

    package func validate() throws {
        if plain && format != .tsv && format != .csv {
            throw ValidationError("--plain goes with --format tsv or csv")
        }
        if withProgress && format != .apkg {
            throw ValidationError("--with-progress goes with --format apkg")
        }
        guard (1...500).contains(count) else { throw ValidationError("--count must be 1 to 500") }
    }

    func run() throws {
        let workspace = options.workspace
        do {
            let loaded = try DeckOpening(workspace: workspace).built(deck)
            let kinds = try self.kinds.parsed()
            if format == .apkg {
                let progress =
                    withProgress
                    ? try FileProgressStore(workspace: workspace).load(deck: deck) ?? DeckProgress(deck: deck)
                    : nil
                // A package is binary: without --out it goes to a file, never to a terminal.
                let destination = OutputDestination(
                    out, fallback: .file(URL(fileURLWithPath: "\(deck).apkg")))
                var warnings: [String] = []
                try destination.write { url in
                    warnings = try AnkiPackageWriter(
                        deck: loaded, progress: progress, now: Date(), timeZone: .current, kinds: kinds
                    ).write(to: url)
                }
                for warning in warnings { TerminalOutput.writeError("warning: \(warning)\n") }
                if let note = destination.note { TerminalOutput.writeError(note) }
                return
            }
            let text: String
            switch format {
            case .apkg: return
            case .csv:
                text =
                    plain
                    ? TextExport.plain(loaded, separator: .comma, kinds: kinds)
                    : TextExport.anki(loaded, separator: .comma, kinds: kinds)
            case .tsv:
                text =
                    plain
                    ? TextExport.plain(loaded, kinds: kinds)
                    : TextExport.anki(loaded, separator: .tab, kinds: kinds)
            case .markdown:
                let quiz = Quiz(deck: loaded, count: count, kinds: kinds, seed: seed)
                QuizCommand.noteShortfall(quiz, asked: count)
                noteOverlap(quiz)
                text = PrintableQuiz(quiz: quiz).markdown
            case .html:
                let quiz = Quiz(deck: loaded, count: count, kinds: kinds, seed: seed)
                QuizCommand.noteShortfall(quiz, asked: count)
                noteOverlap(quiz)
                text = PrintableQuiz(quiz: quiz).html
            case .json: text = String(decoding: DeckFile.encode(loaded), as: UTF8.self)
            }
            let destination = OutputDestination(out)
            if destination == .standardOutput {
                try destination.write(Data(ControlCharacters.printable(text, keepingColors: false).utf8))
            } else {
                try destination.write(Data(text.utf8))
            }
            if let note = destination.note { TerminalOutput.writeError(note) }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Says on standard error how many questions versions next to each other share, when the deck
    /// has too few facts for them to share none.
    func noteOverlap(_ quiz: Quiz) {
        let shared = quiz.sharedWithNextVersion
        guard shared > 0, quiz.cards.count < quiz.factCount else { return }
        TerminalOutput.writeError(
            "note: \(quiz.deck.name) has \(quiz.factCount) facts with cards of those kinds, so versions next to "
                + "each other (--seed \(seed) and \(seed &+ 1)) share \(shared) of their \(quiz.cards.count) questions.\n"
        )
    }
}
