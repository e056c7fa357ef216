import RecallModel

/// A note as an Anki package or text file holds it, before it becomes Recall's cards.
struct ImportedNote: Sendable {
    /// The kinds of note type Recall knows how to turn into cards.
    enum NoteType: Sendable, Equatable {
        case cloze, basic, basicAndReversed
        /// Recall's own type for multiple-choice and timeline cards (Question, Choices, Answer, Source).
        case recallChoiceAndTimeline
        /// Any other type: its first field becomes the front, the others the back.
        case other(name: String)
        /// A type whose templates a package gave (optional reversed, type in the answer, custom
        /// types): its cards as the templates render them.
        case rendered(name: String, cards: [RenderedCard])

        /// The type a note type's name says it is (`Cloze`, `Basic`, `Basic (and reversed card)`),
        /// as text files name them; a package's reader knows more (kinds, fields, templates).
        init(name: String) {
            let lowered = name.lowercased()
            if lowered.contains("cloze") {
                self = .cloze
            } else if lowered.contains("basic") {
                self =
                    lowered.contains("reverse") && !lowered.contains("optional") ? .basicAndReversed : .basic
            } else {
                self = .other(name: name)
            }
        }
    }

    /// One card of a note, front and back as text, as its note type's template renders it.
    struct RenderedCard: Sendable, Equatable {
        var ordinal: Int
        var front: String
        var back: String
        var typeAnswer: Bool
    }

    var guid: String?
    var type: NoteType
    /// The fields as plain text (HTML already turned into text).
    var fields: [String]
    var tags: [String]
    /// Where it was found, for warnings: `note 12` or `row 7`.
    var place: String
    /// The date value Recall hid in a note it exported, when the answer alone does not give it.
    var dateValue: DateValue? = nil
    /// The note as an Anki package held it (its type's id and its fields in HTML), for `AnkiOrigin`.
    var ankiNote: AnkiOrigin.Note? = nil

    /// Recall's tags on notes it exported: `recall-kind::cloze`, `recall-fact::ID`.
    func tagValue(_ prefix: String) -> String? {
        tags.first { $0.hasPrefix(prefix + "::") }.map { String($0.dropFirst(prefix.count + 2)) }
    }

    /// The id of the Recall card this note was exported from, if it was.
    var recallCardID: String? {
        guard let guid, guid.hasPrefix("recall-"), guid.count > 7 else { return nil }
        return String(guid.dropFirst(7))
    }
}

/// Turns imported notes into cards: Cloze notes into fill-in cards (date questions when the answer
/// is a date), Basic into front-and-back cards, Basic-and-reversed into two, and Recall's own
/// exports back into the cards they came from, with the same ids.
struct NoteConversion {
    private(set) var cards: [Card] = []
    private(set) var warnings: [String] = []
    /// Which card each Anki card (note and template or cloze ordinal) became.
    private(set) var cardForOrdinal: [String: String] = [:]
    private var ids: Set<String> = []
    private var otherTypes: [String: Int] = [:]
    private var renderedTypes: [String: Int] = [:]

    mutating func add(_ note: ImportedNote) {
        let fields = note.fields
        let factID =
            note.tagValue("recall-fact") ?? "note-"
            + StableID.make(note.guid ?? fields.joined(separator: "\u{1F}"))
        let key = note.guid ?? StableID.make(fields.joined(separator: "\u{1F}"))
        func id(_ ordinal: Int) -> String {
            if ordinal == 0, let recall = note.recallCardID { return recall }
            return StableID.make("anki", key, String(ordinal))
        }
        let recallKind =
            note.recallCardID == nil ? nil : note.tagValue("recall-kind").flatMap(QuestionKind.init)
        var made: [(ordinal: Int, question: Question)] = []
        switch note.type {
        case .cloze:
            let markup = ClozeMarkup(fields.first ?? "")
            let numbers = markup.numbers
            let extra = fields.count > 1 ? fields[1] : ""
            for number in numbers {
                made.append(
                    (
                        number - 1,
                        clozeQuestion(
                            markup, number, extra: extra, fromRecall: recallKind == .cloze,
                            value: note.dateValue)
                    ))
            }
            if numbers.isEmpty {
                warnings.append("\(note.place): a Cloze note without a deletion; skipped")
            }
        case .recallChoiceAndTimeline:
            made.append((0, recallQuestion(fields, kind: recallKind, value: note.dateValue)))
        case .rendered(let name, let rendered):
            // Anki's own Basic variants (optional reversed, type in the answer) need no word.
            if case .other = ImportedNote.NoteType(name: name) { renderedTypes[name, default: 0] += 1 }
            for card in rendered {
                made.append(
                    (
                        card.ordinal,
                        .basic(
                            BasicQuestion(
                                front: card.front, back: card.back, typeAnswer: card.typeAnswer ? true : nil))
                    ))
            }
        case .basic, .basicAndReversed, .other:
            if case .other(let name) = note.type { otherTypes[name, default: 0] += 1 }
            let front = fields.first ?? ""
            let back = fields.dropFirst().filter { !$0.isEmpty }.joined(separator: "\n")
            if recallKind == .choice || recallKind == .timeline,
                let question = recallFromText(front, back, recallKind!, value: note.dateValue)
            {
                made.append((0, question))
            } else {
                made.append((0, .basic(BasicQuestion(front: front, back: back))))
                // Recall's reverse cards went out as Basic-and-reversed notes; they come back as one card.
                if note.type == .basicAndReversed && note.recallCardID == nil {
                    made.append((1, .basic(BasicQuestion(front: back, back: front))))
                }
            }
        }
        for (ordinal, question) in made {
            guard !question.prompt.trimmingSpaces().isEmpty, !question.answer.trimmingSpaces().isEmpty else {
                warnings.append("\(note.place): a card with an empty question or answer; skipped")
                continue
            }
            let cardID = id(ordinal)
            guard ids.insert(cardID).inserted else {
                warnings.append("\(note.place): a second card with id \(cardID); skipped")
                continue
            }
            cardForOrdinal["\(key)/\(ordinal)"] = cardID
            // A note Recall did not make keeps its GUID, so exporting the card updates that note.
            cards.append(
                Card(
                    id: cardID, factID: factID, question: question,
                    ankiGuid: note.recallCardID == nil ? note.guid : nil,
                    tags: note.tags.filter { tag in !Self.recallTagPrefixes.contains { tag.hasPrefix($0) } }))
        }
    }

    /// The tags Recall puts on the notes it exports, which say what the note was, not what it is about.
    static let recallTagPrefixes = ["recall::", "recall-fact::", "recall-kind::"]

    /// Warnings that sum up the whole import, to be read after every note was added.
    var summaryWarnings: [String] {
        otherTypes.sorted { $0.key < $1.key }.map { name, count in
            "note type '\(name)' (\(count) note\(count == 1 ? "" : "s")) was imported as front and back"
        }
            + renderedTypes.sorted { $0.key < $1.key }.map { name, count in
                "note type '\(name)' (\(count) note\(count == 1 ? "" : "s")) was imported by rendering its templates' front and back"
            }
    }

    func clozeQuestion(
        _ markup: ClozeMarkup, _ number: Int, extra: String, fromRecall: Bool, value known: DateValue?
    ) -> Question {
        let (blanked, answers, hints) = markup.card(number, blank: ClozeQuestion.blank)
        let (context, text) = fromRecall ? Self.splitContext(blanked) : (nil, blanked)
        let answer = answers.joined(separator: " … ")
        if answers.count == 1, let value = known ?? DateFinder.parseAnswer(answer) {
            let sentence = extra.isEmpty ? markup.card(0, blank: "").text : extra
            return .cloze(
                ClozeQuestion(
                    text: text, answer: answer, value: value, sentence: sentence, context: context,
                    source: SourceReference(sentence: sentence, line: 0)))
        }
        return .basic(
            BasicQuestion(
                front: text, back: answer, hint: hints.isEmpty ? nil : hints.joined(separator: " … ")))
    }

    /// Recall's Question, Choices, Answer and Source fields back as a multiple-choice card; a
    /// timeline (whose items' dates the note does not hold) comes back as front and back.
    func recallQuestion(_ fields: [String], kind: QuestionKind?, value: DateValue?) -> Question {
        let field = { (index: Int) in index < fields.count ? fields[index] : "" }
        let front = [field(0), field(1)].filter { !$0.isEmpty }.joined(separator: "\n")
        if kind == nil || kind == .choice,
            let choice = choiceQuestion(
                question: field(0), options: field(1), answer: field(2), sentence: field(3), value: value)
        {
            return choice
        }
        return .basic(BasicQuestion(front: front, back: field(2)))
    }

    /// The same from a text file, where the note was Basic: question and options on the front,
    /// answer and source on the back.
    func recallFromText(_ front: String, _ back: String, _ kind: QuestionKind, value: DateValue?) -> Question?
    {
        guard kind == .choice else { return nil }
        let lines = front.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let backLines = back.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let answer = backLines.first, lines.count > 2 else { return nil }
        let optionStart = lines.firstIndex { $0.hasPrefix("a) ") } ?? lines.count
        return choiceQuestion(
            question: lines[..<optionStart].joined(separator: "\n"),
            options: lines[optionStart...].joined(separator: "\n"), answer: answer,
            sentence: backLines.dropFirst().joined(separator: " "), value: value)
    }

    /// A question's context and its text: Recall writes the context as a first line in brackets
    /// (`AnkiNote.withContext`), which reads back as `(context)` and a line break.
    static func splitContext(_ text: String) -> (context: String?, text: String) {
        guard text.hasPrefix("("), let newline = text.firstIndex(of: "\n"), text[..<newline].hasSuffix(")")
        else {
            return (nil, text)
        }
        let context = String(text[text.index(after: text.startIndex)..<text.index(before: newline)])
        return (context, String(text[text.index(after: newline)...]))
    }

    func choiceQuestion(
        question: String, options: String, answer: String, sentence: String, value known: DateValue?
    ) -> Question? {
        let optionLines = options.split(separator: "\n").map(String.init)
        var texts: [String] = []
        guard optionLines.count <= 26 else { return nil }
        for (index, line) in optionLines.enumerated() {
            let prefix = ChoiceQuestion.letter(index) + ") "
            guard line.hasPrefix(prefix) else { return nil }
            texts.append(String(line.dropFirst(prefix.count)))
        }
        guard texts.count >= 2, let letter = answer.first?.asciiValue, answer.dropFirst().hasPrefix(") ")
        else { return nil }
        let index = Int(letter) - Int(UInt8(ascii: "a"))
        guard texts.indices.contains(index), let value = known ?? DateFinder.parseAnswer(texts[index]) else {
            return nil
        }
        let (context, text) = Self.splitContext(question)
        return .choice(
            ChoiceQuestion(
                text: text, options: texts, answerIndex: index, value: value, sentence: sentence,
                context: context,
                source: SourceReference(sentence: sentence, line: 0)))
    }
}
