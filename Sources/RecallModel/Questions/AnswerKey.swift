/// A card's answer read once, when the card is shown, so that checking what the student types
/// reads only the typed text.
///
/// `AnswerChecker.check(_:against:)` reads the card's own date text on every call; a session asks a
/// card again after an answer it cannot grade (`not an option`, an ambiguous `9/8/2016`), and that
/// reading was half the time of a check. The verdicts are the same as `AnswerChecker.check`'s.
///
/// ```swift
/// let key = AnswerKey(card.question)
/// key.check("16 Dec 1925")  // .right for a card whose answer is 16 December 1925
/// ```
public struct AnswerKey: Sendable {
    public let question: Question
    let reading: Reading

    enum Reading: Sendable {
        /// A cloze card's date text as `DateAnswer.read` gives it.
        case cloze(DateAnswer.Reading)
        /// Each option of a choice card, read, and its text folded as `AnswerChecker.fold` folds it.
        case choice([DateAnswer.Reading], folded: [String])
        case basic(BackReading)
        /// A which-century or which-decade card's answer, read.
        case period(DateAnswer.Reading)
        /// The other kinds have nothing worth reading in advance: the checker's own path is quick.
        case none
    }

    /// The back of a basic card: its date value, when it is a date, and its text read as one.
    struct BackReading: Sendable {
        var value: DateValue?
        var shown: DateAnswer.Reading?

        init(_ question: BasicQuestion) {
            value = DateAnswer.value(of: AnswerSpelling.corrected(question.back))
            shown = value == nil ? nil : DateAnswer.read(question.back)
        }
    }

    public init(_ question: Question) {
        self.question = question
        switch question {
        case .cloze(let cloze): reading = .cloze(DateAnswer.read(cloze.answer))
        case .choice(let choice):
            reading = .choice(
                choice.options.map(DateAnswer.read), folded: choice.options.map(AnswerChecker.fold))
        case .basic(let basic): reading = .basic(BackReading(basic))
        case .period(let period): reading = .period(DateAnswer.read(period.answer))
        case .timeline, .reverse, .order, .duration, .landmark, .contrast, .who: reading = .none
        }
    }

    /// The verdict on `typed`, as `AnswerChecker.check(typed, against: question)` gives it.
    public func check(_ typed: String) -> AnswerChecker.Verdict {
        switch (question, reading) {
        case (.cloze(let cloze), .cloze(let shown)):
            AnswerChecker.checkDate(typed, expectedText: cloze.answer, expected: cloze.value, shown: shown)
        case (.choice(let choice), .choice(let options, let folded)):
            AnswerChecker.checkChoice(typed, choice, options: options, folded: folded)
        case (.basic(let basic), .basic(let back)):
            AnswerChecker.checkBasic(typed, basic, back: back)
        case (.period(let period), .period(let shown)):
            AnswerChecker.checkPeriod(typed, period, shown: shown)
        default:
            AnswerChecker.check(typed, against: question)
        }
    }
}
