import RecallModel

/// Decks as text files: CSV or TSV with the header lines Anki's importer reads (`#separator`,
/// `#html`, `#deck`, `#notetype column`, `#guid column`, `#tags column`), or plain
/// `question,answer` rows for spreadsheets and Quizlet.
///
/// Only the plain rows carry the formula guard (a leading apostrophe before `=`, `+`, `-`, `@`): a
/// spreadsheet would run such a cell, while Anki shows a cell as it is, apostrophe included
/// (`'-5 °C`), and runs nothing.
public enum TextExport {
    public enum Separator: Sendable {
        case comma, tab

        var character: Character { self == .comma ? "," : "\t" }
        var headerName: String { self == .comma ? "Comma" : "tab" }
    }

    /// An Anki text file: one note per card, Cloze and Basic notes (a text file cannot create note types,
    /// so multiple-choice and timeline cards become Basic notes with their options on the front).
    public static func anki(
        _ deck: Deck, separator: Separator, kinds: Set<QuestionKind> = Set(QuestionKind.allCases)
    )
        -> String
    {
        let cards = deck.cards.filter { kinds.contains($0.kind) }
        var lines = [
            "#separator:\(separator.headerName)", "#html:true", "#deck:Recall::\(deck.name)",
            "#notetype column:1",
            "#guid column:2", "#tags column:5",
            "#columns:"
                + ["Notetype", "GUID", "Front or Text", "Back or Back Extra", "Tags"].joined(
                    separator: String(separator.character)),
        ]
        let guids = AnkiGuids.assign(cards)
        for card in cards {
            let note = AnkiNote(card: card, deckName: deck.name, guid: guids[card.id])
            let (type, first, second): (String, String, String)
            switch note.kind {
            case .cloze: (type, first, second) = ("Cloze", note.fields[0], note.fields[1])
            case .basic: (type, first, second) = ("Basic", note.fields[0], note.fields[1])
            case .recall:
                (type, first, second) = (
                    "Basic", note.fields[0] + "<br>" + note.fields[1],
                    note.fields[2] + "<br><br>" + note.fields[3]
                )
            }
            let row = [type, note.guid, first, second, note.tags.joined(separator: " ")]
            lines.append(
                row.map { cell($0, separator: separator) }.joined(separator: String(separator.character)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `question<TAB>answer` lines for Quizlet and other simple importers, or `question,answer` CSV
    /// rows, for spreadsheets: plain text, every cell that a spreadsheet would run as a formula defused.
    public static func plain(
        _ deck: Deck, separator: Separator = .tab, kinds: Set<QuestionKind> = Set(QuestionKind.allCases)
    ) -> String {
        deck.cards.filter { kinds.contains($0.kind) }.map { card in
            var term = card.question.prompt
            if case .choice(let question) = card.question {
                term +=
                    " "
                    + question.options.enumerated().map {
                        "\(ChoiceQuestion.letter($0.offset))) \($0.element)"
                    }
                    .joined(separator: "  ")
            }
            if case .landmark(let question) = card.question {
                term += " Event: " + question.statements[0].label + " a) before  b) after"
            }
            switch card.question {
            case .order(let question), .contrast(let question):
                term +=
                    " "
                    + question.statements.enumerated().map {
                        "\(ChoiceQuestion.letter($0.offset))) \($0.element.label)"
                    }
                    .joined(separator: "  ")
            default: break
            }
            if case .timeline(let question) = card.question {
                term +=
                    " "
                    + question.items.enumerated().map {
                        "\(TimelineQuestion.letter($0.offset))) \($0.element.label)"
                    }
                    .joined(separator: "  ")
            }
            if separator == .comma {
                return cell(escapeFormula(term), separator: .comma) + ","
                    + cell(escapeFormula(card.question.answer), separator: .comma)
            }
            // A plain TSV field is never quoted, so no tab, line feed or carriage return may stay in it.
            let clean = { (text: String) in
                escapeFormula(
                    String(
                        String.UnicodeScalarView(
                            text.unicodeScalars.map { "\t\n\r".unicodeScalars.contains($0) ? " " : $0 })))
            }
            return clean(term) + "\t" + clean(card.question.answer)
        }.joined(separator: "\n") + "\n"
    }

    /// A field quoted when it holds the separator, a quote or a line break.
    static func cell(_ text: String, separator: Separator) -> String {
        // Scalars, not characters: `\r\n` is one character, equal neither to `\r` nor to `\n`.
        let special = String(separator.character) + "\"\n\r"
        guard text.unicodeScalars.contains(where: special.unicodeScalars.contains) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell that begins with `=`, `+`, `-` or `@`, after any white space, gets a leading
    /// apostrophe: spreadsheets skip leading spaces, tabs and line breaks (`\r=1+1`) before a formula.
    static func escapeFormula(_ text: String) -> String {
        startsLikeFormula(text) ? "'" + text : text
    }

    /// Whether the first scalar that is not white space or a line break is `=`, `+`, `-` or `@`.
    static func startsLikeFormula(_ text: some StringProtocol) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else {
            return false
        }
        return "=+-@".unicodeScalars.contains(first)
    }
}
