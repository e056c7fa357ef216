import Testing

@testable import RecallConsole
@testable import RecallModel

@Suite struct DateHintTests {
    @Test func aYearGivesItsCenturyThenItsDecade() {
        #expect(DateHint.text(for: .year(1952), level: 1) == "a year in the 20th century")
        #expect(DateHint.text(for: .year(1952), level: 2) == "a year: 195_")
        #expect(DateHint.text(for: .year(1952), level: 3) == nil)
        #expect(DateHint.text(for: .year(1900), level: 1) == "a year in the 19th century")
        #expect(DateHint.text(for: .year(1901), level: 1) == "a year in the 20th century")
        #expect(DateHint.text(for: .year(-264), level: 1) == "a year in the 3rd century BC")
        #expect(DateHint.text(for: .year(-300), level: 1) == "a year in the 3rd century BC")
        #expect(DateHint.text(for: .year(-264), level: 2) == "a year: 26_ BC")
    }

    @Test func aFullDateGivesItsMonthARangeItsLength() {
        #expect(
            DateHint.text(for: .day(year: 1925, month: 12, day: 16), level: 1) == "a full date in December")
        #expect(
            DateHint.text(for: .day(year: 1925, month: 12, day: 16), level: 2)
                == "a full date in December 192_")
        #expect(DateHint.text(for: .range(.year(1878), .year(1921)), level: 1) == "a range of 43 years")
        #expect(DateHint.text(for: .range(.year(1877), .year(1878)), level: 1) == "a range of 1 year")
        #expect(DateHint.text(for: .century(-700), level: 1) == "a century BC")
        #expect(DateHint.text(for: .decade(1990), level: 1) == "a decade in the 20th century")
    }

    @Test func thePresenterSaysWhenThereIsNoMore() throws {
        let presenter = CardPresenter(style: .plain)
        let card = Card(
            id: "c", factID: "f",
            question: .cloze(
                ClozeQuestion(
                    text: "____", answer: "1952", value: .year(1952), sentence: "", context: nil,
                    source: .init(sentence: "", line: 1))))
        #expect(presenter.hint(for: card, level: 1) == "Hint: a year in the 20th century.")
        #expect(presenter.hint(for: card, level: 2) == "Hint: a year: 195_.")
        #expect(presenter.hint(for: card, level: 3) == "No more hints for this card.")
    }
}
