import Foundation
import RecallModel

/// A Recall schedule as the scheduling columns of Anki's `cards` table, as Anki itself would have
/// written them for the same card.
///
/// - New: type 0, `due` the position in the new queue.
/// - Review: type 2, `due` the study day (counted from the collection's creation, so an overdue
///   card keeps its real day), `ivl` the study days from the last review to the due day.
/// - Learning and relearning: type 1 or 3, `due` a Unix time within today (queue 1) or a study day
///   beyond today's rollover (queue 3), `left` the steps still to go, `ivl` 0 while learning and the
///   review interval waiting after relearning.
/// - Suspended cards go to queue -1, buried ones to -3 (Anki unburies them at the next rollover).
struct AnkiCardState: Sendable, Equatable {
    var type: Int64
    var queue: Int64
    var due: Int64
    var interval: Int64
    var factor: Int64
    var reps: Int64
    var lapses: Int64
    var left: Int64
    /// FSRS's memory in the card's `data`: `s`, `d`, `dr`, `decay`, `lrt`.
    var data: String

    init(
        schedule: CardSchedule?, position: Int64, memory: MemoryState?, ease: Double?,
        settings: DeckSettings, days: AnkiDayCount, now: Date
    ) {
        let queueFlag: Int64? =
            if schedule?.suspended == true { -1 } else if let until = schedule?.buriedUntil, until > now {
                -3
            } else { nil }
        guard let schedule, schedule.reps > 0 else {
            self.init(
                type: 0, queue: queueFlag ?? 0, due: position, interval: 0, factor: 0, reps: 0, lapses: 0,
                left: 0, data: "{}")
            return
        }
        let model = FSRS(parameters: settings.parameters ?? .defaults)
        let dueDay = Int64(days.day(schedule.due))
        var type: Int64
        var queue: Int64
        var due: Int64
        var interval: Int64 = 0
        var left: Int64 = 0
        switch schedule.phase {
        case .review:
            (type, queue, due) = (2, 2, dueDay)
            let last = schedule.lastReview.map { Int64(days.day($0)) } ?? dueDay - 1
            interval = max(1, dueDay - last)
        case .learning, .relearning:
            let steps = schedule.phase == .learning ? settings.learningSteps : settings.relearningSteps
            type = schedule.phase == .learning ? 1 : 3
            left = Int64(max(1, steps.count - (schedule.step ?? 0)))
            if schedule.due >= days.endOfDay(containing: now) {
                (queue, due) = (3, dueDay)
            } else {
                (queue, due) = (1, Int64(clampingWhole: schedule.due.timeIntervalSince1970))
            }
            if schedule.phase == .relearning {
                // SM-2's interval, or FSRS's for the stability after the lapse, in Recall's bounds.
                let days =
                    schedule.intervalDays
                    ?? schedule.memory.map {
                        $0.stability / model.factor * (pow(settings.desiredRetention, 1 / model.decay) - 1)
                    } ?? 1
                interval = min(max(1, Int64(clampingWhole: days + 0.5)), Int64(settings.maximumInterval))
            }
        }
        var fields: [String: Any] = [:]
        if let memory {
            fields = [
                "s": memory.stability, "d": memory.difficulty, "dr": settings.desiredRetention,
                "decay": -(settings.parameters ?? .defaults)[20],
            ]
            if let last = schedule.lastReview {
                fields["lrt"] = Int64(clampingWhole: last.timeIntervalSince1970)
            }
        }
        let ease = schedule.ease ?? ease
        self.init(
            type: type, queue: queueFlag ?? queue, due: due, interval: interval,
            factor: type == 1
                ? 0 : Int64(clampingWhole: ((ease ?? AnkiReviewHistory.startingEase) * 1000).rounded()),
            reps: Int64(schedule.reps), lapses: Int64(schedule.lapses), left: left,
            data: AnkiPackageWriter.json(fields))
    }

    init(
        type: Int64, queue: Int64, due: Int64, interval: Int64, factor: Int64, reps: Int64, lapses: Int64,
        left: Int64, data: String
    ) {
        self.type = type
        self.queue = queue
        self.due = due
        self.interval = interval
        self.factor = factor
        self.reps = reps
        self.lapses = lapses
        self.left = left
        self.data = data
    }
}
