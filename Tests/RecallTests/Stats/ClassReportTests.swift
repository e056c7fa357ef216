import Foundation
import Testing

@testable import RecallInterop
@testable import RecallModel

@Suite struct ClassReportTests {
    let now = time("2026-03-10T12:00:00Z")

    func progress(_ deck: Deck, failing: Set<String>, passes: Int) -> DeckProgress {
        var progress = DeckProgress(deck: deck.name)
        let scheduler = FSRSScheduler(fuzz: false)
        for card in deck.cards.prefix(6) {
            var schedule = scheduler.review(
                .new(due: now), rating: .good, at: now.addingTimeInterval(-5 * 86_400))
            for day in 0..<passes {
                let time = now.addingTimeInterval(-Double(4 - day) * 86_400)
                let rating: Rating = failing.contains(card.factID) ? .again : .good
                let before = schedule
                schedule = scheduler.review(schedule, rating: rating, at: time)
                progress.reviews.append(
                    ReviewLog(
                        cardID: card.id, time: time, rating: rating, elapsedDays: 1, durationMs: nil,
                        kind: .review, answer: nil, before: before, after: schedule))
            }
            progress.schedules[card.id] = schedule
        }
        return progress
    }

    @Test func hardestFactsFirstAndOtherDecksSkipped() throws {
        let deck = try DeckBuilder(kinds: [.cloze]).build(try sampleSource(), name: "t", builtAt: now).deck
        let hard = deck.cards[2].factID
        let entries = [
            ClassReport.Entry(
                name: "amira", file: "amira.progress.json",
                progress: progress(deck, failing: [hard], passes: 2)),
            ClassReport.Entry(
                name: "ben", file: "ben.progress.json", progress: progress(deck, failing: [], passes: 2)),
            ClassReport.Entry(name: "zoe", file: "zoe.progress.json", progress: DeckProgress(deck: "other")),
        ]
        let report = ClassReport.make(deck: deck, entries: entries, warnings: [], now: now, timeZone: utc)
        #expect(report.facts.first?.factID == hard)
        #expect(report.facts.first?.successRate == 0.5)
        #expect(report.facts.first?.students == 2)
        #expect(report.students.map(\.name) == ["amira", "ben"])
        #expect(report.students[1].retention == 1)
        #expect(report.warnings == ["zoe.progress.json: progress of deck 'other', not 't'; skipped"])
        let markdown = report.render(.markdown)
        #expect(markdown.contains("| ben | 6 | 12 | 100% |"))
        let csv = report.render(.csv)
        #expect(csv.split(separator: "\n").count == 1 + report.facts.count + report.kinds.count + 2)
        #expect(report.render(.html).contains("<td>amira</td>"))
    }

    @Test func eachKindOfQuestionIsCounted() throws {
        let deck = try DeckBuilder(kinds: [.cloze, .order]).build(try sampleSource(), name: "t", builtAt: now)
            .deck
        let entries = [
            ClassReport.Entry(
                name: "amira", file: "a.progress.json", progress: progress(deck, failing: [], passes: 2))
        ]
        let report = ClassReport.make(deck: deck, entries: entries, warnings: [], now: now, timeZone: utc)
        let studied = deck.cards.prefix(6)
        #expect(report.kinds.map(\.kind) == [.cloze, .order])
        for row in report.kinds {
            #expect(row.cards == deck.cards.filter { $0.kind == row.kind }.count)
            #expect(row.reviews == 2 * studied.filter { $0.kind == row.kind }.count)
        }
        #expect(report.render(.markdown).contains("| order | \(report.kinds[1].cards) |"))
    }
}

extension ClassReportTests {
    /// Issue 15, item 9: file and student names went into the Markdown report raw.
    @Test func markdownEscapesNamesAndFacts() throws {
        let deck = try DeckBuilder(kinds: [.cloze]).build(try sampleSource(), name: "t", builtAt: now).deck
        let entries = [
            ClassReport.Entry(
                name: "<img src=x onerror=alert(1)>", file: "a.progress.json",
                progress: progress(deck, failing: [], passes: 1)),
            ClassReport.Entry(
                name: "zoe", file: "<script>alert(5)</script>.progress.json",
                progress: DeckProgress(deck: "x")),
        ]
        let report = ClassReport.make(deck: deck, entries: entries, warnings: [], now: now, timeZone: utc)
        let markdown = report.render(.markdown)
        #expect(!markdown.contains("<img") && !markdown.contains("<script"))
        #expect(markdown.contains("| &lt;img src=x onerror=alert\\(1\\)&gt; |"))
        #expect(markdown.contains("&lt;script&gt;alert\\(5\\)&lt;/script&gt;"))
    }
}
