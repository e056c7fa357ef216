import Testing

@testable import RecallModel

@Suite struct CitationMarksTests {
    @Test(arguments: [
        ("Turkey joined NATO in 1952.[12]", "Turkey joined NATO in 1952."),
        ("[28][29][30] The process began.", "The process began."),
        ("the Straits,[14] as inimical", "the Straits, as inimical"),
        ("agreement.”[citation needed] In May", "agreement.” In May"),
        ("a claim[a] and [note 3] more", "a claim and more"),
        ("keep [the president] and [1952 edition]", "keep [the president] and [1952 edition]"),
        ("0[32[9]][31] The process", "0 The process"),
    ])
    func removesMarksButKeepsEditorialBrackets(input: String, expected: String) {
        #expect(CitationMarks.removing(from: input) == expected)
    }

    @Test func findsByteRanges() {
        let text = "A[1] b[citation needed]."
        #expect(CitationMarks.ranges(in: text) == [1..<4, 6..<23])
    }
}
