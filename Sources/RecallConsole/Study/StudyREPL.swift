import Foundation
import RecallApp
import RecallModel
import RecallStorage

/// The study loop: shows a card, reads the answer, says how it went, saves, and moves on.
///
/// It reads through a `LineReader` and writes through a closure, so tests drive it line by line
/// with a scripted reader and a manual clock; the executable gives it readline and standard output.
public struct StudyREPL<Reader: LineReader> {
    public private(set) var session: StudySession
    public private(set) var reader: Reader
    let store: any ProgressStore
    let clock: any WallClock
    package var style: TerminalStyle
    package let write: (String) -> Void
    /// Asked before each card for the terminal's width, so that a resized terminal re-wraps.
    package let width: (() -> Int)?
    /// Whether some answers are only in memory because saving failed.
    public private(set) var unsaved = false
    let started: Date
    let startSequence: Int
    /// Cards shown so far, the current one included: the position counter only moves forward.
    var shown = 0
    /// Hints given for the card on screen.
    var hints = 0

    public static var commands: [String] {
        [":help", ":hint", ":skip", ":undo", ":suspend", ":bury", ":stats", ":quit"]
    }

    public init(
        session: StudySession, reader: Reader, store: any ProgressStore, clock: any WallClock,
        style: TerminalStyle, width: (() -> Int)? = nil, write: @escaping (String) -> Void
    ) {
        self.session = session
        self.reader = reader
        self.store = store
        self.clock = clock
        self.style = style
        self.width = width
        self.write = write
        started = clock.now
        startSequence = session.progress.journalSequence
    }

    /// Runs the session until the cards run out, `:quit`, Ctrl-D or Ctrl-C; returns the exit status
    /// (1 when answers could not be saved).
    public mutating func run() -> Int32 {
        if session.needsSnapshot { compact() }
        say(header())
        var pending: Card? = nil
        while true {
            guard let card = pending ?? session.nextCard(at: clock.now) else {
                say(nothingLeft())
                break
            }
            pending = nil
            reader.forgetAnswers()
            switch ask(card) {
            case .next: continue
            case .again(let card): pending = card
            case .quit: return finish()
            }
        }
        return finish()
    }

    enum Step {
        case next
        case again(Card)
        case quit
    }

    var presenter: CardPresenter { CardPresenter(style: style) }

    mutating func ask(_ card: Card) -> Step {
        shown += 1
        hints = 0
        if let width { style.width = max(20, min(width(), 100)) }
        let counts = session.queue.counts
        let left = session.cram?.cardIDs.count ?? (counts.due + counts.new + counts.learning)
        say("")
        say(style.dim("[\(card.kind.rawValue) · \(shown)/\(shown + left)]"))
        say(presenter.question(card))
        reader.setCompletions(Self.commands + presenter.completions(for: card))
        let shownAt = clock.now
        let key = AnswerKey(card.question)
        while true {
            switch reader.read(prompt: "> ") {
            case .end, .interrupt:
                return .quit
            case .line(let raw):
                let line = raw.trimmingSpaces()
                if line.hasPrefix(":") {
                    reader.remember(line, persistent: true)
                    if let step = command(line, card: card) { return step }
                    continue
                }
                if line.isEmpty && card.kind != .reverse { continue }
                reader.remember(line, persistent: false)
                let verdict = key.check(line)
                if case .retry(let reason) = verdict {
                    say(style.partial(reason))
                    continue
                }
                return answer(
                    card, typed: line, verdict: verdict, seconds: clock.now.timeIntervalSince(shownAt))
            }
        }
    }

    /// Handles a `:` command while a card is shown; nil means keep reading.
    mutating func command(_ line: String, card: Card) -> Step? {
        switch line.lowercased() {
        case ":quit", ":q", ":exit": return .quit
        case ":help", ":h", ":?":
            say("Type your answer and press Enter. Commands:")
            say("  :hint     a hint (again for another); a hinted answer is graded Hard at most")
            say("  :skip     show this card again later today")
            say("  :undo     take back the last answer (the card is asked again)")
            say("  :suspend  stop showing this card until it is unsuspended")
            say("  :bury     hide this card until tomorrow")
            say("  :stats    today's counts")
            say("  :quit     save and end the session (also Ctrl-D)")
            return nil
        case ":hint":
            hints += 1
            say(style.partial(presenter.hint(for: card, level: hints)))
            return nil
        case ":skip":
            session.skip(card.id, at: clock.now)
            say(style.dim("Skipped; it comes back later today."))
            return .next
        case ":undo":
            guard let undone = session.undo(at: clock.now) else {
                say("Nothing to undo yet.")
                return nil
            }
            save()
            say("Took back the last answer; that card is asked again.")
            // The card on screen waits for later, unless it is the one taken back.
            if undone.id != card.id { session.skip(card.id, at: clock.now) }
            return .again(undone)
        case ":suspend":
            session.setSuspended(card.id, true, at: clock.now)
            save()
            say(
                style.dim(
                    "Suspended. 'recall suspend \(session.deck.name) \(card.id) --undo' brings it back."))
            return .next
        case ":bury":
            session.bury(card.id, at: clock.now)
            save()
            say(style.dim("Buried until tomorrow."))
            return .next
        case ":stats":
            let counts = session.queue.counts
            say(
                "Today: \(rightShare(session.tally)) · due \(counts.due) · new \(counts.new) · learning \(counts.learning)"
            )
            return nil
        default:
            say("Unknown command \(line); :help lists them.")
            return nil
        }
    }

    mutating func answer(_ card: Card, typed: String, verdict: AnswerChecker.Verdict, seconds: TimeInterval)
        -> Step
    {
        let before = session.progress.schedules[card.id]
        let suggestion = GradeSuggestion(
            kind: card.kind, phaseBefore: (before?.isNew ?? true) ? nil : before?.phase, seconds: seconds,
            usualSeconds: session.pace.usualSeconds(for: card.kind), hints: hints)
        let suggested = suggestion.rating(for: verdict)
        let now = clock.now
        session.record(
            card.id, rating: suggested, at: now, answer: typed.isEmpty ? nil : typed,
            durationMs: Int(seconds * 1000))
        let contrast = verdict == .wrong ? session.addContrast(for: card, typed: typed, at: now) : nil
        save()
        say(presenter.feedback(card, verdict: verdict, typed: typed))
        if let contrast {
            say(
                style.dim(
                    "New contrast card for you (\(contrast.question.prompt)); it comes back later in this session."
                ))
        }
        say(buttons(for: card.id, suggested: suggested, at: now))
        while true {
            switch reader.read(prompt: "> ") {
            case .end, .interrupt:
                return .quit
            case .line(let raw):
                let line = raw.trimmingSpaces()
                if line.isEmpty { return .next }
                if let number = Int(line), let rating = Rating(rawValue: number) {
                    if rating != suggested {
                        session.regrade(rating, at: now)
                        save()
                        say(style.dim("Graded \(rating.name)."))
                    }
                    return .next
                }
                if line.hasPrefix(":") {
                    reader.remember(line, persistent: true)
                    if line.lowercased() == ":hint" || line.lowercased() == ":skip" {
                        say("Press Enter to go on, or 1-4 to grade.")
                        continue
                    }
                    if let step = command(line, card: card) {
                        if case .again = step { return step }
                        if case .quit = step { return step }
                        return .next
                    }
                    continue
                }
                say(
                    "Press Enter to accept \(suggested.name), or 1-4 to grade (1 again · 2 hard · 3 good · 4 easy)."
                )
            }
        }
    }

    /// Makes the pending changes durable (journal append and sync); on failure keeps them in memory.
    mutating func save() {
        do {
            try store.append(session.pendingChanges, deck: session.deck.name)
            session.changesSaved()
            if unsaved { say(style.right("Saved; the answers kept in memory are on disk now.")) }
            unsaved = false
        } catch {
            unsaved = true
            say(
                style.wrong(
                    "⚠ Saving failed: \(error). Your answers are kept in memory and saving is retried after each answer."
                ))
        }
    }

    /// Writes a fresh snapshot, so the journal starts empty next time; the journal already holds everything.
    mutating func compact() {
        guard !unsaved, session.progress.journalSequence != startSequence || session.needsSnapshot else {
            return
        }
        do {
            try store.save(session.progress)
        } catch {
            say(
                style.dim(
                    "(The progress snapshot could not be rewritten: \(error). Nothing is lost: the journal holds every answer.)"
                ))
        }
    }

    package mutating func finish() -> Int32 {
        if unsaved { save() }
        compact()
        let tally = session.tally
        let now = clock.now
        var summary =
            "Studied \(tally.studied) card\(tally.studied == 1 ? "" : "s") in \(Durations.elapsed(now.timeIntervalSince(started)))"
        if tally.studied > 0 { summary += " · \(rightShare(tally))" }
        let counts = session.queue.counts
        if let cram = session.cram?.cardIDs {
            summary +=
                cram.isEmpty
                ? " · today's cram plan is done"
                : " · \(cram.count) cram card\(cram.count == 1 ? "" : "s") left today"
        } else if counts.due + counts.new > 0 {
            summary +=
                " · \(counts.due + counts.new) more card\(counts.due + counts.new == 1 ? "" : "s") waiting today"
        } else if let due = session.nextDue(after: now) {
            summary += " · next card due \(Durations.until(due.timeIntervalSince(now)))"
            if counts.learning > 0 { summary += " (\(counts.learning) learning)" }
        }
        say("")
        say(summary + ".")
        if unsaved {
            say(style.wrong("⚠ Some answers could not be saved to \(session.deck.name)'s progress file."))
            return 1
        }
        return 0
    }

    /// `3 of 4 right (75%)`: answers graded Good or Easy, of all answers.
    func rightShare(_ tally: StudySession.Tally) -> String {
        let percent = tally.studied == 0 ? 0 : tally.right * 100 / tally.studied
        return "\(tally.right) of \(tally.studied) right (\(percent)%)"
    }

    func header() -> String {
        if let cram = session.cram?.cardIDs {
            return style.bold(
                "\(session.deck.name) · cram · \(cram.count) card\(cram.count == 1 ? "" : "s") today")
        }
        let counts = session.queue.counts
        return style.bold(
            "\(session.deck.name) · due \(counts.due) · new \(counts.new) · learning \(counts.learning)")
    }

    func nothingLeft() -> String {
        if let due = session.queue.nextLearningDue {
            return
                "Nothing more for now; the next learning card is due \(Durations.until(due.timeIntervalSince(clock.now)))."
        }
        return "Nothing more is due today. Well done."
    }

    /// `1 again 1m · 2 hard 6m · [3 good 10m] · 4 easy 3d   Enter = good`.
    func buttons(for cardID: String, suggested: Rating, at now: Date) -> String {
        let intervals = session.intervalsForLastAnswer(at: now)
        let parts = Rating.allCases.map { rating -> String in
            let text = "\(rating.rawValue) \(rating.name) \(Durations.short(intervals[rating] ?? 0))"
            return rating == suggested ? "[\(text)]" : text
        }
        return "  " + parts.joined(separator: " · ") + "   Enter = \(suggested.name)"
    }

    func say(_ text: String) { write(text + "\n") }
}
