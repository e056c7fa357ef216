import Foundation
import Testing

@testable import RecallModel

/// "Before or after?": facts against a marked or a most-referred-to landmark, never overlapping it.
@Suite struct LandmarkQuestionTests {
    /// Seven facts follow the landmark; the nearest five are asked.
    static let sideCount = QuestionGenerator.factsPerLandmarkSide
    static let text = """
        The Congress of Vienna redrew the map of Europe in 1815.
        Greece rose against Ottoman rule in 1821.
        The July Revolution overthrew Charles X in 1830.
        Belgium won its independence from the Netherlands in 1831.
        Revolutions spread across Europe in 1848.
        The Crimean War broke out in 1853.
        Italy was unified under Victor Emmanuel II in 1861.
        Prussia defeated Austria at Königgrätz in 1866.
        The German Empire was proclaimed at Versailles in January 1871.
        The Congress of Berlin settled the Balkan crisis in 1878.
        """

    func landmarkCards(marked: [String]) throws -> (Deck, [PairQuestion]) {
        let source = try SourceText(name: "t.txt", bytes: Array(Self.text.utf8))
        let deck = try DeckBuilder(kinds: [.landmark], landmarks: marked).build(
            source, name: "t", builtAt: time("2026-11-30T10:00:00Z")
        ).deck
        let check = FamilyCheck(facts: deck.facts)
        for card in deck.cards { #expect(check.problem(with: card) == nil) }
        return (deck, deck.cards.compactMap { if case .landmark(let q) = $0.question { q } else { nil } })
    }

    @Test func thePromptNamesTheLandmarkWithItsDate() throws {
        let (_, cards) = try landmarkCards(marked: ["revolutions spread"])
        let card = try #require(cards.first)
        #expect(
            Question.landmark(card).prompt
                == "Before or after this landmark (1848)? Revolutions spread across Europe.")
    }

    @Test func aMarkedLandmarkIsAskedAgainstItsNearestFactsOnEachSide() throws {
        let (deck, cards) = try landmarkCards(marked: ["revolutions spread"])
        #expect(deck.landmarks == ["revolutions spread"])
        #expect(Set(cards.map(\.statements[1].date)) == ["1848"])
        // Five before (1815–1831 are four) and five after.
        #expect(
            cards.filter { $0.answerIndex == 0 }.map(\.statements[0].date).sorted() == [
                "1815", "1821", "1830", "1831",
            ])
        #expect(
            cards.filter { $0.answerIndex == 1 }.map(\.statements[0].date).sorted() == [
                "1853", "1861", "1866", "1878", "January 1871",
            ])
        for card in cards {
            let (event, landmark) = (card.statements[0].value.span!, card.statements[1].value.span!)
            #expect(!event.overlaps(landmark))
            #expect((card.answerIndex == 0) == (event.upperBound <= landmark.lowerBound))
        }
    }

    @Test func marksIgnoreCaseAndAccentsAndAMarkThatMatchesNothingIsAnError() throws {
        let (_, cards) = try landmarkCards(marked: ["KONIGGRATZ"])
        #expect(Set(cards.map(\.statements[1].date)) == ["1866"])
        let source = try SourceText(name: "t.txt", bytes: Array(Self.text.utf8))
        #expect(throws: SourceTextError.landmarkNotFound(file: "t.txt", text: "Waterloo")) {
            try DeckBuilder(kinds: [.landmark], landmarks: ["Waterloo"]).build(
                source, name: "t", builtAt: time("2026-11-30T10:00:00Z"))
        }
    }

    @Test func withoutMarksTheMostReferredToFactIsTheLandmark() throws {
        let source = try SourceText(
            name: "t.txt",
            bytes: Array(
                """
                The Bolsheviks seized power in Petrograd in November 1917.
                The Constituent Assembly was dissolved in January 1918.
                The Treaty of Brest-Litovsk was signed in March 1918.
                Lenin defended the Treaty of Brest-Litovsk before the party congress in April 1918.
                Germany occupied Ukraine under the Treaty of Brest-Litovsk in May 1918.
                The Czechoslovak Legion revolted in Chelyabinsk in June 1918.
                The Romanov family was shot in Yekaterinburg in July 1918.
                Allied troops landed at Arkhangelsk in August 1918.
                The Red Terror was declared in September 1918.
                The Red Army took Kazan in October 1918.
                """.utf8))
        let deck = try DeckBuilder(kinds: [.landmark]).build(
            source, name: "t", builtAt: time("2026-11-30T10:00:00Z")
        )
        .deck
        let landmarks = Set(
            deck.cards.compactMap { card -> String? in
                if case .landmark(let pair) = card.question { pair.statements[1].date } else { nil }
            })
        #expect(landmarks == ["March 1918"])
        // Two facts before it and the nearest five of the seven after.
        #expect(deck.cards.count == 2 + LandmarkQuestionTests.sideCount)
        #expect(deck.landmarks == nil)
    }

    @Test func aLandmarkPickedByItselfIsAMomentInsideTheTextsTimeAndNoLifesEnd() throws {
        let source = try SourceText(
            name: "t.txt",
            bytes: Array(
                """
                Astrid Berg was born in Bergen in 1860.
                The Bergen art school opened its doors in 1871.
                Berg studied painting in Paris in 1880.
                Berg exhibited at the Oslo salon in 1885.
                The Oslo salon held its first women's show in 1890.
                Berg held the Oslo studio from 1895 to 1905.
                Berg died in Bergen in 1920.
                """.utf8))
        let facts = try DeckBuilder(kinds: [.cloze]).build(
            source, name: "t", builtAt: time("2026-11-30T10:00:00Z")
        ).deck.facts
        let candidates = PairCandidate.candidates(facts)
        let eligible = Set(
            candidates.filter { QuestionGenerator.canBeALandmark($0, among: candidates) }.map(\.date.text))
        // Born and died frame the life; 1871 has one fact before it; the studio years are a span.
        #expect(eligible == ["1880", "1885", "1890"])
    }

    @Test func answersAreBeforeOrAfterByLetterOrWord() {
        let statement = { (date: String, value: DateValue) in
            PairQuestion.Statement(
                factID: date, label: "x ____", date: date, value: value, source: .init(sentence: "", line: 1))
        }
        let question = Question.landmark(
            PairQuestion(
                statements: [statement("1853", .year(1853)), statement("1848", .year(1848))], answerIndex: 1))
        #expect(AnswerChecker.check("b", against: question) == .right)
        #expect(AnswerChecker.check("After", against: question) == .right)
        #expect(AnswerChecker.check("before", against: question) == .wrong)
        #expect(AnswerChecker.check("a", against: question) == .wrong)
        #expect(AnswerChecker.check("c", against: question) == .retry("not an option: A–B"))
        #expect(question.answer == "b) after")
    }
}
