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
        /// Each option of a choice card, read.
        case choice([DateAnswer.Reading])
        case basic(BackReading)
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
        case .choice(let choice): reading = .choice(choice.options.map(DateAnswer.read))
        case .basic(let basic): reading = .basic(BackReading(basic))
        case .timeline, .reverse, .order, .duration, .period, .landmark, .contrast, .who: reading = .none
        }
    }

    /// The verdict on `typed`, as `AnswerChecker.check(typed, against: question)` gives it.
    public func check(_ typed: String) -> AnswerChecker.Verdict {
        switch (question, reading) {
        case (.cloze(let cloze), .cloze(let shown)):
            AnswerChecker.checkDate(typed, expectedText: cloze.answer, expected: cloze.value, shown: shown)
        case (.choice(let choice), .choice(let options)):
            AnswerChecker.checkChoice(typed, choice, options: options)
        case (.basic(let basic), .basic(let back)):
            AnswerChecker.checkBasic(typed, basic, back: back)
        default:
            AnswerChecker.check(typed, against: question)
        }
    }
}
