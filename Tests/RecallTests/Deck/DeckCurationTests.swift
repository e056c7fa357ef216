import Foundation
import Testing

@testable import RecallConsole
@testable import RecallModel
@testable import RecallStorage
@testable import RecallTestSupport

@Suite struct DeckCurationTests {
    let text = "Turkey joined NATO in 1952.\nThe Truman Doctrine was proclaimed in March 1947."

    func build(curation: DeckCuration? = nil, text: String? = nil) throws -> Deck {
        try DeckBuilder().build(
            SourceText(name: "cw.txt", text: text ?? self.text), name: "cw",
            builtAt: time("2026-11-25T10:00:00Z"),
            curation: curation
        ).deck
    }

    @Test func reviewDropsAndRewordsAndRebuildsKeepIt() throws {
        let generated = try build().cards
        // The walk shows the least sure cards first: the two reverse cards, then Turkey's cloze.
        let shown = CardDoubt.ordered(generated)
        let output = OutputBuffer()
        var review = BuildReview(
            reader: ScriptedLineReader(["e", "1952 ____", "e", "Turkey · alliance", "", "d", "n", "q"]),
            style: .plain,
            write: { output.append($0) })
        let curation = review.run(cards: generated, curation: DeckCuration())
        #expect(curation.dropped == [shown[2].id])
        #expect(curation.edits == [shown[0].id: "Turkey · alliance"])
        #expect(output.text.contains("Not changed: the cue must not contain the date."))
        let edited = text.replacingOccurrences(of: "March 1947", with: "April 1947")
        let rebuilt = try build(curation: curation, text: edited)
        #expect(!rebuilt.cards.contains { $0.id == shown[2].id })
        guard case .reverse(let reverse) = rebuilt.cards.first(where: { $0.id == shown[0].id })?.question
        else {
            Issue.record("the reworded reverse card is missing")
            return
        }
        #expect(reverse.cue == "Turkey · alliance")
        #expect(rebuilt.curation == curation)
        #expect(try DeckFile.decode(DeckFile.encode(rebuilt), file: "d").curation == curation)
    }

    @Test func rewordingIsChecked() throws {
        let card = try build().cards[0]
        #expect(DeckCuration.problem(with: "In ____ Turkey joined NATO.", for: card) == nil)
        #expect(DeckCuration.problem(with: "In 1952 Turkey joined NATO.", for: card) != nil)
        #expect(DeckCuration.problem(with: "In ____ or ____ Turkey joined.", for: card) != nil)
        #expect(DeckCuration.problem(with: "  ", for: card) == "the text is empty")
    }
}
