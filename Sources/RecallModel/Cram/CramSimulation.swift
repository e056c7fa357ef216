import Foundation

/// Simulated students, to compare ways of choosing reviews before an exam: the exam planner,
/// the ordinary due-date queue, and a random choice. Outcomes are drawn from FSRS's own recall
/// probabilities with a seeded generator, so a run repeats exactly.
public struct CramSimulation: Sendable {
    public enum Strategy: String, Sendable, CaseIterable {
        case planner = "exam planner"
        case queue = "ordinary queue"
        case random = "random choice"
    }

    public var students: Int
    public var cards: Int
    public var days: Int
    public var perDay: Int
    public var seed: UInt64

    public init(students: Int, cards: Int, days: Int, perDay: Int, seed: UInt64) {
        self.students = students
        self.cards = cards
        self.days = days
        self.perDay = perDay
        self.seed = seed
    }

    /// The mean recall at the exam (the share of cards recalled) for each strategy.
    public func run() -> [Strategy: Double] {
        var totals: [Strategy: Double] = [:]
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let exam = start.addingTimeInterval(Double(days) * 86_400)
        let planner = ExamPlanner(exam: exam)
        for student in 0..<students {
            var setup = SeededGenerator(seed: seed &+ UInt64(student) &* 7919)
            let deck = (0..<cards).map { index -> (ExamPlanner.CardState, Date) in
                // A student's deck part-way through a term: some cards new, most reviewed 1–60 days ago.
                if Double.random(in: 0..<1, using: &setup) < 0.2 {
                    return (ExamPlanner.CardState(id: "\(index)", memory: nil, lastReview: nil), start)
                }
                let stability = exp(Double.random(in: log(0.5)...log(120), using: &setup))
                let difficulty = Double.random(in: 2...9, using: &setup)
                let last = start.addingTimeInterval(-Double(Int.random(in: 1...60, using: &setup)) * 86_400)
                let due = last.addingTimeInterval(stability * 86_400)
                return (
                    ExamPlanner.CardState(
                        id: "\(index)", memory: MemoryState(stability: stability, difficulty: difficulty),
                        lastReview: last), due
                )
            }
            for strategy in Strategy.allCases {
                var outcomes = SeededGenerator(seed: seed &+ UInt64(student) &* 104_729 &+ 1)
                var states = deck.map(\.0)
                var due = deck.map(\.1)
                for day in 0..<days {
                    let today = start.addingTimeInterval(Double(day) * 86_400)
                    let chosen: [Int]
                    switch strategy {
                    case .planner:
                        chosen = planner.choose(states, at: today, count: perDay)
                    case .queue:
                        let dueToday = due.indices.filter {
                            states[$0].memory != nil && due[$0] < today.addingTimeInterval(86_400)
                        }
                        .sorted { due[$0] < due[$1] }
                        let fresh = states.indices.filter { states[$0].memory == nil }
                        chosen = Array((dueToday + fresh).prefix(perDay))
                    case .random:
                        var indices = Array(states.indices)
                        indices.shuffle(using: &outcomes)
                        chosen = Array(indices.prefix(perDay))
                    }
                    for index in chosen {
                        let p = states[index].memory == nil ? 1 : planner.recall(states[index], at: today)
                        let recalled = Double.random(in: 0..<1, using: &outcomes) < p
                        states[index] = planner.reviewed(states[index], at: today, recalled: recalled)
                        let interval = FSRS().interval(
                            stability: states[index].memory!.stability, desiredRetention: 0.9,
                            maximumInterval: 36500)
                        due[index] = today.addingTimeInterval(Double(interval) * 86_400)
                    }
                }
                totals[strategy, default: 0] += planner.recallAtExam(states)
            }
        }
        return totals.mapValues { $0 / Double(students) }
    }
}
