import Foundation
import Testing

@testable import RecallModel

/// The byte-level fast paths of the question families give what the `Character` and Foundation
/// paths they skip give, on the sample's and the fixture's lines and on random ASCII.
@Suite struct ASCIIFastPathTests {
    /// Lines of the sample and the varied fixture, and seeded random ASCII strings heavy in the bytes
    /// the paths treat apart (capitals, digits, marks, tabs, `\r\n`).
    static func texts() throws -> [String] {
        let lines = try [sampleSource(), fixture("varied-history.txt")].flatMap(\.lines)
        var generator = SeededGenerator(seed: 17)
        let alphabet = Array("aZ zQ 09 .,;:()'\"-$&\t\r\n[]Éé".unicodeScalars.filter(\.isASCII))
        let random = (0..<400).map { _ in
            String(
                String.UnicodeScalarView(
                    (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                        alphabet.randomElement(using: &generator)!
                    }))
        }
        return lines + random
    }

    @Test func foldingASCIIOnBytesEqualsFoundationsFold() throws {
        let texts = try Self.texts()
        #expect(texts.count > 400)
        for text in texts {
            #expect(AnswerChecker.fold(text) == AnswerChecker.foundationFold(text), "\(text)")
            #expect((AnswerChecker.asciiFold(text) != nil) == text.utf8.allSatisfy { $0 < 0x80 })
        }
        #expect(AnswerChecker.asciiFold("Erdoğan") == nil)
        #expect(AnswerChecker.fold("Erdoğan, 1954!") == "erdogan 1954")
        #expect(AnswerChecker.fold("  The  Treaty\r\nof Versailles. ") == "the treaty of versailles")
    }

    @Test func foldedTextsAreSearchedAsFoundationSearchesThem() throws {
        let texts = try Self.texts().prefix(300).map { FoldedText($0) }
        let needles = [" the ", " treaty ", " of versailles ", " 1914 ", " a ", " zq ", " russia ", " é "]
        var found = 0
        for text in texts {
            for needle in needles {
                #expect(text.contains(needle) == text.text.contains(needle))
                if text.contains(needle) { found += 1 }
            }
        }
        #expect(found > 50)
        let accented = FoldedText("Ankara, Türkiye")
        #expect(accented.text == " ankara turkiye ")
        #expect(accented.contains(" turkiye "))
        #expect(!accented.contains(" ankara, "))
    }

    @Test func capitalizedWordsOnBytesEqualTheCharacterReading() throws {
        for text in try Self.texts() where text.utf8.allSatisfy({ $0 < 0x80 }) {
            var onBytes = Set<String>()
            var onCharacters = Set<String>()
            QuestionGenerator.insertCapitalizedASCIIWords(of: text, into: &onBytes)
            QuestionGenerator.insertCapitalizedWords(of: text, into: &onCharacters)
            #expect(onBytes == onCharacters, "\(text)")
        }
        var names = Set<String>()
        QuestionGenerator.insertCapitalizedASCIIWords(
            of: "Then (Lenin) and \"Trotsky's\" men 1917.", into: &names)
        #expect(names == ["Lenin", "Trotsky's"])
    }

    @Test func clauseMarksAreFoundAmongMarksAlone() throws {
        for text in try Self.texts() {
            for token in DateToken.tokens(of: text) {
                #expect(StoryAside.isClauseMark(token) == StoryAside.clauseMarks.contains(token.lower))
            }
        }
    }

    @Test func clauseOpeningsOnBytesEqualTheCharacterReading() throws {
        for text in try Self.texts() where text.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(text.utf8)
            #expect(
                QuestionGenerator.clauseOpenings(in: text, bytes: bytes)
                    == QuestionGenerator.clauseOpeningsByCharacter(in: text, bytes: bytes), "\(text)")
        }
        let text = "It was paid for by the Royal Society, and the dome was finished after 1673; then"
        #expect(QuestionGenerator.clauseOpenings(in: text, bytes: Array(text.utf8)) == [36, 63, 74])
    }

    @Test func aWordTurnedAwayByItsFirstByteOpensNoClause() throws {
        for text in try Self.texts() {
            let bytes = Array(text.utf8)
            for (offset, byte) in bytes.enumerated() where byte == 0x20 || byte == 0x2C {
                let window = String(decoding: bytes[(offset + 1)...].prefix(10), as: UTF8.self).lowercased()
                let word = String(window.split(separator: " ").first ?? "")
                let quick = QuestionGenerator.nextWord(bytes, after: offset + 1, within: 10, firsts: "abw")
                #expect(quick == word || quick == "")
                #expect(
                    QuestionGenerator.subordinators.contains(quick)
                        == QuestionGenerator.subordinators.contains(word))
            }
        }
    }

    @Test func aLengthIsStatedOnlyWhereAUnitIsWritten() throws {
        for text in try Self.texts() {
            #expect(Giveaways.statesALength(text) == Giveaways.statesALengthInWords(text), "\(text)")
        }
        #expect(Giveaways.statesALength("Four YEARS later, in 1852, it fell."))
        #expect(Giveaways.statesALength("a 30-month siege"))
        #expect(!Giveaways.statesALength("It fell in 1852 after a siege."))
    }
}
