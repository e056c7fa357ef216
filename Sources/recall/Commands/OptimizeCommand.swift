import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallInterop
import RecallModel
import RecallStorage

struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Fit FSRS-6's weights to a student's own reviews, as Anki's optimizer does.",
        discussion: """
            Fits the 21 weights to a deck's review log (or every deck's, with --all) and saves them in the deck's \
            settings, so that the scheduler uses them from the next card on. It prints the log loss and RMSE (bins) \
            of the default and the fitted weights on the same reviews, and keeps the defaults when the fit is not \
            better. It needs at least 400 reviews made on a later day than the card's previous one. \
            --log fits a review log given as CSV (card_id,review_time,rating[,duration_ms]) and saves nothing. \
            --retention also suggests the desired retention that costs the least study time per fact remembered.
            """
    )

    @Argument(help: "The deck (default: turkey-russia).", completion: .deckName) var deck: String?
    @Flag(name: .long, help: "Fit every deck's reviews together, and save the weights in every deck.")
    var all = false
    @Option(
        name: .long, help: ArgumentHelp("Fit a review log in CSV instead of a deck's.", valueName: "FILE"),
        completion: .csvFile)
    var log: String?
    @Flag(name: .long, help: "Print the weights and the figures as JSON.") var json = false
    @Flag(name: .long, help: "Also suggest a desired retention, from a simulated year of reviews.")
    var retention = false
    @Option(name: .long, help: "The seed that shuffles the reviews between passes.") var seed: UInt64 = 2023
    @OptionGroup var options: WorkspaceOptions

    package func validate() throws {
        if all && (deck != nil || log != nil) {
            throw ValidationError("--all fits every deck; give no deck and no --log")
        }
        if log != nil && deck != nil { throw ValidationError("--log fits a file; give no deck with it") }
    }

    struct Report: Encodable {
        var reviews: Int
        var defaults: FSRSOptimizer.Evaluation
        var fitted: FSRSOptimizer.Evaluation?
        var kept: String
        var parameters: [Double]
        var suggestedRetention: Double?
        var decks: [String]?
        var reason: String?
    }

    func run() throws {
        let workspace = options.workspace
        do {
            var histories: [ReviewHistory]
            var answerTimes: [(recalled: Bool, milliseconds: Int)] = []
            var decks: [Deck] = []
            if let log {
                let text: String
                guard FileManager.default.fileExists(atPath: log) else {
                    throw CommandFailure("\(log): no such file", status: .notFound)
                }
                do {
                    text = try String(contentsOfFile: log, encoding: .utf8)
                } catch {
                    throw CommandFailure("\(log): cannot be read as UTF-8 text")
                }
                let entries = try ReviewLogCSV.read(text, file: log)
                histories = ReviewHistory.histories(from: entries.map { ($0.card, $0.time, $0.rating) })
                answerTimes = entries.compactMap { entry in
                    entry.durationMs.map { (entry.rating != .again, $0) }
                }
            } else {
                let names = all ? workspace.deckNames() : [deck ?? Workspace.sampleDeck]
                var log: [(card: String, time: Date, rating: Rating)] = []
                for name in names {
                    decks.append(try DeckOpening(workspace: workspace).open(name, announce: { _ in }))
                    let progress =
                        try FileProgressStore(workspace: workspace).load(deck: name)
                        ?? DeckProgress(deck: name)
                    log += progress.reviews.map { (name + "/" + $0.cardID, $0.time, $0.rating) }
                    answerTimes += progress.reviews.compactMap { review in
                        review.durationMs.map { (review.rating != .again, $0) }
                    }
                }
                histories = ReviewHistory.histories(from: log)
            }
            var optimizer = FSRSOptimizer()
            optimizer.seed = seed
            let outcome = optimizer.optimize(histories)
            var report = Report(
                reviews: outcome.defaults.reviews, defaults: outcome.defaults, fitted: outcome.fitted,
                kept: outcome.keptFitted ? "fitted" : "defaults", parameters: outcome.parameters.weights,
                decks: decks.isEmpty ? nil : decks.map(\.name), reason: outcome.reason)
            if retention {
                report.suggestedRetention =
                    RetentionAdvisor(parameters: outcome.parameters, answerTimes: answerTimes).best()
                    .desiredRetention
            }
            if log == nil, outcome.keptFitted {
                for deck in decks {
                    try DeckOpening(workspace: workspace).update(deck.name, by: "recall optimize") {
                        $0.settings.parameters = outcome.parameters
                    }
                }
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(text(report))
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
    }

    package func text(_ report: Report) -> String {
        func figures(_ evaluation: FSRSOptimizer.Evaluation) -> String {
            String(format: "log loss %.4f, RMSE (bins) %.2f%%", evaluation.logLoss, evaluation.rmseBins * 100)
        }
        let source = log ?? (report.decks ?? []).joined(separator: ", ")
        var lines = ["\(source): \(report.reviews) reviews on a later day than the card's previous one"]
        if report.reviews > 0 { lines.append("  default weights: \(figures(report.defaults))") }
        if let fitted = report.fitted { lines.append("  fitted weights:  \(figures(fitted))") }
        if report.kept == "fitted" {
            lines.append(
                log == nil
                    ? "Saved the fitted weights in the deck's settings; the scheduler uses them from the next card."
                    : "Fitted weights (not saved: --log fits a file):")
            lines.append("  " + report.parameters.map { String(format: "%.4f", $0) }.joined(separator: ", "))
        } else if let reason = report.reason {
            lines.append("Kept the default weights: \(reason).")
        }
        if let retention = report.suggestedRetention {
            lines.append(
                String(
                    format:
                        "Suggested desired retention: %.2f (the least study time per fact remembered over a simulated year).",
                    retention))
        }
        return lines.joined(separator: "\n")
    }
}
