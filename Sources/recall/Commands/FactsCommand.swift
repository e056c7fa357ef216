import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Show the sentences, dates and facts the deck builder finds in a text."
    )

    @Argument(
        help: ArgumentHelp("The text to read (UTF-8).", valueName: "SOURCE.txt"),
        completion: .textFile)
    var source: String

    @Flag(name: .long, help: "Print JSON in the shape of the annotation gold files.")
    var json = false

    func run() throws {
        let text: SourceText
        do {
            text = try SourceText(contentsOf: URL(fileURLWithPath: source))
        } catch {
            throw CommandFailure(error)
        }
        let readings = FactSelector().read(text)
        if json {
            print(FactsReport(source: text.name, readings: readings).json())
            return
        }
        let style = Terminal.style
        for (index, reading) in readings.enumerated() {
            let mark = reading.verdict == .fact ? style.right("fact") : style.dim(reading.verdict.rawValue)
            print(style.dim("\(index + 1). line \(reading.sentence.line) · ") + mark)
            print(style.wrap(highlighted(reading, style: style), indent: "   ", firstIndent: "   "))
            for date in reading.dates {
                // Why a date got its year: what it was resolved from, or nothing when it names its own.
                let anchor =
                    date.anchor.map { " (from \($0))" }
                    ?? (date.value.isAnchored ? "" : " (nothing before it fixes it)")
                let part = date.modifier.map { ", \($0)" } ?? ""
                print("   " + style.dim("\(date.text) → \(date.value.timex)\(part)\(anchor)"))
            }
        }
        let facts = readings.filter { $0.verdict == .fact }.count
        print(
            "\(readings.count) sentences, \(readings.reduce(0) { $0 + $1.dates.count }) dates, \(facts) facts."
        )
    }

    func highlighted(_ reading: FactSelector.Reading, style: TerminalStyle) -> String {
        var bytes = Array(reading.cleanText.utf8)
        for date in reading.dates.reversed() {
            let text = String(decoding: bytes[date.utf8Range], as: UTF8.self)
            let marked = style.colors ? style.bold(style.partial(text)) : "[\(text)]"
            bytes.replaceSubrange(date.utf8Range, with: Array(marked.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
