import Foundation
import RecallApp
import RecallModel

/// A cram plan as `recall cram` prints it: the pace, today's reviews, the predicted recall on the
/// exam, and a bar per day.
package struct CramPlanReport {
    package var plan: ExamPlanner.Plan
    package var pace: CramPlanning.Pace
    package var deck: String
    /// The exam day as given (`YYYY-MM-DD`).
    package var exam: String
    /// Reviews of the deck so far: predictions need `CramPlanning.predictionThreshold`.
    package var reviews: Int
    package var now: Date
    package var timeZone: TimeZone

    package init(
        plan: ExamPlanner.Plan, pace: CramPlanning.Pace, deck: String, exam: String, reviews: Int, now: Date,
        timeZone: TimeZone
    ) {
        self.plan = plan
        self.pace = pace
        self.deck = deck
        self.exam = exam
        self.reviews = reviews
        self.now = now
        self.timeZone = timeZone
    }

    /// The pace in words: `20 reviews a day`, or the minutes and what they were counted at.
    package var paceWords: String {
        if pace.isFixed { return "\(plural(pace.reviews, "review")) a day" }
        let counted =
            pace.isMeasured
            ? "at your median \(Int(pace.secondsPerAnswer.rounded())) s an answer"
            : "at \(Int(pace.secondsPerAnswer)) s an answer, until you have answered \(CramPlanning.medianSample) cards"
        return "about \(pace.minutes) minutes a day, ~\(pace.reviews) reviews (\(counted))"
    }

    package var lines: [String] {
        let percent = { (value: Double) in "\(Int((value * 100).rounded()))%" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let examDay = DeckSettings.examMoment(exam, timeZone: timeZone).map { calendar.startOfDay(for: $0) }
        let days = examDay.flatMap {
            calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: $0).day
        }
        let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days ?? 0) days"
        var lines = ["\(deck) · exam on \(exam) (\(when)) · \(paceWords)"]
        let today = plan.today
        lines.append("Today: \(plural(today?.cardIDs.count ?? 0, "review")).")
        let predicting = reviews >= CramPlanning.predictionThreshold
        if predicting {
            lines.append(
                "Predicted share of facts recalled on the exam: \(percent(plan.recallAtExamNow)) now · "
                    + "\(percent(today?.recallAtExam ?? plan.recallAtExamNow)) after today's session · "
                    + "\(percent(plan.recallAtExamAfterPlan)) with the whole plan.")
        } else {
            lines.append(
                "Predicted recall on the exam: not enough reviews to predict "
                    + "(\(plural(reviews, "review")) of this deck so far; predictions start at "
                    + "\(CramPlanning.predictionThreshold)).")
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "EEE d MMM"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        lines += ["", "Plan:"]
        let busiest = max(plan.days.map(\.cardIDs.count).max() ?? 1, 1)
        for day in plan.days {
            let bar = String(repeating: "█", count: day.cardIDs.count * 30 / busiest)
            let share =
                predicting
                ? "  " + percent(day.recallAtExam).padding(toLength: 4, withPad: " ", startingAt: 0) : ""
            let label = formatter.string(from: day.date).padding(toLength: 11, withPad: " ", startingAt: 0)
            let reviews = plural(day.cardIDs.count, "review").padding(
                toLength: 12, withPad: " ", startingAt: 0)
            lines.append("  \(label) \(reviews)\(share)  \(bar)")
        }
        if plan.days.isEmpty { lines.append("  nothing left to plan before the exam.") }
        return lines
    }
}
