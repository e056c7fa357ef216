/// "Who or what, then?" cards: a fact whose sentence's subject is a person, a state, an organisation
/// or a document, asked with the name taken out and the date kept.
extension QuestionGenerator {
    /// The fewest words a question must say besides its date and its opening, so that it points to
    /// one event (`Which country surrendered in 1918?` says too little).
    static let fewestWhoWords = 2

    /// The cards of the deck's facts, without the ambiguous ones: two facts of one date that give the
    /// same question. A name written in another fact of the same date is no ambiguity: the question's
    /// verb phrase still points to one event (`Who became president in 1914?`).
    func whoCards(_ facts: [Fact]) -> [Card] {
        let book = NameBook(facts)
        // Each fact's card depends on it and the book alone: made on every core.
        let cards = facts.concurrentMap { fact in
            fact.dates.count <= Self.maximumDatesPerFact ? whoCard(for: fact, book: book) : nil
        }.compactMap { $0 }
        var questions: [String: Int] = [:]
        for card in cards {
            guard case .who(let question) = card.question else { continue }
            questions[Self.whoKey(question), default: 0] += 1
        }
        let texts = facts.concurrentMap { FoldedText($0.text) }
        let counts = questions
        let kept = cards.concurrentMap(chunkSize: 8) { card in
            guard case .who(let question) = card.question else { return false }
            return counts[Self.whoKey(question)] == 1 && !Self.isTheTextsSubject(question, in: texts)
        }
        return zip(cards, kept).filter(\.1).map(\.0)
    }

    /// Whether the answer is what the whole text is about (named in more than a third of its facts, and
    /// in five at least: the person of a biography, the city of a city's history): a student guesses it
    /// unasked.
    static func isTheTextsSubject(_ question: WhoQuestion, in texts: [FoldedText]) -> Bool {
        let names = ([question.answer] + question.surnames).map {
            FoldedText.Needle(" " + NameAnswer.key($0) + " ")
        }
        let naming = texts.filter { text in names.contains { text.contains($0) } }.count
        return naming >= 5 && naming * 3 > texts.count
    }

    static func whoKey(_ question: WhoQuestion) -> String {
        question.value.timex + "|" + AnswerChecker.fold(question.text)
    }

    /// The card of one fact, or nil when its subject is no name of a kind asked, or the question would
    /// not read, lose its date, or show its answer.
    func whoCard(for fact: Fact, book: NameBook) -> Card? {
        // People's names take no article: `the Cossacks`, `the General Staff` are groups.
        guard let subject = SentenceSubject.find(in: fact), let (kind, asks) = book.kind(of: subject.name),
            kind != .person || !subject.article,
            // A subject the builder named for a pronoun is its best guess: not an answer to ask for.
            fact.writtenText.contains(subject.name),
            let made = Self.whoText(subject, asks: asks, in: fact)
        else { return nil }
        let answer = (subject.article ? "the " : "") + subject.name
        let surnames = kind == .person ? book.surnames(of: subject.name) : []
        guard Self.whoLeak(made.text, answer: answer, surnames: surnames) == nil else { return nil }
        let question = WhoQuestion(
            text: made.text, answer: answer, nameKind: kind, surnames: surnames,
            others: book.confusable(with: [answer] + surnames), date: made.date, value: made.value,
            sentence: fact.text, context: fact.context,
            source: SourceReference(sentence: fact.source, line: fact.line))
        return Card(
            id: StableID.make("who", StableID.normalized(fact.text)), factID: fact.id,
            question: .who(question))
    }

    /// The question of a subject: its opening (`Who`, `Which treaty`), the verb phrase, and the date,
    /// written with its year when the sentence left the year to the story (`on 30 August` → `on 30
    /// August 1914`). A date that opened the sentence goes after a short verb phrase, or stays in
    /// front of a long one (`On 28 February 2022, who …?`).
    static func whoText(_ subject: SentenceSubject, asks: String, in fact: Fact)
        -> (text: String, date: String, value: DateValue)?
    {
        let bytes = Array(fact.text.utf8)
        // A date in brackets (`(as had been their plan in 1918)`) is an aside, not the event's.
        let inside = fact.dates.filter {
            subject.predicate.contains($0.utf8Range.lowerBound)
                && $0.utf8Range.upperBound <= subject.predicate.upperBound
                && !Self.isInBrackets(
                    $0.utf8Range.lowerBound, bytes: bytes, from: subject.predicate.lowerBound)
        }
        guard let date = subject.openerDate ?? inside.first, date.value.isAnchored,
            DateFinder.parseAnswer(date.text) != nil, let shown = Self.withYear(date)
        else { return nil }
        var predicate: String
        if subject.openerDate == nil {
            predicate =
                String(
                    decoding: bytes[subject.predicate.lowerBound..<date.utf8Range.lowerBound], as: UTF8.self)
                + shown
                + String(
                    decoding: bytes[date.utf8Range.upperBound..<subject.predicate.upperBound], as: UTF8.self)
        } else {
            predicate = String(decoding: bytes[subject.predicate], as: UTF8.self)
        }
        while let last = predicate.last, ".!?, ".contains(last) { predicate.removeLast() }
        if let first = predicate.split(separator: " ").first, NameWords.linking.contains(String(first)) {
            predicate = String(predicate.dropFirst(first.count + 1))
        }
        guard Self.isBalanced(predicate), let lastCharacter = predicate.last,
            lastCharacter.isLetter || lastCharacter.isNumber || lastCharacter == ")"
        else { return nil }
        let words = predicate.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.contains(where: { NameWords.pointers.contains(String($0)) }) else { return nil }
        let dateWords = Set(shown.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        let saying = words.filter {
            !dateWords.contains($0) && !NameWords.empty.contains(String($0)) && !$0.allSatisfy(\.isNumber)
        }
        guard saying.count >= Self.fewestWhoWords else { return nil }
        guard let opener = subject.openerDate else {
            return ("\(asks) \(predicate)?", shown, date.value)
        }
        let when =
            subject.openerPreposition.map { "\($0.lowercased()) \(shown)" }
            ?? Question.when(shown, opener.value)
        if words.count <= 12, !predicate.contains(",") {
            return ("\(asks) \(predicate) \(when)?", shown, date.value)
        }
        let front = when.prefix(1).uppercased() + when.dropFirst()
        return (
            "\(front), \(asks.prefix(1).lowercased() + asks.dropFirst()) \(predicate)?", shown, date.value
        )
    }

    /// A date with its year: as written when it shows one, else written again with the year the story
    /// gives it (`30 August` → `30 August 1914`, `late November` → `late November 1950`); nil when it
    /// cannot be written so.
    static func withYear(_ date: DateExpression) -> String? {
        let style = DateStyle(of: date.text, value: date.value)
        switch date.value.granularity {
        case _ where style.showsYear: return date.text
        case .year: return nil
        case .decade, .century: return date.text
        case .range, .relative: return nil
        case .day, .month, .season: break
        }
        var full = style
        full.showsYear = true
        let short: DateValue
        switch date.value {
        case .day(.some, let month, let day): short = .day(year: nil, month: month, day: day)
        case .month(.some, let month): short = .month(year: nil, month: month)
        case .season(.some, let season): short = .season(year: nil, season)
        default: return nil
        }
        guard let bare = style.format(short), let long = full.format(date.value) else { return nil }
        let written = date.text.lowercased()
        if written == bare.lowercased() { return long }
        if let modifier = date.modifier, written == "\(modifier) \(bare)".lowercased() {
            return "\(modifier) \(long)"
        }
        return nil
    }

    /// Whether an open bracket stands between `start` and `position`.
    static func isInBrackets(_ position: Int, bytes: [UInt8], from start: Int) -> Bool {
        var depth = 0
        for byte in bytes[start..<position] {
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// Whether brackets and quotation marks open and close in pairs.
    static func isBalanced(_ text: String) -> Bool {
        text.filter { $0 == "(" }.count == text.filter { $0 == ")" }.count
            && text.filter { $0 == "\"" }.count % 2 == 0
            && text.filter { $0 == "“" }.count == text.filter { $0 == "”" }.count
    }

    /// What of the answer a question shows, or nil: the name, a short form of it, or a word of it
    /// (one beginning with the same five letters: `Russian` shows `Russia`) other than the head noun
    /// its opening names.
    static func whoLeak(_ text: String, answer: String, surnames: [String]) -> String? {
        let question = " " + AnswerChecker.fold(text) + " "
        for form in [answer] + surnames where question.contains(" " + NameAnswer.key(form) + " ") {
            return "the question shows \(form)"
        }
        let words = question.split(separator: " ").map(String.init)
        let heads = NameWords.stateHeads.union(NameWords.documentHeads).union(NameWords.organisationHeads)
        for word in NameAnswer.key(answer).split(separator: " ").map(String.init)
        where word.count >= 3 && !NameWords.particles.contains(word) && !NameWords.titles.contains(word)
            && !heads.contains(word)
        {
            let stem = String(word.prefix(5))
            if words.contains(where: { $0.hasPrefix(stem) && ($0.count >= 5 || $0 == word) }) {
                return "the question shows \(word)"
            }
        }
        return nil
    }
}

extension FamilyCheck {
    /// Who or what: the answer is the subject of its fact's sentence and a name of the kind asked; the
    /// question is a question (it ends with `?`), keeps a date of its fact, and shows no part of its answer.
    func whoProblem(_ question: WhoQuestion, factID: String) -> String? {
        guard let fact = facts[factID] else { return "a card of no fact of the deck" }
        guard question.text.hasSuffix("?") else { return "the question does not end with ?" }
        guard let subject = SentenceSubject.find(in: fact),
            NameAnswer.key(question.answer) == NameAnswer.key(subject.name)
        else { return "\(question.answer) is not the subject of its sentence" }
        let words = subject.name.split(separator: " ").map(String.init)
        guard
            words.allSatisfy({
                SentenceSubject.isNameWord($0) || SentenceSubject.isInitial($0)
                    || NameWords.particles.contains($0)
            })
        else { return "\(question.answer) is not a name" }
        guard fact.dates.contains(where: { $0.value == question.value }),
            question.text.contains(question.date)
        else { return "the question does not keep its date \(question.date)" }
        return QuestionGenerator.whoLeak(question.text, answer: question.answer, surnames: question.surnames)
    }
}
