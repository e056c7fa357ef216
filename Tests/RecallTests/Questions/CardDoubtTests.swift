import Testing

@testable import RecallModel

/// The doubt rule: each signal a card shows adds its weight, and the walk's order puts the highest
/// score first while keeping the given order between equal scores.
@Suite struct CardDoubtTests {
    func cloze(
        _ text: String, answer: String, value: DateValue, sentence: String? = nil, context: String? = nil
    ) -> Card {
        let sentence = sentence ?? text.replacingOccurrences(of: ClozeQuestion.blank, with: answer)
        return Card(
            id: "c-\(text)-\(context ?? "")", factID: "f-\(sentence)",
            question: .cloze(
                ClozeQuestion(
                    text: text, answer: answer, value: value, sentence: sentence, context: context,
                    source: SourceReference(sentence: sentence, line: 1))))
    }

    @Test func aPlainCardRaisesNoDoubt() {
        let doubt = CardDoubt(card: cloze("Turkey joined NATO in ____.", answer: "1952", value: .year(1952)))
        #expect(doubt.reasons.isEmpty)
        #expect(doubt.score == 0)
    }

    @Test func eachSignalGivesItsReason() {
        let context = cloze(
            "The fleet sailed in ____.", answer: "1588", value: .year(1588), context: "Spain built a fleet.")
        #expect(CardDoubt(card: context).reasons == [.needsSentenceBefore])
        #expect(CardDoubt(card: context).score == 3)

        let pronoun = cloze("They sailed in ____.", answer: "1588", value: .year(1588))
        #expect(CardDoubt(card: pronoun).reasons == [.opensWithReference])

        let story = cloze(
            "The pact was signed on ____.", answer: "5 November", value: .day(year: 2016, month: 11, day: 5))
        #expect(CardDoubt(card: story).reasons == [.yearFromStory])
        let written = cloze(
            "The pact was signed on ____.", answer: "5 November 2016",
            value: .day(year: 2016, month: 11, day: 5))
        #expect(CardDoubt(card: written).reasons.isEmpty)

        let approximate = cloze("The town was founded ____.", answer: "about 1200", value: .year(1200))
        #expect(CardDoubt(card: approximate).reasons == [.vagueDate])
        let relative = cloze("The war ended ____.", answer: "two years later", value: .relative)
        #expect(CardDoubt(card: relative).reasons == [.vagueDate])

        let words = Array(repeating: "word", count: CardDoubt.longSentenceWords).joined(separator: " ")
        let long = cloze("A \(words) in ____.", answer: "1900", value: .year(1900))
        #expect(CardDoubt(card: long).reasons == [.longSentence])
    }

    @Test func weakKindsAndSeveralReasonsAddUp() {
        let sentence = "However, the treaty was signed on 5 November."
        let reverse = Card(
            id: "r", factID: "f",
            question: .reverse(
                ReverseQuestion(
                    date: "5 November 2016", value: .day(year: 2016, month: 11, day: 5), cue: "treaty",
                    answer: sentence, context: "The talks began in 2015.",
                    source: SourceReference(sentence: sentence, line: 2))))
        let doubt = CardDoubt(card: reverse)
        #expect(doubt.reasons == [.needsSentenceBefore, .opensWithReference, .yearFromStory, .weakKind])
        #expect(doubt.score == 3 + 2 + 2 + 1)
    }

    @Test func orderIsByDescendingScoreAndStableForTies() {
        let plainA = cloze("Turkey joined NATO in ____.", answer: "1952", value: .year(1952))
        let pronoun = cloze("It sailed in ____.", answer: "1588", value: .year(1588))
        let plainB = cloze("Greece joined NATO in ____.", answer: "1952", value: .year(1952))
        let context = cloze(
            "The fleet sailed in ____.", answer: "1588", value: .year(1588), context: "Spain.")
        let plainC = cloze("Spain joined NATO in ____.", answer: "1982", value: .year(1982))
        let ordered = CardDoubt.ordered([plainA, pronoun, plainB, context, plainC]).map(\.id)
        #expect(ordered == [context.id, pronoun.id, plainA.id, plainB.id, plainC.id])
    }
}
