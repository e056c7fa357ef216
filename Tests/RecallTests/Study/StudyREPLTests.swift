import Foundation
import Testing

@testable import RecallApp
@testable import RecallConsole
@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

@Suite struct StudyREPLTests {
    let start = time("2026-03-10T12:00:00Z")

    func deck() throws -> Deck {
        var deck = try DeckBuilder(kinds: [.cloze]).build(
            try sampleSource(), name: "turkey-russia", builtAt: start
        ).deck
        deck.settings.fuzz = false
        return deck
    }

    struct Run {
        var output: String
        var status: Int32
        var progress: DeckProgress?
        var reader: ScriptedLineReader
    }

    func run(_ lines: [String?], files: MemoryFileStore = MemoryFileStore(), progress: DeckProgress? = nil)
        throws -> Run
    {
        let clock = ManualClock(start)
        let deck = try deck()
        let session = StudySession(
            deck: deck, progress: progress ?? DeckProgress(deck: deck.name), now: start, timeZone: utc,
            seed: 1)
        let store = FileProgressStore(workspace: Workspace(root: URL(fileURLWithPath: "/w")), files: files)
        let output = OutputBuffer()
        var repl = StudyREPL(
            session: session, reader: ScriptedLineReader(lines), store: store, clock: clock, style: .plain,
            write: { output.append($0) })
        let status = repl.run()
        let saved =
            files.contents(of: URL(fileURLWithPath: "/w/Progress/turkey-russia.progress.json")).map {
                try? ProgressFile.decode($0, file: "p")
            } ?? nil
        return Run(output: output.text, status: status, progress: saved, reader: repl.reader)
    }

    @Test func answersAreCheckedSavedAndSummarised() throws {
        let result = try run(["1952", "", "1925", "", "1939", "4", ":quit"])
        #expect(result.status == 0)
        #expect(result.output.contains("✓ 1952"))
        #expect(result.output.contains("✗ 1877–78  (you wrote 1925)"))
        #expect(result.output.contains("Graded easy."))
        #expect(result.output.contains("[cloze · 1/21]") && result.output.contains("[cloze · 2/22]"))
        let reviews = try #require(result.progress?.reviews)
        // A card seen for the first time is never suggested Easy, however fast the answer.
        #expect(reviews.map(\.rating) == [.good, .again, .easy])
        #expect(reviews.map(\.answer) == ["1952", "1925", "1939"])
        #expect(result.output.contains("Studied 3 cards in 0s · 2 of 3 right (66%)"))
        #expect(result.output.contains("[1 again 1m] · 2 hard 6m · 3 good 10m · 4 easy 8d   Enter = again"))
    }

    @Test func undoLeavesNoTraceInTheSavedProgress() throws {
        let result = try run(["1878", ":undo", "1952", "", ":quit"])
        let reviews = try #require(result.progress?.reviews)
        #expect(reviews.count == 1)
        #expect(reviews.first?.answer == "1952")
        #expect(result.output.contains("Took back the last answer"))
        #expect(result.progress?.schedules.count == 1)
    }

    @Test func undoAtTheGradePromptAsksThatCardOnceMore() throws {
        let result = try run(["1066", ":undo", "1952", "", "1877-78", "", ":stats", ":quit"])
        // Two cards answered, both in learning: the card taken back is not also waiting a second time.
        #expect(result.output.contains("· learning 2"))
        let shownNATO = result.output.components(separatedBy: "Turkey joined NATO in ____").count - 1
        #expect(shownNATO == 2)
        #expect(result.output.contains("[cloze · 2/") && result.output.contains("[cloze · 3/"))
        #expect(result.progress?.reviews.map(\.answer) == ["1952", "1877-78"])
    }

    @Test func ctrlCAndEndOfInputSave() throws {
        let interrupted = try run(["1952", nil])
        #expect(interrupted.progress?.reviews.count == 1)
        #expect(interrupted.output.contains("Studied 1 card"))
        let ended = try run(["1952"])
        #expect(ended.progress?.reviews.count == 1)
    }

    @Test func commandsGoToHistoryAndAnswersAreForgottenPerCard() throws {
        let result = try run([":help", "1952", "", ":stats", ":quit"])
        #expect(result.reader.history.map(\.line) == [":help", ":stats", ":quit"])
        #expect(result.output.contains(":undo     take back the last answer"))
        #expect(result.output.contains("Today: 1 of 1 right (100%)"))
    }

    @Test func hintSkipAndUnknownCommands() throws {
        let result = try run([":hint", ":skip", ":nope", ":quit"])
        #expect(result.output.contains("Hint: a year in the 20th century."))
        #expect(result.output.contains("Skipped; it comes back later today."))
        #expect(result.output.contains("Unknown command :nope"))
        #expect(result.progress == nil)
    }

    @Test func aFullDiskIsReportedAndAnswersAreKept() throws {
        let files = MemoryFileStore()
        files.failWrites("No space left on device")
        let result = try run(["1952", "", ":quit"], files: files)
        #expect(result.output.contains("⚠ Saving failed"))
        #expect(result.output.contains("No space left on device"))
        #expect(result.status == 1)
        #expect(!result.output.contains("Saved;"))
    }

    @Test func anAmbiguousDateIsAskedAgainNotGraded() throws {
        let result = try run(["9/8/1952", "1952", "", ":quit"])
        #expect(result.output.contains("ambiguous: write the month as a word"))
        let reviews = try #require(result.progress?.reviews)
        #expect(reviews.map(\.answer) == ["1952"])
        #expect(reviews.map(\.rating) == [.good])
    }

    @Test func hintsNarrowDownAndCapTheGradeAtHard() throws {
        let result = try run([":hint", ":hint", ":hint", "1952", "", ":quit"])
        #expect(result.output.contains("Hint: a year in the 20th century."))
        #expect(result.output.contains("Hint: a year: 195_."))
        #expect(result.output.contains("No more hints for this card."))
        #expect(result.output.contains("[2 hard 6m]"))
        #expect(result.progress?.reviews.map(\.rating) == [.hard])
        #expect(result.output.contains("0 of 1 right (0%)"))
    }

    @Test func easyIsSuggestedForAFastAnswerOnAReviewCardOnly() throws {
        let deck = try deck()
        let card = try #require(deck.cards.first)
        // The card is in review, and ten right answers of ten seconds set the pace; the REPL answers in no time.
        var progress = DeckProgress(deck: deck.name)
        var schedule = CardSchedule.new(due: start.addingTimeInterval(-3_600))
        schedule.phase = .review
        schedule.step = nil
        schedule.memory = MemoryState(stability: 3, difficulty: 5)
        schedule.lastReview = start.addingTimeInterval(-4 * 86_400)
        schedule.reps = 3
        progress.schedules[card.id] = schedule
        for index in 0..<10 {
            progress.reviews.append(
                ReviewLog(
                    cardID: card.id, time: start.addingTimeInterval(Double(index - 200) * 3_600),
                    rating: .good,
                    elapsedDays: nil, durationMs: 10_000, kind: .review, answer: nil, before: nil,
                    after: schedule))
        }
        let result = try run(["1952", "", ":quit"], progress: progress)
        #expect(result.output.contains("Enter = easy"))
        #expect(result.progress?.reviews.last?.rating == .easy)
    }
}

/// Collects what the REPL writes.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []

    func append(_ text: String) { lock.withLock { parts.append(text) } }
    var text: String { lock.withLock { parts.joined() } }
}
