import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

@Suite struct ProgressSnapshotFormatTests {
    let now = time("2026-03-01T09:00:00Z")

    /// Progress with every optional field both present and absent, and awkward text.
    func sampleProgress() -> DeckProgress {
        var progress = DeckProgress(deck: "history \"A\"")
        progress.journalSequence = 7
        var learning = CardSchedule.new(due: now)
        learning.buriedUntil = now.addingTimeInterval(3600)
        var review = FSRSScheduler().review(.new(due: now), rating: .easy, at: now)
        review.suspended = true
        review.isLeech = true
        review.ease = 2.35
        review.intervalDays = 12.5
        progress.schedules = ["c1": learning, "c2": review]
        progress.setAside = ["gone": review]
        progress.reviews = [
            ReviewLog(
                cardID: "c2", time: now.addingTimeInterval(0.25), rating: .easy, elapsedDays: nil,
                durationMs: 1500,
                kind: .learning, answer: "1952\t\"tab\"\n\u{1}é", before: nil, after: review),
            ReviewLog(
                cardID: "c1", time: now.addingTimeInterval(86_400), rating: .again, elapsedDays: 1,
                durationMs: nil,
                kind: .relearning, answer: nil, before: review, after: learning),
        ]
        return progress
    }

    @Test func writesAndReadsEveryField() throws {
        let progress = sampleProgress()
        let data = ProgressFile.encode(progress)
        #expect(try ProgressFile.decode(data, file: "p.json") == progress)
        // The file is standard JSON, with the review log as rows of reviewFields.
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 4)
        #expect((object["reviewFields"] as? [String])?.count == 17)
        let rows = try #require(object["reviews"] as? [[Any]])
        #expect(rows[0][0] as? String == "c2")
        // Review times are kept to the whole second, memory states to four decimals.
        #expect(rows[0][1] as? Double == now.timeIntervalSince1970)
        let stability = try #require(progress.schedules["c2"]?.memory?.stability)
        #expect(progress.reviews[1].before.stability == (stability * 10_000).rounded() / 10_000)
        #expect(rows[1][3] as? Int == 1)
    }

    @Test func eachReviewTakesOneLine() {
        let text = String(decoding: ProgressFile.encode(sampleProgress()), as: UTF8.self)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("    [") }
        #expect(rows.count == 2)
        #expect(rows[1].hasPrefix(#"    ["c1",1772442000,1,1,null,"relearning",null,"review","#))
    }

    @Test func emptyProgressRoundTrips() throws {
        let progress = DeckProgress(deck: "d")
        #expect(try ProgressFile.decode(ProgressFile.encode(progress), file: "p.json") == progress)
    }

    @Test func version2FilesAreMigrated() throws {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/progress/version-2.progress", withExtension: "json"))
        let data = try Data(contentsOf: url)
        let progress = try ProgressFile.decode(data, file: url.path)
        #expect(progress.schemaVersion == 4)
        #expect(progress.journalSequence == 47)
        #expect(progress.reviews.count == 47)
        #expect(progress.schedules.count == 20)
        #expect(progress.reviews.first?.cardID == "d7c6da8a098d1ed0")
        #expect(progress.reviews.first?.durationMs == 12775)
        #expect(progress.reviews.first?.before.phase == nil)
        #expect(progress.reviews.first?.after.stability == 0.212)
        // Written again, it is version 4 and reads back the same.
        #expect(try ProgressFile.decode(ProgressFile.encode(progress), file: "p.json") == progress)
    }

    func reason(_ text: String) -> String {
        do {
            _ = try ProgressFile.decode(Data(text.utf8), file: "p.json")
            return "accepted"
        } catch {
            return error.description
        }
    }

    @Test func damageIsReportedWithFieldAndPosition() {
        let header =
            #"{"schemaVersion": 3, "deck": "d", "journalSequence": 0, "schedules": {}, "setAside": {}, "reviews": ["#
        #expect(
            reason(header + #"["c1",1,5,null,null,"review",null,null,null,null,null,"review",1,1,1]]}"#)
                .contains("reviews[0].rating: expected 1 to 4, at line 1, column 110 (byte 109)"))
        #expect(
            reason(header + #"["c1",1,3,null,null,"review",null]]}"#)
                .contains("reviews[0].before: a review row has 15 fields, this one 7"))
        #expect(
            reason(header + #"["c1",1,3,null,null,"sideways",null,null,null,null,null,"review",1,1,1]]}"#)
                .contains("reviews[0].kind: 'sideways' is not a known value"))
        #expect(
            reason(#"{"schemaVersion": 3, "deck": "d", "schedules": {"c": {"phase": "review"}}}"#)
                .contains("schedules.c.due: required field is missing"))
        #expect(
            reason(
                #"{"schemaVersion": 3, "deck": "d", "schedules": {"c": {"phase": "review", "due": "soon"}}}"#
            )
            .contains("schedules.c.due: 'soon' is not an ISO-8601 time"))
        #expect(reason(#"{"schemaVersion": 3, "schedules": {}}"#).contains("deck: required field is missing"))
        #expect(reason(header + "[\"c1\",").contains("the JSON ends early at byte"))
        #expect(reason(#"{"schemaVersion": 9}"#).contains("schema version 9 is newer"))
    }

    /// Issue 15, item 3: a second "reviews" list replaced the first, which the next save dropped.
    @Test func duplicateKeysAreRefusedWithTheirPosition() {
        let twice = reason(
            #"{"schemaVersion": 3, "deck": "d", "schedules": {}, "reviews": [],"# + "\n"
                + #""reviews": []}"#)
        #expect(twice.contains(#"the key "reviews" appears twice, at line 2"#))
        let card = #"{"phase": "review", "due": "2026-03-01T09:00:00Z"}"#
        #expect(
            reason(#"{"schemaVersion": 3, "deck": "d", "schedules": {"c": \#(card), "c": \#(card)}}"#)
                .contains(#"schedules: the card "c" appears twice"#))
        #expect(
            reason(
                #"{"schemaVersion": 3, "deck": "d", "schedules": {"c": {"phase": "review", "phase": "learning"}}}"#
            ).contains(#"schedules.c: the key "phase" appears twice"#))
    }

    /// An object's fields are found by name in any order, a key no field has is skipped (a newer
    /// Recall's), and a flag left out is off.
    @Test func fieldsAreReadByNameInAnyOrder() throws {
        let text = #"""
            {"schemaVersion": 4, "deck": "d", "schedules": {"c": {"lapses": 2, "future": {"x": [1, null]},
            "memory": {"difficulty": 5.5, "stability": 12.25}, "due": "2026-03-01T09:00:00Z", "phase": "review",
            "isLeech": true, "reps": 7}}}
            """#
        let schedule = try #require(ProgressFile.decode(Data(text.utf8), file: "p.json").schedules["c"])
        #expect(schedule.phase == .review)
        #expect(schedule.due == now)
        #expect(schedule.memory == MemoryState(stability: 12.25, difficulty: 5.5))
        #expect((schedule.reps, schedule.lapses) == (7, 2))
        #expect(schedule.isLeech)
        #expect(!schedule.suspended)
        #expect(schedule.step == nil)
        #expect(
            reason(
                #"{"schemaVersion": 4, "deck": "d", "schedules": {"c": {"future": 1, "phase": "review", "future": 2}}}"#
            ).contains(#"schedules.c: the key "future" appears twice"#))
        #expect(
            reason(
                #"{"schemaVersion": 4, "deck": "d", "schedules": {"c": {"phase": "Review", "due": "2026-03-01T09:00:00Z"}}}"#
            ).contains("schedules.c.phase: 'Review' is not a known value"))
    }

    /// A row's kinds, phases and ids may be written with escapes, as any JSON string may.
    @Test func escapedRowValuesReadAsTheirText() throws {
        let header =
            #"{"schemaVersion": 4, "deck": "d", "journalSequence": 0, "schedules": {}, "setAside": {}, "reviews": ["#
        let row =
            #"["c\u0031",1,3,null,8000,"re\u0076iew","x",null,null,null,null,"\u006cearning",2.5,5,70,"#
            + #""0123456789abcdef0123456\u0037","00000000002\u0061"]]}"#
        let review = try #require(
            ProgressFile.decode(Data((header + row).utf8), file: "p.json").reviews.first)
        #expect(review.cardID == "c1")
        #expect(review.kind == .review)
        #expect(review.after.phase == .learning)
        #expect(review.after.stability == 2.5)
        #expect(review.id == ReviewID("0123456789abcdef01234567"))
        #expect(review.machine == MachineID(value: 42))
        #expect(review.durationMs == 8000)
        #expect(review.answer == "x")
    }

    /// Issue 15, item 13: a negative stability made `recall stats` trap.
    @Test func impossibleMemoryStatesAreRefusedByField() {
        func withMemory(_ memory: String) -> String {
            reason(
                #"{"schemaVersion": 3, "deck": "d", "schedules": {"c": {"phase": "review", "due": "2026-03-01T09:00:00Z", "memory": \#(memory)}}}"#
            )
        }
        #expect(
            withMemory(#"{"stability": -3, "difficulty": 5}"#)
                .contains("schedules.c.memory.stability: -3.0 is not a positive number of days"))
        #expect(withMemory(#"{"stability": 0, "difficulty": 5}"#).contains("memory.stability"))
        #expect(withMemory(#"{"stability": 1e999, "difficulty": 5}"#).contains("memory.stability"))
        #expect(withMemory(#"{"stability": 2, "difficulty": -1e999}"#).contains("memory.difficulty"))
        #expect(
            reason(
                #"{"schemaVersion": 3, "deck": "d", "schedules": {"c": {"phase": "review", "due": "2026-03-01T09:00:00Z", "reps": -1}}}"#
            ).contains("schedules.c.reps: -1 is negative"))
        #expect(
            reason(#"{"schemaVersion": 3, "deck": "d", "journalSequence": 1e30, "schedules": {}}"#)
                .contains("journalSequence"))
    }

    /// A file of about 100 MB (half a million reviews with long answers) reads in full, and one over the limit is refused
    /// before it is parsed.
    @Test func hugeFilesAreReadOrRefused() throws {
        var progress = DeckProgress(deck: "huge")
        let after = FSRSScheduler().review(.new(due: now), rating: .good, at: now)
        progress.schedules["card-0000000001"] = after
        let review = ReviewLog(
            cardID: "card-0000000001", time: now, rating: .good, elapsedDays: 3, durationMs: 4000,
            kind: .review,
            answer: String(repeating: "long answer ", count: 7), before: after, after: after)
        progress.reviews = Array(repeating: review, count: 500_000)
        let data = ProgressFile.encode(progress)
        #expect(data.count > 100_000_000)
        let loaded = try ProgressFile.decode(data, file: "huge.json")
        #expect(loaded.reviews.count == 500_000)
        #expect(loaded.reviews.last == review)

        let tooBig = Data(count: ProgressFile.maximumSize + 1)
        #expect(reason(tooBig).contains("1024 MiB a progress file may have"))
    }

    func reason(_ data: Data) -> String {
        do {
            _ = try ProgressFile.decode(data, file: "p.json")
            return "accepted"
        } catch {
            return error.description
        }
    }
}
