import Foundation
import RecallModel

/// The logic of a study session, free of terminals and files: which card is next, what an answer
/// does to the schedule and the review log, and how to take it back.
public struct StudySession: Sendable {
    public private(set) var deck: Deck
    public private(set) var progress: DeckProgress
    public private(set) var queue: StudyQueue
    public let scheduler: CardScheduler
    /// Schedules each answer; the same function replays reviews in a merge.
    let step: ReviewStep
    public let timeZone: TimeZone
    /// The machine this session runs on, recorded with each review and flag change.
    public let machine: MachineID
    var generator: SeededGenerator
    let index: DeckIndex
    /// `progress.schedules` by deck position, kept in step with it, for rebuilding the queue each day.
    var schedulesByPosition: [CardSchedule?]
    /// What each answer replaced, newest last, for `:undo`.
    var undoStack: [Undo] = []
    public private(set) var tally = Tally()
    /// The student's usual answer time per kind of card, for suggesting Easy.
    public private(set) var pace: AnswerPace
    /// In a cram session, the order of today's cards; nil in an ordinary session.
    public private(set) var cram: CramQueue?
    /// Changes not yet confirmed durable by the store, oldest first.
    public private(set) var pendingChanges: [ProgressChange] = []
    /// Contrast cards made in this session, not in the deck's index; each also waits in `contrastsDue`.
    var madeContrasts: [String: Card] = [:]
    /// Contrast cards to show later in this session.
    var contrastsDue = ContrastQueue()

    /// Whether opening the session changed the progress (cards set aside after a rebuild), so
    /// that a fresh snapshot should be written before studying.
    public let needsSnapshot: Bool

    struct Undo: Sendable {
        var cardID: String
        var before: CardSchedule?
        var reviewCount: Int
        var tally: Tally
        var pace: AnswerPace
        /// The contrast card the answer made, taken away again with it.
        var contrast: String?
    }

    /// Answers given in this session; an answer graded Good or Easy counts as right.
    public struct Tally: Sendable, Hashable {
        public var studied = 0
        public var right = 0
    }

    /// `seed` drives the review ids (and through them the intervals' fuzz).
    public init(
        deck: Deck, progress: DeckProgress, now: Date, timeZone: TimeZone, seed: UInt64,
        machine: MachineID = .legacy
    ) {
        var progress = progress
        // The student's contrast cards still in the queue are studied with the deck's own.
        var deck = deck
        let settings = deck.settings
        deck.cards += progress.contrasts.filter {
            !$0.isRetired(in: progress.reviews, timeZone: timeZone, startHour: settings.dayStartHour)
        }.map(\.card)
        let original = progress
        progress.reconcile(with: Set(deck.cards.map(\.id)))
        needsSnapshot = progress != original
        self.deck = deck
        self.progress = progress
        self.timeZone = timeZone
        step = ReviewStep(settings: deck.settings)
        scheduler = step.scheduler
        self.machine = machine
        generator = SeededGenerator(seed: seed)
        let index = DeckIndex(cards: deck.cards)
        self.index = index
        let cards = deck.cards
        pace = AnswerPace(reviews: progress.reviews) { id in index.position(of: id).map { cards[$0].kind } }
        schedulesByPosition = index.schedules(in: progress)
        queue = StudyQueue(
            index: index, schedules: schedulesByPosition, reviews: progress.reviews, settings: deck.settings,
            now: now,
            timeZone: timeZone)
    }

    /// Applies a change to the progress (and the by-position copy), and queues it for the journal.
    mutating func commit(
        cardID: String, schedule: CardSchedule?, review: ReviewLog? = nil, reviewCount: Int? = nil,
        flags: FlagChange? = nil
    ) {
        let change = ProgressChange(
            sequence: progress.journalSequence + 1, cardID: cardID, schedule: schedule, review: review,
            reviewCount: reviewCount, flags: flags)
        progress.apply(change)
        if let position = index.position(of: cardID) { schedulesByPosition[position] = schedule }
        pendingChanges.append(change)
    }

    /// The store has made the pending changes durable.
    public mutating func changesSaved() {
        pendingChanges.removeAll()
    }

    public func card(_ id: String) -> Card? {
        index.position(of: id).map { deck.cards[$0] } ?? madeContrasts[id]
    }

    /// Makes a contrast card when `typed`, a wrong answer to `card` (the last one recorded), is the
    /// date of another fact of the deck, and sets it to come back after a few more answers; nil when
    /// the answer matches no other fact or the student already has that card.
    public mutating func addContrast(for card: Card, typed: String, at now: Date) -> Card? {
        guard let contrast = ContrastCard.forMistake(typed, on: card, in: deck, at: now),
            !progress.contrasts.contains(where: { $0.card.id == contrast.card.id }),
            !undoStack.isEmpty
        else { return nil }
        var change = ProgressChange(
            sequence: progress.journalSequence + 1, cardID: contrast.card.id, schedule: nil)
        change.contrast = contrast
        progress.apply(change)
        pendingChanges.append(change)
        madeContrasts[contrast.card.id] = contrast.card
        contrastsDue.add(contrast.card.id)
        undoStack[undoStack.count - 1].contrast = contrast.card.id
        return contrast.card
    }

    /// Takes back a contrast card an undone answer made.
    mutating func removeContrast(_ cardID: String) {
        var change = ProgressChange(sequence: progress.journalSequence + 1, cardID: cardID, schedule: nil)
        change.removesContrast = true
        progress.apply(change)
        pendingChanges.append(change)
        madeContrasts[cardID] = nil
        contrastsDue.remove(cardID)
    }

    /// The contrast card whose turn has come, or, when `queueIsEmpty`, any still waiting.
    mutating func dueContrast(queueIsEmpty: Bool) -> Card? {
        contrastsDue.next(queueIsEmpty: queueIsEmpty).flatMap(card)
    }

    /// Turns the session into a cram session over these cards: each is shown in turn, and a missed
    /// card comes back after a few others until it is answered right. Its reviews are logged as cram
    /// reviews in the ordinary log, so FSRS treats them as the same-day reviews they are.
    public mutating func startCram(_ cardIDs: [String]) {
        cram = CramQueue(cardIDs)
    }

    /// The next card to study at `now`, or nil when nothing is left for now. A new day rebuilds the queue.
    public mutating func nextCard(at now: Date) -> Card? {
        if cram != nil {
            return cram?.next().flatMap(card)
        }
        if !queue.day.contains(now) {
            queue = StudyQueue(
                index: index, schedules: schedulesByPosition, reviews: progress.reviews,
                settings: deck.settings,
                now: now, timeZone: timeZone)
        }
        if let contrast = dueContrast(queueIsEmpty: false) { return contrast }
        if let position = queue.nextPosition(at: now) { return deck.cards[position] }
        return dueContrast(queueIsEmpty: true)
    }

    /// The due time each rating would give the card, as the answer buttons show it.
    public func intervals(for cardID: String, at now: Date) -> [Rating: TimeInterval] {
        scheduler.preview(progress.schedules[cardID] ?? .new(due: now), at: now)
    }

    /// What each rating would have given the card last answered, from its state before the answer.
    public func intervalsForLastAnswer(at now: Date) -> [Rating: TimeInterval] {
        guard let last = undoStack.last else { return [:] }
        return scheduler.preview(last.before ?? .new(due: now), at: now)
    }

    /// Records an answer: schedules the card, logs the review, and counts it (right when graded
    /// Good or Easy).
    @discardableResult
    public mutating func record(
        _ cardID: String, rating: Rating, at now: Date, answer: String?, durationMs: Int?
    ) -> CardSchedule {
        // Reviews are logged to the second; scheduling from the same second lets a replay of the
        // log give back this very schedule.
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let stored = progress.schedules[cardID]
        undoStack.append(
            Undo(
                cardID: cardID, before: stored, reviewCount: progress.reviews.count, tally: tally, pace: pace)
        )
        let id = ReviewID.random(using: &generator)
        let (before, after) = step.apply(stored, rating: rating, at: now, id: id)
        let kind = ReviewStep.kind(before: before, cram: cram != nil)
        if rating == .again { cram?.missed(cardID) }
        let review = ReviewLog(
            cardID: cardID, time: now, rating: rating,
            elapsedDays: before?.lastReview.map { FSRSScheduler.elapsedDays(from: $0, to: now) },
            durationMs: durationMs, kind: kind, answer: answer, before: before, after: after, id: id,
            machine: machine)
        commit(cardID: cardID, schedule: after, review: review)
        queue.answered(cardID, before: before, after: after)
        contrastsDue.answered()
        // A contrast card made today and missed comes back again later in the session.
        if rating == .again, madeContrasts[cardID] != nil {
            contrastsDue.add(cardID)
        }
        if let kind = card(cardID)?.kind { pace.record(review, kind: kind) }
        tally.studied += 1
        if rating >= .good { tally.right += 1 }
        return after
    }

    /// Changes the grade of the last answer (the student overrode the suggestion).
    @discardableResult
    public mutating func regrade(_ rating: Rating, at now: Date) -> CardSchedule? {
        guard let last = undoStack.last, let review = progress.reviews.last, review.cardID == last.cardID
        else {
            return nil
        }
        cram?.takeBack(last.cardID)
        takeBack(keepingContrast: true)
        queue.remove(last.cardID)
        let schedule = record(
            last.cardID, rating: rating, at: review.time, answer: review.answer,
            durationMs: review.durationMs)
        undoStack[undoStack.count - 1].contrast = last.contrast
        return schedule
    }

    /// Takes back the last answer, in the progress too; returns the card, to be asked again.
    public mutating func undo(at now: Date) -> Card? {
        guard let last = undoStack.last else { return nil }
        cram?.takeBack(last.cardID)
        takeBack()
        queue.remove(last.cardID)
        return card(last.cardID)
    }

    /// Takes back the last answer, and the contrast card it made unless the answer is only regraded.
    mutating func takeBack(keepingContrast: Bool = false) {
        guard let last = undoStack.popLast() else { return }
        if let contrast = last.contrast, !keepingContrast { removeContrast(contrast) }
        var restored = last.before
        // A burial or suspension made since the answer (a sibling's `:bury`) outlives its undo.
        if let answered = progress.reviews.indices.contains(last.reviewCount)
            ? progress.reviews[last.reviewCount].time : nil,
            let flags = progress.flagChanges[last.cardID], flags.time >= answered
        {
            restored = ProgressReplay.applying(flags, to: restored)
        }
        commit(cardID: last.cardID, schedule: restored, reviewCount: last.reviewCount)
        tally = last.tally
        pace = last.pace
        queue.restoreLimits(before: last.before)
    }

    /// Shows the card again later today, without a review; its siblings stay hidden today, as
    /// they would had it been answered.
    public mutating func skip(_ cardID: String, at now: Date) {
        if cram != nil {
            cram?.skip(cardID)
            return
        }
        queue.setAside(cardID, until: now.addingTimeInterval(queue.learnAhead + 1))
    }

    /// Hides the card and every sibling (the cards of its fact) until tomorrow's study day. A new
    /// card stays new: only the time it is hidden until is saved.
    public mutating func bury(_ cardID: String, at now: Date) {
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        for siblingID in index.siblings(of: cardID) {
            var schedule = progress.schedules[siblingID] ?? .new(due: now)
            guard schedule.buriedUntil.map({ $0 < queue.day.end }) ?? true else { continue }
            schedule.buriedUntil = queue.day.end
            commit(
                cardID: siblingID, schedule: schedule,
                flags: FlagChange(schedule, time: now, machine: machine))
            queue.remove(siblingID)
        }
        queue.buryGroup(of: cardID)
    }

    /// Suspends the card until it is unsuspended.
    public mutating func setSuspended(_ cardID: String, _ suspended: Bool, at now: Date) {
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        var schedule = progress.schedules[cardID] ?? .new(due: now)
        schedule.suspended = suspended
        commit(cardID: cardID, schedule: schedule, flags: FlagChange(schedule, time: now, machine: machine))
        if suspended { queue.remove(cardID) }
    }

    /// When the next card comes due once today's queue is empty for now: a learning card waiting
    /// today, else the first study day with a card due or a new card to learn (cards that are not
    /// in today's queue wait at least until tomorrow).
    public func nextDue(after now: Date) -> Date? {
        if let learning = queue.nextLearningDue { return learning }
        let tomorrow = queue.day.end
        let scheduled = progress.schedules.values.filter { !$0.suspended && !$0.isNew }.map(\.due).min()
        let hasNew = deck.cards.contains {
            progress.schedules[$0.id].map { $0.isNew && !$0.suspended } ?? true
        }
        return [scheduled.map { max($0, tomorrow) }, hasNew ? tomorrow : nil].compactMap { $0 }.min()
    }
}
