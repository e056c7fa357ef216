import Foundation

/// Checks a typed answer with the tolerance a teacher would show: dates in any common form,
/// ranges typed either way, case, punctuation and diacritics ignored, one typo in five letters forgiven.
public enum AnswerChecker {
    /// How an answer compares with the expected one.
    public enum Verdict: Sendable, Hashable {
        case right
        /// Partly right, with what was missing (`the year is right; the day and month are not`).
        case partlyRight(String)
        case wrong
        /// A reverse card: the student compares their recall with the answer and grades it.
        case selfGraded
    }

    public static func check(_ typed: String, against question: Question) -> Verdict {
        switch question {
        case .cloze(let cloze): checkDate(typed, expectedText: cloze.answer, expected: cloze.value)
        case .choice(let choice): checkChoice(typed, choice)
        case .timeline(let timeline): checkTimeline(typed, timeline)
        case .reverse: .selfGraded
        case .basic(let basic): checkBasic(typed, basic)
        }
    }

    /// A date on the back is checked as a date; other text is right when it matches, and otherwise
    /// left to the student, who sees it beside what they typed.
    static func checkBasic(_ typed: String, _ question: BasicQuestion) -> Verdict {
        if typed.trimmingSpaces().isEmpty { return .selfGraded }
        if textMatches(typed, question.back) { return .right }
        if let value = DateFinder.parseAnswer(question.back) {
            return checkDate(typed, expectedText: question.back, expected: value)
        }
        return .selfGraded
    }

    /// A date answer: `1925-12-16`, `16 Dec 1925` and `December 16, 1925` are all `16 December 1925`.
    public static func checkDate(_ typed: String, expectedText: String, expected: DateValue) -> Verdict {
        if textMatches(typed, expectedText)
            && typed.contains(where: \.isNumber) == expectedText.contains(where: \.isNumber)
        {
            return .right
        }
        guard let value = DateFinder.parseAnswer(typed) else { return .wrong }
        // A date written without its year ("25 February") is asked without it.
        let asWritten = DateFinder.parseAnswer(expectedText)
        if value == expected || value == asWritten { return .right }
        if case .day(nil, let month, let day) = value, case .day(_, month, day) = expected {
            return asWritten == value
                ? .right : .partlyRight("the day and month are right; the year is missing")
        }
        switch (value, expected) {
        case (.year(let year), .day(let expectedYear, _, _)) where year == expectedYear:
            return .partlyRight("the year is right; the day and month are missing")
        case (.year(let year), .month(let expectedYear, _)) where year == expectedYear:
            return .partlyRight("the year is right; the month is missing")
        case (.month(let year, let month), .day(let expectedYear, let expectedMonth, _))
        where year == expectedYear && month == expectedMonth:
            return .partlyRight("the month is right; the day is missing")
        case (.year(let year), .range(let start, let end))
        where start.firstYear == year || end.lastYear == year:
            return .partlyRight("that is one end of the range")
        case (.year(let year), .decade(let first)) where (first...(first + 9)).contains(year):
            return .partlyRight("the decade is right")
        case (.decade(let first), .year(let year)) where (first...(first + 9)).contains(year):
            return .partlyRight("the decade is right; the year is not given")
        default:
            break
        }
        return .wrong
    }

    /// `b`, `b)`, or the text of the option.
    static func checkChoice(_ typed: String, _ choice: ChoiceQuestion) -> Verdict {
        let trimmed = typed.trimmingSpaces().lowercased().trimmingCharacters(
            in: CharacterSet(charactersIn: ").: "))
        if trimmed.count == 1, let scalar = trimmed.unicodeScalars.first, ("a"..."z").contains(scalar) {
            return trimmed == ChoiceQuestion.letter(choice.answerIndex) ? .right : .wrong
        }
        if let index = choice.options.firstIndex(where: { fold($0) == fold(typed) }) {
            return index == choice.answerIndex ? .right : .wrong
        }
        if let value = DateFinder.parseAnswer(typed) {
            if value == choice.value { return .right }
            if choice.options.contains(where: { DateFinder.parseAnswer($0) == value }) { return .wrong }
        }
        return .wrong
    }

    /// Letters in order, `CABD` (spaces, commas and case ignored); partly right says which positions are wrong.
    static func checkTimeline(_ typed: String, _ timeline: TimelineQuestion) -> Verdict {
        let letters = typed.uppercased().filter { $0.isLetter }
        let expected = timeline.answer
        if letters == expected { return .right }
        guard letters.count == expected.count, Set(letters) == Set(expected) else { return .wrong }
        let wrong = zip(letters, expected).enumerated().filter { $0.element.0 != $0.element.1 }.map {
            $0.offset + 1
        }
        if wrong.count * 2 <= expected.count {
            return .partlyRight(
                "position\(wrong.count == 1 ? "" : "s") \(wrong.map(String.init).joined(separator: ", ")) wrong"
            )
        }
        return .wrong
    }

    /// Text equal after folding case, punctuation and diacritics, allowing one typo per five letters.
    public static func textMatches(_ typed: String, _ expected: String) -> Bool {
        let a = fold(typed)
        let b = fold(expected)
        if a.isEmpty { return false }
        if a == b { return true }
        let allowed = b.filter(\.isLetter).count / 5
        guard allowed > 0 else { return false }
        return editDistance(Array(a), Array(b), limit: allowed) <= allowed
    }

    /// Lower case, no diacritics (`Erdoğan` is `erdogan`), punctuation as space, spaces folded.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
        )
        .replacingOccurrences(of: "ı", with: "i")
        let mapped = folded.map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(mapped).split(separator: " ").joined(separator: " ")
    }

    /// Damerau–Levenshtein distance (adjacent swaps count as one typo), stopping early past `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// The grade to suggest: Again when wrong, Hard when partly right or slow, Easy when right and fast.
    public static func suggestedRating(for verdict: Verdict, seconds: Double) -> Rating {
        switch verdict {
        case .wrong: .again
        case .partlyRight: .hard
        case .selfGraded: .good
        case .right: seconds <= 5 ? .easy : seconds > 30 ? .hard : .good
        }
    }
}
