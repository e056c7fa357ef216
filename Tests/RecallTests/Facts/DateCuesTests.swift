import Testing

@testable import RecallModel

/// `DateCues` lets the date finder skip a sentence only when the grammar could find nothing in it.
@Suite struct DateCuesTests {
    @Test func aSentenceWithoutDigitsOrDateWordsHoldsNoDate() {
        #expect(!DateCues.mayHoldDate("The army crossed the river and the king fled."))
        #expect(!DateCues.mayHoldDate(""))
        // Longer words that only begin like a cue are not cues.
        #expect(!DateCues.mayHoldDate("Mayors marched in the Decembrist style, yearning for autumnal ends."))
    }

    @Test(arguments: [
        "It fell in 1453.", "On the 20th they left.", "In March the king fled.", "That winter was hard.",
        "Two days later he died.", "The next year, peace came.", "By that afternoon the fort fell.",
        "The nineteenth century began.", "Christmas was quiet.", "In Sept. the rains came.", "JULY",
        "They met in may",
    ])
    func aDigitOrADateWordIsACue(_ sentence: String) {
        #expect(DateCues.mayHoldDate(sentence))
    }

    @Test func aWordTouchingANonASCIILetterIsACue() {
        // Only the tokenizer knows where such a word ends, so it is never ruled out here.
        #expect(DateCues.mayHoldDate("Le général partit."))
        #expect(!DateCues.mayHoldDate("The general left."))
    }

    /// In every sentence of the fixture texts that the cues rule out, the grammar finds nothing at any
    /// token, even with the story at a full day (so that relative phrases could resolve).
    @Test func ruledOutSentencesHoldNoDate() throws {
        var story = StoryTime(year: 1900)
        story.advance(to: .day(year: 1900, month: 6, day: 15), text: "15 June 1900")
        var ruledOut = 0
        for name in [
            "dates/science.txt", "dates/biography.txt", "dates/news.txt", "dates/medieval.txt",
            "varied-history.txt",
        ] {
            let sentences = SentenceSplitter().sentences(of: try fixture(name)).map(\.cleanText)
            for sentence in sentences where !DateCues.mayHoldDate(sentence) {
                ruledOut += 1
                let grammar = DateGrammar(tokens: DateToken.tokens(of: sentence), mode: .prose, story: story)
                for index in grammar.tokens.indices {
                    #expect(grammar.match(at: index) == nil, "\(sentence)")
                }
            }
        }
        #expect(ruledOut > 0)
    }
}
