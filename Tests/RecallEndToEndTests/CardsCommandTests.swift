import Foundation
import RecallModel
import Testing

/// Issue 20: card ids a student can find, every setting shown, one `--kinds` syntax, and counts
/// that cannot be met.
@Suite struct CardsCommandTests {
    static func builtWorkspace() throws -> URL {
        let home = try RecallProcess.sampleWorkspace()
        try RecallProcess.run(["study", "--home", home.path], input: ":quit\n")
        return home
    }

    @Test func listsAndSearchesCardsWithTheirIds() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let all = try RecallProcess.run(["cards", "turkey-russia", "--home", home.path])
        #expect(all.status == 0)
        #expect(all.error.isEmpty)
        let lines = all.output.split(separator: "\n")
        #expect(lines.count == (try RecallProcess.sampleCardCount()))
        let found = try RecallProcess.run(["cards", "turkey-russia", "--search", "nato", "--home", home.path])
        #expect(found.status == 0)
        let first = try #require(found.output.split(separator: "\n").first)
        #expect(first.contains("NATO"))
        #expect(first.contains(" new "))
        let id = String(try #require(first.split(separator: " ").first))
        let suspended = try RecallProcess.run(["suspend", "turkey-russia", id, "--home", home.path])
        #expect(suspended.output == "Suspended 1 card of turkey-russia.\n")
        let listed = try RecallProcess.run(["suspend", "turkey-russia", "--list", "--home", home.path])
        #expect(listed.status == 0)
        #expect(listed.output.hasPrefix(id + "  "))
        #expect(listed.output.contains("suspended"))
        let state = try RecallProcess.run(["cards", "turkey-russia", "--search", "nato", "--home", home.path])
        #expect(state.output.contains("suspended"))
        let none = try RecallProcess.run(["cards", "turkey-russia", "--search", "zzzz", "--home", home.path])
        ExitStatusTests.expectFailure(none, status: 3, saying: "No card of turkey-russia holds 'zzzz'")
        let misuse = try RecallProcess.run([
            "suspend", "turkey-russia", "--list", "--undo", "--home", home.path,
        ])
        ExitStatusTests.expectFailure(misuse, status: 2, saying: "--list shows the suspended cards")
    }

    @Test func configShowsTheFittedWeights() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let before = try RecallProcess.run(["config", "turkey-russia", "--home", home.path])
        #expect(before.output.contains("weights = default (FSRS-6's 21 default weights)\n"))
        let file = home.appendingPathComponent("Decks/turkey-russia.deck.json")
        var deck = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var settings = deck["settings"] as? [String: Any] ?? [:]
        let weights = [
            0.3, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
            0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
        ]
        settings["parameters"] = weights
        deck["settings"] = settings
        try JSONSerialization.data(withJSONObject: deck).write(to: file)
        let after = try RecallProcess.run(["config", "turkey-russia", "--home", home.path])
        #expect(after.status == 0, "\(after.error)")
        #expect(after.output.contains("weights = 0.3000 1.2931 2.3065"), "\(after.output)")
        #expect(after.output.contains("(fitted by recall optimize)"))
        let reset = try RecallProcess.run([
            "config", "turkey-russia", "weights", "default", "--home", home.path,
        ])
        #expect(reset.output == "turkey-russia: weights = default (FSRS-6's 21 default weights)\n")
        let bad = try RecallProcess.run(["config", "turkey-russia", "weights", "1 2", "--home", home.path])
        ExitStatusTests.expectFailure(bad, status: 2, saying: "weights: '1 2' is not valid")
    }

    @Test(arguments: [["cloze", "reverse"], ["cloze,reverse"], ["cloze,", "reverse"]])
    func kindsAreWordsOrCommaSeparated(kinds: [String]) throws {
        let home = try RecallProcess.sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let source = home.appendingPathComponent("Decks/turkey-russia.txt").path
        let built = try RecallProcess.run(["build", source, "--home", home.path, "--kinds"] + kinds)
        #expect(built.status == 0, "\(built.error)")
        let cloze = try RecallProcess.sampleCardCount(["cloze"])
        let reverse = try RecallProcess.sampleCardCount(["reverse"])
        #expect(
            built.output.contains(
                "Made \(cloze + reverse) cards: \(cloze) cloze, \(reverse) reverse, 0 choice"),
            "\(built.output)")
        let csv = try RecallProcess.run(
            ["export", "turkey-russia", "--format", "tsv", "--plain", "--home", home.path, "--kinds"] + kinds)
        #expect(csv.status == 0, "\(csv.error)")
        #expect(csv.output.split(separator: "\n").count == cloze + reverse)
        let quiz = try RecallProcess.run(
            ["quiz", "--count", "3", "--seed", "1", "--home", home.path, "--kinds"] + kinds, input: ":quit\n")
        #expect(quiz.status == 0, "\(quiz.error)")
        #expect(quiz.output.contains("(cloze, reverse)"), "\(quiz.output)")
        let wrong = try RecallProcess.run(["quiz", "--kinds", "cloze", "essay", "--home", home.path])
        ExitStatusTests.expectFailure(wrong, status: 2, saying: "'essay' is not a kind of question")
    }

    @Test func aCountThatCannotBeMetSaysHowMany() throws {
        let home = try Self.builtWorkspace()
        defer { try? FileManager.default.removeItem(at: home) }
        let export = try RecallProcess.run([
            "export", "turkey-russia", "--format", "markdown", "--count", "100", "--kinds", "timeline",
            "--home",
            home.path,
        ])
        #expect(export.status == 0)
        #expect(
            export.error.contains("100 questions asked for, but turkey-russia has only 2 facts"),
            "\(export.error)")
        #expect(export.error.contains("the quiz has 2"))
        // Fifteen questions of one fact each, from a deck of fewer than 30 facts with cards, must share some.
        let file = home.appendingPathComponent("Decks/turkey-russia.deck.json")
        let deck = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let cards = try #require(deck["cards"] as? [[String: Any]])
        let facts = Set(cards.compactMap { $0["fact"] as? String }).count
        let count = facts / 2 + 2
        let versions = try RecallProcess.run([
            "export", "turkey-russia", "--format", "html", "--count", "\(count)", "--seed", "1", "--home",
            home.path,
        ])
        #expect(
            versions.error.contains(
                "has \(facts) facts with cards of those kinds, so versions next to each other (--seed 1 and 2) share \(2 * count - facts) of their \(count)"
            ), "\(versions.error)")
        let enough = try RecallProcess.run([
            "export", "turkey-russia", "--format", "markdown", "--count", "3", "--home", home.path,
        ])
        #expect(enough.error.isEmpty)
    }
}
