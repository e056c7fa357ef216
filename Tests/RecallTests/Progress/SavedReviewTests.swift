import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

/// A review's fields are listed once (`ReviewLog.visitFields`) and written in two places: a row
/// of the snapshot's review log and an object of a journal line. Both read back what they wrote,
/// and every kind of field reads back from every form the field list is written in.
@Suite struct SavedReviewTests {
    static let reviews = SavedBytesTests.progress.reviews

    @Test func reviewsRoundTripInASnapshotsRows() throws {
        var progress = DeckProgress(deck: "d")
        progress.reviews = Self.reviews
        let read = try ProgressFile.decode(ProgressFile.encode(progress), file: "p")
        #expect(read.reviews == Self.reviews)
        #expect(read.reviews.map(\.id) == Self.reviews.map(\.id))
        #expect(read.reviews.map(\.machine) == Self.reviews.map(\.machine))
    }

    @Test func reviewsRoundTripInJournalLines() throws {
        let changes = Self.reviews.enumerated().map { index, review in
            ProgressChange(sequence: index + 1, cardID: review.cardID, schedule: nil, review: review)
        }
        let read = try ProgressJournal.read(changes.map(ProgressJournal.line).reduce(Data(), +), file: "j")
        #expect(read.changes.map(\.review) == Self.reviews)
        #expect(read.changes.compactMap(\.review?.id) == Self.reviews.map(\.id))
    }

    /// The row's columns come from the field list: the snapshot's `reviewFields` header as Recall
    /// has always written it.
    @Test func theRowColumnsAreTheFieldList() {
        let version3 = [
            "card", "time", "rating", "elapsedDays", "durationMs", "kind", "answer",
            "beforePhase", "beforeStability", "beforeDifficulty", "beforeDue",
            "afterPhase", "afterStability", "afterDifficulty", "afterDue",
        ]
        #expect(ProgressSnapshotFormat.version3ReviewFields == version3)
        #expect(ProgressSnapshotFormat.reviewFields == version3 + ["id", "machine"])
    }

    /// A journal line written before identities has neither: its review gets the id derived from
    /// its content, on the unknown machine.
    @Test func aJournalReviewWithoutIdentitiesGetsADerivedOne() throws {
        var review = Self.reviews[0]
        review.machine = .legacy
        let line = ProgressJournal.line(
            ProgressChange(sequence: 1, cardID: "full", schedule: nil, review: review))
        var object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        var fields = try #require(object["review"] as? [String: Any])
        fields["id"] = nil
        fields["machine"] = nil
        object["review"] = fields
        let old = try JSONSerialization.data(withJSONObject: object)
        let read = try #require(try ProgressJournal.read(old, file: "j").changes.first?.review)
        #expect(read.id == ReviewID.derived(from: review))
        #expect(read.machine == .legacy)
        #expect(read.cardID == review.cardID && read.after == review.after)
    }

    static let full = EveryKind(
        date: time("2026-03-01T09:00:00Z"), double: 2.5, bool: true, text: "a \"b\"", rating: .hard,
        machine: MachineID("3f9a0c21b7e4")!, phase: .relearning,
        memory: MemoryState(stability: 3, difficulty: 4),
        count: 7, number: 12, fraction: 0.25, when: time("2026-03-02T09:00:00Z"), note: "n",
        maybePhase: .review, maybeMemory: MemoryState(stability: 1.5, difficulty: 2), flag: true,
        id: ReviewID(high: 1, low: 2), from: MachineID("00000000000a")!)

    /// Every field but the identities absent (a row's identities are never null: every review
    /// written since version 4 has them).
    static var bare: EveryKind {
        var bare = EveryKind.blank
        (bare.id, bare.from) = (full.id, full.from)
        return bare
    }

    @Test(arguments: [full, bare])
    func everyKindOfFieldRoundTripsAsARow(_ record: EveryKind) throws {
        var json = JSONTextWriter()
        SnapshotRowWriter.write(record, to: &json)
        let read = try json.bytes.withUnsafeBytes { bytes in
            var rows = SnapshotRowReader(
                reader: ProgressSnapshotFormat.Reader(scanner: JSONScanner(bytes), bytes: bytes))
            return try rows.row(number: 0) as EveryKind
        }
        #expect(read == record)
        #expect(
            SnapshotRowWriter.columns(of: EveryKind.self).map(\.name).prefix(9)
                == [
                    "date", "double", "bool", "text", "rating", "machine", "phase", "memoryStability",
                    "memoryDifficulty",
                ])
    }

    @Test(arguments: [full, EveryKind.blank])
    func everyKindOfFieldRoundTripsAsASnapshotObject(_ record: EveryKind) throws {
        var json = JSONTextWriter()
        SnapshotFieldWriter.write(record, to: &json)
        let read = try json.bytes.withUnsafeBytes { bytes in
            var reader = ProgressSnapshotFormat.Reader(scanner: JSONScanner(bytes), bytes: bytes)
            return try reader.record(FieldPath("every", "kind"), depth: 1) as EveryKind
        }
        #expect(read == record)
    }

    @Test(arguments: [full, EveryKind.blank])
    func everyKindOfFieldRoundTripsThroughCodable(_ record: EveryKind) throws {
        let data = try RecallJSON.encoder(pretty: false).encode(record)
        #expect(try RecallJSON.decoder().decode(EveryKind.self, from: data) == record)
    }
}

/// A record with a field of every kind a field list has.
struct EveryKind: SavedRecord, Codable, Equatable, Sendable {
    var date: Date
    var double: Double
    var bool: Bool
    var text: String
    var rating: Rating
    var machine: MachineID
    var phase: CardSchedule.Phase
    var memory: MemoryState
    var count: Int
    var number: Int?
    var fraction: Double?
    var when: Date?
    var note: String?
    var maybePhase: CardSchedule.Phase?
    var maybeMemory: MemoryState?
    var flag: Bool
    var id: ReviewID?
    var from: MachineID?

    static var blank: EveryKind {
        EveryKind(
            date: Date(timeIntervalSince1970: 0), double: 0, bool: false, text: "", rating: .again,
            machine: .legacy, phase: .learning, memory: .blank, count: 0, number: nil, fraction: nil,
            when: nil,
            note: nil, maybePhase: nil, maybeMemory: nil, flag: false, id: nil, from: nil)
    }

    mutating func visitFields<Visitor: FieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.required("date", &date)
        try visitor.required("double", &double)
        try visitor.required("bool", &bool)
        try visitor.required("text", &text)
        try visitor.required("rating", &rating)
        try visitor.required("machine", &machine)
        try visitor.required("phase", &phase)
        try visitor.required("memory", &memory)
        try visitor.count("count", &count)
        try visitor.optional("number", &number)
        try visitor.optional("fraction", &fraction)
        try visitor.optional("when", &when)
        try visitor.optional("note", &note)
        try visitor.optional("maybePhase", &maybePhase)
        try visitor.optional("maybeMemory", &maybeMemory)
        try visitor.flag("flag", &flag)
        try visitor.identity("id", &id)
        try visitor.identity("from", &from)
    }

    init(
        date: Date, double: Double, bool: Bool, text: String, rating: Rating, machine: MachineID,
        phase: CardSchedule.Phase, memory: MemoryState, count: Int, number: Int?, fraction: Double?,
        when: Date?,
        note: String?, maybePhase: CardSchedule.Phase?, maybeMemory: MemoryState?, flag: Bool, id: ReviewID?,
        from: MachineID?
    ) {
        (self.date, self.double, self.bool, self.text, self.rating) = (date, double, bool, text, rating)
        (self.machine, self.phase, self.memory, self.count) = (machine, phase, memory, count)
        (self.number, self.fraction, self.when, self.note) = (number, fraction, when, note)
        (self.maybePhase, self.maybeMemory, self.flag, self.id, self.from) = (
            maybePhase, maybeMemory, flag, id, from
        )
    }

    init(from decoder: any Decoder) throws {
        self = try Self.decodeFields(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try encodeFields(to: encoder)
    }
}
