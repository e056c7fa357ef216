import Testing

@testable import RecallModel

/// The faults a blind reading of set 15's quizzes found that a rule can fix, each with a sentence of
/// our own: a pronoun after an opening phrase, `That` and a noun, a plural `they`, remarks in
/// brackets split over sentences, opening phrases left in labels, and reigns listed one after another.
@Suite struct SetFifteenCardFaultTests {
    func facts(_ text: String) -> [Fact] {
        SubjectNaming.facts(in: FactSelector().read(SourceText(name: "t.txt", text: text)))
    }

    @Test func aPronounAfterAnOpeningPhraseBringsTheSentenceBefore() {
        let text = """
            Tarn took drawing lessons from a local teacher in 1852. On the beaches of Brittany around 1856 he met the painter Oskar Lund.
            """
        let met = facts(text).first { $0.text.contains("Brittany") }
        #expect(met?.context == "Tarn took drawing lessons from a local teacher in 1852.")
        // A name in a clause before the pronoun may be the one it means: no context is needed.
        let named = facts("Tarn drew daily in 1852. In 1856 Oskar Lund met Tarn, and he gave him paints.")
        #expect(named.first { $0.text.contains("Lund") }?.context == nil)
    }

    @Test func aSentenceOpeningOnThatAndANounBringsTheSentenceBefore() {
        let text =
            "The treaty was signed on 4 May 1902. That date is remembered because the war ended in 1903."
        #expect(facts(text).last?.context == "The treaty was signed on 4 May 1902.")
        let year = facts("The mill was built in 1902. That year, the river flooded the town.")
        #expect(year.last?.context == nil)
    }

    @Test func theyTakesOnlyAPluralSubject() {
        let text = "The loss dropped the Rovers to 1–9 in 1988. They are 1–9 in opening games since 1990."
        #expect(!facts(text).contains { $0.text.hasPrefix("The loss are") })
    }

    @Test func aRemarkInBracketsOverSeveralSentencesLeavesNoBracketOnACard() {
        let text =
            "The works grew. (The firm made carts in 1915. From 1923 to 1925, it made light cars.) Sales rose."
        let made = FactSelector().read(SourceText(name: "t.txt", text: text)).compactMap(\.fact)
        #expect(made.map(\.text).allSatisfy { !$0.hasPrefix("(") && !$0.hasSuffix(")") })
        #expect(
            Sentence.withoutUnpairedEdgeBrackets("(A remark (with a year) here")
                == "A remark (with a year) here")
        #expect(
            Sentence.withoutUnpairedEdgeBrackets("The king (1933–1921) ruled.")
                == "The king (1933–1921) ruled.")
    }

    @Test func aLabelDropsAShortOpeningPhraseAroundItsDate() {
        let text = "Beginning in 1918, the first trucks were built for the army."
        var finder = DateFinder()
        let fact = Fact(text: text, source: text, line: 1, dates: finder.dates(in: text))
        let label = QuestionGenerator.label(for: fact, date: fact.dates[0])
        #expect(label == "The first trucks were built for the army.")
    }

    @Test func aReignBetweenTwoListedReignsIsGivenAway() {
        let text =
            "The policies went on under Ikar (1933–1921 BC), Sarp (1920–1881 BC) and Puzar (1880–1873 BC)."
        let fact = storyFacts([text])[0]
        let middle = fact.dates[1]
        #expect(middle.text == "1920–1881 BC")
        #expect(Giveaways.givesAway(middle, in: fact))
        #expect(Giveaways.chains(.range(.year(-1933), .year(-1921)), .range(.year(-1920), .year(-1881))))
        #expect(!Giveaways.chains(.range(.year(1900), .year(1910)), .range(.year(1912), .year(1920))))
    }

    @Test func aYearBeforeANounDatesThatThingNotTheSentencesEvent() {
        let side = storyFacts(["For comparison, the 1883 eruption of Tambora ejected far less ash than Tarn."]
        )[0]
        #expect(Trivia.qualifiesANoun(side.dates[0], in: side.text))
        let cards = QuestionGenerator(latestYear: 2026).cards(for: [side]).cards
        #expect(!cards.contains { if case .reverse = $0.question { true } else { false } })
        // The thing is the event when the phrase is the subject or the time, or an election.
        for text in [
            "The 1908 election was won by the Farmers' Party.", "At the 1912 general election the party won.",
            "The party contested the 1957 general election and took six seats.",
        ] {
            let fact = storyFacts([text])[0]
            #expect(!Trivia.qualifiesANoun(fact.dates[0], in: fact.text), "\(text)")
        }
    }

    @Test func aPlansDateIsNoEventsDate() {
        let fact = storyFacts([
            "The brand was relaunched with a new car, planned to be on sale in early 1988."
        ])[0]
        #expect(Trivia.isTrivial(fact.dates[0], in: fact))
    }

    /// Set 16's reading: `Despite this, the Scottish Parliament passed …` was a label on its own.
    @Test func aLabelWhoseOpeningPhrasePointsBackDoesNotReadAlone() {
        #expect(!LabelReading.readsAlone("Despite this, the Scottish Parliament passed the Act of Security."))
        #expect(!LabelReading.readsAlone("When he arrived, the garrison surrendered the fort."))
        #expect(
            LabelReading.readsAlone("Despite the plague, the Scottish Parliament passed the Act of Security.")
        )
    }
}
