/// "How long?" cards: from a range, or from two dates of one subject in one sentence.
extension QuestionGenerator {
    /// Words that open a span when they stand just before its first date (`began in 1859`).
    static let spanOpeners: Set<String> = [
        "began", "begun", "begins", "started", "starts", "opened", "founded", "established", "formed",
        "created", "launched", "born", "inaugurated", "commenced", "erupted",
    ]

    /// Words that close it when they stand between the two dates (`and ended in 1869`).
    static let spanClosers: Set<String> = [
        "ended", "ends", "finished", "completed", "closed", "dissolved", "abolished", "died", "collapsed",
        "disbanded", "concluded", "terminated", "dismantled", "demolished",
    ]

    /// Words that may stand between the two dates beside the closing word without bringing in another
    /// subject (`and was finally dissolved on`): what stays is the first date's subject.
    static let spanLinks: Set<String> = [
        "and", "but", "was", "were", "is", "it", "had", "has", "have", "been", "then", "finally",
        "eventually",
        "later", "officially", "formally", "in", "on", "by", "until", "at", "the", "of", "only", "not",
    ]

    /// Units whose count, written in the sentence, would give a duration away (`ruled for 32 years`).
    static let lengthUnits: Set<String> = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
    ]

    /// The shortest length asked: `1877–78` could be one year (from end to end) or two (counting
    /// both), so a length of one is left out.
    static let shortestLength = 2

    /// The "how long" card of a fact, when it has a range as its only date or two dates of one
    /// subject (`began … ended …`) as its only dates, and does not state a length itself.
    func durationCard(for fact: Fact) -> Card? {
        guard !Self.statesALength(fact.text) else { return nil }
        let normalized = StableID.normalized(fact.writtenText)
        let source = SourceReference(sentence: fact.source, line: fact.line)
        let (start, end): (DateExpression, DateExpression)
        let text: String
        let startValue: DateValue
        let endValue: DateValue
        if fact.dates.count == 1, let date = fact.dates.first, case .range(let a, let b) = date.value,
            !Self.isLifespan(date, in: fact.text), !Self.isADating(date, in: fact.text)
        {
            (start, end, startValue, endValue) = (date, date, a, b)
            text = Self.blanking(date, in: fact.text)
        } else if fact.dates.count == 2, Self.isOneSubjectsSpan(fact.dates[0], fact.dates[1], in: fact.text) {
            (start, end) = (fact.dates[0], fact.dates[1])
            (startValue, endValue) = (start.value, end.value)
            text = Self.blanking(start, in: Self.blanking(end, in: fact.text))
        } else {
            return nil
        }
        guard startValue.isAnchored, endValue.isAnchored, DateFinder.parseAnswer(start.text) != nil,
            DateFinder.parseAnswer(end.text) != nil,
            let length = DurationQuestion.length(from: startValue, to: endValue),
            length.amount >= Self.shortestLength,
            !Self.countsEitherWay(length.unit, from: startValue, to: endValue)
        else { return nil }
        let question = DurationQuestion(
            text: text, from: start.text, to: end.text, fromValue: startValue, toValue: endValue,
            amount: length.amount, unit: length.unit, whole: length.whole, sentence: fact.text,
            context: fact.context, source: source)
        let target = startValue.timex + "/" + endValue.timex
        return Card(
            id: StableID.make("duration", normalized, target), factID: fact.id, question: .duration(question))
    }

    /// Whether a range dates a thing rather than spans an event (`The church is dated 1469–72`,
    /// `pottery dating from 5500–4800 BC`): the years say when it was made, and how long that took
    /// is no question the text answers.
    static func isADating(_ date: DateExpression, in text: String) -> Bool {
        let head = String(decoding: Array(text.utf8)[..<date.utf8Range.lowerBound], as: UTF8.self)
        let words = head.lowercased().split(whereSeparator: { !$0.isLetter }).suffix(2)
        let dating: Set<Substring> = ["dated", "dating", "dates", "datable", "attributed"]
        return words.last.map(dating.contains) == true
            || (words.count == 2 && dating.contains(words.first!) && ["to", "from"].contains(words.last!))
    }

    /// Whether a range is a person's lifespan, bracketed after the name a biography opens with
    /// (`Phoebe Cusden (1887–1981) was …`): its length is an age, which years alone do not give
    /// (she died short of her 94th birthday), and the span is a label of the name, not an event.
    /// An event's name opens with its article (`The First Punic War (264–241 BC) was fought`).
    static func isLifespan(_ date: DateExpression, in text: String) -> Bool {
        guard isBracketed(date, in: text) else { return false }
        let bytes = Array(text.utf8)
        let head = String(decoding: bytes[..<date.utf8Range.lowerBound], as: UTF8.self)
        let tail = String(decoding: bytes[date.utf8Range.upperBound...], as: UTF8.self)
        let name = head.split(separator: "(").first.map { $0.split(separator: " ") } ?? []
        guard !name.isEmpty, name.count <= 5, name.first != "The",
            name.allSatisfy({ $0.first?.isUppercase ?? false })
        else { return false }
        let next = tail.drop { $0 == ")" || $0 == " " }.split(separator: " ").first ?? ""
        return ["was", "is", "were"].contains(String(next))
    }

    /// Whether a length has two right answers: months counted between two months (`from May to
    /// September`: 4, or 5 counting both), or days between two days, are counted inclusively as often
    /// as not; years between two years (`1914 to 1918`: 4) are not.
    static func countsEitherWay(_ unit: DurationQuestion.Unit, from start: DateValue, to end: DateValue)
        -> Bool
    {
        guard unit != .years else { return false }
        let grains = [start, end].compactMap { DurationQuestion.firstDay(of: $0)?.1 }
        return grains.contains(unit)
    }

    /// Whether the sentence writes a length of time (`for 32 years`, `ten-year`, `three months later`),
    /// which would answer the question.
    static func statesALength(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        for (index, word) in words.enumerated() {
            let parts = word.split(separator: "-")
            if parts.count > 1, parts.dropFirst().contains(where: { lengthUnits.contains(String($0)) }) {
                return true
            }
            guard lengthUnits.contains(String(word)), index > 0 else { continue }
            let before = String(words[index - 1])
            if before.allSatisfy(\.isNumber) || DateVocabulary.numberWords[before] != nil
                || ["a", "an", "several", "few", "many"].contains(before)
            {
                return true
            }
        }
        return false
    }

    /// Whether two dates are the ends of one subject's span: an opening word just before the first
    /// (`began in`), and between them only a closing word and words that bring in no other subject
    /// (`and ended in`, `and was dissolved on`).
    static func isOneSubjectsSpan(_ first: DateExpression, _ second: DateExpression, in text: String) -> Bool
    {
        guard first.utf8Range.upperBound <= second.utf8Range.lowerBound else { return false }
        let bytes = Array(text.utf8)
        func words(_ range: Range<Int>) -> [String] {
            String(decoding: bytes[range], as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter })
                .map(String.init)
        }
        let before = words(0..<first.utf8Range.lowerBound).suffix(3)
        guard before.contains(where: spanOpeners.contains) else { return false }
        let between = words(first.utf8Range.upperBound..<second.utf8Range.lowerBound)
        let closers = between.filter(spanClosers.contains)
        return closers.count == 1 && between.allSatisfy { spanClosers.contains($0) || spanLinks.contains($0) }
    }
}
