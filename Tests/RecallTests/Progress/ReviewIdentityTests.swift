import Foundation
import Testing

@testable import RecallApp
@testable import RecallModel
@testable import RecallStorage

@Suite struct ReviewIdentityTests {
    let start = time("2026-03-10T09:00:00Z")

    func fixtureData(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/progress/\(name).progress", withExtension: "json"))
        return try Data(contentsOf: url)
    }

    @Test func idsAndMachinesReadBackFromTheirHexDigits() throws {
        var generator = SeededGenerator(seed: 4)
        let id = ReviewID.random(using: &generator)
        #expect(id.description.count == 24)
        #expect(ReviewID(id.description) == id)
        #expect(ReviewID("0123456789abcdef0123456") == nil)
        #expect(ReviewID("0123456789abcdef0123456G") == nil)
        let machine = MachineID.random(using: &generator)
        #expect(machine.description.count == 12)
        #expect(MachineID(machine.description) == machine)
        #expect(machine != .legacy)
        #expect(MachineID("00000000000x") == nil)
    }

    /// A snapshot reads ids from the file's bytes; they are read as their text would be.
    @Test func idsReadFromBytesAsFromText() {
        func id(_ text: String) -> ReviewID? {
            Array(text.utf8).withUnsafeBytes { ReviewID(hexDigits: $0) }
        }
        func machine(_ text: String) -> MachineID? {
            Array(text.utf8).withUnsafeBytes { MachineID(hexDigits: $0) }
        }
        #expect(id("0123456789abcdef01234567") == ReviewID(high: 0x0123_4567_89ab_cdef, low: 0x0123_4567))
        #expect(id("0123456789ABCDEF01234567") == nil)
        #expect(id("0123456789abcdef0123456") == nil)
        #expect(id("0123456789abcdef012345678") == nil)
        #expect(machine("00000000002a") == MachineID(value: 42))
        #expect(machine("00000000002a") == MachineID("00000000002a"))
        #expect(machine("0000000002a") == nil)
        #expect(machine("") == nil)
    }

    /// Two copies of one old file agree on every id, and identical reviews in one file still get two.
    @Test(arguments: ["version-1", "version-2", "version-3"])
    func olderFilesGetIdsDerivedFromTheirContent(name: String) throws {
        let data = try fixtureData(name)
        let first = try ProgressFile.decode(data, file: name)
        let second = try ProgressFile.decode(data, file: name)
        #expect(first.schemaVersion == 4)
        #expect(!first.reviews.isEmpty)
        #expect(first.reviews.map(\.id) == second.reviews.map(\.id))
        #expect(Set(first.reviews.map(\.id)).count == first.reviews.count)
        #expect(first.reviews.allSatisfy { $0.machine == .legacy })
        // Saved as version 4, the ids are kept, not derived again.
        let saved = try ProgressFile.decode(ProgressFile.encode(first), file: "saved")
        #expect(saved == first)
    }

    @Test func version3KeepsItsRowsAndItsSuspensionAsAFlagChange() throws {
        let progress = try ProgressFile.decode(try fixtureData("version-3"), file: "v3")
        #expect(progress.reviews.count == 13)
        // The file's last two rows are the same review twice: two ids, both kept.
        #expect(progress.reviews[11].id != progress.reviews[12].id)
        #expect(progress.reviews[11].cardID == progress.reviews[12].cardID)
        let suspended = progress.schedules.filter { $0.value.suspended }
        #expect(suspended.count == 1)
        let (card, schedule) = try #require(suspended.first)
        let change = try #require(progress.flagChanges[card])
        #expect(change.suspended)
        #expect(change.machine == .legacy)
        #expect(change.time == schedule.lastReview)
        #expect(progress.flagChanges.count == 1)
    }

    @Test func aBadIdIsAnErrorNamingTheReview() {
        let header =
            #"{"schemaVersion": 4, "deck": "d", "journalSequence": 0, "schedules": {}, "setAside": {}, "reviews": ["#
        let row = #"["c1",1,3,null,null,"learning",null,null,null,null,null,"learning",1,5,70,"#
        for (bad, field) in [
            (#""xyz","000000000001"]]}"#, "reviews[0].id: 'xyz' is not 24 hex digits"),
            (#""0123456789abcdef01234567","me"]]}"#, "reviews[0].machine: 'me' is not 12 hex digits"),
        ] {
            do {
                _ = try ProgressFile.decode(Data((header + row + bad).utf8), file: "p.json")
                Issue.record("accepted \(bad)")
            } catch {
                #expect(error.description.contains(field), "\(error)")
            }
        }
    }

    @Test func sessionsGiveEachReviewAnIdAndTheirMachine() throws {
        var deck = try DeckBuilder().build(try sampleSource(), name: "turkey-russia", builtAt: start).deck
        deck.settings.fuzz = false
        let machine = MachineID(value: 0xabc)
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: start, timeZone: utc, seed: 1,
            machine: machine)
        var now = start
        for _ in 0..<5 {
            let next = session.nextCard(at: now)
            let card = try #require(next)
            session.record(card.id, rating: .good, at: now, answer: nil, durationMs: 1000)
            now += 30
        }
        let reviews = session.progress.reviews
        #expect(Set(reviews.map(\.id)).count == 5)
        #expect(reviews.allSatisfy { $0.machine == machine })
        // The journal keeps both, and reads them back.
        let line = ProgressJournal.line(session.pendingChanges[0])
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.contains("\"id\":\"\(reviews[0].id)\""))
        #expect(text.contains("\"machine\":\"000000000abc\""))
        let read = try ProgressJournal.read(line, file: "j")
        #expect(read.changes[0].review == reviews[0])
        // Another seed gives other ids.
        var other = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: start, timeZone: utc, seed: 2,
            machine: machine)
        let next = other.nextCard(at: start)
        let card = try #require(next)
        other.record(card.id, rating: .good, at: start, answer: nil, durationMs: 1000)
        #expect(other.progress.reviews[0].id != reviews[0].id)
    }

    @Test func anUndoneReviewIsRemembered() throws {
        var deck = try DeckBuilder().build(try sampleSource(), name: "turkey-russia", builtAt: start).deck
        deck.settings.fuzz = false
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: start, timeZone: utc, seed: 1)
        let next = session.nextCard(at: start)
        let card = try #require(next)
        session.record(card.id, rating: .again, at: start, answer: nil, durationMs: 1000)
        let id = try #require(session.progress.reviews.last?.id)
        _ = session.undo(at: start)
        #expect(session.progress.reviews.isEmpty)
        #expect(session.progress.undone == [id])
        let saved = try ProgressFile.decode(ProgressFile.encode(session.progress), file: "p")
        #expect(saved.undone == [id])
    }
}
