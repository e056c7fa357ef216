import Testing

@testable import RecallModel

/// Which words open with a capital, read from bytes for ASCII sentences, as `Character` reads them.
@Suite struct FigureStatementTests {
    static func throughCharacters(_ text: String) -> [Bool] {
        text.split(separator: " ").map { $0.first?.isUppercase == true }
    }

    @Test func capitalizedPiecesReadFromBytesEqualCharacters() throws {
        let text = try SubjectNamingTests.text()
        let sentences = SentenceSplitter().sentences(of: SourceText(name: "all.txt", text: text)).map(
            \.cleanText)
        let ascii = sentences.map {
            String(String.UnicodeScalarView($0.unicodeScalars.map { $0.isASCII ? $0 : "e" }))
        }
        for sentence in sentences + ascii + ["", " ", "A  b", "(The 2011 census) Z", "Élan Vital b"] {
            #expect(
                FactSelector.capitalizedPieces(sentence, bytes: Array(sentence.utf8))
                    == Self.throughCharacters(sentence), "\(sentence)")
        }
    }

    @Test func aSourceOfFiguresAfterNamesDatesAFigure() {
        let dated = "Output rose sharply according to the 2014 World Bank figures."
        var finder = DateFinder()
        let dates = finder.dates(in: dated)
        #expect(FactSelector().datesOnlyAFigure(dated, dates: dates))
        let event = "The 2014 World Cup opened in Brazil."
        #expect(!FactSelector().datesOnlyAFigure(event, dates: finder.dates(in: event)))
    }

    /// Runs of spaces count as one gap, as in the folded words: the date's word index must name the
    /// same word in both (a FuzzDates crash once read past the words, and a double space moved `as of`
    /// out of reach).
    @Test func wordIndicesMatchTheFoldedWordsAcrossRunsOfSpaces() {
        let text = "  Output  rose   sharply,   as  of  29 December 1990,  to  half   the  total."
        let bytes = Array(text.utf8)
        let words = FoldedWords.of(text)
        let offset = bytes.firstIndex(of: UInt8(ascii: "2"))!
        let index = FactSelector().wordIndex(at: offset, in: bytes)
        #expect(index < words.count && words[index] == "29")
        #expect(FactSelector.capitalizedPieces(text, bytes: bytes).count == words.count)
        var finder = DateFinder()
        #expect(FactSelector().datesOnlyAFigure(text, dates: finder.dates(in: text)))
        let gap = String(repeating: " ", count: 60)
        let spaces = gap + "In" + gap + "1990 it fell."
        #expect(!FactSelector().datesOnlyAFigure(spaces, dates: finder.dates(in: spaces)))
    }
}
