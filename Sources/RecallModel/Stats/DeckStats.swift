import Foundation

/// The figures `recall stats` shows, computed from a deck and its progress at a moment.
public struct DeckStats: Codable, Sendable, Equatable {
    public struct CardCounts: Codable, Sendable, Equatable {
        public var total = 0
        public var new = 0
        public var learning = 0
        public var review = 0
        public var relearning = 0
        public var suspended = 0
        /// Cards by kind of question (`cloze`, `order` …), whatever their state.
        public var byKind: [String: Int] = [:]
    }

    /// Anki's true retention: the share of reviews of review cards (not learning steps) passed.
    public struct Retention: Codable, Sendable, Equatable {
        public var days: Int
        public var reviews: Int
        public var passed: Int
        public var rate: Double? { reviews == 0 ? nil : Double(passed) / Double(reviews) }
    }

    public struct HardFact: Codable, Sendable, Equatable {
        public var cardID: String
        public var text: String
        public var lapses: Int
        public var stability: Double
    }

    public var deck: String
    public var cards: CardCounts
    public var retention7: Retention
    public var retention30: Retention
    public var desiredRetention: Double
    /// Reviews per study day over the past year, oldest first (index 364 is today).
    public var heatmap: [Int]
    /// The date of the heatmap's first day, `YYYY-MM-DD`.
    public var heatmapStart: String
    /// Cards due on each of the next 30 study days (day 0 includes overdue cards).
    public var dueForecast: [Int]
    /// The predicted share of the deck's cards recalled now (new cards count as not recalled).
    public var predictedRecallNow: Double
    public var examDate: String?
    public var predictedRecallAtExam: Double?
    public var hardest: [HardFact]
    /// Consecutive study days with at least one review, up to today (or yesterday, if today has none yet).
    public var streak: Int
    public var reviewsToday: Int

    public static func compute(
        deck: Deck, progress: DeckProgress, now: Date, timeZone: TimeZone, exam: Date? = nil
    ) -> DeckStats {
        let settings = deck.settings
        let today = StudyDay(containing: now, timeZone: timeZone, startHour: settings.dayStartHour)
        let model = FSRSScheduler(parameters: settings.parameters ?? .defaults)
        var counts = CardCounts()
        var dueForecast = Array(repeating: 0, count: 30)
        var recallNow = 0.0
        var recallExam = 0.0
        var hardest: [HardFact] = []
        let facts = Dictionary(deck.facts.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        for card in deck.cards {
            counts.total += 1
            counts.byKind[card.kind.rawValue, default: 0] += 1
            guard let schedule = progress.schedules[card.id] else {
                counts.new += 1
                continue
            }
            // Each card counts once: suspended, else new (a flag such as a bury gives a new card a
            // schedule), else by its phase.
            if schedule.suspended {
                counts.suspended += 1
            } else if schedule.isNew {
                counts.new += 1
            } else {
                switch schedule.phase {
                case .learning: counts.learning += 1
                case .review: counts.review += 1
                case .relearning: counts.relearning += 1
                }
            }
            if schedule.isNew { continue }
            recallNow += Self.share(model.retrievability(of: schedule, at: now))
            if let exam { recallExam += Self.share(model.retrievability(of: schedule, at: exam)) }
            if !schedule.suspended {
                let days = Self.days(schedule.due.timeIntervalSince(today.start) / 86_400, .down)
                dueForecast[min(max(days, 0), 29)] += days < 30 ? 1 : 0
            }
            if schedule.lapses > 0 || schedule.isLeech {
                let text = facts[card.factID] ?? card.question.prompt
                hardest.append(
                    HardFact(
                        cardID: card.id, text: text, lapses: schedule.lapses,
                        stability: (schedule.memory?.stability).map { $0.isFinite ? $0 : 0 } ?? 0))
            }
        }
        hardest.sort { ($0.lapses, -$0.stability, $0.cardID) > ($1.lapses, -$1.stability, $1.cardID) }
        var seenTexts = Set<String>()
        hardest = hardest.filter { seenTexts.insert($0.text).inserted }

        var heatmap = Array(repeating: 0, count: 365)
        var retention7 = Retention(days: 7, reviews: 0, passed: 0)
        var retention30 = Retention(days: 30, reviews: 0, passed: 0)
        let yearStart = today.start.addingTimeInterval(-364 * 86_400)
        for review in progress.reviews where review.time >= yearStart.addingTimeInterval(-2 * 86_400) {
            let day = StudyDay(containing: review.time, timeZone: timeZone, startHour: settings.dayStartHour)
            let index =
                364 - Self.days(today.start.timeIntervalSince(day.start) / 86_400, .toNearestOrAwayFromZero)
            if (0..<365).contains(index) { heatmap[index] += 1 }
            guard review.before.phase == .review else { continue }
            let age = now.timeIntervalSince(review.time)
            if age <= 7 * 86_400 {
                retention7.reviews += 1
                if review.rating != .again { retention7.passed += 1 }
            }
            if age <= 30 * 86_400 {
                retention30.reviews += 1
                if review.rating != .again { retention30.passed += 1 }
            }
        }
        var streak = 0
        var index = heatmap[364] > 0 ? 364 : 363
        while index >= 0 && heatmap[index] > 0 {
            streak += 1
            index -= 1
        }
        let total = Double(max(counts.total, 1))
        return DeckStats(
            deck: deck.name, cards: counts, retention7: retention7, retention30: retention30,
            desiredRetention: settings.desiredRetention, heatmap: heatmap,
            heatmapStart: Self.dayString(yearStart, timeZone: timeZone), dueForecast: dueForecast,
            predictedRecallNow: recallNow / total,
            examDate: exam.map { Self.dayString($0, timeZone: timeZone) },
            predictedRecallAtExam: exam == nil ? nil : recallExam / total, hardest: Array(hardest.prefix(5)),
            streak: streak, reviewsToday: heatmap[364])
    }

    /// A chance of recall, with anything that is not a number between 0 and 1 (which only a damaged
    /// file could cause) counted as forgotten, so that no figure is ever NaN.
    static func share(_ value: Double) -> Double {
        value.isFinite ? min(max(value, 0), 1) : 0
    }

    /// A whole number of days, clamped so that a time far away never traps the conversion.
    static func days(_ value: Double, _ rule: FloatingPointRoundingRule) -> Int {
        guard !value.isNaN else { return 0 }
        return Int(min(max(value.rounded(rule), -1e9), 1e9))
    }

    static func dayString(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
