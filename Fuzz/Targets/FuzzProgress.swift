import Foundation
import RecallConsole
import RecallModel
import RecallStorage
import RecallTestSupport

/// The progress snapshot reader and the journal reader on any bytes: progress that loads saves and
/// loads again to itself, a journal's changes apply in any state without crashing, progress that
/// loads never crashes the statistics nor makes them NaN, and names inside the files (a snapshot's
/// "deck", a deck file's "name") never change the paths that are written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgress(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let progress = try? ProgressFile.decode(data, file: "fuzz.progress.json") {
        guard (try? ProgressFile.decode(ProgressFile.encode(progress), file: "fuzz")) == progress else {
            fatalError("progress that loads does not round-trip")
        }
        checkStats(progress)
    }
    if let journal = try? ProgressJournal.read(data, file: "fuzz.journal") {
        var progress = DeckProgress(deck: "fuzz")
        for change in journal.changes { progress.apply(change) }
        guard progress.journalSequence == journal.changes.map(\.sequence).reduce(0, max) else {
            fatalError("journal sequence \(progress.journalSequence)")
        }
        checkStats(progress)
    }
    checkPaths(data)
    return 0
}

let workspace = Workspace(root: URL(fileURLWithPath: "/fuzz-workspace"))

/// A small deck whose cards take the fuzzed schedules, so that every schedule is counted.
let deck: Deck = {
    let text = SourceText(
        name: "fuzz.txt",
        text:
            "Turkey joined NATO in 1952. The Treaty of Lausanne was signed in 1923. Ankara became the capital in 1923.\n"
    )
    return try! DeckBuilder().build(text, name: "fuzz", builtAt: Date(timeIntervalSince1970: 1_790_000_000))
        .deck
}()

func checkStats(_ progress: DeckProgress) {
    var mapped = progress
    let schedules = progress.schedules.sorted { $0.key < $1.key }.map(\.value)
    mapped.schedules = Dictionary(
        zip(deck.cards.map(\.id), schedules), uniquingKeysWith: { first, _ in first })
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let stats = DeckStats.compute(
        deck: deck, progress: mapped, now: now, timeZone: TimeZone(identifier: "UTC")!,
        exam: now.addingTimeInterval(30 * 86_400))
    let numbers =
        [stats.predictedRecallNow, stats.predictedRecallAtExam ?? 0] + stats.hardest.map(\.stability)
    guard numbers.allSatisfy(\.isFinite) else {
        fatalError("stats hold a number that is not finite: \(numbers)")
    }
    _ = StatsReport(stats: stats, style: .plain).text
    guard (try? JSONEncoder().encode(stats)) != nil else { fatalError("stats do not encode to JSON") }
}

/// The bytes as a snapshot, a journal and a deck file of the deck "fuzz": whatever they say inside,
/// saving writes only that deck's files in the workspace.
func checkPaths(_ data: Data) {
    let files = MemoryFileStore()
    files.put(data, at: workspace.progressFile("fuzz"))
    files.put(data, at: workspace.journalFile("fuzz"))
    files.put(data, at: workspace.deckFile("fuzz"))
    let allowed = Set(
        [workspace.progressFile("fuzz"), workspace.journalFile("fuzz"), workspace.deckFile("fuzz")].map(
            \.path))
    if let deckRead = try? DeckFile.load(workspace.deckFile("fuzz"), store: files) {
        guard deckRead.name == "fuzz" else {
            fatalError("a deck file's name \(deckRead.name) became its identity")
        }
        try? DeckFile.save(deckRead, to: workspace.deckFile(deckRead.name), store: files)
    }
    let store = FileProgressStore(workspace: workspace, files: files)
    if let progress = try? store.load(deck: "fuzz") ?? nil {
        guard progress.deck == "fuzz" else {
            fatalError("a snapshot's deck \(progress.deck) became its identity")
        }
        try? store.append(
            [ProgressChange(sequence: progress.journalSequence + 1, cardID: "c", schedule: nil)], deck: "fuzz"
        )
        try? store.save(progress)
    }
    guard Set(files.paths).isSubset(of: allowed) else {
        fatalError("wrote outside the deck's files: \(files.paths)")
    }
}
