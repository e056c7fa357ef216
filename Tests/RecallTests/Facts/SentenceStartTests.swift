import Testing

@testable import RecallModel

/// The byte pre-check of a splice (`… soils. of Malawi …`) lets through every sentence the word test
/// could call spliced.
@Suite struct SentenceStartTests {
    @Test(arguments: [
        ("overworked soils. of Malawi spoke", true),
        ("overworked soils.   of Malawi spoke", true),
        ("the old regime. élan returned", true),
        ("The army crossed. Then it rested.", false),
        ("Approx. two thousand men etc. were there", false),
        ("It ended in 1918.", false),
        ("a.b c", false),
    ])
    func splicesAreFound(_ text: String, _ spliced: Bool) {
        #expect(FactSelector().splicesTwoPieces(text) == spliced)
        if spliced { #expect(FactSelector.mayHoldASplice(text)) }
    }

    @Test func sentencesThePreCheckTurnsAwayHaveNoSplice() throws {
        let text = try SubjectNamingTests.text()
        let sentences = SentenceSplitter().sentences(of: SourceText(name: "all.txt", text: text)).map(
            \.cleanText)
        var turnedAway = 0
        for sentence in sentences where !FactSelector.mayHoldASplice(sentence) {
            turnedAway += 1
            let words = sentence.split(separator: " ")
            #expect(
                !zip(words, words.dropFirst()).contains { $0.last == "." && $1.first?.isLowercase == true })
        }
        #expect(turnedAway > sentences.count / 2)
    }
}
