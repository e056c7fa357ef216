import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Scheduler tools.",
        subcommands: [Replay.self]
    )

    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replay FSRS test vectors through Recall's scheduler.",
            discussion: """
                Reads a file in the fsrs-vectors/1 format (scheduler settings, initial card and reviews per case, \
                and single-formula cases) and writes the same JSON with retrievability_before, card_after, \
                interval_seconds and every unit case's out computed by Recall.
                """
        )

        @Argument(
            help: ArgumentHelp("The vector file.", valueName: "VECTORS.json"), completion: .jsonFile
        )
        var vectors: String

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Where to write the result; - is standard output (the default).", valueName: "FILE"),
            completion: .anyFile)
        var out: String?

        func run() throws {
            let url = URL(fileURLWithPath: vectors)
            do {
                guard let data = try DiskFileStore().read(url) else {
                    throw CommandFailure("\(url.path): no such file", status: .notFound)
                }
                let replayed = try FSRSVectorFile(data: data, file: url.path).replayed()
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let output = try encoder.encode(replayed)
                let destination = OutputDestination(out)
                try destination.write(destination == .standardOutput ? output + Data("\n".utf8) : output)
            } catch let error as ReplayError {
                throw CommandFailure(error.naming(url.path))
            } catch let error as CommandFailure {
                throw error
            } catch {
                throw CommandFailure(error)
            }
        }
    }
}
