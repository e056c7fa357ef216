import Foundation
import Testing

@testable import RecallConsole
@testable import RecallInterop
@testable import RecallModel

/// What an Anki note's structure becomes in Recall (issue 19): clozes as Anki renders them,
/// templates, HTML, typed answers, tags, decks, GUIDs and card states.
@Suite struct AnkiStructureTests {
    let now = time("2026-11-25T10:00:00Z")

    func card(_ text: String, _ number: Int) -> (String, [String], [String]) {
        let card = ClozeMarkup(text).card(number, blank: "_")
        return (card.text, card.answers, card.hints)
    }

    @Test func clozesAsAnkiRendersThem() {
        #expect(card("{{c1::Paris::a city}} is big", 1) == ("_ is big", ["Paris"], ["a city"]))
        let nested = "{{c1::Napoleon {{c2::Bonaparte}}}} lost at {{c3::Waterloo}}."
        #expect(ClozeMarkup(nested).numbers == [1, 2, 3])
        #expect(card(nested, 1) == ("_ lost at Waterloo.", ["Napoleon Bonaparte"], []))
        #expect(card(nested, 2) == ("Napoleon _ lost at Waterloo.", ["Bonaparte"], []))
        let shared = "{{c1,2::Berlin}} is in {{c1::Germany}}."
        #expect(ClozeMarkup(shared).numbers == [1, 2])
        #expect(card(shared, 1) == ("_ is in _.", ["Berlin", "Germany"], []))
        #expect(card(shared, 2) == ("_ is in Germany.", ["Berlin"], []))
        #expect(
            card("{{c1::a::x}} and {{c2::b {{c3::c::inner}}::outer}}", 2) == ("a and _", ["b c"], ["outer"]))
        #expect(ClozeMarkup("{{c1::never closed").numbers == [])
        #expect(card("{{c1::never closed", 1) == ("{{c1::never closed", [], []))
        #expect(ClozeMarkup("{{c0::x}} {{c1,::y}}").numbers == [1])
    }

    @Test func templatesRenderAsAnki() {
        let fields = ["Event": "the <b>Moon</b> landing", "Year": "1969", "Place": "", "Note": "x &amp; y"]
        let front = AnkiTemplate(
            "When was {{Event}}?{{#Place}} In {{Place}}.{{/Place}}{{^Place}} Somewhere.{{/Place}}"
        )
        .render(fields)
        #expect(front == .init(html: "When was the <b>Moon</b> landing? Somewhere.", usedText: true))
        #expect(AnkiTemplate("{{text:Event}}").render(fields).html == "the Moon landing")
        #expect(AnkiTemplate("{{text:Note}}").render(fields).html == "x &amp; y")
        #expect(
            AnkiTemplate("{{FrontSide}}<hr id=answer>{{Year}}").render(fields, frontSide: "Q").html
                == "Q<hr id=answer>1969")
        #expect(AnkiTemplate("{{#Place}}{{Event}}{{/Place}}").render(fields).usedText == false)
        #expect(AnkiTemplate("{{Year}}\n{{type:Year}}").render(fields).typedField == "Year")
        #expect(AnkiTemplate("{{hint:Event}}{{Missing}}").render(fields) == .init(html: ""))
    }

    @Test func noteTypesRenderTheirCards() {
        let optional = AnkiNoteType(
            name: "Basic (optional reversed card)", isCloze: false, fields: ["Front", "Back", "Add Reverse"],
            templates: [
                .init(
                    name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"),
                .init(
                    name: "Card 2", front: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                    back: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}"),
            ])
        #expect(optional.recallType == .other(name: "Basic (optional reversed card)"))
        #expect(
            optional.renderedCards(["Katze", "cat", "y"]) == [
                .init(ordinal: 0, front: "Katze", back: "cat", typeAnswer: false),
                .init(ordinal: 1, front: "cat", back: "Katze", typeAnswer: false),
            ])
        #expect(optional.renderedCards(["Haus", "house", ""]).map(\.ordinal) == [0])
        let typed = AnkiNoteType(
            name: "Basic (type in the answer)", isCloze: false, fields: ["Front", "Back"],
            templates: [
                .init(
                    name: "Card 1", front: "{{Front}}\n\n{{type:Back}}",
                    back: "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")
            ])
        #expect(
            typed.renderedCards(["Year of Hastings", "<b>1066</b>"]) == [
                .init(ordinal: 0, front: "Year of Hastings", back: "1066", typeAnswer: true)
            ])
    }

    @Test func aClozeHintIsTheFirstHint() {
        let presenter = CardPresenter(style: .plain)
        let card = Card(
            id: "c", factID: "f",
            question: .basic(BasicQuestion(front: "_ is big", back: "Paris", hint: "a city")))
        #expect(presenter.hint(for: card, level: 1) == "Hint: a city.")
        #expect(presenter.hint(for: card, level: 2) == "No more hints for this card.")
    }

    @Test func typedAnswersAreCheckedExactly() {
        let question = Question.basic(
            BasicQuestion(front: "Year of Hastings", back: "1066", typeAnswer: true))
        #expect(AnswerChecker.check("1066", against: question) == .right)
        #expect(AnswerChecker.check(" 1066 ", against: question) == .right)
        #expect(AnswerChecker.check("1067", against: question) == .wrong)
        #expect(AnswerChecker.check("", against: question) == .wrong)
    }

    /// A wrong typed answer is shown as Anki shows it: what should not be there, and what was missed.
    @Test func aWrongTypedAnswerShowsTheDifference() {
        let diff = TypedAnswerDiff(typed: "Versaille treaty", expected: "Treaty of Versailles")
        #expect(TypedAnswerDiff.plain(TypedAnswerDiff(typed: "1067", expected: "1066").typed) == "106[7]")
        #expect(TypedAnswerDiff.plain(TypedAnswerDiff(typed: "1067", expected: "1066").expected) == "106[6]")
        #expect(
            TypedAnswerDiff.plain(TypedAnswerDiff(typed: "Pars", expected: "Paris").expected) == "Par[i]s")
        #expect(diff.typed.map(\.text).joined() == "Versaille treaty")
        #expect(diff.expected.map(\.text).joined() == "Treaty of Versailles")
        let card = Card(
            id: "c", factID: "f",
            question: .basic(BasicQuestion(front: "Year?", back: "1066", typeAnswer: true)))
        let feedback = CardPresenter(style: .plain).feedback(card, verdict: .wrong, typed: "1067")
        #expect(feedback.hasPrefix("✗ 1066\n  you wrote: 106[7]\n  answer:    106[6]"), "\(feedback)")
    }

    @Test func htmlEntitiesStylesAndScripts() {
        #expect(
            HTMLText.plain("Caf&eacute; &mdash; &bigstar; &NotEqualTilde; &#x41;&#66;") == "Café — ★ ≂̸ AB")
        #expect(HTMLText.plain("a &nosuchname; b &amp") == "a &nosuchname; b &amp")
        #expect(
            HTMLText.plain("<STYLE>.x { color: red }</style>Paris<script type=x>alert(1)</SCRIPT>!")
                == "Paris!")
        #expect(HTMLText.plain("before<style>never closed") == "before")
    }

    @Test func cardsKeepGuidTagsAndDeckInTheirJSON() throws {
        let card = Card(
            id: "c", factID: "f", question: .basic(BasicQuestion(front: "a", back: "b", hint: "h")),
            ankiGuid: "p=wQ.(fEa8", tags: ["geo", "europe::france"], ankiDeck: "History::Wars")
        let data = try JSONEncoder().encode(card)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["ankiGuid"] as? String == "p=wQ.(fEa8")
        #expect(object["tags"] as? [String] == ["geo", "europe::france"])
        #expect(object["ankiDeck"] as? String == "History::Wars")
        #expect(object["hint"] as? String == "h")
        #expect(try JSONDecoder().decode(Card.self, from: data) == card)
        let plain =
            try JSONSerialization.jsonObject(
                with: JSONEncoder().encode(
                    Card(id: "c", factID: "f", question: .basic(BasicQuestion(front: "a", back: "b"))))
            ) as? [String: Any]
        #expect(
            Set(plain?.keys.map { $0 } ?? []) == ["id", "fact", "kind", "front", "back"],
            "nothing new when nil")
    }

    @Test func notesKeepTheirGuidAndTagsButNotRecallsOwn() {
        var conversion = NoteConversion()
        conversion.add(
            ImportedNote(
                guid: "abc", type: .basic, fields: ["a", "b"], tags: ["geo", "recall::x"], place: "note 1"))
        conversion.add(
            ImportedNote(
                guid: "recall-c9", type: .basic, fields: ["c", "d"], tags: ["recall-kind::basic"],
                place: "note 2"))
        #expect(conversion.cards.map(\.ankiGuid) == ["abc", nil])
        #expect(conversion.cards.map(\.tags) == [["geo"], []])
    }

    @Test func suspendedBuriedAndFilteredCardsKeepTheirState() {
        func card(_ id: Int64, type: Int, queue: Int, due: Int64, odue: Int64 = 0, odid: Int64 = 0)
            -> AnkiPackageReader.AnkiCard
        {
            AnkiPackageReader.AnkiCard(
                id: id, noteKey: "g\(id)", ordinal: 0, type: type, queue: queue, due: due, interval: 5,
                factor: 2500, reps: type == 0 ? 0 : 3, lapses: 0, data: "", deck: odid == 0 ? 1 : 9,
                originalDue: odue, originalDeck: odid)
        }
        let buried = time("2026-11-26T04:00:00Z")
        let progress = AnkiProgressConversion(
            deck: "d", created: time("2026-11-01T04:00:00Z"),
            cards: [
                card(1, type: 0, queue: -1, due: 1), card(2, type: 0, queue: -3, due: 2),
                card(3, type: 0, queue: 0, due: 3),
                card(4, type: 2, queue: 2, due: -100_000, odue: 30, odid: 1),
                card(5, type: 2, queue: -2, due: 10),
            ],
            reviews: [], recallCard: ["g1/0": "c1", "g2/0": "c2", "g3/0": "c3", "g4/0": "c4", "g5/0": "c5"],
            buriedUntil: buried
        ).progress()
        #expect(progress.schedules["c1"]?.suspended == true)
        #expect(progress.schedules["c1"]?.isNew == true)
        #expect(progress.schedules["c2"]?.buriedUntil == buried)
        #expect(progress.schedules["c3"] == nil, "a plain new card needs no schedule")
        #expect(
            progress.schedules["c4"]?.due == time("2026-12-01T04:00:00Z"), "the home deck's due, not 1753")
        #expect(progress.schedules["c5"]?.buriedUntil == buried)
        #expect(progress.schedules["c5"]?.phase == .review)
    }
}
