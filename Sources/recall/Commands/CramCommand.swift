import ArgumentParser
import Foundation
import RecallKit

struct CramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cram",
        abstract: "Plan reviews toward an exam date, and study today's part of the plan.",
        discussion: """
            Each day the plan picks the reviews that raise the predicted recall on the exam the most (from each \
            card's FSRS state), one card per fact. By default a day holds about 20 minutes of reviews, counted at \
            your median answer time (12 seconds an answer until you have answered \(Self.medianSample) cards): \
            about 100 reviews. It shows today's count, the predicted share of facts recalled on the exam now and \
            after today's session (once the deck has \(Self.predictionThreshold) reviews; before that there are \
            too few to predict from), and a day-by-day plan; then it studies today's cards. A missed card comes \
            back after a few others until it is answered right. Cram reviews go into the ordinary review log: \
            there is no second schedule. The exam may be today.

            The exam date is saved in the deck's settings (recall stats uses it). --plan-only only reads: it \
            takes no lock, saves nothing and works during a study session.
            """
    )

    /// Reviews a deck needs before the plan's predictions mean much: below it, most cards have been
    /// seen once or never, and FSRS would predict from its default first-review stability.
    static let predictionThreshold = 100
    /// Answers the median answer time needs; before that, 12 seconds is assumed.
    static let medianSample = 20
    static let defaultMinutes = 20
    static let defaultAnswerSeconds = 12.0

    @Argument(help: "The deck.", completion: DeckCompletion.kind) var deck: String = Workspace.sampleDeck
    @Option(name: .long, help: ArgumentHelp("The exam day (today or later).", valueName: "YYYY-MM-DD"))
    var exam: String
    @Option(name: .long, help: "Reviews per day (default: as many as --minutes holds).") var perDay: Int?
    @Option(
        name: .long,
        help: "Minutes per day (default: about 20, counted at your median answer time: about 100 reviews).")
    var minutes: Int?
    @Flag(name: .long, help: "Show the plan without studying; reads only (no lock, nothing saved).")
    var planOnly = false
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Compare the planner with the ordinary queue on simulated students.", visibility: .hidden))
    var simulate = false
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if perDay != nil && minutes != nil { throw ValidationError("give --per-day or --minutes, not both") }
        if let perDay, !(1...2000).contains(perDay) { throw ValidationError("--per-day must be 1 to 2000") }
        if let minutes, !(1...600).contains(minutes) { throw ValidationError("--minutes must be 1 to 600") }
        if DeckSettings.examMoment(exam, timeZone: .current) == nil {
            throw ValidationError("--exam: '\(exam)' is not a day written YYYY-MM-DD")
        }
    }

    /// The moment the plan aims at: 9 a.m. on the exam day, or an hour from now for an exam today
    /// after 9; a day before today is refused.
    func examMoment(now: Date) throws -> Date {
        let moment = DeckSettings.examMoment(exam, timeZone: .current)!
        let calendar = Calendar.current
        if calendar.startOfDay(for: moment) < calendar.startOfDay(for: now) {
            throw CommandFailure("--exam: \(exam) is in the past", status: .usage)
        }
        return max(moment, now.addingTimeInterval(3600))
    }

    func run() throws {
        if simulate {
            printSimulation()
            return
        }
        let workspace = options.workspace
        let write: (String) -> Void = { TerminalOutput.write($0) }
        let now = Date()
        let examMoment = try examMoment(now: now)
        let status: Int32
        do {
            if planOnly {
                // Read only: no lock, no deck built, no exam date saved.
                let loaded = try DeckOpening(workspace: workspace).built(deck)
                let progress =
                    try FileProgressStore(workspace: workspace).load(deck: loaded.name)
                    ?? DeckProgress(deck: loaded.name)
                _ = plan(loaded, progress: progress, examMoment: examMoment, now: now)
                return
            }
            let opened = try DeckOpening(workspace: workspace).open(deck) { write($0 + "\n") }
            status = try ProgressLock.withLock(
                workspace: workspace, deck: opened.name, description: "recall cram"
            ) {
                try cram(opened.name, examMoment: examMoment, now: now, write: write)
            }
        } catch {
            throw CommandFailure(error)
        }
        if status != 0 {
            TerminalOutput.writeError("Error: some answers could not be saved (see above).\n")
            throw ExitStatus.couldNotSave.exitCode
        }
    }

    /// Plans and prints the plan; returns today's cards.
    func plan(_ deck: Deck, progress: DeckProgress, examMoment: Date, now: Date) -> [String] {
        let pace = Pace(progress, perDay: perDay, minutes: minutes)
        let planner = ExamPlanner(
            model: FSRS(parameters: deck.settings.parameters ?? .defaults), exam: examMoment)
        let plan = planner.plan(Self.oneCardPerFact(deck, progress), from: now, perDay: pace.reviews)
        printPlan(plan, pace: pace, deck: deck.name, reviews: progress.reviews.count, now: now)
        return plan.today?.cardIDs ?? []
    }

    /// Plans, saves the exam date and studies; the caller holds the deck's lock.
    func cram(_ name: String, examMoment: Date, now: Date, write: @escaping (String) -> Void) throws -> Int32
    {
        let workspace = options.workspace
        let store = FileProgressStore(workspace: workspace)
        let loaded = try DeckOpening(workspace: workspace).update(name, by: "recall cram") {
            $0.settings.examDate = exam
        }
        let progress = try store.load(deck: loaded.name) ?? DeckProgress(deck: loaded.name)
        let todayIDs = plan(loaded, progress: progress, examMoment: examMoment, now: now)
        var session = StudySession(
            deck: loaded, progress: progress, now: now, timeZone: .current,
            seed: UInt64.random(in: 0...UInt64.max), machine: try ThisMachine.id())
        guard !todayIDs.isEmpty else { return 0 }
        session.startCram(todayIDs)
        fflush(nil)
        if Terminal.inputIsTerminal {
            var repl = StudyREPL(
                session: session, reader: ReadlineLineReader(historyFile: workspace.historyFile),
                store: store,
                clock: SystemClock(), style: Terminal.style, width: { Terminal.width }, write: write)
            return repl.run()
        } else {
            var repl = StudyREPL(
                session: session, reader: PlainLineReader(), store: store, clock: SystemClock(),
                style: .plain,
                write: write)
            return repl.run()
        }
    }

    /// How much a day of the plan holds, and how that was worked out, in words.
    struct Pace {
        var reviews: Int
        var words: String

        init(_ progress: DeckProgress, perDay: Int?, minutes: Int?) {
            if let perDay {
                reviews = perDay
                words = "\(plural(perDay, "review")) a day"
                return
            }
            let durations = progress.reviews.compactMap(\.durationMs).sorted()
            let measured = durations.count >= CramCommand.medianSample
            let seconds =
                measured
                ? max(2, Double(durations[durations.count / 2]) / 1000) : CramCommand.defaultAnswerSeconds
            let minutes = minutes ?? CramCommand.defaultMinutes
            reviews = max(1, Int(Double(minutes * 60) / seconds))
            let pace =
                measured
                ? "at your median \(Int(seconds.rounded())) s an answer"
                : "at \(Int(seconds)) s an answer, until you have answered \(CramCommand.medianSample) cards"
            words = "about \(minutes) minutes a day, ~\(reviews) reviews (\(pace))"
        }
    }

    /// The card that stands for each fact in the plan: the one studied most, else the first (a cloze).
    static func oneCardPerFact(_ deck: Deck, _ progress: DeckProgress) -> [ExamPlanner.CardState] {
        var chosen: [String: (card: Card, reps: Int)] = [:]
        var order: [String] = []
        for card in deck.cards {
            let reps = progress.schedules[card.id]?.reps ?? -1
            if let current = chosen[card.factID] {
                if reps > current.reps { chosen[card.factID] = (card, reps) }
            } else {
                chosen[card.factID] = (card, reps)
                order.append(card.factID)
            }
        }
        return order.map { fact in
            let card = chosen[fact]!.card
            let schedule = progress.schedules[card.id]
            return ExamPlanner.CardState(
                id: card.id, memory: schedule?.memory, lastReview: schedule?.lastReview)
        }
    }

    func printPlan(_ plan: ExamPlanner.Plan, pace: Pace, deck: String, reviews: Int, now: Date) {
        let percent = { (value: Double) in "\(Int((value * 100).rounded()))%" }
        let calendar = Calendar.current
        let examDay = calendar.startOfDay(for: DeckSettings.examMoment(exam, timeZone: .current)!)
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: examDay).day ?? 0
        let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
        print("\(deck) · exam on \(exam) (\(when)) · \(pace.words)")
        let today = plan.today
        print("Today: \(plural(today?.cardIDs.count ?? 0, "review")).")
        let predicting = reviews >= Self.predictionThreshold
        if predicting {
            print(
                "Predicted share of facts recalled on the exam: \(percent(plan.recallAtExamNow)) now · "
                    + "\(percent(today?.recallAtExam ?? plan.recallAtExamNow)) after today's session · "
                    + "\(percent(plan.recallAtExamAfterPlan)) with the whole plan.")
        } else {
            print(
                "Predicted recall on the exam: not enough reviews to predict "
                    + "(\(plural(reviews, "review")) of this deck so far; predictions start at \(Self.predictionThreshold))."
            )
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "EEE d MMM"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        print("")
        print("Plan:")
        let busiest = max(plan.days.map(\.cardIDs.count).max() ?? 1, 1)
        for day in plan.days {
            let bar = String(repeating: "█", count: day.cardIDs.count * 30 / busiest)
            let share =
                predicting
                ? "  " + percent(day.recallAtExam).padding(toLength: 4, withPad: " ", startingAt: 0) : ""
            let label = formatter.string(from: day.date).padding(toLength: 11, withPad: " ", startingAt: 0)
            let reviews = plural(day.cardIDs.count, "review").padding(
                toLength: 12, withPad: " ", startingAt: 0)
            print("  \(label) \(reviews)\(share)  \(bar)")
        }
        if plan.days.isEmpty { print("  nothing left to plan before the exam.") }
    }

    func printSimulation() {
        let simulation = CramSimulation(students: 30, cards: 200, days: 14, perDay: perDay ?? 20, seed: 2026)
        let results = simulation.run()
        print(
            "Simulated class: \(simulation.students) students, \(simulation.cards) cards each, exam in \(simulation.days) days, \(simulation.perDay) reviews a day (seed \(simulation.seed))."
        )
        print("| strategy | mean predicted recall on the exam |")
        print("| --- | ---: |")
        for strategy in CramSimulation.Strategy.allCases {
            print("| \(strategy.rawValue) | \(String(format: "%.1f%%", (results[strategy] ?? 0) * 100)) |")
        }
    }
}

/// `1 review`, `2 reviews`.
func plural(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
}
