import Foundation
import Testing

@testable import RecallKit

/// Inputs that fuzzing found to break a property, kept so that they never break it again.
@Suite struct FuzzRegressionTests {
    @Test(arguments: ["deck-builder-underscores.txt", "deck-builder-glued-date.txt"])
    func deckBuilderInputs(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/fuzz/\(name)", withExtension: nil))
        let source = try SourceText(name: name, bytes: [UInt8](try Data(contentsOf: url)))
        let deck = try DeckBuilder().build(source, name: "fuzz", builtAt: time("2026-11-25T00:00:00Z")).deck
        #expect(!deck.cards.isEmpty)
        for card in deck.cards {
            let text: String
            switch card.question {
            case .cloze(let question): text = question.text
            case .choice(let question): text = question.text
            case .reverse(let question):
                #expect(!question.cue.contains(question.date), "\(question.cue)")
                continue
            default: continue
            }
            #expect(text.components(separatedBy: ClozeQuestion.blank).count == 2, "\(text)")
        }
    }

    @Test func fillInLinesInTheSourceBecomeEllipses() {
        let readings = FactSelector().read(
            SourceText(name: "t", text: "Rebuilding lasted from 1803 until______ 1807."))
        #expect(readings[0].cleanText == "Rebuilding lasted from 1803 until… 1807.")
    }

    @Test func numbersGluedToWordsAreNotDates() {
        var finder = DateFinder()
        #expect(finder.dates(in: "The MiG1952 and the Obse1910s flew in 1953.").map(\.text) == ["1953"])
    }
}
