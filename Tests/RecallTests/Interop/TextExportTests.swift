import Foundation
import Testing

@testable import RecallInterop
@testable import RecallModel

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

    @Test func cellsAreQuotedAndFormulasDefusedOnlyForSpreadsheets() {
        #expect(TextExport.cell("plain", separator: .comma) == "plain")
        #expect(TextExport.cell("a, b", separator: .comma) == "\"a, b\"")
        #expect(TextExport.cell("say \"hi\"", separator: .tab) == "\"say \"\"hi\"\"\"")
        #expect(TextExport.cell("a\tb", separator: .tab) == "\"a\tb\"")
        #expect(AnkiNote.html("a < b & c\nd") == "a &lt; b &amp; c<br>d")
        // Anki shows a cell as it is: an apostrophe would show too.
        let deck = Deck(
            name: "d", source: "d.txt", attribution: nil, builtAt: time("2026-11-25T10:00:00Z"), facts: [],
            cards: [
                Card(
                    id: "c1", factID: "f1", question: .basic(BasicQuestion(front: "=SUM(A1)", back: "-5 °C"))),
                Card(
                    id: "c2", factID: "f2", question: .basic(BasicQuestion(front: "@cmd, \"x\"", back: "+1"))),
            ])
        let anki = TextExport.anki(deck, separator: .comma)
        #expect(anki.contains("Basic,recall-c1,=SUM(A1),-5 °C,"))
        #expect(!anki.contains("'"))
        #expect(
            TextExport.plain(deck, separator: .comma) == "'=SUM(A1),'-5 °C\n\"'@cmd, \"\"x\"\"\",'+1\n")
        #expect(TextExport.plain(deck) == "'=SUM(A1)\t'-5 °C\n'@cmd, \"x\"\t'+1\n")
    }

    @Test func plainLinesForQuizlet() throws {
        let plain = TextExport.plain(try deck(), kinds: [.cloze])
        let first = try #require(plain.split(separator: "\n").first)
        #expect(first.split(separator: "\t").count == 2)
        #expect(first.hasSuffix("\t1952"))
        #expect(!plain.contains("{{c1::"))
    }

    @Test func aLandmarkRowNamesTheLandmarkAndTheEvent() throws {
        let text = """
            Greece rose against Ottoman rule in 1821.
            Revolutions spread across Europe in 1848.
            The Crimean War broke out in 1853.
            """
        let deck = try DeckBuilder(kinds: [.landmark], landmarks: ["revolutions spread"]).build(
            try SourceText(name: "t.txt", bytes: Array(text.utf8)), name: "t",
            builtAt: time("2026-11-25T10:00:00Z")
        ).deck
        let rows = TextExport.plain(deck, kinds: [.landmark]).split(separator: "\n")
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(
                row.hasPrefix(
                    "Before or after this landmark (1848)? Revolutions spread across Europe. Event: ")
            )
            #expect(row.contains(" a) before  b) after\t"))
        }
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
            #expect(a.markdown.contains(MarkdownText.escape(card.question.answer)))
        }
    }
}

extension TextExportTests {
    /// Issue 15, item 10: `\r=1+1` passed the formula guard, and `--plain` wrote the CR unquoted,
    /// so a reader that ends lines at CR saw a row `=1+1`.
    @Test func whiteSpaceBeforeAFormulaIsDefusedAndCannotSplitARow() {
        for text in ["\r=1+1", " =1+1", "\t+1", "\n-1", "\r\n@cmd", "\u{A0}=1"] {
            #expect(TextExport.escapeFormula(text) == "'" + text, "\(text.debugDescription)")
            #expect(TextDeckReader.unescapeFormula("'" + text) == text, "\(text.debugDescription)")
        }
        #expect(TextExport.escapeFormula("1=1") == "1=1")
        let deck = Deck(
            name: "d", source: "d.txt", attribution: nil, builtAt: time("2026-11-25T10:00:00Z"), facts: [],
            cards: [
                Card(
                    id: "c1", factID: "f1",
                    question: .basic(BasicQuestion(front: "\r=1+1", back: "a\rb\r\nc")))
            ])
        let plain = TextExport.plain(deck)
        #expect(plain == "' =1+1\ta b  c\n")
        #expect(!plain.contains("\r"))
    }
}

extension TextExportTests {
    /// Issue 15, item 9: a source sentence's HTML was live once the Markdown quiz was rendered.
    @Test func markdownQuizEscapesHTMLAndMarkdown() throws {
        let source = SourceText(
            name: "evil.txt",
            text:
                "In 1952 the <script>alert(5)</script> treaty was signed by *many* [states](http://x).\n\nIn 1923 the <details open ontoggle=alert(1)> republic was declared at last.\n"
        )
        let deck = try DeckBuilder().build(source, name: "evil", builtAt: time("2026-11-25T10:00:00Z")).deck
        let markdown = PrintableQuiz(
            quiz: Quiz(deck: deck, count: 20, kinds: Set(QuestionKind.allCases), seed: 1)
        )
        .markdown
        #expect(!markdown.contains("<script") && !markdown.contains("<details"))
        #expect(markdown.contains("&lt;script&gt;alert\\(5\\)&lt;/script&gt;"))
        #expect(markdown.contains("\\*many\\* \\[states\\]\\(http://x\\)"))
        #expect(markdown.contains("\\_\\_\\_\\_\\_\\_\\_\\_"), "the blank stays a blank")
    }
}
