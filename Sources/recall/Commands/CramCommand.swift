import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct CramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cram",
        abstract: "Plan reviews toward an exam date, and study today's part of the plan.",
        discussion: """
            Each day the plan picks the reviews that raise the predicted recall on the exam the most (from each \
            card's FSRS state), one card per fact. By default a day holds about 20 minutes of reviews, counted at \
            your median answer time (12 seconds an answer until you have answered \(CramPlanning.medianSample) cards): \
            about 100 reviews. It shows today's count, the predicted share of facts recalled on the exam now and \
            after today's session (once the deck has \(CramPlanning.predictionThreshold) reviews; before that there are \
            too few to predict from), and a day-by-day plan; then it studies today's cards. A missed card comes \
            back after a few others until it is answered right. Cram reviews go into the ordinary review log: \
            there is no second schedule. The exam may be today.

            The exam date is saved in the deck's settings (recall stats uses it). --plan-only only reads: it \
            takes no lock, saves nothing and works during a study session.
            """
    )

    @Argument(help: "The deck.", completion: .deckName) var deck: String = Workspace.sampleDeck
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

    package func validate() throws {
        if perDay != nil && minutes != nil { throw ValidationError("give --per-day or --minutes, not both") }
        if let perDay, !(1...2000).contains(perDay) { throw ValidationError("--per-day must be 1 to 2000") }
        if let minutes, !(1...600).contains(minutes) { throw ValidationError("--minutes must be 1 to 600") }
        if DeckSettings.examMoment(exam, timeZone: .current) == nil {
            throw ValidationError("--exam: '\(exam)' is not a day written YYYY-MM-DD")
        }
    }

    /// The moment the plan aims at (see `CramPlanning.examMoment`); a day before today is refused.
    func examMoment(now: Date) throws -> Date {
        guard let moment = CramPlanning.examMoment(exam, now: now, timeZone: .current) else {
            throw CommandFailure("--exam: \(exam) is in the past", status: .usage)
        }
        return moment
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
        let (plan, pace) = CramPlanning(deck: deck, progress: progress).plan(
            exam: examMoment, now: now, perDay: perDay, minutes: minutes)
        let report = CramPlanReport(
            plan: plan, pace: pace, deck: deck.name, exam: exam, reviews: progress.reviews.count, now: now,
            timeZone: .current)
        for line in report.lines { print(line) }
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
            seed: UInt64.random(in: 0...UInt64.max), machine: try MachineIdentity.current())
        guard !todayIDs.isEmpty else { return 0 }
        session.startCram(todayIDs)
        fflush(nil)
        return StudyTerminal.run(
            session, store: store, workspace: workspace, clock: SystemClock(), write: write)
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
