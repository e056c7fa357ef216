import Testing

@testable import RecallModel

@Suite struct AnswerCheckerTests {
    func cloze(_ answer: String) -> Question {
        var finder = DateFinder()
        let value = finder.dates(in: answer).first!.value
        return .cloze(
            ClozeQuestion(
                text: "____", answer: answer, value: value, sentence: answer, context: nil,
                source: SourceReference(sentence: answer, line: 1)))
    }

    @Test(arguments: [
        "1925-12-16", "16 Dec 1925", "December 16, 1925", "16.12.1925", "12/16/1925", "16th December 1925",
        " on 16 December 1925 ",
    ])
    func fullDatesInEveryForm(_ typed: String) {
        #expect(AnswerChecker.check(typed, against: cloze("16 December 1925")) == .right)
    }

    @Test(arguments: ["1877-78", "1877 to 1878", "1877–1878", "between 1877 and 1878"])
    func rangesEitherWay(_ typed: String) {
        #expect(AnswerChecker.check(typed, against: cloze("1877–78")) == .right)
    }

    @Test func partialCredit() {
        #expect(
            AnswerChecker.check("1925", against: cloze("16 December 1925"))
                == .partlyRight("the year is right; the day and month are missing"))
        #expect(
            AnswerChecker.check("December 1925", against: cloze("16 December 1925"))
                == .partlyRight("the month is right; the day is missing"))
        #expect(AnswerChecker.check("1926", against: cloze("16 December 1925")) == .wrong)
        #expect(AnswerChecker.check("1953", against: cloze("1952")) == .wrong)
        #expect(AnswerChecker.check("", against: cloze("1952")) == .wrong)
    }

    @Test func yearlessDatesAreAskedWithoutTheYear() {
        var finder = DateFinder(contextYear: 2022)
        let value = finder.dates(in: "On 25 February, it abstained.").first!.value
        let question = Question.cloze(
            ClozeQuestion(
                text: "On ____", answer: "25 February", value: value, sentence: "", context: nil,
                source: .init(sentence: "", line: 1)))
        #expect(AnswerChecker.check("25 Feb", against: question) == .right)
        #expect(AnswerChecker.check("25 February 2022", against: question) == .right)
    }

    @Test func textToleratesCaseDiacriticsAndOneTypoInFive() {
        #expect(AnswerChecker.textMatches("Erdogan", "Erdoğan"))
        #expect(AnswerChecker.textMatches("montreux convention", "Montreux Convention!"))
        #expect(AnswerChecker.textMatches("Montruex Convention", "Montreux Convention"))
        #expect(!AnswerChecker.textMatches("Mntrx Cnvntion", "Montreux Convention"))
        #expect(AnswerChecker.textMatches("Pars", "Paris"))
        #expect(!AnswerChecker.textMatches("Prs", "Paris"))
        #expect(!AnswerChecker.textMatches("Rome", "Roma"))
        #expect(AnswerChecker.textMatches("Istanbul", "İstanbul"))
    }

    @Test func choicesByLetterOrText() {
        let question = Question.choice(
            ChoiceQuestion(
                text: "____", options: ["1950", "1952", "1954", "1949"], answerIndex: 1, value: .year(1952),
                sentence: "",
                context: nil, source: .init(sentence: "", line: 1)))
        #expect(AnswerChecker.check("b", against: question) == .right)
        #expect(AnswerChecker.check("B)", against: question) == .right)
        #expect(AnswerChecker.check("1952", against: question) == .right)
        #expect(AnswerChecker.check("a", against: question) == .wrong)
        #expect(AnswerChecker.check("1954", against: question) == .wrong)
    }

    @Test func timelinesShowWhichPositionsAreWrong() {
        func item(_ timex: String) -> TimelineQuestion.Item {
            .init(
                factID: timex, label: timex, date: timex, value: DateValue(timex: timex)!,
                source: .init(sentence: "", line: 1))
        }
        let question = Question.timeline(
            TimelineQuestion(items: [item("1952"), item("1947"), item("1936"), item("1945")]))
        #expect(AnswerChecker.check("CDBA", against: question) == .right)
        #expect(AnswerChecker.check("c d b a", against: question) == .right)
        #expect(AnswerChecker.check("CBDA", against: question) == .partlyRight("positions 2, 3 wrong"))
        #expect(AnswerChecker.check("ABCD", against: question) == .wrong)
        // A letter that is no item, or not every item once, is asked again rather than graded.
        #expect(AnswerChecker.check("CDBE", against: question) == .retry("not an option: A–D"))
        #expect(
            AnswerChecker.check("CDB", against: question)
                == .retry("type each of the 4 letters once, earliest first"))
    }
}
