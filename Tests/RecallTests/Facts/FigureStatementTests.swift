import Testing

@testable import RecallModel

/// Which words open with a capital, read from bytes for ASCII sentences, as `Character` reads them.
@Suite struct FigureStatementTests {
    static func throughCharacters(_ text: String) -> [Bool] {
        text.split(separator: " ", omittingEmptySubsequences: false).map { $0.first?.isUppercase == true }
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
}
