import Foundation
import Testing

@testable import RecallKit

@Suite struct TextExportTests {
    func deck() throws -> Deck {
        try DeckBuilder().build(
            try sampleSource(), name: "turkey-russia", builtAt: time("2026-11-25T10:00:00Z")
        ).deck
    }

    @Test func ankiHeadersAndOneRowPerCard() throws {
        let deck = try deck()
        let tsv = TextExport.anki(deck, separator: .tab)
        let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(
            lines.prefix(6) == [
                "#separator:tab", "#html:true", "#deck:Recall::turkey-russia", "#notetype column:1",
                "#guid column:2", "#tags column:5",
            ])
        let rows = lines.filter { !$0.hasPrefix("#") }
        #expect(rows.count == deck.cards.count)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
        #expect(
            rows.first?.hasPrefix("Cloze\trecall-\(deck.cards[0].id)\tTurkey joined NATO in {{c1::1952}} and")
                == true)
        #expect(TextExport.anki(deck, separator: .tab) == tsv, "stable output, stable GUIDs")
    }

    @Test func cellsAreQuotedAndFormulasDefused() {
        #expect(TextExport.cell("plain", separator: .comma) == "plain")
        #expect(TextExport.cell("a, b", separator: .comma) == "\"a, b\"")
        #expect(TextExport.cell("say \"hi\"", separator: .tab) == "\"say \"\"hi\"\"\"")
        #expect(TextExport.cell("a\tb", separator: .tab) == "\"a\tb\"")
        #expect(TextExport.cell("=SUM(A1)", separator: .comma) == "'=SUM(A1)")
        #expect(TextExport.cell("-44", separator: .comma) == "'-44")
        #expect(TextExport.cell("@cmd", separator: .comma) == "'@cmd")
        #expect(AnkiNote.html("a < b & c\nd") == "a &lt; b &amp; c<br>d")
    }

    @Test func plainLinesForQuizlet() throws {
        let plain = TextExport.plain(try deck(), kinds: [.cloze])
        let first = try #require(plain.split(separator: "\n").first)
        #expect(first.split(separator: "\t").count == 2)
        #expect(first.hasSuffix("\t1952"))
        #expect(!plain.contains("{{c1::"))
    }

    @Test func printableQuizVersionsAndAnswerKey() throws {
        let deck = try deck()
        let a = PrintableQuiz(quiz: Quiz(deck: deck, count: 8, kinds: Set(QuestionKind.allCases), seed: 1))
        let b = PrintableQuiz(quiz: Quiz(deck: deck, count: 8, kinds: Set(QuestionKind.allCases), seed: 2))
        #expect(a.markdown != b.markdown)
        #expect(
            a.markdown
                == PrintableQuiz(quiz: Quiz(deck: deck, count: 8, kinds: Set(QuestionKind.allCases), seed: 1))
                .markdown)
        let html = a.html
        #expect(html.components(separatedBy: "<li><p>").count - 1 == 8)
        let key = try #require(html.range(of: "<section class=\"key\">"))
        #expect(html[key.upperBound...].components(separatedBy: "<li>").count - 1 == 8)
        #expect(!html.contains("http"), "no external assets")
        #expect(a.markdown.contains("## Answer key"))
        for card in a.quiz.cards {
            #expect(a.markdown.contains(card.question.answer.replacingOccurrences(of: "\n", with: " ")))
        }
    }
}
