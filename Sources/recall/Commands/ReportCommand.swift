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
        var entries: [ClassReport.Entry] = []
        var warnings: [String] = []
        let nameMap = try readNames()
        for path in files {
            let url = URL(fileURLWithPath: path)
            do {
                guard let data = try DiskFileStore().read(url) else {
                    warnings.append("\(path): no such file; skipped")
                    continue
                }
                var progress = try ProgressFile.decode(data, file: path)
                let journal = url.deletingLastPathComponent().appendingPathComponent(
                    url.lastPathComponent.replacingOccurrences(of: ".progress.json", with: ".journal"))
                if journal != url, let journalData = try DiskFileStore().read(journal) {
                    for change in try ProgressJournal.read(journalData, file: journal.path).changes {
                        progress.apply(change)
                    }
                }
                let stem = url.lastPathComponent.replacingOccurrences(of: ".progress.json", with: "")
                entries.append(
                    .init(
                        name: nameMap[url.lastPathComponent] ?? nameMap[stem] ?? stem, file: path,
                        progress: progress))
            } catch {
                warnings.append("\(error); skipped")
            }
        }
        guard let deckName = deck ?? entries.first?.progress.deck else {
            let missing = files.allSatisfy { !FileManager.default.fileExists(atPath: $0) }
            throw CommandFailure(
                "no readable progress file among the \(files.count) given:\n"
                    + warnings.joined(separator: "\n"), status: missing ? .notFound : .badData)
        }
        do {
            let loaded = try DeckOpening(workspace: workspace).built(deckName)
            let report = ClassReport.make(
                deck: loaded, entries: entries, warnings: warnings, now: Date(), timeZone: .current)
            print(report.render(ClassReport.Format(rawValue: format)!))
            for warning in report.warnings {
                TerminalOutput.writeError("warning: \(warning)\n")
            }
        } catch {
            throw CommandFailure(error)
        }
    }

    func readNames() throws -> [String: String] {
        guard let names else { return [:] }
        guard FileManager.default.fileExists(atPath: names) else {
            throw CommandFailure("\(names): no such file", status: .notFound)
        }
        guard let text = try? String(contentsOfFile: names, encoding: .utf8) else {
            throw CommandFailure("\(names): cannot be read as UTF-8 text")
        }
        var map: [String: String] = [:]
        for (number, line) in text.split(separator: "\n").enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: ",", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CommandFailure("\(names): line \(number + 1): expected 'file,name'")
            }
            map[parts[0]] = parts[1]
        }
        return map
    }
}
