import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsADeckAndSummarises() throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let source = home.appendingPathComponent("chapter.txt")
        try "Turkey joined NATO in 1952.\nThe Truman Doctrine was proclaimed in March 1947.\nIt rained."
            .write(
                to: source, atomically: true, encoding: .utf8)
        let result = try RecallProcess.run(["build", source.path, "--name", "cold-war", "--home", home.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Read 3 sentences; kept 2 as facts."))
        #expect(result.output.contains("Skipped 1 sentence: no date."))
        let deck =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: home.appendingPathComponent("Decks/cold-war.deck.json")))
            as? [String: Any]
        #expect(deck?["name"] as? String == "cold-war")
        #expect(deck?["schemaVersion"] as? Int == 1)
        #expect((deck?["cards"] as? [Any])?.isEmpty == false)
        #expect(
            FileManager.default.fileExists(atPath: home.appendingPathComponent("Decks/cold-war.txt").path))

        let listing = try RecallProcess.run(["decks", "--home", home.path])
        #expect(listing.output.contains("cold-war"))
    }

    @Test(
        arguments: [
            ("missing.txt", nil, "missing.txt: no such file"),
            ("empty.txt", Data(), "empty.txt: the file is empty"),
            (
                "binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]),
                "binary.txt: looks like a binary file (NUL byte at byte offset 4)"
            ),
            (
                "latin1.txt",
                Data("Año 1952".utf8.map { $0 }.prefix(1) + [0xF1, 0x6F] + Array(" 1952".utf8)),
                "latin1.txt: invalid UTF-8 at byte offset 1"
            ),
            ("plain.txt", Data("Nothing dated here. Nor here.".utf8), "plain.txt: no dates found"),
        ] as [(String, Data?, String)])
    func badInputIsRefusedWithOneLineAndNoDeck(name: String, contents: Data?, message: String) throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let source = home.appendingPathComponent(name)
        if let contents { try contents.write(to: source) }
        let result = try RecallProcess.run(["build", source.path, "--name", "x", "--home", home.path])
        #expect(result.status != 0)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(
            !FileManager.default.fileExists(atPath: home.appendingPathComponent("Decks/x.deck.json").path))
    }

    @Test func factsJSONHasEverySentence() throws {
        let result = try RecallProcess.run([
            "facts", RecallProcess.repositoryRoot.appendingPathComponent("Decks/turkey-russia.txt").path,
            "--json",
        ])
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let sentences = try #require(report?["sentences"] as? [[String: Any]])
        #expect(report?["source"] as? String == "turkey-russia.txt")
        #expect(sentences.count == 31)
        #expect(sentences.filter { $0["fact"] as? Bool == true }.count == 23)
    }

    @Test func replaysVectorFiles() throws {
        let home = try RecallProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let vectors = home.appendingPathComponent("v.json")
        try Data(
            #"""
            {"cases": [{"id": "one", "scheduler": {"parameters": [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
              "desired_retention": 0.9, "learning_steps": [60, 600], "relearning_steps": [600], "maximum_interval": 36500, "enable_fuzzing": false},
              "initial_card": {"state": 1, "step": 0, "stability": null, "difficulty": null, "due": "2024-01-01T00:00:00Z", "last_review": null},
              "reviews": [{"rating": 3, "review_datetime": "2024-01-01T00:00:00Z"}, {"rating": 3, "review_datetime": "2024-01-01T00:10:00Z"}]}],
             "unit": [{"fn": "initial_stability", "rating": 3}]}
            """#.utf8
        ).write(to: vectors)
        let out = home.appendingPathComponent("out.json")
        let result = try RecallProcess.run(["schedule", "replay", vectors.path, "--out", out.path])
        #expect(result.status == 0, "\(result.error)")
        let replayed = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        let reviews = ((replayed?["cases"] as? [[String: Any]])?.first?["reviews"] as? [[String: Any]]) ?? []
        let after = reviews.map { $0["card_after"] as? [String: Any] }
        #expect(after.first??["due"] as? String == "2024-01-01T00:10:00Z")
        #expect(after.last??["state"] as? Int == 2)
        #expect(reviews.last?["interval_seconds"] as? Int == 2 * 86_400)
        #expect(((replayed?["unit"] as? [[String: Any]])?.first?["out"] as? Double) == 2.3065)

        try Data(#"{"cases": [{"id": "x"}]}"#.utf8).write(to: vectors)
        let bad = try RecallProcess.run(["schedule", "replay", vectors.path])
        #expect(bad.status != 0)
        #expect(bad.error.contains("v.json: cases[0].scheduler: required field is missing"), "\(bad.error)")
    }
}
