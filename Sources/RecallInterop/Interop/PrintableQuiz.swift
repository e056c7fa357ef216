import RecallModel

/// A quiz to print: numbered questions with room to answer, the options of multiple-choice
/// questions, and the answer key on a page of its own. The seed picks and orders the questions,
/// so a teacher prints version A and version B from one deck.
public struct PrintableQuiz: Sendable {
    public var quiz: Quiz
    public var title: String

    public init(quiz: Quiz, title: String? = nil) {
        self.quiz = quiz
        self.title = title ?? "\(quiz.deck.name): quiz (version \(quiz.seed))"
    }

    /// The quiz as Markdown; every text from the deck is escaped (`MarkdownText`), so a source
    /// sentence cannot bring HTML or Markdown of its own into the rendered page.
    public var markdown: String {
        let text = MarkdownText.escape
        var lines = ["# \(text(title))", "", "Name: ______________________    Date: ____________", ""]
        for (number, card) in quiz.cards.enumerated() {
            lines.append(
                "**\(number + 1).** "
                    + questionText(card).components(separatedBy: ClozeQuestion.blank).map(text).joined(
                        separator: "\\_\\_\\_\\_\\_\\_\\_\\_"))
            lines.append("")
            switch card.question {
            case .choice(let question):
                for (index, option) in question.options.enumerated() {
                    lines.append("   - [ ] \(ChoiceQuestion.letter(index))) \(text(option))")
                }
            case .timeline(let question):
                for (index, item) in question.items.enumerated() {
                    lines.append("   - \(TimelineQuestion.letter(index))) \(text(item.label))")
                }
                lines.append("")
                lines.append("   Order: ______________")
            case .order(let question), .contrast(let question):
                for (index, statement) in question.statements.enumerated() {
                    lines.append("   - [ ] \(ChoiceQuestion.letter(index))) \(text(statement.label))")
                }
            case .landmark(let question):
                lines.append("   Event: \(text(question.statements[0].label))")
                lines.append("")
                lines.append("   - [ ] a) before")
                lines.append("   - [ ] b) after")
            default:
                lines.append("   Answer: ________________________________________")
            }
            lines.append("")
        }
        lines.append("<div style=\"page-break-before: always\"></div>")
        lines.append("")
        lines.append("## Answer key")
        lines.append("")
        for (number, card) in quiz.cards.enumerated() {
            lines.append("\(number + 1). \(text(card.question.answer))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public var html: String {
        var body =
            "<h1>\(escape(title))</h1>\n<p class=\"who\">Name: <span class=\"line\"></span> Date: <span class=\"line short\"></span></p>\n<ol class=\"questions\">\n"
        for card in quiz.cards {
            let text = escape(questionText(card)).replacingOccurrences(
                of: ClozeQuestion.blank, with: "<span class=\"blank\"></span>")
            body += "<li><p>\(text)</p>\n"
            switch card.question {
            case .choice(let question):
                body +=
                    "<ul class=\"options\">"
                    + question.options.enumerated().map {
                        "<li>\(ChoiceQuestion.letter($0.offset))) \(escape($0.element))</li>"
                    }.joined() + "</ul>\n"
            case .timeline(let question):
                body +=
                    "<ul class=\"options\">"
                    + question.items.enumerated().map {
                        "<li>\(TimelineQuestion.letter($0.offset))) \(escape($0.element.label))</li>"
                    }.joined() + "</ul>\n<p>Order: <span class=\"line short\"></span></p>\n"
            case .landmark(let question):
                body +=
                    "<p>Event: \(escape(question.statements[0].label))</p>\n<ul class=\"options\"><li>a) before</li><li>b) after</li></ul>\n"
            case .order(let question), .contrast(let question):
                body +=
                    "<ul class=\"options\">"
                    + question.statements.enumerated().map {
                        "<li>\(ChoiceQuestion.letter($0.offset))) \(escape($0.element.label))</li>"
                    }.joined() + "</ul>\n"
            default:
                body += "<p class=\"answer\">Answer: <span class=\"line\"></span></p>\n"
            }
            body += "</li>\n"
        }
        body += "</ol>\n<section class=\"key\">\n<h2>Answer key</h2>\n<ol>\n"
        for card in quiz.cards { body += "<li>\(escape(card.question.answer))</li>\n" }
        body += "</ol>\n</section>\n"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            body { font-family: Georgia, serif; max-width: 44em; margin: 2em auto; line-height: 1.5; }
            h1 { font-size: 1.5em; }
            .questions > li { margin-bottom: 1.4em; break-inside: avoid; }
            .options { list-style: none; padding-left: 1em; }
            .blank { display: inline-block; width: 7em; border-bottom: 1px solid #000; }
            .line { display: inline-block; width: 18em; border-bottom: 1px solid #000; }
            .line.short { width: 8em; }
            .key { break-before: page; page-break-before: always; }
            @media print { body { margin: 0; } a { color: inherit; } }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    func questionText(_ card: Card) -> String {
        switch card.question {
        case .cloze(let question): return (question.context.map { "(\($0)) " } ?? "") + question.text
        case .choice(let question): return (question.context.map { "(\($0)) " } ?? "") + question.text
        case .reverse, .basic, .order, .landmark, .contrast: return card.question.prompt
        case .duration(let question): return (question.context.map { "(\($0)) " } ?? "") + question.prompt
        case .period(let question): return (question.context.map { "(\($0)) " } ?? "") + question.prompt
        case .who(let question): return (question.context.map { "(\($0)) " } ?? "") + question.text
        case .timeline: return "Put these events in order, earliest first."
        }
    }

    func escape(_ text: String) -> String { AnkiNote.html(text) }
}
