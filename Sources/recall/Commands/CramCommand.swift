import ArgumentParser
import Foundation
import RecallKit

struct CramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cram",
        abstract: "Plan reviews toward an exam date, and study today's part of the plan.",
        discussion: """
            Each day the plan picks the reviews that raise the predicted recall on the exam the most (from each \
            card's FSRS state), one card per fact. It shows today's count, the predicted share of facts recalled on \
            the exam now and after today's session, and a day-by-day plan; then it studies today's cards. A missed \
            card comes back after a few others until it is answered right. Cram reviews go into the ordinary review \
            log: there is no second schedule. The exam date is saved in the deck's settings (recall stats uses it).
            """
    )

    @Argument(help: "The deck.", completion: DeckCompletion.kind) var deck: String = Workspace.sampleDeck
    @Option(name: .long, help: ArgumentHelp("The exam day.", valueName: "YYYY-MM-DD")) var exam: String
    @Option(name: .long, help: "Reviews per day.") var perDay: Int?
    @Option(name: .long, help: "Minutes per day (reviews are counted from your answer times).") var minutes:
        Int?
    @Flag(name: .long, help: "Show the plan without studying.") var planOnly = false
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

    func run() throws {
        if simulate {
            printSimulation()
            return
        }
        let workspace = options.workspace
        let write: (String) -> Void = { TerminalOutput.write($0) }
        let status: Int32
        do {
            let opened = try DeckOpening(workspace: workspace).open(deck) { write($0 + "\n") }
            status = try ProgressLock.withLock(
                workspace: workspace, deck: opened.name, description: "recall cram"
            ) {
                try cram(opened.name, write: write)
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
        if status != 0 {
            TerminalOutput.writeError("Error: some answers could not be saved (see above).\n")
            throw ExitStatus.couldNotSave.exitCode
        }
    }

    /// Plans and studies; the caller holds the deck's lock.
    func cram(_ name: String, write: @escaping (String) -> Void) throws -> Int32 {
        let workspace = options.workspace
        let now = Date()
        let store = FileProgressStore(workspace: workspace)
        let examMoment = DeckSettings.examMoment(exam, timeZone: .current)!
        guard examMoment > now else {
            throw CommandFailure("--exam: \(exam) is not in the future", status: .usage)
        }
        let loaded = try DeckOpening(workspace: workspace).update(name, by: "recall cram") {
            $0.settings.examDate = exam
        }
        let progress = try store.load(deck: loaded.name) ?? DeckProgress(deck: loaded.name)
        let count = reviewsPerDay(progress)
        let planner = ExamPlanner(
            model: FSRS(parameters: loaded.settings.parameters ?? .defaults), exam: examMoment)
        let states = Self.oneCardPerFact(loaded, progress)
        let plan = planner.plan(states, from: now, perDay: count)
        printPlan(plan, perDay: count, deck: loaded.name, examMoment: examMoment, now: now)
        let todayIDs = plan.today?.cardIDs ?? []
        var session = StudySession(
            deck: loaded, progress: progress, now: now, timeZone: .current,
            seed: UInt64.random(in: 0...UInt64.max))
        guard !planOnly, !todayIDs.isEmpty else { return 0 }
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

    /// The reviews a day holds: --per-day, or --minutes at the student's median answer time (12 s by default).
    func reviewsPerDay(_ progress: DeckProgress) -> Int {
        if let perDay { return perDay }
        let durations = progress.reviews.compactMap(\.durationMs).sorted()
        let seconds = durations.isEmpty ? 12 : max(2, Double(durations[durations.count / 2]) / 1000)
        return max(1, Int(Double((minutes ?? 20) * 60) / seconds))
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

    func printPlan(_ plan: ExamPlanner.Plan, perDay: Int, deck: String, examMoment: Date, now: Date) {
        let percent = { (value: Double) in "\(Int((value * 100).rounded()))%" }
        let days = Int((examMoment.timeIntervalSince(now) / 86_400).rounded(.up))
        print(
            "\(deck) · exam on \(exam) (in \(days) day\(days == 1 ? "" : "s")) · up to \(perDay) reviews a day"
        )
        let today = plan.today
        print("Today: \(today?.cardIDs.count ?? 0) reviews.")
        print(
            "Predicted share of facts recalled on the exam: \(percent(plan.recallAtExamNow)) now · "
                + "\(percent(today?.recallAtExam ?? plan.recallAtExamNow)) after today's session · "
                + "\(percent(plan.recallAtExamAfterPlan)) with the whole plan.")
        let formatter = DateFormatter()
        formatter.dateFormat = "EEE d MMM"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        print("")
        print("Plan:")
        for day in plan.days {
            let bar = String(repeating: "█", count: min(40, day.cardIDs.count * 40 / max(perDay, 1)))
            print(
                "  \(formatter.string(from: day.date).padding(toLength: 11, withPad: " ", startingAt: 0)) \(String(format: "%4d", day.cardIDs.count)) reviews  \(percent(day.recallAtExam).padding(toLength: 4, withPad: " ", startingAt: 0))  \(bar)"
            )
        }
        if plan.days.isEmpty { print("  nothing: the exam is today.") }
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
