import Foundation
import Testing

@testable import RecallModel

@Suite struct QuestionGeneratorTests {
    static let builtAt = time("2026-11-25T12:00:00Z")

    func sampleDeck() throws -> Deck {
        try DeckBuilder().build(try sampleSource(), name: "turkey-russia", builtAt: Self.builtAt).deck
    }

    func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func everyClozeHasOneBlankNoCitationAndHidesItsAnswer() throws {
        for deck in [
            try sampleDeck(),
            try DeckBuilder().build(try fixture("varied-history.txt"), name: "v", builtAt: Self.builtAt).deck,
        ] {
            for card in deck.cards {
                let shown: String
                switch card.question {
                case .cloze(let question):
                    #expect(occurrences(of: ClozeQuestion.blank, in: question.text) == 1)
                    #expect(!question.text.contains(question.answer), "\(question.text)")
                    shown = question.text
                case .choice(let question):
                    #expect(occurrences(of: ClozeQuestion.blank, in: question.text) == 1)
                    #expect(!question.text.contains(question.answer))
                    #expect(Set(question.options).count == 4)
                    shown = question.text + question.options.joined()
                case .reverse(let question):
                    #expect(!question.cue.isEmpty)
                    #expect(!question.cue.contains(question.date))
                    shown = Question.reverse(question).prompt
                case .timeline(let question):
                    #expect((3...5).contains(question.items.count))
                    #expect(Set(question.items.map(\.value.sortKey)).count == question.items.count)
                    for item in question.items { #expect(!item.label.contains(item.date)) }
                    shown = question.items.map(\.label).joined()
                case .basic(let question):
                    Issue.record("the builder made a front-and-back card: \(question.front)")
                    shown = question.front
                case .period(let question):
                    #expect(occurrences(of: ClozeQuestion.blank, in: question.text) == 1)
                    #expect(!question.text.contains(question.date))
                    shown = question.prompt
                case .duration(let question):
                    #expect(!question.text.contains(question.from) && !question.text.contains(question.to))
                    shown = question.prompt
                case .who(let question):
                    #expect(question.text.hasSuffix("?") && !question.text.contains(question.answer))
                    shown = question.text
                case .order(let question), .landmark(let question), .contrast(let question):
                    #expect(question.statements.count == 2)
                    for statement in question.statements {
                        #expect(!statement.label.contains(statement.date))
                    }
                    shown = question.statements.map(\.label).joined()
                }
                #expect(CitationMarks.ranges(in: shown).isEmpty, "\(shown)")
            }
        }
    }

    @Test func sampleDeckHasEveryKind() throws {
        let deck = try sampleDeck()
        let kinds = Set(deck.cards.map(\.kind))
        #expect(kinds == Set(QuestionKind.generated))
        #expect(Set(deck.cards.map(\.id)).count == deck.cards.count)
    }

    @Test func clozeBlanksTheDateAndKeepsTheRest() throws {
        let deck = try sampleDeck()
        let nato = try #require(
            deck.cards.first { card in
                if case .cloze(let question) = card.question { return question.answer == "1952" }
                return false
            })
        guard case .cloze(let question) = nato.question else { return }
        #expect(
            question.text.hasPrefix(
                "Turkey joined NATO in ____ and placed itself within the Western alliance"))
        #expect(question.value == .year(1952))
    }

    @Test func noCardGivesItsAnswerAway() throws {
        let fact = Fact(
            text: "Supplies in 1920 to 1922 won the Armenian campaign (1920) and the war (1919–1922).",
            source: "s",
            line: 1,
            dates: {
                var finder = DateFinder()
                return finder.dates(
                    in: "Supplies in 1920 to 1922 won the Armenian campaign (1920) and the war (1919–1922).")
            }())
        let (cards, skipped) = QuestionGenerator(kinds: [.cloze], latestYear: 2026).cards(for: [fact])
        let answers = cards.compactMap { card -> String? in
            if case .cloze(let question) = card.question { return question.answer }
            return nil
        }
        #expect(answers == ["1919–1922"])
        #expect(skipped[.givesItselfAway] == 2)
    }

    @Test func choiceDistractorsShareGranularityAndAvoidTrueDates() throws {
        let deck = try sampleDeck()
        for card in deck.cards {
            guard case .choice(let question) = card.question else { continue }
            let values = question.options.map { DateFinder.parseAnswer($0) }
            for value in values {
                let parsed = try #require(value, "\(question.options)")
                #expect(parsed.granularity == question.value.granularity, "\(question.options)")
                if let year = parsed.lastYear { #expect(year <= 2026) }
            }
            let fact = try #require(deck.facts.first { $0.id == card.factID })
            let otherTrue = fact.dates.map(\.value).filter { $0 != question.value }
            for (index, value) in values.enumerated() where index != question.answerIndex {
                #expect(!otherTrue.contains(value!))
            }
        }
    }

    @Test func rebuildingKeepsIdsOfUnchangedFacts() throws {
        let original = try sampleDeck()
        var lines = try sampleSource().lines
        lines[1] = lines[1].replacingOccurrences(of: "1952", with: "1953")
        let edited = SourceText(name: "turkey-russia.txt", text: lines.joined(separator: "\n"))
        let rebuilt = try DeckBuilder().build(edited, name: "turkey-russia", builtAt: Self.builtAt).deck
        let ofOneFact = { (card: Card) in card.kind != .timeline && card.kind != .order }
        let before = Set(original.cards.filter(ofOneFact).map(\.id))
        let after = Set(rebuilt.cards.filter(ofOneFact).map(\.id))
        let changedFact = original.facts.first { $0.text.contains("1952") }!.id
        let changedCards = Set(original.cards.filter { $0.factID == changedFact }.map(\.id))
        #expect(before.subtracting(after) == changedCards)
        #expect(changedCards.count >= 2)
        // A pair keeps its id unless one of its two facts changed.
        let pairs = original.cards.filter { $0.kind == .order }
        let untouched = pairs.filter { card in
            guard case .order(let pair) = card.question else { return false }
            return !pair.statements.contains { $0.factID == changedFact }
        }
        #expect(!untouched.isEmpty)
        #expect(Set(untouched.map(\.id)).isSubset(of: rebuilt.cards.map(\.id)))
    }

    @Test func timelineAnswerIsTheChronologicalOrder() {
        func item(_ label: String, _ timex: String) -> TimelineQuestion.Item {
            TimelineQuestion.Item(
                factID: label, label: label, date: timex, value: DateValue(timex: timex)!,
                source: SourceReference(sentence: label, line: 1))
        }
        let question = TimelineQuestion(items: [
            item("A", "1952"), item("B", "1947-03"), item("C", "1936"), item("D", "1945-02-23"),
        ])
        #expect(question.answer == "CDBA")
        #expect(QuestionGenerator.groupSizes(9) == [5, 4])
        #expect(QuestionGenerator.groupSizes(6) == [3, 3])
        #expect(QuestionGenerator.groupSizes(11) == [4, 4, 3])
        #expect(QuestionGenerator.groupSizes(2) == [])
    }
}

extension QuestionGeneratorTests {
    /// Issue 15, item 15: a run of thousands of dates in one sentence made the builder quadratic
    /// (each card copied the whole run); such a sentence is a list and gives no question, while a
    /// sentence of up to 16 dates still does.
    @Test func aSentenceOfTooManyDatesGivesNoCards() throws {
        let years = (0..<17).map { "\(1900 + $0 * 3)" }
        let list = SourceText(
            name: "t", text: "The fairs were held in " + years.joined(separator: ", ") + " at Lyon.")
        let (deck, summary) = try DeckBuilder().build(list, name: "t", builtAt: Self.builtAt)
        #expect(deck.cards.isEmpty)
        #expect(summary.skippedDates == [.tooManyDates: 17])
        let short = SourceText(
            name: "t",
            text: "The fairs were held in " + years.dropLast().map { "\($0) at Lyon" }.joined(separator: ", ")
                + ".")
        let cards = try DeckBuilder(kinds: [.cloze]).build(short, name: "t", builtAt: Self.builtAt).deck.cards
        #expect(cards.count == 16)
        let run = SourceText(
            name: "t", text: "In " + String(repeating: "1952 1953 1954 ", count: 4_000) + "it rained.")
        let built = try DeckBuilder().build(run, name: "t", builtAt: Self.builtAt)
        #expect(built.deck.cards.isEmpty && built.summary.skippedDates == [.tooManyDates: 12_000])
        #expect(built.deck.facts.isEmpty, "a list is not kept as a fact")
    }
}
