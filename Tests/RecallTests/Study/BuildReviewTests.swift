import Foundation
import Testing

@testable import RecallConsole
@testable import RecallModel
@testable import RecallTestSupport

/// `recall build --review`: least sure cards first with their reasons, `e` offers the card's own
/// text to edit, and dropping a card offers to drop its fact's other cards.
@Suite struct BuildReviewTests {
    let text = "Turkey joined NATO in 1952.\nThe Truman Doctrine was proclaimed in March 1947."

    func cards() throws -> [Card] {
        try DeckBuilder().build(
            SourceText(name: "cw.txt", text: text), name: "cw", builtAt: time("2026-11-25T10:00:00Z")
        ).deck.cards
    }

    func review(_ lines: [String?]) throws -> (DeckCuration, ScriptedLineReader, String) {
        let output = OutputBuffer()
        var review = BuildReview(
            reader: ScriptedLineReader(lines), style: .plain, write: { output.append($0) })
        let curation = review.run(cards: try cards(), curation: DeckCuration())
        return (curation, review.reader, output.text)
    }

    @Test func leastSureCardsComeFirstWithTheirReason() throws {
        let (_, _, output) = try review(["q"])
        let first = output.split(separator: "\n").first { $0.hasPrefix("[") }
        #expect(first == "[reverse · 1/\(try cards().count) · unsure: a kind readers find weak]")
    }

    @Test func editingOffersTheCardsOwnText() throws {
        let (curation, reader, _) = try review([
            "e", "NATO · Turkey", "", "e", "Turkey entered NATO in ____.", "q",
        ])
        #expect(reader.prefills == ["NATO", "Turkey joined NATO in ____."])
        #expect(curation.edits.values.sorted() == ["NATO · Turkey", "Turkey entered NATO in ____."])
    }

    @Test func droppingACardOffersToDropItsFactsOtherCards() throws {
        let all = try cards()
        let first = CardDoubt.ordered(all)[0]
        let siblings = all.filter { $0.factID == first.factID && $0.id != first.id }
        #expect(siblings.count >= 2)
        let (curation, reader, output) = try review(["d", "y"] + Array(repeating: "", count: all.count))
        #expect(reader.prompts.contains("Drop the fact's \(siblings.count) other cards too? [y/N] "))
        #expect(curation.dropped == Set([first.id] + siblings.map(\.id)))
        // The dropped siblings are not shown again: one prompt for each other card.
        #expect(reader.prompts.filter { $0 == "keep? " }.count == all.count - siblings.count)
        #expect(output.contains("Dropped \(siblings.count) more."))
    }

    @Test func decliningKeepsTheSiblingsToReview() throws {
        let all = try cards()
        let first = CardDoubt.ordered(all)[0]
        let (curation, reader, _) = try review(["d", "n"] + Array(repeating: "", count: all.count))
        #expect(curation.dropped == [first.id])
        #expect(reader.prompts.filter { $0 == "keep? " }.count == all.count)
    }
}
