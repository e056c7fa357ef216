import RecallModel

/// Cards as `recall cards` and `recall suspend --list` list them: one line each, in columns.
package enum CardListing {
    /// One line per card: `id  kind  state  prompt…`, in columns.
    package static func lines(_ cards: [Card], progress: DeckProgress) -> [String] {
        let rows = cards.map { card in
            [card.id, card.kind.rawValue, state(of: card, in: progress), prompt(card)]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(
                separator: "  ") + "  " + row[3]
        }
    }

    package static func state(of card: Card, in progress: DeckProgress) -> String {
        guard let schedule = progress.schedules[card.id] else { return "new" }
        if schedule.isLeech && schedule.suspended { return "leech" }
        if schedule.suspended { return "suspended" }
        return schedule.isNew ? "new" : schedule.phase.rawValue
    }

    /// The question on one line, cut at 70 characters.
    package static func prompt(_ card: Card) -> String {
        let text = card.question.prompt.split(whereSeparator: \.isNewline).joined(separator: " ")
        return text.count > 70 ? String(text.prefix(69)) + "…" : text
    }
}
