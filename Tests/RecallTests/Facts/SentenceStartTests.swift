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

    /// Connectives are found in any case from the opening bytes alone, and a fact that opens with none
    /// stands alone as it is, id included.
    @Test(arguments: [
        ("However, in 1775 Congress met to decide the matter.", "In 1775 Congress met to decide the matter."),
        ("HOWEVER, in 1775 Congress met to decide the matter.", "In 1775 Congress met to decide the matter."),
        ("On The Other Hand, the army of the north held in 1862.", "The army of the north held in 1862."),
        ("Also in 1775, the assembly met again in the hall.", "In 1775, the assembly met again in the hall."),
        ("Thus, ended.", "Thus, ended."),
        (
            "Æthelred, however, fled in 1013 to Normandy with his court.",
            "Æthelred, however, fled in 1013 to Normandy with his court."
        ),
        ("Ébloui, however ça", "Ébloui, however ça"),
    ])
    func connectivesAreDropped(_ text: String, _ expected: String) {
        #expect(FactSelector.droppingConnective(text).text == expected)
        let fact = Fact(
            text: text, source: text, line: 1, dates: [], context: "However, the war went on in 1915.")
        let alone = fact.standingAlone()
        #expect(alone.text == expected)
        #expect(alone.id == Fact(text: expected, source: text, line: 1, dates: []).id)
        #expect(alone.context == "The war went on in 1915.")
    }
}
