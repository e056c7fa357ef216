import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

/// Pins the bytes Recall saves: a snapshot and journal lines with every field of every saved type,
/// each optional field both absent and present, and every phase and kind. The fixtures were written
/// by Recall before each type's fields were listed once (`SavedRecord`), so these tests show that
/// files written before read back the same, and that files written now are the same bytes.
@Suite struct SavedBytesTests {
    static let now = time("2026-03-01T09:00:00Z")
    static let machine = MachineID("3f9a0c21b7e4")!

    /// Every field of a schedule set, with values no scheduler needs to produce.
    static let full = CardSchedule(
        phase: .relearning, step: 1, memory: MemoryState(stability: 3.25, difficulty: 6.5), due: now,
        lastReview: now.addingTimeInterval(-86_400), reps: 7, lapses: 2, ease: 2.35, intervalDays: 12.5,
        suspended: true, buriedUntil: now.addingTimeInterval(3600), isLeech: true)

    /// Only the fields a schedule must have.
    static let bare = CardSchedule(
        phase: .learning, step: nil, memory: nil, due: now, lastReview: nil, reps: 0, lapses: 0, ease: nil,
        intervalDays: nil, suspended: false, buriedUntil: nil, isLeech: false)

    static let review = CardSchedule(
        phase: .review, step: nil, memory: MemoryState(stability: 41.123456789, difficulty: 1), due: now,
        lastReview: now, reps: 3, lapses: 0, ease: nil, intervalDays: 41, suspended: false, buriedUntil: nil,
        isLeech: false)

    static var progress: DeckProgress {
        var progress = DeckProgress(deck: "every field")
        progress.journalSequence = 12
        progress.schedules = ["full": full, "bare": bare, "review": review]
        progress.setAside = ["gone": full]
        progress.reviews = [
            ReviewLog(
                cardID: "full", time: now, rating: .again, elapsedDays: 1, durationMs: 1500,
                kind: .relearning,
                answer: "1952 \"quoted\"\tand tab", before: review, after: full,
                id: ReviewID(high: 0x0123_4567_89ab_cdef, low: 0x0102_0304), machine: machine),
            ReviewLog(
                cardID: "bare", time: now.addingTimeInterval(60), rating: .hard, elapsedDays: nil,
                durationMs: nil, kind: .learning, answer: nil, before: nil, after: bare,
                id: ReviewID(high: 1, low: 2), machine: .legacy),
            ReviewLog(
                cardID: "review", time: now.addingTimeInterval(120), rating: .good, elapsedDays: 0,
                durationMs: 0, kind: .review, answer: "", before: bare, after: review,
                id: ReviewID(high: 3, low: 4), machine: machine),
            ReviewLog(
                cardID: "review", time: now.addingTimeInterval(180), rating: .easy, elapsedDays: 40,
                durationMs: 900, kind: .cram, answer: "x", before: review, after: review,
                id: ReviewID(high: 5, low: 6), machine: machine),
        ]
        progress.undone = [ReviewID(high: 7, low: 8), ReviewID(high: 9, low: 10)]
        progress.flagChanges = [
            "full": FlagChange(
                suspended: true, buriedUntil: now.addingTimeInterval(3600), time: now, machine: machine),
            "bare": FlagChange(suspended: false, buriedUntil: nil, time: now, machine: .legacy),
        ]
        return progress
    }

    /// Journal changes with every field of a change, present and absent.
    static var changes: [ProgressChange] {
        let reviews = progress.reviews
        var undo = ProgressChange(sequence: 13, cardID: "full", schedule: nil, reviewCount: 1)
        undo.removesContrast = true
        return [
            ProgressChange(
                sequence: 10, cardID: "full", schedule: full, review: reviews[0],
                flags: FlagChange(
                    suspended: true, buriedUntil: now.addingTimeInterval(3600), time: now, machine: machine)),
            ProgressChange(sequence: 11, cardID: "bare", schedule: bare, review: reviews[1]),
            ProgressChange(
                sequence: 12, cardID: "bare", schedule: bare,
                flags: FlagChange(suspended: false, buriedUntil: nil, time: now, machine: .legacy)),
            undo,
        ]
    }

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/progress/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func aSnapshotIsWrittenAsBefore() throws {
        let written = String(decoding: ProgressFile.encode(Self.progress), as: UTF8.self)
        let pinned = String(decoding: try Self.fixture("every-field.progress.json"), as: UTF8.self)
        #expect(written == pinned)
    }

    @Test func aSnapshotWrittenBeforeReadsBackTheSame() throws {
        let read = try ProgressFile.decode(try Self.fixture("every-field.progress.json"), file: "f")
        #expect(read == Self.progress)
        #expect(read.schedules["full"] == Self.full)
        #expect(read.schedules["bare"] == Self.bare)
        #expect(read.flagChanges == Self.progress.flagChanges)
    }

    @Test func journalLinesAreWrittenAsBefore() throws {
        let written = String(
            decoding: Self.changes.map(ProgressJournal.line).reduce(Data(), +), as: UTF8.self)
        let pinned = String(decoding: try Self.fixture("every-field.journal"), as: UTF8.self)
        #expect(written == pinned)
    }

    @Test func journalLinesWrittenBeforeReadBackTheSame() throws {
        let read = try ProgressJournal.read(try Self.fixture("every-field.journal"), file: "j")
        #expect(read.changes == Self.changes)
        #expect(read.tornTail == nil)
    }

    @Test func aScheduleAsJSONIsWrittenAsBefore() throws {
        let encoder = RecallJSON.encoder(pretty: false)
        #expect(
            String(decoding: try encoder.encode(Self.bare), as: UTF8.self)
                == #"{"due":"2026-03-01T09:00:00Z","isLeech":false,"lapses":0,"phase":"learning","reps":0,"suspended":false}"#
        )
        let full = String(decoding: try encoder.encode(Self.full), as: UTF8.self)
        #expect(
            full
                == #"{"buriedUntil":"2026-03-01T10:00:00Z","due":"2026-03-01T09:00:00Z","ease":2.35,"intervalDays":12.5,"isLeech":true,"lapses":2,"lastReview":"2026-02-28T09:00:00Z","memory":{"difficulty":6.5,"stability":3.25},"phase":"relearning","reps":7,"step":1,"suspended":true}"#
        )
        #expect(try RecallJSON.decoder().decode(CardSchedule.self, from: Data(full.utf8)) == Self.full)
    }
}
