import Foundation
import Testing

/// Issue 20: `recall cram` says its defaults in words, predicts only with enough reviews, takes an
/// exam today, and `--plan-only` only reads.
@Suite struct CramCommandTests {
    static func day(_ offset: Int) -> String {
        let date = Calendar.current.date(byAdding: .day, value: offset, to: Date())!
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func builtWorkspace() throws -> URL {
        let home = try RecallProcess.sampleWorkspace()
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        return home
    }

    @Test func planOnlyReadsAndSaysItsDefaultsInWords() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let deckFile = home.appendingPathComponent("Decks/turkey-russia.deck.json")
        let before = try Data(contentsOf: deckFile)
        let (_, finish) = try StorageSafetyTests.studying(home)
        defer { finish() }
        let result = try RecallProcess.run([
            "cram", "--exam", Self.day(3), "--plan-only", "--home", home.path,
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(
            result.output.contains(
                "turkey-russia · exam on \(Self.day(3)) (in 3 days) · about 20 minutes a day, ~100 reviews (at 12 s an answer"
            ), "\(result.output)")
        #expect(
            result.output.contains("Predicted recall on the exam: not enough reviews to predict (0 reviews"))
        #expect(!result.output.contains("%"))
        #expect(try Data(contentsOf: deckFile) == before, "--plan-only saved nothing")
    }

    @Test func anExamTodayIsPlannedAndOneInThePastRefused() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let today = try RecallProcess.run([
            "cram", "--exam", Self.day(0), "--per-day", "1", "--plan-only", "--home", home.path,
        ])
        #expect(today.status == 0, "\(today.error)")
        #expect(today.output.contains("(today) · 1 review a day"))
        #expect(today.output.contains("Today: 1 review."))
        let past = try RecallProcess.run(["cram", "--exam", Self.day(-1), "--home", home.path])
        ExitStatusTests.expectFailure(past, status: 2, saying: "--exam: \(Self.day(-1)) is in the past")
        let bad = try RecallProcess.run(["cram", "--exam", "soon", "--home", home.path])
        ExitStatusTests.expectFailure(bad, status: 2, saying: "is not a day written YYYY-MM-DD")
    }

    @Test func crammingStudiesAndSavesTheExamDate() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try RecallProcess.run(
            ["cram", "--exam", Self.day(1), "--per-day", "5", "--home", home.path], input: ":quit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("(tomorrow) · 5 reviews a day"))
        #expect(result.output.contains("turkey-russia · cram · 5 cards today"), "\(result.output)")
        let deck = try String(
            contentsOf: home.appendingPathComponent("Decks/turkey-russia.deck.json"), encoding: .utf8)
        #expect(deck.contains(Self.day(1)))
    }

    @Test func predictionsComeWithEnoughReviews() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["simulate", "--days", "60", "--home", home.path])
        let result = try RecallProcess.run([
            "cram", "--exam", Self.day(5), "--plan-only", "--home", home.path,
        ])
        #expect(result.status == 0)
        #expect(result.output.contains("Predicted share of facts recalled on the exam: "))
        #expect(result.output.contains("at your median "))
        let help = try RecallProcess.run(["cram", "--help"], environment: ["COLUMNS": "1000"])
        #expect(help.output.contains("By default a day holds about 20 minutes of reviews"))
    }
}

/// The reading commands end to end: stats, report and decks on a studied deck.
@Suite struct ReadingCommandsTests {
    @Test func statsReportAndDecks() throws {
        let home = try CramCommandTests.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        try RecallProcess.run(["simulate", "--days", "30", "--home", home.path])
        let stats = try RecallProcess.run(["stats", "--home", home.path])
        #expect(stats.status == 0)
        #expect(stats.output.hasPrefix("turkey-russia · \(try RecallProcess.sampleCardCount()) cards"))
        #expect(stats.error.isEmpty)
        let progress = home.appendingPathComponent("Progress/turkey-russia.progress.json").path
        let report = try RecallProcess.run(["report", progress, "--home", home.path])
        #expect(report.status == 0, "\(report.error)")
        #expect(report.output.contains("turkey-russia"))
        let csv = try RecallProcess.run(["report", progress, "--format", "csv", "--home", home.path])
        #expect(csv.status == 0)
        let wrong = try RecallProcess.run(["report", progress, "--format", "pdf", "--home", home.path])
        ExitStatusTests.expectFailure(wrong, status: 2, saying: "--format must be markdown, csv or html")
        let decks = try RecallProcess.run(["decks", "--home", home.path])
        #expect(decks.status == 0)
        #expect(decks.output.hasPrefix("deck "))
        let doctor = try RecallProcess.run(["doctor", "--home", home.path])
        #expect(doctor.status == 0, "\(doctor.output)\(doctor.error)")
        #expect(doctor.output.contains("deck file OK"))
    }
}
