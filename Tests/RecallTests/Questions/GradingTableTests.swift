import Testing

@testable import RecallModel

/// One grading table: what a card shows, what a student types, and the verdict. Cards marked
/// `@YEAR` are set in a story of that year (`27 February` read in 1849).
@Suite struct GradingTableTests {
    static let rows: [(card: String, typed: String, verdict: String)] = [
        // Wrong dates accepted before: a wrong digit is wrong whatever the words around it.
        ("16 December 1925", "16 December 1952", "wrong"),
        ("16 December 1925", "15 December 1925", "wrong"),
        ("16 December 1925", "6 December 1925", "wrong"),
        ("March 1947", "March 1974", "wrong"),
        ("19th century", "18th century", "wrong"),
        ("between 1878 and 1921", "between 1887 and 1912", "wrong"),
        ("seventh century BC", "seventh century", "wrong"),
        ("25 February @2022", "24 February", "wrong"),
        ("4 July 1967", "4 July 1967", "right"),
        ("4 July 1967", "4 Jly 1967", "right"),
        ("4 July 1967", "4 Julyy 1967", "right"),
        // A full date in every common form.
        ("16 December 1925", "1925-12-16", "right"),
        ("16 December 1925", "16 Dec 1925", "right"),
        ("16 December 1925", "16 Dec. 1925", "right"),
        ("16 December 1925", "December 16, 1925", "right"),
        ("16 December 1925", "December 16 1925", "right"),
        ("16 December 1925", "Dec 16, 1925", "right"),
        ("16 December 1925", "16.12.1925", "right"),
        ("16 December 1925", "16/12/1925", "right"),
        ("16 December 1925", "12/16/1925", "right"),
        ("16 December 1925", "16th December 1925", "right"),
        ("16 December 1925", "16th of December 1925", "right"),
        ("16 December 1925", "December 16th, 1925", "right"),
        ("16 December 1925", "on 16 December 1925", "right"),
        ("16 December 1925", " 16 december 1925 ", "right"),
        ("16 December 1925", "16 DECEMBER 1925", "right"),
        // Each digit of a full date.
        ("16 December 1925", "26 December 1925", "wrong"),
        ("16 December 1925", "17 December 1925", "wrong"),
        ("16 December 1925", "10 December 1925", "wrong"),
        ("16 December 1925", "16 December 2925", "wrong"),
        ("16 December 1925", "16 December 1825", "wrong"),
        ("16 December 1925", "16 December 1935", "wrong"),
        ("16 December 1925", "16 December 1926", "wrong"),
        ("16 December 1925", "16 December 1920", "wrong"),
        ("16 December 1925", "1925-12-17", "wrong"),
        ("16 December 1925", "1925-11-16", "wrong"),
        ("16 December 1925", "1925-02-16", "wrong"),
        ("16 December 1925", "1926-12-16", "wrong"),
        ("16 December 1925", "16 November 1925", "wrong"),
        ("16 December 1925", "16.11.1925", "wrong"),
        ("16 December 1925", "December 61, 1925", "wrong"),
        // Less precision is partly right, and says what is missing.
        ("16 December 1925", "1925", "partly: the year is right; the day and month are missing"),
        ("16 December 1925", "December 1925", "partly: the month is right; the day is missing"),
        ("16 December 1925", "16 December", "partly: the day and month are right; the year is missing"),
        ("16 December 1925", "December", "partly: the month is right; the day and year are missing"),
        ("16 December 1925", "1920s", "partly: the decade is right; the date is missing"),
        ("16 December 1925", "1930s", "wrong"),
        ("16 December 1925", "1926", "wrong"),
        // Month names with typos that read as one month only.
        ("16 December 1925", "16 Decmber 1925", "right"),
        ("16 December 1925", "16 Dcember 1925", "right"),
        ("16 December 1925", "16 Decembre 1925", "right"),
        ("16 December 1925", "16 Decemebr 1925", "right"),
        ("March 1947", "Mrach 1947", "right"),
        ("March 1947", "Marhc 1947", "right"),
        ("March 1947", "Mrach 1974", "wrong"),
        ("27 February 1849", "27 Feburary 1849", "right"),
        ("27 February 1849", "27 Febuary 1849", "right"),
        ("27 February 1849", "27 Febrary 1849", "right"),
        ("8 September 2016", "8 Setpember 2016", "right"),
        ("8 September 2016", "8 Septmber 2016", "right"),
        ("8 September 2016", "8 Sept 2016", "right"),
        ("8 September 2016", "8 Sep 2016", "right"),
        ("August 1914", "Agust 1914", "right"),
        ("August 1914", "Augst 1914", "right"),
        ("January 1919", "Januray 1919", "right"),
        ("January 1919", "Janury 1919", "right"),
        ("October 1917", "Ocotber 1917", "right"),
        ("November 1918", "Novmber 1918", "right"),
        ("April 1945", "Apirl 1945", "right"),
        ("July 1789", "Juyl 1789", "right"),
        // Near misses that name another month are wrong.
        ("January 1919", "Jun 1919", "wrong"),
        ("June 1919", "Jan 1919", "wrong"),
        ("June 1919", "Jum 1919", "wrong"),
        ("June 1919", "July 1919", "wrong"),
        ("July 1919", "Jun 1919", "wrong"),
        ("March 1947", "May 1947", "wrong"),
        ("March 1947", "Mar 1947", "right"),
        ("May 1947", "Mya 1947", "right"),
        ("May 1947", "Mar 1947", "wrong"),
        // Years.
        ("1952", "1952", "right"),
        ("1952", "in 1952", "right"),
        ("1952", "In 1952.", "right"),
        ("1952", "the year 1952", "right"),
        ("1952", "around 1952", "right"),
        ("1952", "1953", "wrong"),
        ("1952", "1962", "wrong"),
        ("1952", "1852", "wrong"),
        ("1952", "2952", "wrong"),
        ("1952", "1925", "wrong"),
        ("1952", "952", "wrong"),
        ("1952", "19520", "wrong"),
        ("1952", "nineteen fifty-two", "wrong"),
        ("1952", "1952 or 1953", "wrong"),
        ("1952", "", "wrong"),
        ("1952", "abc", "wrong"),
        // More precision than the card asks is right when it agrees.
        ("1925", "December 1925", "right"),
        ("1925", "16 December 1925", "right"),
        ("1925", "spring 1925", "right"),
        ("1925", "December 1926", "wrong"),
        ("1925", "1925-12-16", "right"),
        ("1925", "1950s", "wrong"),
        ("1925", "1920s", "partly: the decade is right; the year is missing"),
        ("1925", "20th century", "partly: the century is right; the year is missing"),
        ("1925", "19th century", "wrong"),
        // A century holds a year as historians count (1801 to 1900 for the 19th); `the 1800s` is
        // read as the 19th century and holds only the years both readings hold, 1801 to 1899.
        ("1900", "19th century", "partly: the century is right; the year is missing"),
        ("1900", "the nineteenth century", "partly: the century is right; the year is missing"),
        ("1900", "1800s", "wrong"),
        ("1900", "the 1800s", "wrong"),
        ("1900", "1900s", "wrong"),
        ("1900", "20th century", "wrong"),
        ("1850", "1800s", "partly: the century is right; the year is missing"),
        ("1850", "the 1800s", "partly: the century is right; the year is missing"),
        ("1850", "19th century", "partly: the century is right; the year is missing"),
        ("1850", "1900s", "wrong"),
        ("1801", "1800s", "partly: the century is right; the year is missing"),
        ("1899", "1800s", "partly: the century is right; the year is missing"),
        ("1800", "1800s", "wrong"),
        ("1800", "19th century", "wrong"),
        ("1800", "18th century", "partly: the century is right; the year is missing"),
        ("1800", "1700s", "wrong"),
        ("2000", "20th century", "partly: the century is right; the year is missing"),
        ("2000", "1900s", "wrong"),
        ("250 BC", "3rd century BC", "partly: the century is right; the year is missing"),
        ("300 BC", "3rd century BC", "partly: the century is right; the year is missing"),
        ("301 BC", "3rd century BC", "wrong"),
        ("201 BC", "3rd century BC", "partly: the century is right; the year is missing"),
        ("200 BC", "3rd century BC", "wrong"),
        ("27 February @1849", "27 February 1849", "right"),
        ("27 February @1849", "27 February", "right"),
        ("27 February @1849", "February 27", "right"),
        ("27 February @1849", "27 Feb", "right"),
        ("27 February @1849", "27 February 1850", "wrong"),
        ("27 February @1849", "28 February", "wrong"),
        ("27 February @1849", "February", "partly: the month is right; the day is missing"),
        ("25 February @2022", "25 February", "right"),
        ("25 February @2022", "25 February 2022", "right"),
        ("25 February @2022", "2022-02-25", "right"),
        ("25 February @2022", "25 February 2021", "wrong"),
        ("25 February @2022", "26 February 2022", "wrong"),
        ("March 1947", "12 March 1947", "right"),
        ("March 1947", "12 April 1947", "wrong"),
        ("March 1947", "12 March 1948", "wrong"),
        // Months.
        ("March 1947", "March 1947", "right"),
        ("March 1947", "March, 1947", "right"),
        ("March 1947", "march of 1947", "right"),
        ("March 1947", "1947", "partly: the year is right; the month is missing"),
        ("March 1947", "March", "partly: the month is right; the year is missing"),
        ("March 1947", "April 1947", "wrong"),
        ("March 1947", "March 1948", "wrong"),
        ("March 1947", "March 1937", "wrong"),
        // Seasons.
        ("spring 1943", "spring 1943", "right"),
        ("spring 1943", "Spring 1943", "right"),
        ("spring 1943", "the spring of 1943", "right"),
        ("spring 1943", "1943", "partly: the year is right; the season is missing"),
        ("spring 1943", "summer 1943", "wrong"),
        ("spring 1943", "spring 1944", "wrong"),
        // Decades.
        ("the 1990s", "1990s", "right"),
        ("the 1990s", "the 1990s", "right"),
        ("the 1990s", "1990's", "right"),
        ("the 1990s", "1980s", "wrong"),
        ("the 1990s", "1890s", "wrong"),
        ("the 1990s", "1995", "wrong"),
        ("the 1990s", "1900s", "wrong"),
        ("the 1990s", "20th century", "wrong"),
        ("the 1990s", "1990", "wrong"),
        // Centuries, and the era that must match.
        ("19th century", "19th century", "right"),
        ("19th century", "the 19th century", "right"),
        ("19th century", "nineteenth century", "right"),
        ("19th century", "ninteenth century", "right"),
        ("19th century", "19th centruy", "right"),
        ("19th century", "1800s", "right"),
        ("19th century", "the 1800s", "right"),
        ("19th century", "20th century", "wrong"),
        ("19th century", "18th century", "wrong"),
        ("19th century", "1900s", "wrong"),
        ("19th century", "1850s", "wrong"),
        ("19th century", "1850", "wrong"),
        ("19th century", "19th century BC", "wrong"),
        ("19th century", "eighteenth century", "wrong"),
        ("seventh century BC", "seventh century BC", "right"),
        ("seventh century BC", "7th century BC", "right"),
        ("seventh century BC", "7th century B.C.", "right"),
        ("seventh century BC", "7th century BCE", "right"),
        ("seventh century BC", "7th century", "wrong"),
        ("seventh century BC", "6th century BC", "wrong"),
        ("seventh century BC", "8th century BC", "wrong"),
        ("seventh century BC", "sixth century BC", "wrong"),
        ("264 BC", "264 BC", "right"),
        ("264 BC", "264 B.C.", "right"),
        ("264 BC", "264 BCE", "right"),
        ("264 BC", "264 bc", "right"),
        ("264 BC", "264", "wrong"),
        ("264 BC", "AD 264", "wrong"),
        ("264 BC", "263 BC", "wrong"),
        ("264 BC", "274 BC", "wrong"),
        ("264 BC", "364 BC", "wrong"),
        ("264 BC", "246 BC", "wrong"),
        ("AD 800", "800", "right"),
        ("AD 800", "AD 800", "right"),
        ("AD 800", "800 AD", "right"),
        ("AD 800", "800 CE", "right"),
        ("AD 800", "800 BC", "wrong"),
        ("AD 800", "801", "wrong"),
        // Ranges need both ends; one end alone is partly right.
        ("between 1878 and 1921", "between 1878 and 1921", "right"),
        ("between 1878 and 1921", "1878–1921", "right"),
        ("between 1878 and 1921", "1878-1921", "right"),
        ("between 1878 and 1921", "1878 - 1921", "right"),
        ("between 1878 and 1921", "1878 to 1921", "right"),
        ("between 1878 and 1921", "from 1878 to 1921", "right"),
        ("between 1878 and 1921", "1878", "partly: that is one end of the range; the other is missing"),
        ("between 1878 and 1921", "1921", "partly: that is one end of the range; the other is missing"),
        ("between 1878 and 1921", "1900", "wrong"),
        ("between 1878 and 1921", "1878–1922", "wrong"),
        ("between 1878 and 1921", "1877–1921", "wrong"),
        ("between 1878 and 1921", "1878–1931", "wrong"),
        ("between 1878 and 1921", "1888–1921", "wrong"),
        ("between 1878 and 1921", "1921–1878", "wrong"),
        ("1877–78", "1877–78", "right"),
        ("1877–78", "1877-78", "right"),
        ("1877–78", "1877 to 1878", "right"),
        ("1877–78", "1877–1878", "right"),
        ("1877–78", "1877", "partly: that is one end of the range; the other is missing"),
        ("1877–78", "1877-79", "wrong"),
        ("1877–78", "1876-78", "wrong"),
        ("from 264 BC to 241 BC", "264 to 241 BC", "right"),
        ("from 264 BC to 241 BC", "264–241 BC", "right"),
        ("from 264 BC to 241 BC", "from 264 BC to 241 BC", "right"),
        ("from 264 BC to 241 BC", "264 to 241", "wrong"),
        ("from 264 BC to 241 BC", "264 to 242 BC", "wrong"),
        ("June 6–8, 1944", "June 6–8, 1944", "right"),
        ("June 6–8, 1944", "6–8 June 1944", "right"),
        ("June 6–8, 1944", "June 6, 1944", "partly: that is one end of the range; the other is missing"),
        ("June 6–8, 1944", "June 7, 1944", "wrong"),
        ("June 6–8, 1944", "June 6–9, 1944", "wrong"),
        // Parts of a period: early, mid, late, the end of.
        ("late 1905", "late 1905", "right"),
        ("late 1905", "Late 1905", "right"),
        ("late 1905", "the end of 1905", "right"),
        ("late 1905", "second half of 1905", "right"),
        ("early 1905", "first half of 1905", "right"),
        ("early 1905", "the beginning of 1905", "right"),
        ("late 1905", "in late 1905", "right"),
        ("late 1905", "1905", "partly: the year is right; “late” is missing"),
        ("late 1905", "early 1905", "wrong"),
        ("late 1905", "mid-1905", "wrong"),
        ("late 1905", "late 1906", "wrong"),
        ("late 1905", "December 1905", "right"),
        ("late 1905", "February 1905", "wrong"),
        ("early 1990s", "early 1990s", "right"),
        ("early 1990s", "the early 1990s", "right"),
        ("early 1990s", "1990s", "partly: the decade is right; “early” is missing"),
        ("early 1990s", "late 1990s", "wrong"),
        ("early 1990s", "early 1980s", "wrong"),
        ("the mid-19th century", "mid-19th century", "right"),
        ("the mid-19th century", "the middle of the 19th century", "right"),
        ("the mid-19th century", "19th century", "partly: the century is right; “mid” is missing"),
        ("the mid-19th century", "mid-18th century", "wrong"),
        ("the mid-19th century", "early 19th century", "wrong"),
        ("late March 1947", "late March 1947", "right"),
        ("late March 1947", "March 1947", "partly: the month is right; “late” is missing"),
        ("late March 1947", "early March 1947", "wrong"),
        ("1905", "late 1905", "right"),
        // Numeric dates whose order is unclear are asked again.
        ("8 September 2016", "9/8/2016", "retry"),
        ("8 September 2016", "8/9/2016", "retry"),
        ("8 September 2016", "09/08/2016", "retry"),
        ("8 September 2016", "9.8.2016", "retry"),
        ("8 September 2016", "9-8-2016", "retry"),
        ("8 September 2016", "9/8", "retry"),
        ("8 September 2016", "2016-09-08", "right"),
        ("8 September 2016", "September 8, 2016", "right"),
        ("8 September 2016", "8 September 2016", "right"),
        ("8 September 2016", "2016-08-09", "wrong"),
        ("8 September 2016", "25/9/2016", "wrong"),
        ("16 December 1925", "5/5/1925", "wrong"),
    ]

    static let choice = Question.choice(
        ChoiceQuestion(
            text: "Turkey joined NATO in ____.", options: ["1941", "1954", "1963", "1952"], answerIndex: 3,
            value: .year(1952), sentence: "", context: nil, source: .init(sentence: "", line: 1)))

    static let choiceRows: [(typed: String, verdict: String)] = [
        ("d", "right"), ("D", "right"), ("d)", "right"), ("D.", "right"), ("1952", "right"),
        ("in 1952", "right"), ("a", "wrong"), ("b", "wrong"), ("1954", "wrong"), ("1941", "wrong"),
        ("e", "retry: not an option: A–D"), ("z", "retry: not an option: A–D"),
        ("1950", "retry: not an option: A–D"), ("hello", "retry: not an option: A–D"),
        ("1925", "retry: not an option: A–D"), ("9/8/2016", "retry: ambiguous: write the month as a word"),
    ]

    /// Which-century and which-decade cards, as the deck builder makes them from a date: a typed
    /// period must be the card's and hold its date.
    static let periodRows: [(card: String, typed: String, verdict: String)] = [
        ("century of 1900", "19th century", "right"),
        ("century of 1900", "the nineteenth century", "right"),
        ("century of 1900", "1800s", "wrong"),
        ("century of 1900", "the 1800s", "wrong"),
        ("century of 1900", "1900s", "wrong"),
        ("century of 1900", "20th century", "wrong"),
        ("century of 1900", "1900", "wrong"),
        ("century of 1850", "1800s", "right"),
        ("century of 1850", "the 1800s", "right"),
        ("century of 1850", "19th century", "right"),
        ("century of 1850", "1900s", "wrong"),
        ("century of 1850", "18th century", "wrong"),
        ("century of 1801", "1800s", "right"),
        ("century of 1899", "the 1800s", "right"),
        ("century of 1800", "18th century", "right"),
        ("century of 1800", "1800s", "wrong"),
        ("century of 1800", "1700s", "wrong"),
        ("century of 1952", "1900s", "right"),
        ("century of 1952", "20th century", "right"),
        ("century of 2000", "20th century", "right"),
        ("century of 2000", "1900s", "wrong"),
        ("century of 2000", "2000s", "wrong"),
        ("century of 2001", "21st century", "right"),
        // `the 2000s` is the decade 2000–2009, as the text reader takes it, not the 21st century.
        ("century of 2001", "2000s", "wrong"),
        ("century of 250 BC", "3rd century BC", "right"),
        ("century of 250 BC", "3rd century", "wrong"),
        ("century of 300 BC", "the 3rd century BC", "right"),
        ("century of 301 BC", "4th century BC", "right"),
        ("century of 301 BC", "3rd century BC", "wrong"),
        ("decade of 1955", "1950s", "right"),
        ("decade of 1955", "the 1950's", "right"),
        ("decade of 1955", "1960s", "wrong"),
        ("decade of 1955", "1900s", "wrong"),
        ("decade of 1955", "20th century", "wrong"),
        ("decade of 1955", "1955", "wrong"),
    ]

    /// The period card `century of 1900` or `decade of 1955` stands for.
    static func periodQuestion(_ card: String) -> Question {
        let words = card.split(separator: " ", maxSplits: 2)
        var finder = DateFinder()
        let date = finder.dates(in: String(words[2])).first!
        let year = date.value.firstYear!
        let period =
            words[0] == "century" ? PeriodQuestion.century(of: year)! : PeriodQuestion.decade(of: year)!
        return .period(
            PeriodQuestion(
                text: "It happened in ____.", date: date.text, dateValue: date.value, answer: period.text,
                value: period.value, sentence: "It happened in \(date.text).", context: nil,
                source: SourceReference(sentence: "", line: 1)))
    }

    static func question(_ card: String) -> Question {
        var shown = card
        var finder = DateFinder()
        if let at = card.firstIndex(of: "@") {
            shown = String(card[..<at]).trimmingSpaces()
            finder = DateFinder(contextYear: Int(card[card.index(after: at)...]))
        }
        let date = finder.dates(in: shown).first!
        return .cloze(
            ClozeQuestion(
                text: "____", answer: date.text, value: date.value, sentence: shown, context: nil,
                source: SourceReference(sentence: shown, line: 1)))
    }

    static func verdict(_ text: String) -> AnswerChecker.Verdict? {
        switch text {
        case "right": .right
        case "wrong": .wrong
        case "retry": nil
        case _ where text.hasPrefix("partly: "): .partlyRight(String(text.dropFirst(8)))
        case _ where text.hasPrefix("retry: "): .retry(String(text.dropFirst(7)))
        default: nil
        }
    }

    @Test func theTableHasEveryFormAndAtLeastTwoHundredRows() {
        #expect(Self.rows.count + Self.choiceRows.count >= 200)
    }

    @Test(arguments: rows.indices)
    func cloze(_ row: Int) {
        let (card, typed, expected) = Self.rows[row]
        let verdict = AnswerChecker.check(typed, against: Self.question(card))
        if expected == "retry" {
            guard case .retry = verdict else {
                Issue.record("\(card) / \(typed): \(verdict), expected retry")
                return
            }
        } else {
            #expect(verdict == Self.verdict(expected), "\(card) / \(typed)")
        }
    }

    @Test(arguments: periodRows.indices)
    func period(_ row: Int) {
        let (card, typed, expected) = Self.periodRows[row]
        let question = Self.periodQuestion(card)
        #expect(AnswerChecker.check(typed, against: question) == Self.verdict(expected), "\(card) / \(typed)")
        #expect(AnswerKey(question).check(typed) == Self.verdict(expected), "\(card) / \(typed)")
    }

    @Test(arguments: choiceRows.indices)
    func choice(_ row: Int) {
        let (typed, expected) = Self.choiceRows[row]
        #expect(AnswerChecker.check(typed, against: Self.choice) == Self.verdict(expected), "\(typed)")
    }

    @Test func aChoiceTypedAsADateMustNameOneOption() {
        let question = Question.choice(
            ChoiceQuestion(
                text: "____", options: ["early 1905", "late 1905", "1907", "1903"], answerIndex: 1,
                value: .year(1905), sentence: "", context: nil, source: .init(sentence: "", line: 1)))
        #expect(AnswerChecker.check("late 1905", against: question) == .right)
        #expect(AnswerChecker.check("early 1905", against: question) == .wrong)
        #expect(
            AnswerChecker.check("1905", against: question)
                == .retry("more than one option reads so: type its letter"))
    }

    @Test func textAnswersKeepTheirNumbersExact() {
        #expect(AnswerChecker.textMatches("Apollo 11", "Apollo 11"))
        #expect(!AnswerChecker.textMatches("Apollo 13", "Apollo 11"))
        #expect(AnswerChecker.textMatches("Apolo 11 landing", "Apollo 11 landing"))
    }
}
