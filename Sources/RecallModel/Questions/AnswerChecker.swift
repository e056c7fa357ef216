import Foundation

/// Checks a typed answer by meaning: a date is read into its value in any common form and compared
/// digit for digit (see `DateComparison`); choices and timelines by letter or option; other text with
/// case, punctuation and diacritics ignored and one typo in five letters forgiven, digits exact.
public enum AnswerChecker {
    /// How an answer compares with the expected one.
    public enum Verdict: Sendable, Hashable {
        case right
        /// Partly right, with what was missing (`the year is right; the day and month are missing`).
        case partlyRight(String)
        case wrong
        /// A reverse card: the student compares their recall with the answer and grades it.
        case selfGraded
        /// Not an answer that can be graded (`not an option: A–D`, an ambiguous `9/8/2016`): the
        /// reason is said and the question asked again.
        case retry(String)
    }

    public static func check(_ typed: String, against question: Question) -> Verdict {
        switch question {
        case .cloze(let cloze): checkDate(typed, expectedText: cloze.answer, expected: cloze.value)
        case .choice(let choice): checkChoice(typed, choice)
        case .timeline(let timeline): checkTimeline(typed, timeline)
        case .reverse: .selfGraded
        case .basic(let basic): checkBasic(typed, basic)
        case .duration(let question): checkDuration(typed, question)
        case .landmark(let pair):
            checkLetter(typed, options: PairQuestion.landmarkOptions, answerIndex: pair.answerIndex)
        case .period(let question): checkPeriod(typed, question)
        case .who(let question): NameAnswer.check(typed, question)
        case .order(let pair), .contrast(let pair):
            checkLetter(typed, options: pair.statements.map(\.label), answerIndex: pair.answerIndex)
        }
    }

    /// A number, exact on its digits, with or without the unit (`10`, `10 years`, `10 yrs`); another
    /// unit, a second number or a word that is no unit is wrong.
    static func checkDuration(_ typed: String, _ question: DurationQuestion) -> Verdict {
        let words = typed.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(
            String.init)
        let numbers = words.filter { $0.allSatisfy(\.isNumber) }
        guard numbers.count == 1, let number = Int(numbers[0]) else { return .wrong }
        let others = words.filter { !$0.allSatisfy(\.isNumber) }
        let filler: Set<String> = [
            "about", "around", "whole", "full", "in", "all", "exactly", "of", "a", "total",
        ]
        guard others.allSatisfy({ question.unit.words.contains($0) || filler.contains($0) }) else {
            return .wrong
        }
        return number == question.amount ? .right : .wrong
    }

    /// `a`, `b)`, or an option's text; a letter past the last option or a text that is no option
    /// is asked again.
    static func checkLetter(_ typed: String, options: [String], answerIndex: Int) -> Verdict {
        let last = ChoiceQuestion.letter(max(0, options.count - 1)).uppercased()
        let trimmed = typed.trimmingSpaces().lowercased().trimmingCharacters(
            in: CharacterSet(charactersIn: ").: "))
        if trimmed.count == 1, let scalar = trimmed.unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value - UnicodeScalar("a").value)
            guard options.indices.contains(index) else { return .retry("not an option: A–\(last)") }
            return index == answerIndex ? .right : .wrong
        }
        if let index = options.firstIndex(where: { fold($0) == fold(typed) }) {
            return index == answerIndex ? .right : .wrong
        }
        return .retry("not an option: A–\(last)")
    }

    /// A date on the back is checked as a date; other text is right when it matches, and otherwise
    /// left to the student, who sees it beside what they typed.
    static func checkBasic(_ typed: String, _ question: BasicQuestion) -> Verdict {
        checkBasic(typed, question, back: AnswerKey.BackReading(question))
    }

    /// `checkBasic` with the back already read (see `AnswerKey`).
    static func checkBasic(_ typed: String, _ question: BasicQuestion, back: AnswerKey.BackReading) -> Verdict
    {
        if question.typeAnswer == true {
            return typed.trimmingSpaces() == question.back.trimmingSpaces() ? .right : .wrong
        }
        if typed.trimmingSpaces().isEmpty { return .selfGraded }
        if let value = back.value, let shown = back.shown {
            return checkDate(typed, expectedText: question.back, expected: value, shown: shown)
        }
        return textMatches(typed, question.back) ? .right : .selfGraded
    }

    /// A date answer: `1925-12-16`, `16 Dec 1925` and `December 16, 1925` are all `16 December 1925`.
    ///
    /// `expectedText` is the date as the card shows it (its part, `late`, and whether it shows the
    /// year); `expected` is its value resolved in the story (`27 February` in a story of 1849).
    public static func checkDate(_ typed: String, expectedText: String, expected: DateValue) -> Verdict {
        checkDate(typed, expectedText: expectedText, expected: expected, shown: DateAnswer.read(expectedText))
    }

    /// A which-century or which-decade card: its period in any form, holding the card's date
    /// (`the 1800s` is no answer for 1900; see `DateComparison`). `shown` is its answer already read.
    static func checkPeriod(_ typed: String, _ question: PeriodQuestion, shown: DateAnswer.Reading? = nil)
        -> Verdict
    {
        checkDate(
            typed, expectedText: question.answer, expected: question.value,
            shown: shown ?? DateAnswer.read(question.answer), asked: question.dateValue)
    }

    /// `checkDate` with the card's text already read (`shown`, what `DateAnswer.read(expectedText)`
    /// gives), and for a period card the date it asks the period of.
    static func checkDate(
        _ typed: String, expectedText: String, expected: DateValue, shown reading: DateAnswer.Reading,
        asked: DateValue? = nil
    )
        -> Verdict
    {
        guard expected != .relative, case .date(let shown) = reading else {
            // A date the text does not pin (`the same year`): the words must match, the digits exactly.
            return textMatches(typed, expectedText) ? .right : .wrong
        }
        switch DateAnswer.read(typed) {
        case .ambiguous:
            return .retry("ambiguous: write the month as a word")
        case .none:
            return .wrong
        case .date(let answer):
            return DateComparison.verdict(
                answer, expected: DateAnswer(value: expected, part: shown.part), written: shown.value,
                asked: asked)
        }
    }

    /// `b`, `b)`, the text of the option, or its date in another form. A letter past the last
    /// option, or a text that is no option, is asked again.
    /// `options` are the options already read and `folded` their texts folded (see `AnswerKey`); nil
    /// reads them only when needed.
    static func checkChoice(
        _ typed: String, _ choice: ChoiceQuestion, options: [DateAnswer.Reading]? = nil,
        folded: [String]? = nil
    )
        -> Verdict
    {
        let last = ChoiceQuestion.letter(max(0, choice.options.count - 1)).uppercased()
        let notAnOption = Verdict.retry("not an option: A–\(last)")
        let trimmed = typed.trimmingSpaces().lowercased().trimmingCharacters(
            in: CharacterSet(charactersIn: ").: "))
        if trimmed.count == 1, let scalar = trimmed.unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value - UnicodeScalar("a").value)
            guard choice.options.indices.contains(index) else { return notAnOption }
            return index == choice.answerIndex ? .right : .wrong
        }
        let foldedTyped = fold(typed)
        if let index = (folded ?? choice.options.map(fold)).firstIndex(of: foldedTyped) {
            return index == choice.answerIndex ? .right : .wrong
        }
        switch DateAnswer.read(typed) {
        case .ambiguous:
            return .retry("ambiguous: write the month as a word")
        case .none:
            return notAnOption
        case .date(let answer):
            let matching = choice.options.indices.filter { index in
                guard case .date(let option) = options?[index] ?? DateAnswer.read(choice.options[index])
                else {
                    return false
                }
                return option.value == answer.value && (answer.part == nil || option.part == answer.part)
            }
            guard matching.count == 1, let index = matching.first else {
                return matching.isEmpty
                    ? notAnOption : .retry("more than one option reads so: type its letter")
            }
            return index == choice.answerIndex ? .right : .wrong
        }
    }

    /// Letters in order, `CABD` (spaces, commas and case ignored); partly right says which positions
    /// are wrong. A letter that is no item, or not every item once, is asked again.
    static func checkTimeline(_ typed: String, _ timeline: TimelineQuestion) -> Verdict {
        let letters = typed.uppercased().filter { $0.isLetter }
        let expected = timeline.answer
        if letters == expected { return .right }
        let valid = Set(expected)
        let last = TimelineQuestion.letter(max(0, expected.count - 1))
        guard letters.allSatisfy(valid.contains) else { return .retry("not an option: A–\(last)") }
        guard letters.count == expected.count, Set(letters) == valid else {
            return .retry("type each of the \(expected.count) letters once, earliest first")
        }
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

    /// Text equal after folding case, punctuation and diacritics, allowing one typo per five letters;
    /// numbers must be the same numbers (`Apollo 13` is not `Apollo 11`).
    public static func textMatches(_ typed: String, _ expected: String) -> Bool {
        let a = fold(typed)
        let b = fold(expected)
        if a.isEmpty { return false }
        if a == b { return true }
        guard numbers(in: a) == numbers(in: b) else { return false }
        let allowed = b.filter(\.isLetter).count / 5
        guard allowed > 0 else { return false }
        return editDistance(Array(a), Array(b), limit: allowed) <= allowed
    }

    static func numbers(in text: String) -> [Substring] {
        text.split(whereSeparator: { !$0.isNumber })
    }

    /// Lower case, no diacritics (`Erdoğan` is `erdogan`), punctuation as space, spaces folded.
    public static func fold(_ text: String) -> String {
        asciiFold(text) ?? foundationFold(text)
    }

    /// `fold` through Foundation's folding and `Character` properties: any text.
    static func foundationFold(_ text: String) -> String {
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
}
