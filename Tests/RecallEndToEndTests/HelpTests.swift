import Foundation
import Testing

/// Issue 20: help that wraps at the terminal's width and names every format.
@Suite struct HelpTests {
    static let commands = [
        [], ["study"], ["quiz"], ["cram"], ["stats"], ["report"], ["build"], ["export"], ["import"],
        ["facts"],
        ["decks"], ["config"], ["optimize"], ["suspend"], ["doctor"], ["schedule", "replay"],
    ]

    /// The overview and discussion: the lines before `USAGE:`.
    static func prose(_ words: [String], columns: Int) throws -> [Substring] {
        let result = try RecallProcess.run(["help"] + words, environment: ["COLUMNS": "\(columns)"])
        #expect(result.status == 0)
        let text = result.output.components(separatedBy: "USAGE:")[0]
        return text.split(separator: "\n")
    }

    @Test(arguments: commands) func paragraphsHaveNoHardLineBreaks(words: [String]) throws {
        for line in try Self.prose(words, columns: 1000) {
            #expect(
                line.last.map { ".:)'\"".contains($0) } == true, "a paragraph broken mid-sentence: \(line)")
        }
        for line in try Self.prose(words, columns: 60) {
            #expect(line.count <= 60, "not wrapped to 60 columns: \(line)")
        }
    }

    @Test func theExportOverviewNamesEveryFormat() throws {
        let overview = try Self.prose(["export"], columns: 1000)[0]
        for format in ["apkg", "csv", "tsv", "markdown", "html", "json"] {
            #expect(overview.contains(format), "\(format) is missing from: \(overview)")
        }
    }
}
