import Testing

@testable import RecallModel

@Suite struct DistractorGeneratorTests {
    let generator = DistractorGenerator(span: 1800...1960, latestYear: 2026)

    func options(
        _ text: String, value: DateValue, sentence: [DateValue] = [], question: String = "____",
        seed: UInt64 = 1
    ) -> [String]? {
        var random = SeededGenerator(seed: seed)
        return generator.distractors(
            for: value, text: text, sentenceDates: sentence, question: question, using: &random)
    }

    /// Digits as 9, letters as a: the form a test-wise student compares.
    func shape(_ text: String) -> String {
        var result = ""
        var last: Character = " "
        for character in text {
            let mapped: Character = character.isNumber ? "9" : character.isLetter ? "a" : character
            if mapped != last || !(mapped == "9" || mapped == "a") { result.append(mapped) }
            last = mapped
        }
        return result
    }

    @Test(arguments: [
        ("Sept. 9, 1933", DateValue.day(year: 1933, month: 9, day: 9)),
        ("9th of September 1933", .day(year: 1933, month: 9, day: 9)),
        ("1933-09-09", .day(year: 1933, month: 9, day: 9)),
        ("seventh century BC", .century(-700)),
        ("19th century", .century(1800)),
        ("1800s", .century(1800)),
        ("late 1905", .year(1905)),
        ("the 1990s", .decade(1990)),
        ("summer of 1848", .season(year: 1848, .summer)),
        ("March 1947", .month(year: 1947, month: 3)),
        ("264 BC", .year(-264)),
        ("between 1878 and 1921", .range(.year(1878), .year(1921))),
        ("1877–78", .range(.year(1877), .year(1878))),
    ])
    func optionsAreWrittenLikeTheAnswerAndReadAsOtherDates(_ text: String, _ value: DateValue) throws {
        let wrong = try #require(options(text, value: value), "no options for \(text)")
        #expect(wrong.count == 3 && Set(wrong).count == 3)
        for option in wrong {
            #expect(shape(option) == shape(text), "\(option) vs \(text)")
            guard case .date(let reading) = DateAnswer.read(option) else {
                Issue.record("\(option) does not read as a date")
                continue
            }
            #expect(reading.value != value)
            #expect(reading.value.granularity == value.granularity)
            if case .range(let start, let end) = reading.value { #expect(start.sortKey < end.sortKey) }
            if value.firstYear! < 0 { #expect(reading.value.firstYear! < 0) }
        }
    }

    @Test func aDateOfSeveralPartsGivesNoOptionMoreInCommonWithTheOthers() throws {
        for seed in 1...50 as ClosedRange<UInt64> {
            let wrong = try #require(
                options("9 August 2016", value: .day(year: 2016, month: 8, day: 9), seed: seed))
            let all = wrong + ["9 August 2016"]
            func words(_ text: String) -> Set<Substring> { Set(text.split(separator: " ")) }
            let shared = all.map { option in
                all.filter { $0 != option }.map { words($0).intersection(words(option)).count }.reduce(0, +)
            }
            #expect(Set(shared).count == 1, "\(all): \(shared)")
        }
    }

    @Test func aYearTakesEveryRankAmongItsOptions() throws {
        var ranks = [0, 0, 0, 0]
        for seed in 1...400 as ClosedRange<UInt64> {
            let wrong = try #require(options("1952", value: .year(1952), seed: seed))
            ranks[wrong.filter { Int($0)! < 1952 }.count] += 1
        }
        #expect(ranks.allSatisfy { $0 >= 60 && $0 <= 140 }, "\(ranks)")
    }

    @Test func optionsKeepTheOrderTheSentenceStates() throws {
        for seed in 1...30 as ClosedRange<UInt64> {
            let wrong = try #require(
                options(
                    "1869", value: .year(1869), sentence: [.month(year: 1859, month: 4)],
                    question: "Construction began in April 1859 and ended in ____.", seed: seed))
            #expect(wrong.allSatisfy { Int($0)! > 1859 }, "\(wrong)")
        }
        let before = try #require(
            options("1920", value: .year(1920), sentence: [.year(1922)], question: "From ____ to 1922 …"))
        #expect(before.allSatisfy { Int($0)! < 1922 && $0 != "1922" })
    }

    @Test func aYearTheSentenceShowsElsewhereIsKept() throws {
        let shown = QuestionGenerator.shownYears(among: [.range(.year(1781), .year(1868))])
        #expect(shown == [1781, 1868])
        for seed in 1...20 as ClosedRange<UInt64> {
            var random = SeededGenerator(seed: seed)
            // `(1781-1868) … was born on the ____`: the birth day keeps 1781.
            let birth = try #require(
                generator.distractors(
                    for: .day(year: 1781, month: 12, day: 11), text: "11th of December 1781",
                    sentenceDates: [.range(.year(1781), .year(1868))],
                    question: "(1781-1868) … born on the ____",
                    shownYears: shown, using: &random))
            #expect(birth.allSatisfy { $0.hasSuffix(" 1781") }, "\(birth)")
            // `(– 15 August 1118) … emperor from ____`: the reign ends in the year he died.
            let reign = try #require(
                generator.distractors(
                    for: .range(.year(1081), .year(1118)), text: "1081 to 1118",
                    sentenceDates: [.day(year: 1118, month: 8, day: 15)],
                    question: "(– 15 August 1118) … from ____",
                    shownYears: [1118], using: &random))
            #expect(reign.allSatisfy { $0.hasSuffix(" to 1118") }, "\(reign)")
        }
    }

    @Test func noOptionIsAnotherTrueDateOrAfterTheLatestYear() throws {
        let late = DistractorGenerator(span: 2000...2024, latestYear: 2025)
        var random = SeededGenerator(seed: 3)
        let wrong = try #require(
            late.distractors(
                for: .year(2023), text: "2023", sentenceDates: [.year(2021)], question: "x", using: &random))
        #expect(wrong.allSatisfy { Int($0)! <= 2025 && $0 != "2021" })
    }

    @Test func aRoundYearBCHasOptionsOfTheSameGrain() throws {
        let ancient = DistractorGenerator(span: -7000 ... -2000, latestYear: 2026)
        for (text, value, grain) in [
            ("7000 BCE", DateValue.year(-7000), 1000), ("2600 BC", .year(-2600), 100),
            ("330 BC", .year(-330), 10),
        ] {
            var random = SeededGenerator(seed: 5)
            let wrong = try #require(
                ancient.distractors(for: value, text: text, sentenceDates: [], question: "x", using: &random))
            let years = wrong.map { Int($0.prefix { $0.isNumber })! }
            #expect(years.allSatisfy { $0 % grain == 0 }, "\(text): \(wrong)")
        }
        var random = SeededGenerator(seed: 5)
        let exact = try #require(
            ancient.distractors(
                for: .year(-2611), text: "2611 BC", sentenceDates: [], question: "x", using: &random))
        #expect(exact.contains { !$0.hasPrefix("26") || !$0.dropFirst(2).hasPrefix("00") })
    }

    @Test func aDayWithoutItsYearStaysInTheNeighbouringMonths() throws {
        for seed in UInt64(1)...20 {
            let wrong = try #require(
                options("December 30", value: .day(year: 1965, month: 12, day: 30), seed: seed))
            #expect(
                wrong.allSatisfy {
                    $0.hasPrefix("December") || $0.hasPrefix("November") || $0.hasPrefix("October")
                })
        }
    }
}

extension DistractorGeneratorTests {
    /// `29 January 1886` varied by month must not offer `29 February 1886`, a day 1886 does not have.
    @Test func everyOptionIsADayTheCalendarHas() {
        for seed in UInt64(1)...40 {
            let wrong =
                options(
                    "29 January 1886", value: .day(year: 1886, month: 1, day: 29), seed: seed) ?? []
            #expect(!wrong.contains("29 February 1886"), "seed \(seed): \(wrong)")
            for option in wrong {
                guard case .day(let year?, let month, let day)? = DateFinder.parseAnswer(option) else {
                    continue
                }
                #expect(HistoricalCalendar.dayNumber(year: year, month: month, day: day) != nil, "\(option)")
            }
        }
    }
}

extension DistractorGeneratorTests {
    /// `Guy Fawkes (13 April 1570 – 31 January 1606) … planned the Gunpowder Plot of ____`: the
    /// sentence's lifespan holds the answer, so every option falls inside it too.
    @Test func anOptionStaysInsideTheSpanThatHoldsTheAnswer() {
        let life = DateValue.range(.day(year: 1570, month: 4, day: 13), .day(year: 1606, month: 1, day: 31))
        for seed in UInt64(1)...20 {
            let wrong = options("1605", value: .year(1605), sentence: [life], seed: seed) ?? []
            #expect(wrong.count == 3, "seed \(seed)")
            for option in wrong {
                let year = Int(option) ?? 0
                #expect((1570...1606).contains(year), "seed \(seed): \(wrong)")
            }
        }
    }
}
