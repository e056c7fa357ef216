import Foundation

@testable import RecallModel

/// A UTC time from `2026-03-01T09:00:00Z`.
func time(_ text: String) -> Date {
    guard let date = ISO8601.parse(text) else { fatalError("bad test time \(text)") }
    return date
}

/// The folder of the shared reference material, when the checkout has it beside it.
let sharedFolder: URL? = {
    var folder = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { folder.deleteLastPathComponent() }
    let shared = folder.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
}()

/// The repository's root folder.
let repositoryRoot: URL = {
    var folder = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { folder.deleteLastPathComponent() }
    return folder
}()

func fixture(_ name: String) throws -> SourceText {
    let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    return try SourceText(contentsOf: url)
}

func sampleSource() throws -> SourceText {
    try SourceText(contentsOf: repositoryRoot.appendingPathComponent("Decks/turkey-russia.txt"))
}

let utc = TimeZone(identifier: "UTC")!

/// Each sentence as a fact of one story, dated as `recall facts` dates it (line = its index + 1).
func storyFacts(_ sentences: [String]) -> [Fact] {
    var finder = DateFinder()
    return sentences.enumerated().map { index, text in
        Fact(text: text, source: text, line: index + 1, dates: finder.dates(in: text))
    }
}

/// The dates of a story told sentence by sentence, as `text=TIMEX` (`The next day=1789-07-15`); the
/// sentences at `headings` are read as heading lines.
func storyDates(_ sentences: [String], headings: Set<Int> = []) -> [String] {
    var finder = DateFinder()
    return sentences.enumerated().flatMap { index, sentence in
        finder.dates(in: sentence, heading: headings.contains(index)).map { "\($0.text)=\($0.value.timex)" }
    }
}
