import Testing

@testable import RecallModel

/// The quick reader of typed dates answers as the date finder does wherever it answers, and a card
/// read once (`AnswerKey`) grades as reading it on every check does, over the grading table and
/// thousands of seeded answers: the forms of random values, each with one digit changed, and random
/// strings of date words, numbers and marks.
@Suite struct TypedDateReaderTests {
    /// Pieces of answers, right and wrong: numbers of every length, words the forms use, misspelt
    /// ones, words they do not, and marks.
    static let pieces: [String] = [
        "16", "1", "31", "32", "0", "00", "7", "12", "13", "05", "78", "241", "264", "800", "1800", "1900",
        "1925", "1952", "1990", "2000", "0952", "19520", "99999", "1,000", "3.5", "16th", "1st", "2nd", "3rd",
        "19th", "21st", "19st", "December", "december", "DECEMBER", "Dec", "Dec.", "Sept", "sept.", "May",
        "may", "Mrach", "Decmber", "Jun", "Jum", "Feburary", "spring", "Summer", "fall", "winter", "century",
        "centuries", "centruy", "nineteenth", "ninteenth", "first", "second", "seventh", "twenty", "BC",
        "B.C.", "BCE", "bc", "AD", "A.D.", "ad", "CE", "C.E.", "in", "In", "on", "the", "The", "of", "about",
        "around", "circa", "c", "at", "by", "year", "early", "mid", "late", "mid-", "early-", "end",
        "beginning",
        "start", "middle", "half", "to", "until", "till", "through", "thru", "and", "from", "between", "s",
        "'s", "’s", ",", ".", "-", "–", "—", "/", "'", "abc", "Monday", "then", "x", "é",
    ]

    static func randomAnswer(_ generator: inout SeededGenerator) -> String {
        var text = ""
        for index in 0..<Int.random(in: 1...6, using: &generator) {
            if index > 0 {
                let roll = Int.random(in: 0..<10, using: &generator)
                text += roll < 7 ? " " : roll < 9 ? "" : "  "
            }
            text += pieces.randomElement(using: &generator)!
        }
        return text
    }

    /// The grading table's answers, the property test's forms with each digit changed, and random
    /// strings of pieces.
    static func answers() -> [String] {
        var answers = GradingTableTests.rows.map(\.typed) + GradingTableTests.choiceRows.map(\.typed)
        answers += GradingTableTests.periodRows.map(\.typed)
        var generator = SeededGenerator(seed: 14_2026)
        for _ in 0..<600 {
            let (_, forms) = GradingPropertyTests.sample(&generator)
            for form in forms {
                answers.append(form)
                answers.append(contentsOf: GradingPropertyTests.oneDigitChanged(form).prefix(3))
            }
        }
        for _ in 0..<8_000 { answers.append(randomAnswer(&generator)) }
        return answers
    }

    @Test func theQuickReaderAnswersAsTheDateFinderDoes() {
        var answered = 0
        let answers = Self.answers()
        for text in answers {
            // `read` asks the quick reader after its own checks for a bare year and an ambiguous date.
            #expect(DateAnswer.read(text) == DateAnswer.readInFull(text), "\(text)")
            if TypedDateReader.read(text) != nil { answered += 1 }
        }
        // Most forms, and many random strings, are read quickly; the rest go to the date finder.
        #expect(answered > answers.count / 4, "\(answered) of \(answers.count)")
    }

    @Test func theCommonFormsAreReadQuickly() {
        for text in [
            "16 Dec 1925", "December 16, 1925", "1925-12-16", "16.12.1925", "16th of December 1925",
            "March 1947",
            "march of 1947", "Mrach 1947", "1990s", "the 1990's", "1800s", "19th century",
            "seventh century BC",
            "1878-1921", "1878 – 1921", "1877-78", "from 1878 to 1921", "between 1878 and 1921",
            "spring 1943",
            "the summer of 1943", "late 1905", "mid-1990s", "the end of 1905", "in the first half of 1905",
            "264 BC", "800 AD", "in 1952", "around 1952",
        ] {
            #expect(TypedDateReader.read(text) != nil, "\(text)")
        }
    }

    @Test func aCenturyKeepsWhetherItWasWrittenAsItsHundreds() {
        for (text, hundreds) in [
            ("1800s", true), ("the 1800's", true), ("19th century", false), ("the nineteenth century", false),
            ("19th centruy", false),
        ] {
            guard case .date(let read) = DateAnswer.read(text),
                case .date(let full) = DateAnswer.readInFull(text)
            else {
                Issue.record("\(text) is not read as a date")
                continue
            }
            #expect(read.value == .century(1800) && read.hundreds == hundreds, "\(text)")
            #expect(full == read, "\(text)")
        }
    }

    /// Cards of every date kind the checker reads: cloze, period, choice and a basic card's date.
    static func cards(_ generator: inout SeededGenerator) -> [Question] {
        var cards: [Question] = []
        for _ in 0..<60 {
            let (value, forms) = GradingPropertyTests.sample(&generator)
            cards.append(
                .cloze(
                    ClozeQuestion(
                        text: "____", answer: forms[0], value: value, sentence: forms[0], context: nil,
                        source: SourceReference(sentence: forms[0], line: 1))))
            cards.append(.basic(BasicQuestion(front: "When?", back: forms[0])))
            let year = value.firstYear ?? 1
            if value.granularity == .year || value.granularity == .day, year != 0,
                let century = PeriodQuestion.century(of: year)
            {
                cards.append(
                    .period(
                        PeriodQuestion(
                            text: "____", date: forms[0], dateValue: value, answer: century.text,
                            value: century.value, sentence: forms[0], context: nil,
                            source: SourceReference(sentence: "", line: 1))))
            }
        }
        cards.append(GradingTableTests.choice)
        return cards
    }

    @Test func anAnswerKeyGradesAsTheCheckerDoes() {
        var generator = SeededGenerator(seed: 21_1900)
        let cards = Self.cards(&generator)
        let keys = cards.map(AnswerKey.init)
        let answers = Self.answers()
        var graded = 0
        for (index, text) in answers.enumerated() {
            // Each answer against a few cards, so that every card meets thousands of answers.
            for offset in 0..<3 {
                let card = (index * 7 + offset * 31) % cards.count
                let key = keys[card].check(text)
                let checked = AnswerChecker.check(text, against: cards[card])
                #expect(key == checked, "\(cards[card]) / \(text)")
                graded += 1
            }
        }
        #expect(graded > 30_000)
    }
}
