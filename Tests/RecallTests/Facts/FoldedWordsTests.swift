import Testing

@testable import RecallModel

/// ASCII sentences are folded on their bytes; the words must be those the `Character` folding gives.
@Suite struct FoldedWordsTests {
    @Test func byteFoldingIsCharacterFolding() throws {
        let ascii = try SubjectNamingTests.sentences().ascii
        let edges = ["", " ", "  53%,  (US$1,200) -- per cent. ", "...", "'em", "x  ", "A"]
        var checked = 0
        for sentence in ascii + edges where sentence.isASCIIText {
            #expect(
                FoldedWords.of(sentence) == sentence.split(separator: " ").map(FoldedWords.folded),
                "\(sentence)")
            checked += 1
        }
        #expect(checked > 60)
        #expect(
            FoldedWords.of(" In 2013, the Sector's  share was 10.7%. ") == [
                "in", "2013", "the", "sector's", "share", "was", "10.7%",
            ])
    }
}
