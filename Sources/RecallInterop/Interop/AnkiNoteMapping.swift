import Foundation
import RecallModel

/// How a Recall card becomes an Anki note: cloze cards as Cloze notes (`{{c1::1952}}`) with the
/// source sentence as extra text; multiple-choice and timeline cards as notes of Recall's own type
/// (in a package) or Basic notes (in a text file); reverse cards ("What happened in 1952?") and
/// front-and-back cards (from imported decks) as Basic notes. Every note has one card, so a Recall
/// card and an Anki card are one to one: counts match, and suspension and reviews map across.
public struct AnkiNote: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case cloze, recall, basic
    }

    public var kind: Kind
    /// Stable across exports, so that importing a re-export updates the notes instead of duplicating
    /// them: the GUID of the Anki note the card came from, or `recall-` and the card's id.
    public var guid: String
    /// Cloze: Text, Back Extra. Basic: Front, Back. Recall: Question, Choices, Answer, Source.
    public var fields: [String]
    public var tags: [String]
    public var cardID: String

    /// The note for a card, its fields in HTML; `guid` when a card of the same Anki note took the
    /// note's own GUID already (see `AnkiGuids`).
    public init(card: Card, deckName: String, guid: String? = nil) {
        cardID = card.id
        self.guid = guid ?? card.ankiGuid ?? "recall-" + card.id
        tags = [
            "recall::\(Self.tag(deckName))", "recall-fact::\(card.factID)",
            "recall-kind::\(card.kind.rawValue)",
        ]
        switch card.question {
        case .cloze(let question):
            kind = .cloze
            let text = Self.html(question.text).replacingOccurrences(
                of: ClozeQuestion.blank,
                with: "{{c1::\(Self.html(question.answer).replacingOccurrences(of: "}}", with: "} }"))}}")
            fields = [
                Self.withContext(text, question.context),
                Self.html(question.source.sentence) + Self.dateNote(question.answer, question.value),
            ]
        case .basic(let question):
            kind = .basic
            fields = [Self.html(question.front), Self.html(question.back)]
        case .period(let question):
            kind = .basic
            fields = [
                Self.withContext(Self.html(question.prompt), question.context),
                Self.html(question.answer) + "<br><br>" + Self.html(question.sentence),
            ]
        case .who(let question):
            kind = .basic
            fields = [
                Self.withContext(Self.html(question.text), question.context),
                Self.html(question.answer) + "<br><br>" + Self.html(question.sentence),
            ]
        case .duration(let question):
            kind = .basic
            fields = [
                Self.withContext(Self.html(question.prompt), question.context),
                Self.html(question.answer) + "<br><br>" + Self.html(question.sentence),
            ]
        case .reverse(let question):
            kind = .basic
            fields = [Self.html(Question.reverse(question).prompt), Self.html(question.answer)]
        case .choice(let question):
            kind = .recall
            let options = question.options.enumerated().map {
                "\(ChoiceQuestion.letter($0.offset))) \(Self.html($0.element))"
            }
            fields = [
                Self.withContext(Self.html(question.text), question.context),
                options.joined(separator: "<br>"),
                Self.html(Question.choice(question).answer),
                Self.html(question.source.sentence) + Self.dateNote(question.answer, question.value),
            ]
        case .landmark(let question):
            kind = .recall
            let (event, landmark) = (question.statements[0], question.statements[1])
            fields = [
                Self.html(Question.landmark(question).prompt) + "<br>Event: " + Self.html(event.label),
                "a) before<br>b) after",
                Self.html(Question.landmark(question).answer) + "<br>" + Self.html(event.date) + ": "
                    + Self.html(event.label) + "<br>landmark, " + Self.html(landmark.date) + ": "
                    + Self.html(landmark.label),
                question.statements.map { Self.html($0.source.sentence) }.joined(separator: "<br>"),
            ]
        case .order(let question), .contrast(let question):
            kind = .recall
            let options = question.statements.enumerated().map {
                "\(ChoiceQuestion.letter($0.offset))) \(Self.html($0.element.label))"
            }
            let dated = question.statements.enumerated().map {
                "\(ChoiceQuestion.letter($0.offset))) \(Self.html($0.element.date)): \(Self.html($0.element.label))"
            }
            fields = [
                Self.html(card.question.prompt), options.joined(separator: "<br>"),
                Self.html(card.question.answer) + "<br>" + dated.joined(separator: "<br>"),
                question.statements.map { Self.html($0.source.sentence) }.joined(separator: "<br>"),
            ]
        case .timeline(let question):
            kind = .recall
            let items = question.items.enumerated().map {
                "\(TimelineQuestion.letter($0.offset))) \(Self.html($0.element.label))"
            }
            let order = question.items.enumerated().sorted {
                $0.element.value.sortKey < $1.element.value.sortKey
            }
            .map {
                "\(TimelineQuestion.letter($0.offset))) \(Self.html($0.element.date)): \(Self.html($0.element.label))"
            }
            fields = [
                "Put in order, earliest first:", items.joined(separator: "<br>"),
                question.answer + "<br>" + order.joined(separator: "<br>"),
                question.items.map { Self.html($0.source.sentence) }.joined(separator: "<br>"),
            ]
        }
    }

    /// The date's value, hidden in an HTML comment, when the answer alone does not give it (a day
    /// whose year the text gave earlier), so that importing the note again restores it.
    static func dateNote(_ answer: String, _ value: DateValue) -> String {
        DateFinder.parseAnswer(answer) == value ? "" : "<!--recall-date:\(value.timex)-->"
    }

    /// The value a note's `dateNote` carries, if it has one.
    static func dateValue(inHTML html: String) -> DateValue? {
        guard let start = html.range(of: "<!--recall-date:"),
            let end = html[start.upperBound...].range(of: "-->")
        else { return nil }
        return DateValue(timex: String(html[start.upperBound..<end.lowerBound]))
    }

    static func withContext(_ text: String, _ context: String?) -> String {
        guard let context else { return text }
        return "<i>(\(html(context)))</i><br>" + text
    }

    /// Text made safe inside an HTML field.
    public static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: "<br>")
    }

    /// A deck name as one Anki tag (tags cannot hold spaces).
    static func tag(_ name: String) -> String {
        String(name.map { $0 == " " ? "_" : $0 })
    }
}
