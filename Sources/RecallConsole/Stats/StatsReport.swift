import Foundation
import RecallModel

/// `recall stats` for a person: counts, retention, a year's heatmap and a month's forecast as
/// Unicode block charts that fit the terminal and read without colour.
public struct StatsReport: Sendable {
    public var stats: DeckStats
    public var style: TerminalStyle

    public init(stats: DeckStats, style: TerminalStyle) {
        self.stats = stats
        self.style = style
    }

    public var text: String {
        var lines: [String] = []
        let c = stats.cards
        lines.append(
            style.bold(
                style.wrap(
                    "\(stats.deck) · \(c.total) cards · new \(c.new) · learning \(c.learning + c.relearning) · review \(c.review) · suspended \(c.suspended)",
                    indent: "  ")))
        let kinds = QuestionKind.allCases.compactMap { kind in
            c.byKind[kind.rawValue].map { "\($0) \(kind.rawValue)" }
        }
        if !kinds.isEmpty {
            lines.append(style.wrap("Kinds: " + kinds.joined(separator: " · "), indent: "  "))
        }
        lines.append("")
        lines.append(
            style.wrap(
                "Retention (reviews passed): \(retention(stats.retention7)) over 7 days · \(retention(stats.retention30)) over 30 days · target \(percent(stats.desiredRetention))",
                indent: "  "))
        var recall = "Predicted recall: \(percent(stats.predictedRecallNow)) of the deck now"
        if let exam = stats.examDate, let atExam = stats.predictedRecallAtExam {
            recall += " · \(percent(atExam)) on the exam (\(exam)) without more study"
        }
        lines.append(style.wrap(recall, indent: "  "))
        lines.append(
            "Streak: \(stats.streak) day\(stats.streak == 1 ? "" : "s") · reviews today: \(stats.reviewsToday)"
        )
        lines.append("")
        lines.append(contentsOf: heatmap())
        lines.append("")
        lines.append(contentsOf: forecast())
        if !stats.hardest.isEmpty {
            lines.append("")
            lines.append("Hardest facts:")
            for fact in stats.hardest {
                let head =
                    "  \(fact.lapses) lapse\(fact.lapses == 1 ? "" : "s") · stability \(Durations.short(fact.stability * 86_400)) · "
                let room = max(20, style.width - head.count)
                let text = fact.text.count > room ? String(fact.text.prefix(room - 1)) + "…" : fact.text
                lines.append(head + text)
            }
        }
        return lines.joined(separator: "\n")
    }

    func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    func retention(_ retention: DeckStats.Retention) -> String {
        guard let rate = retention.rate else { return "–" }
        return "\(percent(rate)) (\(retention.passed)/\(retention.reviews))"
    }

    /// A calendar of the past year: a column per week, a row per weekday, darker blocks for busier days.
    func heatmap() -> [String] {
        let weeks = max(4, min(53, (style.width - 6) / 1))
        let days = min(365, weeks * 7)
        let values = Array(stats.heatmap.suffix(days))
        let maximum = max(values.max() ?? 0, 1)
        let shades: [Character] = ["·", "░", "▒", "▓", "█"]
        var rows = Array(repeating: "", count: 7)
        // Today sits in the last column's bottom row, so the first column may be partly empty.
        let padding = (7 - values.count % 7) % 7
        let cells = Array(repeating: -1, count: padding) + values
        for (index, value) in cells.enumerated() {
            let row = index % 7
            if value < 0 {
                rows[row].append(" ")
            } else if value == 0 {
                rows[row].append(shades[0])
            } else {
                let level = min(4, 1 + (value - 1) * 4 / maximum)
                rows[row].append(shades[level])
            }
        }
        let total = values.reduce(0, +)
        let studied = values.filter { $0 > 0 }.count
        var lines = [
            "Reviews, past \(values.count / 7) weeks (\(total) reviews on \(studied) days; · none, ░▒▓█ more):"
        ]
        lines.append(contentsOf: rows.map { "  " + $0 })
        return lines
    }

    /// Cards due each of the next 30 days, as a bar chart eight blocks high.
    func forecast() -> [String] {
        let values = stats.dueForecast
        let maximum = max(values.max() ?? 0, 1)
        let height = 6
        let column = style.width >= 70 ? 2 : 1
        let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        var lines = [
            "Due in the next 30 days (\(values.reduce(0, +)) cards; most on one day: \(values.max() ?? 0)):"
        ]
        for level in (0..<height).reversed() {
            var row = "  "
            for value in values {
                let eighths = Int((Double(value) / Double(maximum) * Double(height * 8)).rounded())
                let filled = max(0, min(8, eighths - level * 8))
                let glyph = value > 0 && level == 0 && filled == 0 ? blocks[1] : blocks[filled]
                row += String(repeating: glyph, count: column)
            }
            lines.append(row.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        var axis = Array(repeating: Character(" "), count: 30 * column + 2)
        for (day, label) in [(0, "today"), (10, "+10d"), (20, "+20d")] {
            for (offset, character) in label.enumerated() where 2 + day * column + offset < axis.count {
                axis[2 + day * column + offset] = character
            }
        }
        lines.append(String(axis).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        return lines
    }
}
