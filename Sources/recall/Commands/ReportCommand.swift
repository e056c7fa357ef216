import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallInterop
import RecallStorage

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A teacher's report over the progress files a class sent in for one deck.",
        discussion: """
            Each fact's success rate across students and its average stability, hardest first; each student's cards \
            studied, retention and predicted recall on the exam (or now). Students are named after their files \
            (alice.progress.json is alice) unless --names maps file names to names (a CSV: file,name). A file of \
            another deck, from a newer Recall or damaged is skipped with a warning, never half-read.
            """
    )

    @Argument(help: "Students' progress files.", completion: .progressFile) var files: [String]
    @Option(
        name: .long, help: "The deck (default: the deck the first file names).",
        completion: .deckName)
    var deck: String?
    @Option(name: .long, help: "markdown, csv or html.") package var format: String = "markdown"
    @Option(
        name: .long, help: ArgumentHelp("A CSV of file,name lines.", valueName: "NAMES.csv"),
        completion: .csvFile) var names: String?
    @OptionGroup var options: WorkspaceOptions

    package func validate() throws {
        guard ClassReport.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be markdown, csv or html, not '\(format)'")
        }
        if files.isEmpty { throw ValidationError("give at least one progress file") }
    }

    func run() throws {
        let workspace = options.workspace
        let roster = ClassRoster(
            files: files, names: try names.map(ClassRoster.readNames) ?? [:],
            store: FileProgressStore(workspace: workspace))
        guard let deckName = deck ?? roster.entries.first?.progress.deck else {
            let missing = files.allSatisfy { !FileManager.default.fileExists(atPath: $0) }
            throw CommandFailure(
                "no readable progress file among the \(files.count) given:\n"
                    + roster.warnings.joined(separator: "\n"), status: missing ? .notFound : .badData)
        }
        do {
            let loaded = try DeckOpening(workspace: workspace).built(deckName)
            let report = ClassReport.make(
                deck: loaded, entries: roster.entries, warnings: roster.warnings, now: Date(),
                timeZone: .current)
            print(report.render(ClassReport.Format(rawValue: format)!))
            for warning in report.warnings {
                TerminalOutput.writeError("warning: \(warning)\n")
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}
