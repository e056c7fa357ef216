import RecallModel

/// How a card looks on screen: the question with its options or items, hints, and the verdict
/// with the source sentence. Shared by study sessions and quizzes.
public struct CardPresenter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The question, wrapped: context, prompt, then the options of a choice or the items of a timeline.
    public func question(_ card: Card) -> String {
        var lines: [String] = []
        if let context = contextLine(card) { lines.append(style.wrap(style.dim(context))) }
        lines.append(style.wrap(card.question.prompt))
        switch card.question {
        case .choice(let choice):
            for (index, option) in choice.options.enumerated() {
                lines.append("  \(ChoiceQuestion.letter(index))) \(option)")
            }
        case .timeline(let timeline):
            for (index, item) in timeline.items.enumerated() {
                lines.append(
                    style.wrap(
                        "\(TimelineQuestion.letter(index))) \(item.label)", indent: "     ", firstIndent: "  "
                    ))
            }
        case .reverse:
            lines.append(style.dim("(recall the event, then press Enter to see it)"))
        case .basic:
            lines.append(style.dim("(type the answer, or recall it and press Enter to see it)"))
        case .order(let pair), .contrast(let pair):
            for (index, statement) in pair.statements.enumerated() {
                lines.append(
                    style.wrap(
                        "\(ChoiceQuestion.letter(index))) \(statement.label)", indent: "     ",
                        firstIndent: "  "))
            }
        case .duration:
            lines.append(style.dim("(type the number; the unit may be left out)"))
        case .period:
            break
        case .who(let question):
            lines.append(style.dim(question.instruction))
        case .landmark(let pair):
            lines.append(style.wrap("Event: \(pair.statements[0].label)", indent: "  ", firstIndent: "  "))
            lines.append("  a) before  b) after")
        case .cloze:
            break
        }
        return lines.joined(separator: "\n")
    }

    /// Runs of a typed-answer comparison: marked ones in brackets, coloured when the terminal has colour.
    func marked(_ runs: TypedAnswerDiff.Runs) -> String {
        runs.map { $0.marked ? style.wrong("[\($0.text)]") : $0.text }.joined()
    }

    public func contextLine(_ card: Card) -> String? {
        switch card.question {
        case .cloze(let question): question.context.map { "(\($0))" }
        case .choice(let question): question.context.map { "(\($0))" }
        case .reverse(let question): question.context.map { "(\($0))" }
        case .duration(let question): question.context.map { "(\($0))" }
        case .period(let question): question.context.map { "(\($0))" }
        case .who(let question): question.context.map { "(\($0))" }
        case .timeline, .basic, .order, .landmark, .contrast: nil
        }
    }

    public func feedback(_ card: Card, verdict: AnswerChecker.Verdict, typed: String) -> String {
        var lines: [String] = []
        let expected = card.question.answer
        switch verdict {
        case .right: lines.append(style.right("✓ \(expected)"))
        case .wrong:
            if case .basic(let basic) = card.question, basic.typeAnswer == true, !typed.isEmpty {
                // As Anki shows a typed answer: yours with what should not be there marked, then the answer.
                let diff = TypedAnswerDiff(
                    typed: typed.trimmingSpaces(), expected: basic.back.trimmingSpaces())
                lines.append(style.wrong("✗ \(expected)"))
                lines.append("  you wrote: " + marked(diff.typed))
                lines.append("  answer:    " + marked(diff.expected))
            } else {
                let yours = typed.isEmpty ? "" : style.dim("  (you wrote \(typed))")
                lines.append(style.wrong("✗ \(expected)") + yours)
            }
        case .partlyRight(let why): lines.append(style.partial("~ \(expected) — \(why)"))
        case .selfGraded: lines.append(style.wrap(expected, indent: "  ", firstIndent: "→ "))
        case .retry(let why): lines.append(style.partial(why))
        }
        switch card.question {
        case .timeline(let timeline):
            let ordered = timeline.items.enumerated().sorted {
                $0.element.value.sortKey < $1.element.value.sortKey
            }
            for (index, item) in ordered {
                lines.append(
                    style.wrap(
                        "\(TimelineQuestion.letter(index))) \(item.date): \(item.label)", indent: "     ",
                        firstIndent: "  "))
            }
        case .cloze(let question):
            lines.append(style.wrap(style.dim(question.sentence), indent: "  ", firstIndent: "  "))
        case .choice(let question):
            lines.append(style.wrap(style.dim(question.sentence), indent: "  ", firstIndent: "  "))
        case .order(let pair), .contrast(let pair):
            for (index, statement) in pair.statements.enumerated() {
                lines.append(
                    style.wrap(
                        "\(ChoiceQuestion.letter(index))) \(statement.date): \(statement.label)",
                        indent: "     ",
                        firstIndent: "  "))
            }
        case .duration(let question):
            let span = question.from == question.to ? question.from : "\(question.from) to \(question.to)"
            lines.append(
                style.wrap(style.dim("\(span): \(question.sentence)"), indent: "  ", firstIndent: "  "))
        case .landmark(let pair):
            let (event, landmark) = (pair.statements[0], pair.statements[1])
            lines.append(style.wrap("\(event.date): \(event.label)", indent: "     ", firstIndent: "  "))
            lines.append(
                style.wrap(
                    "landmark, \(landmark.date): \(landmark.label)", indent: "     ", firstIndent: "  "))
        case .period(let question):
            lines.append(
                style.wrap(
                    style.dim("\(question.date): \(question.sentence)"), indent: "  ", firstIndent: "  "))
        case .who(let question):
            lines.append(style.wrap(style.dim(question.sentence), indent: "  ", firstIndent: "  "))
        case .reverse, .basic: break
        }
        return lines.joined(separator: "\n")
    }

    /// The hint for the `level`th `:hint` on a card: a date narrows step by step (a year's century,
    /// then `195_`; a full date's month; a range's length), other cards give their first words once.
    public func hint(for card: Card, level: Int = 1) -> String {
        switch card.question {
        case .cloze(let question): dateHint(question.value, text: question.answer, level: level)
        case .choice(let question): dateHint(question.value, text: question.answer, level: level)
        case .timeline(let question):
            level == 1 ? "Hint: the earliest is \(question.answer.prefix(1))." : noMore
        case .reverse(let question):
            level == 1
                ? "Hint: it starts: \(question.answer.split(separator: " ").prefix(3).joined(separator: " ")) …"
                : noMore
        case .basic(let question) where question.hint != nil:
            level == 1 ? "Hint: \(question.hint ?? "")." : noMore
        case .basic(let question):
            level == 1
                ? "Hint: it starts: \(question.back.split(separator: " ").prefix(2).joined(separator: " ")) …"
                : noMore
        case .order(let pair):
            level == 1 ? pairHint(pair) : noMore
        case .period(let question): dateHint(question.value, text: question.answer, level: level)
        case .landmark(let pair): level == 1 ? pairHint(pair) : noMore
        case .contrast: noMore
        case .who(let question): level == 1 ? nameHint(question.answer) : noMore
        case .duration(let question):
            level == 1
                ? "Hint: a number of \(question.unit.rawValue) with \(String(question.amount).count) digit\(question.amount >= 10 ? "s" : "")."
                : noMore
        }
    }

    var noMore: String { "No more hints for this card." }

    /// How many words the name has and its first letter (after `the`), which narrows it without giving it.
    func nameHint(_ answer: String) -> String {
        let words = answer.split(separator: " ").filter { $0 != "the" }
        let first = words.first?.first.map(String.init) ?? "?"
        return "Hint: \(words.count) word\(words.count == 1 ? "" : "s"), starting with \(first)."
    }

    /// How far apart the two dates are, which tells how sure the order is without giving it.
    func pairHint(_ pair: PairQuestion) -> String {
        let years = pair.statements.compactMap(\.value.firstYear)
        guard years.count == 2 else { return noMore }
        let gap = abs(years[0] - years[1])
        return gap == 0
            ? "Hint: both happened in the same year."
            : "Hint: about \(gap) year\(gap == 1 ? "" : "s") apart."
    }

    func dateHint(_ value: DateValue, text: String, level: Int) -> String {
        if let step = DateHint.text(for: value, level: level) { return "Hint: \(step)." }
        guard level == 1 else { return noMore }
        let first = text.first(where: { $0.isLetter || $0.isNumber }).map(String.init) ?? "?"
        return "Hint: a date starting with \(first)."
    }

    public func completions(for card: Card) -> [String] {
        switch card.question {
        case .choice(let choice): choice.options.indices.map { ChoiceQuestion.letter($0) } + choice.options
        case .order(let pair), .contrast(let pair): pair.statements.indices.map { ChoiceQuestion.letter($0) }
        case .landmark: ["a", "b"] + PairQuestion.landmarkOptions
        default: []
        }
    }
}
