import Foundation
import RecallModel

/// What a teacher sees across a class on one deck: which facts are hard for everyone, and how each
/// student stands.
public struct ClassReport: Sendable, Equatable {
    public struct FactRow: Sendable, Equatable {
        public var factID: String
        public var text: String
        /// Reviews of the fact's cards after the first sight, across students, and how many passed.
        public var reviews: Int
        public var passed: Int
        public var averageStability: Double?
        public var students: Int

        public var successRate: Double? { reviews == 0 ? nil : Double(passed) / Double(reviews) }
    }

    public struct StudentRow: Sendable, Equatable {
        public var name: String
        public var cardsStudied: Int
        public var reviews: Int
        public var retention: Double?
        /// The predicted share of the deck recalled at the exam (or now, without an exam date).
        public var predictedRecall: Double
    }

    /// One kind of question across the class: its cards, and reviews after the first sight.
    public struct KindRow: Sendable, Equatable {
        public var kind: QuestionKind
        public var cards: Int
        public var reviews: Int
        public var passed: Int

        public var successRate: Double? { reviews == 0 ? nil : Double(passed) / Double(reviews) }
    }

    public var deck: String
    public var examDate: String?
    public var facts: [FactRow]
    /// The deck's kinds of question, in `QuestionKind` order, with how the class does on each.
    public var kinds: [KindRow] = []
    public var students: [StudentRow]
    /// Files that were skipped, each with the reason.
    public var warnings: [String]

    /// One student's progress, named.
    public struct Entry: Sendable {
        public var name: String
        public var file: String
        public var progress: DeckProgress

        public init(name: String, file: String, progress: DeckProgress) {
            self.name = name
            self.file = file
            self.progress = progress
        }
    }

    public static func make(deck: Deck, entries: [Entry], warnings: [String], now: Date, timeZone: TimeZone)
        -> ClassReport
    {
        var warnings = warnings
        let moment = deck.settings.exam(in: timeZone) ?? now
        let model = FSRSScheduler(parameters: deck.settings.parameters ?? .defaults)
        let factOfCard = Dictionary(
            deck.cards.map { ($0.id, $0.factID) }, uniquingKeysWith: { first, _ in first })
        var facts: [String: FactRow] = [:]
        for fact in deck.facts {
            facts[fact.id] = FactRow(
                factID: fact.id, text: fact.text, reviews: 0, passed: 0, averageStability: nil, students: 0)
        }
        let kindOfCard = Dictionary(
            deck.cards.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        var kinds: [QuestionKind: KindRow] = [:]
        for card in deck.cards {
            kinds[card.kind, default: KindRow(kind: card.kind, cards: 0, reviews: 0, passed: 0)].cards += 1
        }
        var stabilitySums: [String: (Double, Int)] = [:]
        var students: [StudentRow] = []
        for entry in entries {
            guard entry.progress.deck == deck.name else {
                warnings.append(
                    "\(entry.file): progress of deck '\(entry.progress.deck)', not '\(deck.name)'; skipped")
                continue
            }
            var seenFacts = Set<String>()
            var passed = 0
            var reviewed = 0
            for review in entry.progress.reviews {
                guard let fact = factOfCard[review.cardID], review.before.phase != nil else { continue }
                facts[fact]?.reviews += 1
                if review.rating != .again { facts[fact]?.passed += 1 }
                if let kind = kindOfCard[review.cardID] {
                    kinds[kind]?.reviews += 1
                    if review.rating != .again { kinds[kind]?.passed += 1 }
                }
                if review.before.phase == .review {
                    reviewed += 1
                    if review.rating != .again { passed += 1 }
                }
            }
            var recall = 0.0
            for card in deck.cards {
                guard let schedule = entry.progress.schedules[card.id] else { continue }
                recall += model.retrievability(of: schedule, at: moment)
                if let stability = schedule.memory?.stability, seenFacts.insert(card.factID).inserted {
                    let (sum, count) = stabilitySums[card.factID] ?? (0, 0)
                    stabilitySums[card.factID] = (sum + stability, count + 1)
                }
            }
            for fact in seenFacts { facts[fact]?.students += 1 }
            students.append(
                StudentRow(
                    name: entry.name,
                    cardsStudied: deck.cards.filter { entry.progress.schedules[$0.id] != nil }.count,
                    reviews: entry.progress.reviews.count,
                    retention: reviewed == 0 ? nil : Double(passed) / Double(reviewed),
                    predictedRecall: recall / Double(max(deck.cards.count, 1))))
        }
        for (fact, (sum, count)) in stabilitySums { facts[fact]?.averageStability = sum / Double(count) }
        let order = Dictionary(
            deck.facts.enumerated().map { ($0.element.id, $0.offset) },
            uniquingKeysWith: { first, _ in first })
        let rows = facts.values.sorted { a, b in
            let (x, y) = (a.successRate ?? 2, b.successRate ?? 2)
            if x != y { return x < y }
            return (order[a.factID] ?? 0) < (order[b.factID] ?? 0)
        }
        var report = ClassReport(
            deck: deck.name, examDate: deck.settings.examDate, facts: rows,
            students: students.sorted { $0.name < $1.name }, warnings: warnings)
        report.kinds = kinds.values.sorted { $0.kind < $1.kind }
        return report
    }

    // MARK: Output

    public enum Format: String, Sendable, CaseIterable {
        case markdown, csv, html
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .markdown: markdown()
        case .csv: csv()
        case .html: html()
        }
    }

    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    static func days(_ value: Double?) -> String {
        value.map { Durations.short($0 * 86_400) } ?? "–"
    }

    var recallHeading: String { examDate.map { "recall on \($0)" } ?? "recall now" }

    /// The report as Markdown; the deck's facts, student and file names are escaped (`MarkdownText`).
    func markdown() -> String {
        let text = MarkdownText.escape
        var lines = ["# \(text(deck)): class report", ""]
        lines.append("## Facts, hardest first")
        lines.append("")
        lines.append("| fact | success | reviews | students | avg. stability |")
        lines.append("| --- | ---: | ---: | ---: | ---: |")
        for row in facts {
            let short = row.text.count > 80 ? String(row.text.prefix(79)) + "…" : row.text
            lines.append(
                "| \(text(short)) | \(Self.percent(row.successRate)) | \(row.reviews) | \(row.students) | \(Self.days(row.averageStability)) |"
            )
        }
        lines.append("")
        lines.append("## Kinds of question")
        lines.append("")
        lines.append("| kind | cards | success | reviews |")
        lines.append("| --- | ---: | ---: | ---: |")
        for row in kinds {
            lines.append(
                "| \(row.kind.rawValue) | \(row.cards) | \(Self.percent(row.successRate)) | \(row.reviews) |")
        }
        lines.append("")
        lines.append("## Students")
        lines.append("")
        lines.append("| student | cards studied | reviews | retention | \(recallHeading) |")
        lines.append("| --- | ---: | ---: | ---: | ---: |")
        for row in students {
            lines.append(
                "| \(text(row.name)) | \(row.cardsStudied) | \(row.reviews) | \(Self.percent(row.retention)) | \(Self.percent(row.predictedRecall)) |"
            )
        }
        if !warnings.isEmpty {
            lines.append("")
            lines.append("Skipped:")
            lines.append(contentsOf: warnings.map { "- \(text($0))" })
        }
        return lines.joined(separator: "\n")
    }

    func csv() -> String {
        func cell(_ text: String) -> String {
            let safe = TextExport.escapeFormula(text)
            return safe.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) })
                ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
        }
        var lines = ["section,name,success_or_retention,reviews,students_or_cards,stability_days_or_recall"]
        for row in facts {
            lines.append(
                [
                    "fact", cell(row.text), row.successRate.map { String(format: "%.3f", $0) } ?? "",
                    "\(row.reviews)", "\(row.students)",
                    row.averageStability.map { String(format: "%.2f", $0) } ?? "",
                ].joined(separator: ","))
        }
        for row in kinds {
            lines.append(
                [
                    "kind", row.kind.rawValue, row.successRate.map { String(format: "%.3f", $0) } ?? "",
                    "\(row.reviews)", "\(row.cards)", "",
                ].joined(separator: ","))
        }
        for row in students {
            lines.append(
                [
                    "student", cell(row.name), row.retention.map { String(format: "%.3f", $0) } ?? "",
                    "\(row.reviews)", "\(row.cardsStudied)",
                    String(format: "%.3f", row.predictedRecall),
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    func html() -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var body = "<h1>\(escape(deck)): class report</h1>\n<h2>Facts, hardest first</h2>\n<table>\n"
        body +=
            "<tr><th>fact</th><th>success</th><th>reviews</th><th>students</th><th>avg. stability</th></tr>\n"
        for row in facts {
            body +=
                "<tr><td>\(escape(row.text))</td><td>\(Self.percent(row.successRate))</td><td>\(row.reviews)</td><td>\(row.students)</td><td>\(Self.days(row.averageStability))</td></tr>\n"
        }
        body +=
            "</table>\n<h2>Kinds of question</h2>\n<table>\n<tr><th>kind</th><th>cards</th><th>success</th><th>reviews</th></tr>\n"
        for row in kinds {
            body +=
                "<tr><td>\(row.kind.rawValue)</td><td>\(row.cards)</td><td>\(Self.percent(row.successRate))</td><td>\(row.reviews)</td></tr>\n"
        }
        body +=
            "</table>\n<h2>Students</h2>\n<table>\n<tr><th>student</th><th>cards studied</th><th>reviews</th><th>retention</th><th>\(escape(recallHeading))</th></tr>\n"
        for row in students {
            body +=
                "<tr><td>\(escape(row.name))</td><td>\(row.cardsStudied)</td><td>\(row.reviews)</td><td>\(Self.percent(row.retention))</td><td>\(Self.percent(row.predictedRecall))</td></tr>\n"
        }
        body += "</table>\n"
        if !warnings.isEmpty {
            body +=
                "<h2>Skipped</h2>\n<ul>\n" + warnings.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(deck)): class report</title>
            <style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em .5em;text-align:left}td:not(:first-child){text-align:right}</style>
            </head><body>
            \(body)</body></html>
            """
    }
}
