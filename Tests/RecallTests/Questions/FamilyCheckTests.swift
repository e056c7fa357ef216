import Foundation
import Testing

@testable import RecallModel

/// Every generated family's own rule (`FamilyCheck`) on every card of every deck the tests can build:
/// the sample, the annotated texts, and the WikiWars articles of `../shared` when they are there.
@Suite struct FamilyCheckTests {
    static let builtAt = time("2026-11-30T10:00:00Z")

    static func sources() throws -> [SourceText] {
        var sources = [try sampleSource(), try fixture("varied-history.txt")]
        for name in ["biography", "medieval", "news", "science"] {
            sources.append(try fixture("dates/\(name).txt"))
        }
        if let shared = sharedFolder {
            let folder = shared.appendingPathComponent("dates/wikiwars/texts")
            let files =
                (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))
                ?? []
            for file in files.sorted(by: { $0.path < $1.path }) where file.pathExtension == "txt" {
                sources.append(try SourceText(contentsOf: file))
            }
        } else {
            print("FamilyCheckTests: ../shared is not beside the checkout; the WikiWars texts were skipped")
        }
        return sources
    }

    @Test func everyCardOfEveryDeckKeepsItsFamilyRule() throws {
        var counted: [QuestionKind: Int] = [:]
        for source in try Self.sources() {
            let deck = try DeckBuilder().build(source, name: "d", builtAt: Self.builtAt).deck
            let check = FamilyCheck(facts: deck.facts)
            for card in deck.cards {
                #expect(check.problem(with: card) == nil, "\(source.name): \(card.id)")
                counted[card.kind, default: 0] += 1
            }
        }
        for kind in [QuestionKind.order, .duration, .period, .landmark, .who] {
            #expect((counted[kind] ?? 0) > 0, "no \(kind) card in any deck")
        }
    }
}
