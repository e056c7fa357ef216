import Foundation
import Testing

@testable import RecallInterop
@testable import RecallModel

/// Schedules and review logs as Anki's columns: days counted as Anki counts them in the student's
/// time zone, learning steps, intervals and factors as Anki writes them.
@Suite struct AnkiScheduleExportTests {
    let losAngeles = TimeZone(identifier: "America/Los_Angeles")!

    @Test func daysRollOverAtTheRolloverHourInTheStudentsZone() {
        // 02:00 in Los Angeles on 7 March is still the study day of 6 March.
        let days = AnkiDayCount(timeZone: losAngeles, rolloverHour: 4, start: time("2026-03-07T10:00:00Z"))
        #expect(days.creation == time("2026-03-06T12:00:00Z"))
        #expect(days.creationOffset == 480)
        #expect(days.day(time("2026-03-07T11:59:59Z")) == 0)
        #expect(days.day(time("2026-03-07T12:00:00Z")) == 1)
        // Daylight saving starts on 8 March: 04:00 is then 11:00 UTC.
        #expect(days.day(time("2026-03-09T10:59:59Z")) == 2)
        #expect(days.day(time("2026-03-09T11:00:00Z")) == 3)
        let tokyo = AnkiDayCount(
            timeZone: TimeZone(identifier: "Asia/Tokyo")!, rolloverHour: 4,
            start: time("2026-03-07T10:00:00Z"))
        #expect(tokyo.creationOffset == -540)
        #expect(tokyo.creation == time("2026-03-06T19:00:00Z"))
    }

    func schedule(
        _ phase: CardSchedule.Phase, due: String, last: String, step: Int? = nil, suspended: Bool = false
    ) -> CardSchedule {
        CardSchedule(
            phase: phase, step: step, memory: MemoryState(stability: 12.25, difficulty: 5.5), due: time(due),
            lastReview: time(last), reps: 4, lapses: phase == .relearning ? 1 : 0, ease: nil,
            intervalDays: nil,
            suspended: suspended, buriedUntil: nil, isLeech: false)
    }

    @Test func reviewCardsKeepTheirDayOverdueOrNot() {
        let now = time("2026-03-07T10:00:00Z")
        let days = AnkiDayCount(timeZone: losAngeles, rolloverHour: 4, start: time("2026-03-01T18:00:00Z"))
        let settings = DeckSettings()
        let future = schedule(.review, due: "2026-03-12T01:00:00Z", last: "2026-03-03T01:00:00Z")
        let state = AnkiCardState(
            schedule: future, position: 1, memory: future.memory, ease: nil, settings: settings, days: days,
            now: now)
        // 11 March 18:00 local is day 10 from 1 March; the last review (2 March, 17:00) day 1.
        #expect([state.type, state.queue, state.due, state.interval] == [2, 2, 10, 9])
        #expect(state.factor == 2500 && state.left == 0 && state.reps == 4)
        let data = try? JSONSerialization.jsonObject(with: Data(state.data.utf8)) as? [String: Double]
        #expect(data?["s"] == 12.25 && data?["d"] == 5.5 && data?["dr"] == 0.9)
        #expect(data?["lrt"] == time("2026-03-03T01:00:00Z").timeIntervalSince1970)
        let overdue = schedule(
            .review, due: "2026-03-04T20:00:00Z", last: "2026-03-02T20:00:00Z", suspended: true)
        let late = AnkiCardState(
            schedule: overdue, position: 2, memory: nil, ease: 2.2, settings: settings, days: days, now: now)
        #expect([late.type, late.queue, late.due, late.interval, late.factor] == [2, -1, 3, 2, 2200])
    }

    @Test func learningCardsCarryTheirStepsLeft() {
        let now = time("2026-03-07T18:00:00Z")
        let days = AnkiDayCount(timeZone: losAngeles, rolloverHour: 4, start: time("2026-03-07T17:00:00Z"))
        var settings = DeckSettings()
        settings.learningSteps = [60, 600, 86_400 * 2]
        let second = schedule(.learning, due: "2026-03-07T18:10:00Z", last: "2026-03-07T18:00:00Z", step: 1)
        let learning = AnkiCardState(
            schedule: second, position: 1, memory: nil, ease: nil, settings: settings, days: days, now: now)
        #expect(
            [learning.type, learning.queue, learning.left, learning.interval, learning.factor] == [
                1, 1, 2, 0, 0,
            ])
        #expect(learning.due == Int64(time("2026-03-07T18:10:00Z").timeIntervalSince1970))
        let third = schedule(.learning, due: "2026-03-09T18:00:00Z", last: "2026-03-07T18:00:00Z", step: 2)
        let later = AnkiCardState(
            schedule: third, position: 1, memory: nil, ease: nil, settings: settings, days: days, now: now)
        #expect([later.type, later.queue, later.due, later.left] == [1, 3, 2, 1])
        let lapsed = schedule(.relearning, due: "2026-03-07T18:10:00Z", last: "2026-03-07T18:00:00Z", step: 0)
        let relearning = AnkiCardState(
            schedule: lapsed, position: 1, memory: lapsed.memory, ease: 2.3, settings: settings, days: days,
            now: now)
        #expect([relearning.type, relearning.queue, relearning.left, relearning.factor] == [3, 1, 1, 2300])
        #expect(relearning.interval == 12)
        var suspendedNew = CardSchedule.new(due: now)
        suspendedNew.suspended = true
        let new = AnkiCardState(
            schedule: suspendedNew, position: 7, memory: nil, ease: nil, settings: settings, days: days,
            now: now)
        #expect([new.type, new.queue, new.due] == [0, -1, 7])
    }

    @Test func revlogIntervalsAndFactorsAreAnkis() {
        let days = AnkiDayCount(timeZone: losAngeles, rolloverHour: 4, start: time("2026-03-01T18:00:00Z"))
        let scheduler = FSRSScheduler(fuzz: false)
        var reviews: [ReviewLog] = []
        var card: CardSchedule?
        // 10:00 local, again 10:10, then the review days later at 23:00 local.
        for (at, rating) in [
            ("2026-03-01T18:00:00Z", Rating.good), ("2026-03-01T18:10:00Z", .good),
            ("2026-03-06T07:00:00Z", .hard),
        ] {
            let after = scheduler.review(card ?? .new(due: time(at)), rating: rating, at: time(at))
            reviews.append(
                ReviewLog(
                    cardID: "c", time: time(at), rating: rating, elapsedDays: nil, durationMs: 3000,
                    kind: card == nil || card?.phase == .learning ? .learning : .review, answer: nil,
                    before: card,
                    after: after))
            card = after
        }
        let history = AnkiReviewHistory(
            reviews: reviews, days: days, nextRollover: time("2026-03-07T12:00:00Z"), settings: DeckSettings()
        )
        let entries = history.entries
        #expect(entries.map(\.type) == [0, 0, 1])
        #expect(entries[0].interval == -600 && entries[0].lastInterval == 0)
        let graduated = Int64(days.day(reviews[1].after.due!) - days.day(reviews[1].time))
        #expect(entries[1].interval == graduated && entries[1].lastInterval == -600)
        #expect(entries[2].lastInterval == graduated)
        #expect(
            entries.map(\.factor) == reviews.map { AnkiReviewHistory.shiftedDifficulty($0.after.difficulty!) }
        )
        #expect(
            AnkiReviewHistory.shiftedDifficulty(1) == 100 && AnkiReviewHistory.shiftedDifficulty(10) == 1100)
        // A Hard review lowers SM-2's ease from 2.5 by 0.15.
        #expect(history.ease.map { abs($0 - 2.35) < 1e-9 } == true)
    }
}

/// Cards imported from Anki go back under their notes' GUIDs, one note per GUID.
@Suite struct AnkiGuidExportTests {
    func card(_ id: String, _ guid: String?) -> Card {
        Card(
            id: id, factID: "f-\(id)",
            question: .basic(BasicQuestion(front: "front \(id)", back: "back \(id)")),
            ankiGuid: guid)
    }

    @Test func theGuidIsKeptInTheDeckFileAndLeftOutWhenThereIsNone() throws {
        let encoder = JSONEncoder()
        let kept = String(decoding: try encoder.encode(card("a", "Ab3#x")), as: UTF8.self)
        #expect(kept.contains("\"ankiGuid\":\"Ab3#x\""))
        #expect(try JSONDecoder().decode(Card.self, from: Data(kept.utf8)).ankiGuid == "Ab3#x")
        let none = String(decoding: try encoder.encode(card("b", nil)), as: UTF8.self)
        #expect(!none.contains("ankiGuid"))
    }

    @Test func cardsOfOneAnkiNoteGoBackAsOneNote() throws {
        let deck = Deck(
            name: "from-anki", source: "x.apkg", attribution: nil, builtAt: time("2026-03-01T09:00:00Z"),
            facts: [],
            cards: [card("a", "G1"), card("b", "G2"), card("c", "G1"), card("d", nil)])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-guid-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = folder.appendingPathComponent("p.apkg")
        try AnkiPackageWriter(deck: deck, now: time("2026-03-01T09:00:00Z")).write(to: package)
        let database = try AnkiPackageWriterTests().unpack(package, into: folder)
        let notes = try database.query("select guid, mid, flds from notes order by guid")
        #expect(notes.map { $0[0] } == ["G1", "G2", "recall-d"])
        #expect(notes[0][1] == "\(AnkiNoteGroup.typeID(size: 2))")
        #expect(notes[0][2] == ["front a", "back a", "front c", "back c"].joined(separator: "\u{1F}"))
        let cards = try database.query(
            "select n.guid, c.ord from cards c join notes n on n.id = c.nid order by n.guid, c.ord")
        #expect(cards == [["G1", "0"], ["G1", "1"], ["G2", "0"], ["recall-d", "0"]])
        // A text file cannot gather cards in one note: the first keeps the GUID.
        let text = TextExport.anki(deck, separator: .tab)
        #expect(text.contains("\tG1\tfront a") && text.contains("\trecall-c\tfront c"))
    }
}

/// Issue 19: Recall counts days between reviews as whole 24 hours, Anki as rollovers; a package's
/// memory states are the log replayed with Anki's count, so Anki's recomputation agrees.
@Suite struct AnkiMemoryReplayTests {
    @Test func reviewsAcrossARolloverAreADayApartForAnki() {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let scheduler = FSRSScheduler(fuzz: false)
        var card: CardSchedule?
        var reviews: [ReviewLog] = []
        // 22:00 and 22:10 local on 1 March, then 07:00 on 2 March: 9 hours, 0 days for py-fsrs.
        for (at, rating) in [
            ("2026-03-01T21:00:00Z", Rating.good), ("2026-03-01T21:10:00Z", .good),
            ("2026-03-02T06:00:00Z", .good),
        ] {
            let after = scheduler.review(card ?? .new(due: time(at)), rating: rating, at: time(at))
            reviews.append(
                ReviewLog(
                    cardID: "c", time: time(at), rating: rating, elapsedDays: nil, durationMs: nil,
                    kind: card?.phase == .review ? .review : .learning, answer: nil, before: card,
                    after: after))
            card = after
        }
        let days = AnkiDayCount(timeZone: berlin, rolloverHour: 4, start: time("2026-03-01T21:00:00Z"))
        let history = AnkiReviewHistory(
            reviews: reviews, days: days,
            nextRollover: days.endOfDay(containing: time("2026-03-05T12:00:00Z")),
            settings: DeckSettings())
        let model = FSRS()
        let first = model.nextMemory(nil, elapsedDays: nil, rating: .good)
        let second = model.nextMemory(first, elapsedDays: 0, rating: .good)
        #expect(history.memory == model.nextMemory(second, elapsedDays: 1, rating: .good))
        #expect(card?.memory == model.nextMemory(second, elapsedDays: 0, rating: .good))
        #expect(history.memory != card?.memory)
    }
}

extension AnkiMemoryReplayTests {
    /// Times and states a progress file may hold, however absurd, make a package, not a trap.
    @Test func absurdTimesAndStatesStillMakeAPackage() throws {
        let deck = Deck(
            name: "d", source: "d.txt", attribution: nil, builtAt: time("2026-03-01T09:00:00Z"), facts: [],
            cards: [Card(id: "c", factID: "f", question: .basic(BasicQuestion(front: "q", back: "a")))])
        var progress = DeckProgress(deck: "d")
        let huge = Date(timeIntervalSince1970: 1e300)
        progress.schedules["c"] = CardSchedule(
            phase: .relearning, step: 0, memory: MemoryState(stability: 1e300, difficulty: 1e300), due: huge,
            lastReview: Date(timeIntervalSince1970: -1e300), reps: 2, lapses: 1, ease: 1e300,
            intervalDays: nil,
            suspended: false, buriedUntil: nil, isLeech: false)
        for (at, kind) in [(-1e300, ReviewLog.Kind.learning), (1e300, .relearning)] {
            progress.reviews.append(
                ReviewLog(
                    cardID: "c", time: Date(timeIntervalSince1970: at), rating: .again, elapsedDays: nil,
                    durationMs: nil, kind: kind, answer: nil,
                    before: ReviewLog.Snapshot(
                        phase: .review, stability: 1e300, difficulty: -1e300, due: huge),
                    after: ReviewLog.Snapshot(
                        phase: .relearning, stability: 1e300, difficulty: 1e300, due: huge)))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "recall-absurd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = folder.appendingPathComponent("p.apkg")
        try AnkiPackageWriter(deck: deck, progress: progress, now: time("2026-03-01T09:00:00Z")).write(
            to: package)
        let database = try AnkiPackageWriterTests().unpack(package, into: folder)
        #expect(try database.query("select count(*) from revlog").first?.first == "2")
        #expect(try database.query("select type, ivl from cards").first == ["3", "36500"])
    }
}
