import Testing

@testable import RecallModel

/// Subjects are read a batch ahead on every core and words split from bytes when a sentence is ASCII;
/// neither may change a fact.
@Suite struct SubjectNamingTests {
    static let fixtures = [
        "dates/science.txt", "dates/biography.txt", "dates/news.txt", "dates/medieval.txt",
        "varied-history.txt",
    ]

    static func text() throws -> String {
        try fixtures.map { try fixture($0).lines.joined(separator: "\n") }.joined(separator: "\n\n") + "\n\n"
    }

    /// Every sentence of the fixtures, as read, and with its dashes, curly quotes and accented
    /// letters made ASCII.
    static func sentences() throws -> (read: [String], ascii: [String]) {
        let read = SentenceSplitter().sentences(of: SourceText(name: "all.txt", text: try text())).map(
            \.cleanText)
        let ascii = read.map {
            String(String.UnicodeScalarView($0.unicodeScalars.map { $0.isASCII ? $0 : "e" }))
        }
        return (read, ascii)
    }

    static func fields(_ words: [SubjectNaming.Word]) -> [String] {
        words.map { "\($0.bare)|\($0.text)|\($0.range)|\($0.isCapitalized)|\($0.isLowercase)" }
    }

    /// The byte splitter gives what the character splitter gives, on every sentence of the fixtures made ASCII
    /// and on the edge cases of spaces, punctuation and apostrophes.
    @Test func asciiWordsEqualCharacterWords() throws {
        let sentences = SentenceSplitter().sentences(of: SourceText(name: "all.txt", text: try Self.text()))
            .map(\.cleanText)
        let edges = [
            "", " ", "  She,  said (he) 'em 1914. -- U.S. forces", "(Her book,", "it's done' ", "'", "A",
            "Treaty of Kars.", "x  ", ",;:",
        ]
        var checked = 0
        // Every sentence counts, its dashes, curly quotes and accented letters made ASCII.
        let ascii = sentences.map {
            String(String.UnicodeScalarView($0.unicodeScalars.map { $0.isASCII ? $0 : "e" }))
        }
        for sentence in ascii + edges {
            #expect(
                Self.fields(SubjectNaming.Word.splitASCII(sentence))
                    == Self.fields(Self.characterWords(sentence)), "\(sentence)")
            #expect(
                Self.fields(SubjectNaming.Word.splitCharacters(sentence))
                    == Self.fields(Self.characterWords(sentence)), "\(sentence)")
            checked += 1
        }
        #expect(checked > 60)
    }

    /// The text's words, gathered from bytes, are the words of `Word.split` but the first.
    @Test func gatheredWordsAreTheSplitWords() throws {
        let sentences = SentenceSplitter().sentences(of: SourceText(name: "all.txt", text: try Self.text()))
            .map(\.cleanText)
        let ascii = sentences.map {
            String(String.UnicodeScalarView($0.unicodeScalars.map { $0.isASCII ? $0 : "e" }))
        }
        let edges = [
            "", " ", "  She,  said (he) 'em 1914. -- U.S. forces", "it's done' ", "'", "x\r\ny Z", ",;: a",
        ]
        for sentence in sentences + ascii + edges {
            var (lower, capital) = (Set<String>(), Set<String>())
            SubjectNaming.gatherWords(of: sentence, lower: &lower, capital: &capital)
            let words = SubjectNaming.Word.split(sentence).dropFirst().filter { !$0.bare.isEmpty }
            #expect(lower == Set(words.filter(\.isLowercase).map(\.bare)), "\(sentence)")
            #expect(capital == Set(words.filter { !$0.isLowercase }.map(\.bare)), "\(sentence)")
        }
        var (lower, capital) = (Set<String>(), Set<String>())
        SubjectNaming.gatherWords(of: "Then (Lenin) said 'em, 1917.", lower: &lower, capital: &capital)
        #expect(lower == ["said"] && capital == ["Lenin", "'em"])
    }

    /// Every word read character by character, as the splitters read words before their byte paths.
    static func characterWords(_ sentence: String) -> [SubjectNaming.Word] {
        var words: [SubjectNaming.Word] = []
        var offset = 0
        for piece in sentence.split(separator: " ", omittingEmptySubsequences: false) {
            if !piece.isEmpty { words.append(SubjectNaming.Word.characterWord(piece, at: offset)) }
            offset += piece.utf8.count + 1
        }
        return words
    }

    /// In a sentence with dashes, curly quotes or accented letters, its ASCII words are read on their
    /// bytes and the others by character: together as every word by character.
    @Test func mixedSentencesSplitAsByCharacter() throws {
        let sentences =
            SentenceSplitter().sentences(of: SourceText(name: "all.txt", text: try Self.text()))
            .map(\.cleanText) + ["“Lenin” – then Atatürk’s men, 1923 \r\n ’em", "Ünal said: «oui»  x"]
        let mixed = sentences.filter { !$0.utf8.allSatisfy { $0 < 0x80 } }
        #expect(mixed.count > 5)
        for sentence in mixed {
            #expect(
                Self.fields(SubjectNaming.Word.split(sentence)) == Self.fields(Self.characterWords(sentence)),
                "\(sentence)")
        }
        let words = SubjectNaming.Word.split("“Lenin” – Atatürk’s men")
        #expect(words.map(\.bare) == ["Lenin", "", "Atatürk’s", "men"])
        #expect(words.map(\.isCapitalized) == [true, false, true, false])
    }

    /// A text repeated across many batches: every copy after the first (which has nothing before it)
    /// gives the same facts, its subjects named alike, wherever the batches fall.
    @Test func factsDoNotDependOnWhereBatchesFall() throws {
        let unit = try Self.text()
        func facts(_ copies: Int) -> [String] {
            let source = SourceText(name: "many.txt", text: String(repeating: unit, count: copies))
            return SubjectNaming.facts(in: FactSelector().read(source)).map {
                "\($0.text)|\($0.context ?? "")|\($0.written ?? "")|\($0.dates.map(\.utf8Range))"
            }
        }
        let (one, two) = (facts(1), facts(2))
        let copy = Array(two[one.count...])
        let copies =
            2048 / SentenceSplitter().sentences(of: SourceText(name: "unit.txt", text: unit)).count + 3
        #expect(copy.contains { $0.contains("|") && !$0.hasSuffix("|[]") })
        #expect(facts(copies) == one + Array([[String]](repeating: copy, count: copies - 1).joined()))
    }

    /// `his` never stands for a name the text has called `she`.
    @Test func aPronounTakesNoNameOfTheOtherSex() {
        let text = """
            Madeline Tarnow was a skilled rider in 1890. In 1891, she toured the south.

            The Tarnow family moved to Australia in 1894. His wife Kintchie died in February 1917.
            """
        let facts = SubjectNaming.facts(in: FactSelector().read(SourceText(name: "t.txt", text: text)))
        #expect(facts.contains { $0.text == "In 1891, Madeline Tarnow toured the south." })
        let kintchie = facts.first { $0.text.contains("Kintchie") }
        #expect(kintchie?.text.hasPrefix("His wife") == true)
        #expect(kintchie?.context != nil)
    }

    /// `Jenner's nephew assisted. He was born in 1737.`: the `he` is the nephew, whom the text names
    /// only through Jenner; giving the card Jenner's name would teach a false birth date.
    @Test func aHeAfterAnOwnersRelativeIsNotTheOwner() {
        let text = """
            Edward Tarn was a physician. Tarn was born on 17 May 1749. Tarn studied the cuckoo in 1787.
            Tarn's nephew assisted in the study. He was born on 30 June 1737.
            Tarn wrote to the Society in 1788. He was elected a fellow in 1789.
            """
        let facts = SubjectNaming.facts(in: FactSelector().read(SourceText(name: "t.txt", text: text)))
        let nephew = facts.first { $0.text.contains("1737") }
        #expect(nephew?.text == "He was born on 30 June 1737.")
        #expect(nephew?.context == "Tarn's nephew assisted in the study.")
        #expect(facts.contains { $0.text == "Tarn was elected a fellow in 1789." })
    }
}

extension SubjectNamingTests {
    /// `He led his company … He was later appointed Duke of Valmy in 1808.`: a context that itself
    /// opens on the unnamed pronoun is shown with the sentence before it, which names the person.
    @Test func aContextOpeningOnAPronounBringsTheSentenceBeforeIt() {
        let text = """
            Strasbourg was home to many soldiers. Marshal Kellermann and General Kléber were born there.
            He led his company to victory at the battle of Valmy. He was later appointed Duke of Valmy in 1808.
            """
        let facts = SubjectNaming.facts(in: FactSelector().read(SourceText(name: "t.txt", text: text)))
        let duke = facts.first { $0.text.contains("1808") }
        #expect(
            duke?.context
                == "Marshal Kellermann and General Kléber were born there. He led his company to victory at the battle of Valmy."
        )
    }
}
