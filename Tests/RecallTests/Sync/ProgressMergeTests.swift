import Foundation
import Testing

@testable import RecallApp
@testable import RecallModel

@Suite struct ProgressMergeTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]
    static let schedulers: [DeckSettings.SchedulerKind] = [.fsrs, .sm2]

    /// Replaying a machine's own log gives back the schedules its sessions saved: merging a
    /// progress with itself changes nothing.
    @Test(arguments: schedulers, seeds)
    func mergeIsIdempotent(scheduler: DeckSettings.SchedulerKind, seed: UInt64) {
        let deck = MergeHistories.deck(scheduler: scheduler)
        let step = ReviewStep(settings: deck.settings)
        let (_, copies) = MergeHistories.copies(deck, seed: seed, count: 2)
        let first = copies[0]
        #expect(first.reviews.count > 20)
        #expect(ProgressMerge.merge(first, first, step: step) == first)
        let merged = ProgressMerge.merge(first, copies[1], step: step)
        #expect(ProgressMerge.merge(merged, merged, step: step) == merged)
    }

    @Test(arguments: schedulers, seeds)
    func mergeIsCommutativeAndAssociative(scheduler: DeckSettings.SchedulerKind, seed: UInt64) {
        let deck = MergeHistories.deck(scheduler: scheduler)
        let step = ReviewStep(settings: deck.settings)
        let (_, copies) = MergeHistories.copies(deck, seed: seed, count: 3)
        let (a, b, c) = (copies[0], copies[1], copies[2])
        let ab = ProgressMerge.merge(a, b, step: step)
        #expect(ab == ProgressMerge.merge(b, a, step: step))
        let left = ProgressMerge.merge(ab, c, step: step)
        let right = ProgressMerge.merge(a, ProgressMerge.merge(b, c, step: step), step: step)
        #expect(left == right)
        #expect(left == ProgressMerge.merge(ProgressMerge.merge(c, a, step: step), b, step: step))
        // Merging in what is already there changes nothing.
        #expect(ProgressMerge.merge(left, a, step: step) == left)
    }

    /// Every review of either side is in the merge once, none that either side undid, in time order.
    @Test(arguments: seeds)
    func everyReviewOfBothIsKeptOnce(seed: UInt64) {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let (base, copies) = MergeHistories.copies(deck, seed: seed, count: 2)
        let (a, b) = (copies[0], copies[1])
        let merged = ProgressMerge.merge(a, b, step: step)
        let undone = a.undone.union(b.undone)
        let expected = Set(a.reviews.map(\.id) + b.reviews.map(\.id)).subtracting(undone)
        #expect(merged.reviews.count == expected.count)
        #expect(Set(merged.reviews.map(\.id)) == expected)
        #expect(merged.reviews.count == a.reviews.count + b.reviews.count - base.reviews.count)
        let times = merged.reviews.map(\.time)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
        var originals: [ReviewID: ReviewLog] = [:]
        for review in a.reviews + b.reviews { originals[review.id] = review }
        for review in merged.reviews {
            #expect(originals[review.id]?.machine == review.machine)
            #expect(originals[review.id]?.rating == review.rating)
        }
    }

    /// A card only one side studied after they parted keeps that side's schedule exactly; a card
    /// both studied is scheduled from all its reviews, in time order.
    @Test(arguments: seeds)
    func schedulesFollowTheUnionOfReviews(seed: UInt64) throws {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let (base, copies) = MergeHistories.copies(deck, seed: seed, count: 2)
        let (a, b) = (copies[0], copies[1])
        let merged = ProgressMerge.merge(a, b, step: step)
        let baseIDs = Set(base.reviews.map(\.id))
        let studiedByA = Set(a.reviews.filter { !baseIDs.contains($0.id) }.map(\.cardID))
        let studiedByB = Set(b.reviews.filter { !baseIDs.contains($0.id) }.map(\.cardID))
        var checked = 0
        for card in studiedByA.subtracting(studiedByB) where a.flagChanges[card] == b.flagChanges[card] {
            #expect(merged.schedules[card] == a.schedules[card], "card \(card)")
            checked += 1
        }
        for card in studiedByA.intersection(studiedByB) {
            // The card's own reviews, oldest first, through the scheduler from new.
            let reviews = merged.reviews.filter { $0.cardID == card }
            #expect(reviews.count > 0)
            var schedule: CardSchedule? = nil
            for review in reviews {
                var stored = schedule
                if let change = merged.flagChanges[card], change.time < review.time,
                    reviews.first(where: { $0.time > change.time })?.id == review.id
                {
                    stored = ProgressReplay.applying(change, to: stored)
                }
                schedule = step.apply(stored, rating: review.rating, at: review.time, id: review.id).after
            }
            #expect(merged.schedules[card]?.reps == schedule?.reps)
            #expect(merged.schedules[card]?.memory == schedule?.memory)
            #expect(merged.schedules[card]?.due == schedule?.due)
            checked += 1
        }
        #expect(checked > 0)
    }

    /// Suspensions and burials: the later change wins whichever side made it; at the same second the
    /// higher machine id wins.
    @Test func theLastFlagChangeWins() {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let at = MergeHistories.start
        var a = DeckProgress(deck: deck.name)
        var b = DeckProgress(deck: deck.name)
        var suspended = CardSchedule.new(due: at)
        suspended.suspended = true
        a.schedules["card-1-0"] = suspended
        a.flagChanges["card-1-0"] = FlagChange(suspended, time: at, machine: MachineID(value: 1))
        b.schedules["card-1-0"] = .new(due: at)
        b.flagChanges["card-1-0"] = FlagChange(.new(due: at), time: at + 60, machine: MachineID(value: 2))
        #expect(ProgressMerge.merge(a, b, step: step).schedules["card-1-0"]?.suspended == false)
        b.flagChanges["card-1-0"]?.time = at - 60
        #expect(ProgressMerge.merge(a, b, step: step).schedules["card-1-0"]?.suspended == true)
        b.flagChanges["card-1-0"]?.time = at
        b.flagChanges["card-1-0"]?.machine = MachineID(value: 2)
        #expect(ProgressMerge.merge(a, b, step: step).schedules["card-1-0"]?.suspended == false)
        #expect(ProgressMerge.merge(b, a, step: step).schedules["card-1-0"]?.suspended == false)
    }

    /// A student's contrast cards from both machines are kept, each once, dated by its first making.
    @Test func contrastCardsOfBothSidesAreKeptOnce() {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let at = MergeHistories.start
        func contrast(_ id: String, _ created: Date) -> ContrastCard {
            ContrastCard(card: Card(id: id, factID: "f", question: deck.cards[0].question), created: created)
        }
        var a = DeckProgress(deck: deck.name)
        var b = DeckProgress(deck: deck.name)
        a.contrasts = [contrast("x", at + 60), contrast("y", at)]
        b.contrasts = [contrast("x", at), contrast("z", at + 30)]
        let merged = ProgressMerge.merge(a, b, step: step)
        #expect(merged.contrasts.map(\.card.id) == ["x", "y", "z"])
        #expect(merged.contrasts.first { $0.card.id == "x" }?.created == at)
        #expect(merged.contrasts == ProgressMerge.merge(b, a, step: step).contrasts)
        #expect(ProgressMerge.merge(merged, merged, step: step).contrasts == merged.contrasts)
    }

    /// A review one side undid does not come back from the other side's copy.
    @Test func anUndoneReviewStaysUndone() throws {
        let deck = MergeHistories.deck(scheduler: .fsrs)
        let step = ReviewStep(settings: deck.settings)
        let at = MergeHistories.start
        var session = StudySession(
            deck: deck, progress: DeckProgress(deck: deck.name), now: at, timeZone: utc, seed: 3,
            machine: MachineID(value: 7))
        let next = session.nextCard(at: at)
        let card = try #require(next)
        session.record(card.id, rating: .again, at: at, answer: nil, durationMs: 100)
        let copy = session.progress
        _ = session.undo(at: at + 5)
        let merged = ProgressMerge.merge(session.progress, copy, step: step)
        #expect(merged.reviews.isEmpty)
        #expect(merged.schedules[card.id] == nil)
    }
}
