import Foundation
import RecallApp
import RecallConsole
import RecallInterop
import RecallModel
import RecallStorage
import RecallTestSupport

/// The deck reader on any bytes: a deck that loads saves and loads again to itself, and never
/// crashes what the commands do with it (issue 15): the counts of `recall decks`, one card of
/// `recall study` (shown, answered and graded), and the quiz and text exports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeckJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let deck = try? DeckFile.decode(data, file: "fuzz.deck.json") else { return 0 }
    guard let again = try? DeckFile.decode(DeckFile.encode(deck), file: "fuzz.deck.json"), again == deck
    else {
        fatalError("a deck that loads does not round-trip")
    }
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let utc = TimeZone(identifier: "UTC")!
    let progress = DeckProgress(deck: deck.name)
    let queue = StudyQueue(
        cards: deck.cards, progress: progress, settings: deck.settings, now: now, timeZone: utc)
    _ = queue.counts
    let session = StudySession(deck: deck, progress: progress, now: now, timeZone: utc, seed: 1)
    let store = FileProgressStore(
        workspace: Workspace(root: URL(fileURLWithPath: "/fuzz")), files: MemoryFileStore())
    let answer = deck.cards.first?.question.answer ?? "1952"
    var repl = StudyREPL(
        session: session, reader: ScriptedLineReader([answer, "", nil]), store: store,
        clock: ManualClock(now),
        style: .plain, write: { _ in })
    _ = repl.run()
    let quiz = PrintableQuiz(quiz: Quiz(deck: deck, count: 20, kinds: Set(QuestionKind.allCases), seed: 1))
    _ = quiz.html
    _ = quiz.markdown
    _ = TextExport.anki(deck, separator: .comma)
    _ = TextExport.plain(deck)
    return 0
}
