import Testing

@testable import RecallModel

/// Sentences tokenized ahead on every core give the date finder exactly what it would read itself.
@Suite struct SentenceTokensTests {
    /// Over many batches of sentences (the fixture texts repeated), the pipelined reading finds the
    /// same clean texts, headings and dates, with the story carried across batches, as one finder
    /// reading every sentence in order.
    @Test func pipelinedDatesEqualDatesFoundInOrder() throws {
        var text = ""
        for name in [
            "dates/science.txt", "dates/biography.txt", "dates/news.txt", "dates/medieval.txt",
            "varied-history.txt",
        ] {
            text += try fixture(name).lines.joined(separator: "\n") + "\n\n"
        }
        let sentences = SentenceSplitter().sentences(
            of: SourceText(name: "many.txt", text: String(repeating: text, count: 3)))
        #expect(sentences.count > 3 * 64)
        var progressCalls = 0
        let (prepared, dates) = FactSelector.dates(of: sentences, batchSize: 64) { _ in
            progressCalls += 1
        }
        #expect(progressCalls == (sentences.count + 511) / 512)
        var finder = DateFinder()
        var datedSentences = 0
        for (index, sentence) in sentences.enumerated() {
            let clean = sentence.cleanText
            let heading = FactSelector.isHeading(clean)
            let newParagraph = index == 0 || sentences[index - 1].paragraph != sentence.paragraph
            let expected = finder.dates(in: clean, heading: heading, newParagraph: newParagraph)
            #expect(prepared[index].clean == clean)
            #expect(prepared[index].isHeading == heading)
            #expect(dates[index] == expected, "\(clean)")
            if !expected.isEmpty { datedSentences += 1 }
        }
        #expect(datedSentences > 100)
    }

    @Test func proseWithoutADateCueIsNotTokenized() {
        #expect(SentenceTokens("The army crossed the river.", mode: .prose) == nil)
        #expect(SentenceTokens("The army crossed the river.", mode: .answer)?.tokens.count == 6)
        let tokens = SentenceTokens("Since 1990 it had grown.", mode: .prose)
        #expect(tokens?.since == 0)
        #expect(tokens?.looksBack == true)
        #expect(tokens?.openers.count == tokens?.tokens.count)
    }
}
