import Foundation
import Testing

@testable import RecallModel

/// "Which century / which decade?": centuries as historians count them, BC read naturally, and the
/// grain that is worth asking.
@Suite struct PeriodQuestionTests {
    @Test func centuriesAsHistoriansCountThem() {
        #expect(PeriodQuestion.century(of: 1900)?.text == "the 19th century")
        #expect(PeriodQuestion.century(of: 1900)?.value == .century(1800))
        #expect(PeriodQuestion.century(of: 1901)?.text == "the 20th century")
        #expect(PeriodQuestion.century(of: 2022)?.text == "the 21st century")
        #expect(PeriodQuestion.century(of: 1111)?.text == "the 12th century")
        #expect(PeriodQuestion.century(of: 1)?.text == "the 1st century")
        #expect(PeriodQuestion.century(of: -250)?.text == "the 3rd century BC")
        #expect(PeriodQuestion.century(of: -250)?.value.timex == "BC02XX")
        #expect(PeriodQuestion.century(of: -300)?.text == "the 3rd century BC")
        #expect(PeriodQuestion.century(of: -301)?.text == "the 4th century BC")
        #expect(PeriodQuestion.century(of: -1)?.text == "the 1st century BC")
        #expect(PeriodQuestion.century(of: 0) == nil)
    }

    @Test func decadesOfOurEraOnly() {
        #expect(PeriodQuestion.decade(of: 1952)?.text == "the 1950s")
        #expect(PeriodQuestion.decade(of: 1959)?.value == .decade(1950))
        #expect(PeriodQuestion.decade(of: 1905) == nil)  // `the 1900s` reads as a century
        #expect(PeriodQuestion.decade(of: -255) == nil)
    }

    @Test func everyAnswerReadsBackAsItsPeriod() {
        for year in Array(-600...(-1)) + Array(1...2100) {
            for period in [PeriodQuestion.century(of: year), PeriodQuestion.decade(of: year)].compactMap({
                $0
            }) {
                guard case .date(let read) = DateAnswer.read(period.text) else {
                    Issue.record("\(period.text) does not read as a date")
                    continue
                }
                #expect(read.value == period.value, "\(year): \(period.text)")
            }
        }
    }

    func periods(_ text: String) throws -> [PeriodQuestion] {
        let source = try SourceText(name: "t.txt", bytes: Array(text.utf8))
        let deck = try DeckBuilder(kinds: [.period]).build(
            source, name: "t", builtAt: time("2026-11-30T10:00:00Z")
        )
        .deck
        let check = FamilyCheck(facts: deck.facts)
        for card in deck.cards { #expect(check.problem(with: card) == nil) }
        return deck.cards.compactMap { if case .period(let q) = $0.question { q } else { nil } }
    }

    @Test func theGrainIsTheOneWorthAsking() throws {
        // Four decades, none holding more than half the facts: each is asked its decade.
        let decades = try periods(
            """
            The railway reached the capital in 1862.
            The new constitution was adopted in 1875.
            A great fire destroyed the old town in 1881.
            The university opened its doors in 1893.
            """)
        #expect(decades.map(\.answer) == ["the 1860s", "the 1870s", "the 1880s", "the 1890s"])
        // One decade holds every fact: its decade is no question, its century is no better.
        #expect(
            try periods(
                """
                The railway reached the capital in 1862.
                The new constitution was adopted in 1865.
                A great fire destroyed the old town in 1868.
                """
            ).isEmpty)
    }

    @Test func aSentenceThatNamesThePeriodGivesNoCard() throws {
        let made = try periods(
            """
            Hannibal crossed the Alps in 218 BC, late in the 3rd century BC.
            Carthage was destroyed in 146 BC.
            The city was refounded by Julius Caesar in 44 BC.
            Its harbour was rebuilt in the reign of Hadrian in AD 128.
            """)
        #expect(made.map(\.answer) == ["the 2nd century BC", "the 1st century BC", "the 2nd century"])
        #expect(made[0].prompt == "In which century? Carthage was destroyed in ____.")
    }

    @Test func aBoundGivesNoCardAndADayIsAskedInItsPeriod() throws {
        let made = try periods(
            """
            Prior to 1969, tolls on the Tarn Bridge were collected in both directions.
            The Tarn Dam was finished before 1931 by the river board.
            On 3 May 2016, the firm was bought by a brewer from Leuven.
            """)
        #expect(made.map(\.answer) == ["the 2010s"])
        #expect(
            made.first?.prompt == "In which decade? In ____, the firm was bought by a brewer from Leuven.")
    }

    @Test func theCheckerReadsTheAnswerAsADate() {
        let question = Question.period(
            PeriodQuestion(
                text: "Turkey joined NATO in ____.", date: "1952", dateValue: .year(1952),
                answer: "the 20th century",
                value: .century(1900), sentence: "Turkey joined NATO in 1952.", context: nil,
                source: .init(sentence: "", line: 1)))
        for right in ["20th century", "the twentieth century", "1900s"] {
            #expect(AnswerChecker.check(right, against: question) == .right, "\(right)")
        }
        #expect(AnswerChecker.check("19th century", against: question) == .wrong)
        #expect(AnswerChecker.check("20th century BC", against: question) == .wrong)
        #expect(AnswerChecker.check("1952", against: question) != .right)
    }

    @Test func theCheckCatchesAWrongCentury() throws {
        let source = try SourceText(
            name: "t.txt",
            bytes: Array(
                """
                The railway reached the capital in 1801.
                The war ended in 1945.
                The republic was proclaimed in 1960.
                The new bridge opened in 2005.
                """.utf8))
        let deck = try DeckBuilder(kinds: [.period]).build(
            source, name: "t", builtAt: time("2026-11-30T10:00:00Z")
        )
        .deck
        // 1801 opens the 19th century (a year ending in 00 is not asked by its century at all).
        let card = try #require(
            deck.cards.first {
                $0.question.answer == "the 19th century" && $0.question.prompt.contains("railway")
            })
        guard case .period(var question) = card.question else { return }
        let check = FamilyCheck(facts: deck.facts)
        #expect(check.problem(with: card) == nil)
        question.value = .century(1900)
        question.answer = "the 20th century"
        #expect(
            check.problem(with: Card(id: card.id, factID: card.factID, question: .period(question))) != nil)
    }
}
