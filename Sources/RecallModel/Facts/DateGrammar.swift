import Foundation

/// The patterns of dates over a sentence's tokens. Each method returns the match that starts at a
/// token, or nil; `simpleMatch` tries them from the longest form to the shortest.
struct DateGrammar {
    typealias Match = DateFinder.Match
    let tokens: [DateToken]
    let mode: DateFinder.Mode
    /// Where the story stands: what `the same year`, `the next day` or `two years later` count from.
    var story: StoryTime
    /// What each token can open, looked up once per token rather than once per pattern.
    let openers: [DateOpener]

    init(tokens: [DateToken], mode: DateFinder.Mode, story: StoryTime) {
        self.init(tokens: tokens, openers: tokens.map(DateOpener.init), mode: mode, story: story)
    }

    init(tokens: [DateToken], openers: [DateOpener], mode: DateFinder.Mode, story: StoryTime) {
        self.tokens = tokens
        self.mode = mode
        self.story = story
        self.openers = openers
    }

    // MARK: Ranges

    /// The longest date that starts at a token: a range when one follows, else a single date.
    func match(at index: Int) -> Match? {
        guard index >= 0, index < tokens.count, openers[index].contains(.match) else { return nil }
        // A number glued to the letters before it ("MiG1952", "Obse1910s") is part of a word, not a date.
        if let token = token(index), token.kind == .number, !token.spaceBefore,
            let previous = self.token(index - 1), previous.kind == .word
        {
            return nil
        }
        if let word = word(index), word == "between" || word == "from" {
            var first = afterApproximation(index + 1)
            if self.word(first) == "the" { first += 1 }
            if let start = simpleMatch(at: first) ?? bareDay(at: first) ?? bareMonthForRange(at: first)
                ?? bareNumberForRange(at: first)
            {
                if let range = rangeMatch(from: start, first: index, opener: word) { return range }
                // `between March 5–9, 1918`, `from April 13–15`: the opener belongs to a range of days.
                if case .range = start.value, first == index + 1 {
                    return Match(first: index, end: start.end, value: start.value)
                }
            }
            return nil
        }
        // `Saturday, June 24, 1950`: a weekday before a full date belongs to it.
        if tokens[index].isCapitalized, let word = word(index), DateVocabulary.weekdays.contains(word) {
            let next = mark(index + 1) == "," ? index + 2 : index + 1
            if var date = simpleMatch(at: next), case .day = date.value {
                date.first = index
                return date
            }
        }
        if let year = apostropheYear(at: index) { return year }
        let simple = simpleMatch(at: index)
        if let start = simple ?? bareDay(at: index) ?? bareMonthForRange(at: index)
            ?? bareNumberForRange(at: index),
            let range = rangeMatch(from: start, first: index, opener: nil)
        {
            return lifespan(from: range) ?? range
        }
        return simple ?? conjoinedDay(at: index)
    }

    /// `1073/1074 – 7 September 1134`, `64/62 BC – 12 BC`: a span whose start the text gives as two
    /// neighbouring alternatives runs from the earlier one. Not in a typed answer, where every digit
    /// written must count (`1/8–78` is no span of 1 to 78).
    func lifespan(from alternatives: Match) -> Match? {
        guard mode == .prose, case .range(let start, let other) = alternatives.value,
            let startYear = start.firstYear, let otherYear = other.firstYear, abs(otherYear - startYear) <= 2,
            (alternatives.first..<alternatives.end).contains(where: isAttachedSlash),
            isDash(alternatives.end, attached: false), let end = simpleMatch(at: alternatives.end + 1),
            end.value.isAnchored, end.value.granularity != .range, start.sortKey < end.value.sortKey
        else { return nil }
        return Match(first: alternatives.first, end: end.end, value: .range(start, end.value))
    }

    /// `17` in `the weekend of 17 and 18 December`, `3` and `10` in `on 3, 10 and 15 March`: a day
    /// listed before a full day of a month is a day of that month; `31` in `On July 29 and 31`, a day
    /// joined after one, too.
    func conjoinedDay(at index: Int) -> Match? {
        guard let (day, next) = dayNumber(at: index) else { return nil }
        var cursor = next
        while mark(cursor) == ",", let (_, after) = dayNumber(at: cursor + 1) { cursor = after }
        if let joiner = word(cursor), joiner == "and" || joiner == "or",
            let end = simpleMatch(at: cursor + 1),
            case .day(let year, let month, let endDay) = end.value, day < endDay
        {
            return Match(first: index, end: next, value: .day(year: year, month: month, day: day))
        }
        // `July 29 and 31`: the month written once, before the first day.
        guard cursor == next, endsPhrase(next), !isDash(next, attached: false), index >= 3,
            let joiner = word(index - 1),
            joiner == "and" || joiner == "or", let start = simpleMatch(at: index - 3), start.end == index - 1,
            case .day(let year, let month, let startDay) = start.value, startDay < day,
            tokens[index - 3].kind == .word, Self.isValid(day: day, month: month)
        else { return nil }
        // `March 17 and 18, 1936`: the year written once, after the last day.
        if year == nil, mark(next) == ",", let (written, afterYear) = plainYear(at: next + 1) {
            return Match(first: index, end: afterYear, value: .day(year: written, month: month, day: day))
        }
        return Match(first: index, end: next, value: .day(year: year, month: month, day: day))
    }

    /// `between 1878 and 1921`, `from 1919 to 1922`, `1920 to 1922`, `1877–78`, `16–18 December 1925`:
    /// extends `start` into a range when a connector and a second date follow.
    func rangeMatch(from start: Match, first index: Int, opener: String?) -> Match? {
        var connector = start.end
        if opener == nil, word(connector) == "or" {
            return alternatives(from: start, first: index, end: simpleMatch(at: connector + 1))
        }
        // `From May 28, 1892, to January 14, 1893`: the comma that closes a full date's year.
        if opener == "from", mark(connector) == ",", word(connector + 1) == "to", start.value.firstYear != nil
        {
            connector += 1
        }
        var isDash = mark(connector).map { DateVocabulary.dashes.contains($0) } ?? false
        // Alternatives written with a slash are one date, like a range: `August/September 1956`,
        // `31 October/1 November 2016`, `3/4 June 1944`, `d. 1323/4`.
        let isSlash = isAttachedSlash(connector)
        if isSlash, start.bareDay != nil || start.value.isAlternativeStart { isDash = true }
        // `18 March 1555/6`: a day of the months that England counted in one year and we count in the
        // next (dual dating before 1752), written like a range of the two.
        if isSlash, case .day(let year?, let month, let day) = start.value,
            let (suffix, digits) = yearSuffix(at: connector + 1, oneDigit: true),
            Self.year(after: year, endingIn: suffix, digits: digits) == year + 1
        {
            let next = DateValue.day(year: year + 1, month: month, day: day)
            return Match(first: index, end: connector + 2, value: .range(start.value, next))
        }
        if opener == "between" {
            guard word(connector) == "and" else { return nil }
        } else if !isDash {
            guard let word = word(connector), DateVocabulary.rangeWords.contains(word) else { return nil }
            if opener == nil && word != "to" && word != "through" { return nil }
        }
        connector += 1
        // `between c. 2154 BC and c. 2112 BC`; after a dash, `c.` opens the other end of a lifespan
        // (`c. 444/443 – c. 360 BC`), which `lifespan(from:)` reads.
        if opener != nil { connector = afterApproximation(connector) }
        if word(connector) == "the" { connector += 1 }
        if isDash, case .year(let startYear) = start.value, start.bareDay == nil, !start.bareNumber,
            let (suffix, digits) = yearSuffix(at: connector, oneDigit: isSlash),
            // `2013-13` ends nowhere a span could: a century on is no reading.
            suffix != startYear % (digits == 1 ? 10 : 100),
            // `1532–20 March 1568` ends on a day, not on the year 1620; `135–50 BC` on the year 50 BC.
            monthName(at: connector + 1, abbreviated: true) == nil,
            era(at: connector + 1).map({ $0.0 > 0 }) ?? true
        {
            let endYear = Self.year(after: startYear, endingIn: suffix, digits: digits)
            return Match(first: index, end: connector + 1, value: .range(.year(startYear), .year(endYear)))
        }
        if let end = simpleMatch(at: connector), end.value.granularity != .relative {
            if !start.bareNumber, let value = Self.rangeValue(start, end.value) {
                return Match(first: index, end: end.end, value: value)
            }
            // `264 to 241 BC`: the era written once, at the end.
            if case .year(let first) = start.value, first > 0, case .year(let last) = end.value, last < 0,
                first > -last
            {
                return Match(first: index, end: end.end, value: .range(.year(-first), end.value))
            }
            // `Ikunum (1933-1921)`: a span of years that counts down is before Christ, era written or not.
            if isDash, !isSlash, mode == .prose, case .year(let first) = start.value,
                case .year(let last) = end.value, last > 0, last < first,
                String(first).count == String(last).count, !writesOurEra(from: connector, to: end.end)
            {
                return Match(first: index, end: end.end, value: .range(.year(-first), .year(-last)))
            }
            // `265–420 AD`, `224 to 651 AD`: a span of our era written once, at the end.
            if isDash || word(connector - 1) == "to", case .year(let first) = start.value, first > 0,
                case .year(let last) = end.value, first < last, writesOurEra(from: connector, to: end.end)
            {
                return Match(first: index, end: end.end, value: .range(start.value, end.value))
            }
            return nil
        }
        if start.bareNumber { return nil }
        // `from February to July`: a bare month ends a range that a bare month starts.
        if case .month(nil, _) = start.value, let (month, end) = monthName(at: connector, abbreviated: false)
        {
            return Match(first: index, end: end, value: .range(start.value, .month(year: nil, month: month)))
        }
        // `Justinian (527–565)`: an early year's range ends on a number of as many digits.
        if isDash, case .year(let first) = start.value, first >= 100, let last = token(connector),
            last.kind == .number, last.digits == String(first).count, last.number > first,
            token(connector + 1).map({ $0.kind == .mark }) ?? true
        {
            return Match(first: index, end: connector + 1, value: .range(start.value, .year(last.number)))
        }
        return nil
    }

    /// `1598 or 1599`, `11 or 12 December`, `39 or 38 BC`: a date the text gives as one of two next
    /// to each other is one date, written like a range as `1323/4` is. Alternatives further apart
    /// (`30 April or 16 October`) are two dates.
    func alternatives(from start: Match, first index: Int, end: Match?) -> Match? {
        guard let end else { return nil }
        let first: DateValue
        switch (start.value, end.value) {
        case (_, .day(let year, let month, let day)):
            guard let startDay = start.bareDay, (1...2).contains(abs(day - startDay)) else { return nil }
            first = .day(year: year, month: month, day: startDay)
        case (.year(let number), .year(let last)) where start.bareNumber && last < 0:
            first = .year(-number)
            guard (1...2).contains(abs(number + last)) else { return nil }
        case (.year(let year), .year(let last)) where !start.bareNumber:
            first = start.value
            guard (1...2).contains(abs(year - last)) else { return nil }
        default:
            return nil
        }
        let (earlier, later) = first.sortKey < end.value.sortKey ? (first, end.value) : (end.value, first)
        return Match(first: index, end: end.end, value: .range(earlier, later))
    }

    /// The token after `c.`, `circa`, `about` … at `index` (`between c. 2154 BC and c. 2112 BC`), or
    /// `index` when none stands there.
    func afterApproximation(_ index: Int) -> Int {
        guard let word = word(index) else { return index }
        if word == "c" || word == "ca", mark(index + 1) == "." { return index + 2 }
        return Self.approximations.contains(word) ? index + 1 : index
    }

    static let approximations: Set<String> = ["circa", "about", "around", "approximately", "roughly"]

    /// Whether `AD` or `CE` is written among the tokens `first..<end`.
    func writesOurEra(from first: Int, to end: Int) -> Bool {
        (first..<end).contains { ["ad", "ce"].contains(tokens[$0].lower) }
    }

    /// `'89` in a story told in 1789, `the '99 class` in 1917: two digits after an apostrophe are the
    /// latest year with those digits that is not after the story's year.
    func apostropheYear(at index: Int) -> Match? {
        guard mode == .prose, let quote = mark(index), quote == "'" || quote == "’",
            index == 0 || tokens[index].spaceBefore,
            let number = token(index + 1), number.kind == .number, number.digits == 2, !number.spaceBefore,
            token(index + 2).map({ $0.spaceBefore || $0.kind == .mark && $0.lower != "'" && $0.lower != "’" })
                ?? true,
            let storyYear = story.year
        else { return nil }
        var year = storyYear / 100 * 100 + number.number
        if year > storyYear { year -= 100 }
        var match = Match(first: index, end: index + 2, value: .year(year))
        match.anchor = story.anchor
        return match
    }

    /// `264` in `264 to 241 BC`: a number that only a range ending on an era makes a year.
    func bareNumberForRange(at index: Int) -> Match? {
        guard mode == .prose, let token = token(index), token.kind == .number, (1...4).contains(token.digits),
            token.number > 0
        else { return nil }
        if let next = self.token(index + 1), next.kind == .word, !next.spaceBefore { return nil }
        let next = index + 1
        guard
            isDash(next, attached: false) || isAttachedSlash(next)
                || ["to", "and", "or"].contains(word(next) ?? "")
        else { return nil }
        var match = Match(first: index, end: next, value: .year(token.number))
        match.bareNumber = true
        return match
    }

    /// Joins two ends into a range, lending the end's year to a start that has none.
    static func rangeValue(_ startMatch: Match, _ end: DateValue) -> DateValue? {
        var start = startMatch.value
        if let day = startMatch.bareDay {
            guard case .day(let year, let month, let endDay) = end, day < endDay else { return nil }
            return .range(.day(year: year, month: month, day: day), end)
        }
        switch (start, end) {
        case (.day(nil, let month, let day), .day(let year?, _, _)),
            (.day(nil, let month, let day), .month(let year?, _)):
            start = .day(year: year, month: month, day: day)
        case (.month(nil, let month), .month(let year?, _)), (.month(nil, let month), .day(let year?, _, _)):
            start = .month(year: year, month: month)
        default:
            break
        }
        guard start.granularity != .range, end.granularity != .range else { return nil }
        if start.isAnchored && end.isAnchored && start.sortKey >= end.sortKey { return nil }
        return .range(start, end)
    }

    /// The first year after `start` whose last `digits` digits are `suffix`: 1878 for `1877–78`, 1324
    /// for `1323/4`, 1600 for `1599/0`.
    static func year(after start: Int, endingIn suffix: Int, digits: Int) -> Int {
        let size = digits == 1 ? 10 : 100
        let year = start / size * size + suffix
        return year <= start ? year + size : year
    }

    /// `78` in `1877–78`, or `4` in `1323/4` when `oneDigit` allows it: the end year's last digits.
    func yearSuffix(at index: Int, oneDigit: Bool) -> (value: Int, digits: Int)? {
        guard let token = token(index), token.kind == .number,
            token.digits == 2 || oneDigit && token.digits == 1,
            !token.spaceBefore
        else { return nil }
        if let next = self.token(index + 1), !next.spaceBefore, next.kind != .mark { return nil }
        return (token.number, token.digits)
    }

    /// A slash with no space on either side, joining two alternatives (`3/4 June`).
    func isAttachedSlash(_ index: Int) -> Bool {
        mark(index) == "/" && !tokens[index].spaceBefore && !(token(index + 1)?.spaceBefore ?? true)
    }

    /// `16` in `16–18 December 1925`: a day that only a range makes a date.
    func bareDay(at index: Int) -> Match? {
        guard let (day, next) = dayNumber(at: index) else { return nil }
        let connector =
            mark(next).map { DateVocabulary.dashes.contains($0) } ?? false || isAttachedSlash(next)
        guard connector || ["to", "and", "or"].contains(word(next) ?? "") else { return nil }
        return Match(first: index, end: next, value: .relative, bareDay: day)
    }

    /// `March` in `March–April 1947`.
    func bareMonthForRange(at index: Int) -> Match? {
        guard let (month, next) = monthName(at: index, abbreviated: false) else { return nil }
        let connector = mark(next).map { DateVocabulary.dashes.contains($0) || $0 == "/" } ?? false
        guard connector || word(next) == "to" || word(next) == "and" else { return nil }
        return Match(first: index, end: next, value: .month(year: nil, month: month))
    }

    // MARK: Single dates

    func simpleMatch(at index: Int) -> Match? {
        // Most tokens cannot start a date: only numbers and a few words can (see `DateOpener`).
        guard index >= 0, index < tokens.count, openers[index].contains(.simple) else { return nil }
        if let match = relative(at: index) { return match }
        if let match = isoDate(at: index) { return match }
        if let match = numericDate(at: index) { return match }
        if let match = dayMonthYear(at: index) { return match }
        if let match = monthDayYear(at: index) { return match }
        if let match = seasonYear(at: index) { return match }
        if let match = partOfPeriod(at: index) { return match }
        if let match = monthYear(at: index) { return match }
        if let match = decade(at: index) { return match }
        if let match = century(at: index) { return match }
        if let match = year(at: index) { return match }
        if let match = christmas(at: index) { return match }
        return bareMonth(at: index) ?? bareSeason(at: index)
    }

    /// Lower-case words that may open a date: seasons, parts, ordinals and relative phrases.
    static let lowercaseStarts: Set<String> = {
        var words: Set<String> = [
            "the", "that", "this", "early", "mid", "late", "twenty", "a", "an", "later", "earlier", "month",
            "year", "end", "beginning", "start", "middle", "close", "first", "second", "last", "latter",
            "next", "some", "several", "few", "many", "morning", "afternoon", "evening", "night",
        ]
        words.formUnion(DateVocabulary.seasons.keys)
        words.formUnion(DateVocabulary.ordinalWords.keys)
        words.formUnion(DateVocabulary.numberWords.keys)
        words.formUnion(DateVocabulary.months.keys)
        words.formUnion(DateVocabulary.monthAbbreviations.keys)
        return words
    }()

    /// `1925-12-16`.
    func isoDate(at index: Int) -> Match? {
        guard let year = token(index), year.kind == .number, year.digits == 4,
            isDash(index + 1, attached: true),
            let month = token(index + 2), month.kind == .number, month.digits == 2, !month.spaceBefore,
            (1...12).contains(month.number)
        else { return nil }
        if isDash(index + 3, attached: true), let day = token(index + 4), day.kind == .number,
            day.digits == 2,
            !day.spaceBefore, (1...31).contains(day.number)
        {
            return Match(
                first: index, end: index + 5,
                value: .day(year: year.number, month: month.number, day: day.number))
        }
        // "1947-03" in an answer; in prose "1919-22" and "the 2011-12 season" are ranges, so only a
        // leading zero makes it a month, or a hyphen before a number no range could end on ("2011-11").
        let goesBack = mark(index + 1) == "-" && month.number <= year.number % 100
        if mode == .answer || month.lower.hasPrefix("0") || goesBack {
            return Match(first: index, end: index + 3, value: .month(year: year.number, month: month.number))
        }
        return nil
    }

    /// `16.12.1925` (day first), `16/12/1925` or `12/16/1925` when only one reading is possible.
    func numericDate(at index: Int) -> Match? {
        guard let first = token(index), first.kind == .number, (1...2).contains(first.digits),
            let separator = mark(index + 1), separator == "." || separator == "/",
            let second = token(index + 2), second.kind == .number, (1...2).contains(second.digits),
            mark(index + 3) == separator,
            let year = token(index + 4), year.kind == .number, year.digits == 4,
            [index + 1, index + 2, index + 3, index + 4].allSatisfy({ !tokens[$0].spaceBefore })
        else { return nil }
        var day = first.number
        var month = second.number
        if separator == "/" {
            if first.number <= 12 && second.number <= 12 && first.number != second.number { return nil }
            if first.number <= 12 && second.number > 12 { (day, month) = (second.number, first.number) }
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return Match(first: index, end: index + 5, value: .day(year: year.number, month: month, day: day))
    }

    /// `16 December 1925`, `16th of December, 1925`, `25 February` (the year from context).
    func dayMonthYear(at index: Int) -> Match? {
        let day: Int
        var next: Int
        if let (number, afterDay) = dayNumber(at: index) {
            (day, next) = (number, afterDay)
            if word(next) == "of" { next += 1 }
        } else if let (number, afterOf) = dayInWords(at: index) {
            (day, next) = (number, afterOf)
        } else {
            return nil
        }
        guard let (month, afterMonth) = monthName(at: next, abbreviated: true) else { return nil }
        guard Self.isValid(day: day, month: month) else { return nil }
        if let (year, end) = yearAfter(afterMonth) {
            return Match(first: index, end: end, value: .day(year: year, month: month, day: day))
        }
        if let (year, end) = relativeYearAfter(afterMonth) {
            return Match(first: index, end: end, value: .day(year: year, month: month, day: day))
        }
        return Match(first: index, end: afterMonth, value: .day(year: nil, month: month, day: day))
    }

    /// `the first of November`, `the twenty-third of May`: a day in words, its article and `of` (the
    /// token after them). Only `of` and a month make an ordinal word a day (`the first attack`).
    func dayInWords(at index: Int) -> (Int, Int)? {
        guard word(index) == "the", let token = token(index + 1), token.kind == .word,
            let (day, afterDay) = ordinal(at: index + 1), (1...31).contains(day), word(afterDay) == "of"
        else { return nil }
        return (day, afterDay + 1)
    }

    /// `December 16, 1925`, `March 10` (the year from context).
    func monthDayYear(at index: Int) -> Match? {
        guard let (month, afterMonth) = monthName(at: index, abbreviated: true),
            let (day, afterDay) = dayNumber(at: afterMonth), Self.isValid(day: day, month: month)
        else { return nil }
        // "May 1, 2000 people" is not what we mean; a day must not run into another number.
        if let next = token(afterDay), next.kind == .number, !next.spaceBefore { return nil }
        // "June 6–8, 1944": a range of days in one month.
        if isDash(afterDay, attached: false), let (lastDay, afterLast) = dayNumber(at: afterDay + 1),
            lastDay > day,
            Self.isValid(day: lastDay, month: month)
        {
            let year = yearAfter(afterLast)
            let end = year?.1 ?? afterLast
            return Match(
                first: index, end: end,
                value: .range(
                    .day(year: year?.0, month: month, day: day),
                    .day(year: year?.0, month: month, day: lastDay)))
        }
        if let (year, end) = yearAfter(afterDay) ?? relativeYearAfter(afterDay) {
            return Match(first: index, end: end, value: .day(year: year, month: month, day: day))
        }
        if word(afterDay) == "of", let (year, end) = plainYear(at: afterDay + 1) {
            return Match(first: index, end: end, value: .day(year: year, month: month, day: day))
        }
        return Match(first: index, end: afterDay, value: .day(year: nil, month: month, day: day))
    }

    /// `spring 1943`, `the summer of 1943` (text from the season on).
    func seasonYear(at index: Int) -> Match? {
        guard let word = word(index), let season = DateVocabulary.seasons[word] else { return nil }
        var next = index + 1
        if self.word(next) == "of" { next += 1 }
        // `the summer of that year`, `spring the following year`.
        guard let (year, yearEnd) = plainYear(at: next) ?? relativeYearAfter(index + 1) else { return nil }
        var end = yearEnd
        // "the winter of 1709–10" is one season that spans the turn of a year.
        if season == .winter, isDash(end, attached: true),
            let (suffix, _) = yearSuffix(at: end + 1, oneDigit: false),
            suffix == (year + 1) % 100
        {
            end += 2
        }
        return Match(first: index, end: end, value: .season(year: year, season))
    }

    /// `March 1947`, `March, 1947`, `March of 1947`.
    func monthYear(at index: Int) -> Match? {
        guard let (month, afterMonth) = monthName(at: index, abbreviated: true) else { return nil }
        var next = afterMonth
        if word(next) == "of" || mark(next) == "," { next += 1 }
        guard let (year, end) = plainYear(at: next) ?? relativeYearAfter(afterMonth) else { return nil }
        return Match(first: index, end: end, value: .month(year: year, month: month))
    }

    /// `1990s`, `1990's` (a decade); `1600s` (a century); `the 2000s` and `mid-2000s` are the decade a
    /// reader of today means (the 21st century is said as such).
    func decade(at index: Int) -> Match? {
        guard let number = token(index), number.kind == .number, (3...4).contains(number.digits),
            number.number % 10 == 0
        else {
            return nil
        }
        var next = index + 1
        if let apostrophe = mark(next), apostrophe == "'" || apostrophe == "’", !tokens[next].spaceBefore {
            next += 1
        }
        guard let suffix = token(next), suffix.kind == .word, suffix.lower == "s", !suffix.spaceBefore else {
            return nil
        }
        if Self.namesACentury(hundreds: number.number) {
            return Match(first: index, end: next + 1, value: .century(number.number))
        }
        return Match(first: index, end: next + 1, value: .decade(number.number))
    }

    /// Whether `1600s` is a century: a round hundred before 2000 (`the 2000s` is a decade).
    static func namesACentury(hundreds number: Int) -> Bool {
        number % 100 == 0 && number < 2000
    }

    /// `19th century`, `nineteenth-century`, `16th` in `16th and 17th centuries`.
    func century(at index: Int) -> Match? {
        guard let (ordinal, afterOrdinal) = ordinal(at: index), (1...30).contains(ordinal) else { return nil }
        var next = afterOrdinal
        if isDash(next, attached: true) { next += 1 }
        if let word = word(next), word == "century" || word == "centuries" {
            var end = next + 1
            var value = DateValue.century((ordinal - 1) * 100)
            if let (sign, eraEnd) = era(at: end) {
                // `the 5th century AD` keeps its era in its text.
                if sign < 0 { value = .century(-ordinal * 100) }
                end = eraEnd
            }
            return Match(first: index, end: end, value: value)
        }
        // The first of two conjoined centuries: "16th and 17th centuries", "12th to the 15th century".
        if let joiner = word(afterOrdinal) ?? mark(afterOrdinal), ["and", "or", ",", "to"].contains(joiner) {
            var second = afterOrdinal + 1
            if word(second) == "the" { second += 1 }
            // `the late 17th and early 18th centuries`.
            if ["early", "mid", "late"].contains(word(second) ?? "") { second += 1 }
            if let (_, afterSecond) = self.ordinal(at: second), let word = word(afterSecond),
                word == "century" || word == "centuries"
            {
                // `the 25th and 24th centuries BC`: the era written once, after the second.
                let beforeChrist = era(at: afterSecond + 1).map { $0.sign < 0 } ?? false
                let start = beforeChrist ? -ordinal * 100 : (ordinal - 1) * 100
                return Match(first: index, end: afterOrdinal, value: .century(start))
            }
        }
        return nil
    }

    /// A year standing alone: `1952`, `(1920)`, `the 2020 war`; not `1,000 troops` or `Resolution 1973`.
    func year(at index: Int) -> Match? {
        guard let (year, end) = plainYear(at: index) else { return nil }
        if mode == .prose && (isQuantity(at: index, end: end) || isAModelName(at: index, end: end)) {
            return nil
        }
        return Match(first: index, end: end, value: .year(year))
    }

    /// `Datsun debuted the 1000, allowing …`: a number after `the` that no noun follows names a thing
    /// (a year after `the` qualifies the noun after it: `the 1257 eruption`).
    func isAModelName(at index: Int, end: Int) -> Bool {
        // `During the 1890, …` is a year (or a decade) mistyped, not a name.
        guard word(index - 1) == "the", !DateVocabulary.monthCues.contains(word(index - 2) ?? "") else {
            return false
        }
        guard let next = token(end) else { return true }
        return next.kind == .mark && [",", ".", ";", ":", ")"].contains(next.lower)
    }

    /// A month without day or year, after a cue: `in April` gives `XXXX-04`.
    func bareMonth(at index: Int) -> Match? {
        guard let (month, end) = monthName(at: index, abbreviated: mode == .answer) else { return nil }
        if mode == .prose {
            guard let cue = word(index - 1), DateVocabulary.monthCues.contains(cue) else { return nil }
            if month == 5 || month == 3,
                !["in", "since", "until", "by", "of", "early", "late", "mid"].contains(cue)
            {
                return nil
            }
        }
        return Match(first: index, end: end, value: .month(year: nil, month: month))
    }

    // MARK: Pieces

    func token(_ index: Int) -> DateToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    func word(_ index: Int) -> String? {
        guard let token = token(index), token.kind == .word else { return nil }
        return token.lower
    }

    func mark(_ index: Int) -> String? {
        guard let token = token(index), token.kind == .mark else { return nil }
        return token.lower
    }

    func isDash(_ index: Int, attached: Bool) -> Bool {
        guard let mark = mark(index), DateVocabulary.dashes.contains(mark) else { return false }
        return !attached || (!tokens[index].spaceBefore && !(token(index + 1)?.spaceBefore ?? true))
    }

    /// A month name (capitalized in prose), or an abbreviation such as `Dec` or `Sept.`.
    func monthName(at index: Int, abbreviated: Bool) -> (Int, Int)? {
        guard let token = token(index), token.kind == .word else { return nil }
        if mode == .prose && !token.isCapitalized { return nil }
        if let month = DateVocabulary.months[token.lower] { return (month, index + 1) }
        if abbreviated, let month = DateVocabulary.monthAbbreviations[token.lower] {
            if mark(index + 1) == ".", !tokens[index + 1].spaceBefore { return (month, index + 2) }
            return (month, index + 1)
        }
        return nil
    }

    /// A day of the month: `16`, `16th`, `1st`.
    func dayNumber(at index: Int) -> (Int, Int)? {
        guard let token = token(index), token.kind == .number, (1...2).contains(token.digits),
            (1...31).contains(token.number)
        else { return nil }
        if let suffix = self.token(index + 1), suffix.kind == .word, !suffix.spaceBefore {
            // `on 27May`: a text that lost the space before a month (a converted `&nbsp;`) still
            // writes a day.
            if suffix.isCapitalized, DateVocabulary.months[suffix.lower] != nil {
                return (token.number, index + 1)
            }
            guard DateVocabulary.ordinalSuffixes.contains(suffix.lower) else { return nil }
            return (token.number, index + 2)
        }
        if let next = self.token(index + 1), !next.spaceBefore, next.kind == .number || next.lower == ":" {
            return nil
        }
        return (token.number, index + 1)
    }

    /// `19th`, `21st`, `nineteenth`, `twenty-first`.
    func ordinal(at index: Int) -> (Int, Int)? {
        guard let token = token(index) else { return nil }
        if token.kind == .number, token.digits <= 2, let suffix = self.token(index + 1), suffix.kind == .word,
            !suffix.spaceBefore, DateVocabulary.ordinalSuffixes.contains(suffix.lower)
        {
            return (token.number, index + 2)
        }
        if token.kind == .word {
            if let value = DateVocabulary.ordinalWords[token.lower] { return (value, index + 1) }
            if token.lower == "twenty", isDash(index + 1, attached: true), let unit = word(index + 2),
                let value = DateVocabulary.ordinalWords[unit], value < 10
            {
                return (20 + value, index + 3)
            }
        }
        return nil
    }

    /// A year, optionally with its era: `1952`, `44 BC`, `AD 800`; prose asks for four digits.
    /// `AD`, `A.D.`, `CE`, `C.E.` (+1) or `BC`, `B.C.`, `BCE`, `B.C.E.` (-1) at a token, with the tokens it takes.
    func era(at index: Int) -> (sign: Int, end: Int)? {
        guard let first = word(index) else { return nil }
        switch first {
        case "ad", "ce": return (1, index + 1)
        case "bc", "bce": return (-1, index + 1)
        default: break
        }
        // Dotted: letters and full stops with no space between them.
        var letters = ""
        var next = index
        while let token = token(next), next == index || !token.spaceBefore {
            if token.kind == .word, token.lower.count == 1 {
                letters += token.lower
            } else if !(token.kind == .mark && token.lower == ".") {
                break
            }
            next += 1
        }
        switch letters {
        case "ad", "ce": return (1, next)
        case "bc", "bce": return (-1, next)
        default: return nil
        }
    }

    func plainYear(at index: Int) -> (Int, Int)? {
        guard let token = token(index) else { return nil }
        if token.kind == .word, token.isCapitalized || mode == .answer, let (sign, end) = era(at: index),
            sign > 0,
            let number = self.token(end), number.kind == .number, (1...4).contains(number.digits)
        {
            return (number.number, end + 1)
        }
        guard token.kind == .number, token.digits > 0 else { return nil }
        if let next = self.token(index + 1), next.kind == .word, !next.spaceBefore { return nil }
        if token.digits <= 4, let (sign, end) = era(at: index + 1) {
            return (sign * token.number, end)
        }
        if mode == .answer { return token.digits <= 4 && token.number > 0 ? (token.number, index + 1) : nil }
        if token.digits == 3, isEarlyYear(at: index) { return (token.number, index + 1) }
        guard token.digits == 4, (1000...2199).contains(token.number) else { return nil }
        return (token.number, index + 1)
    }

    /// `in 742`, `(d. 865)`, `Justinian (527–565)`: a three-digit number is a year only after a cue that
    /// dates something, and only when what follows is not a noun it counts (`in 300 ships`).
    func isEarlyYear(at index: Int) -> Bool {
        let cues = Self.earlyYearCues
        // `Justinian (527–565)`, `(476)`: a number alone in parentheses after a name, or opening a range there.
        if mark(index - 1) == "(", let name = token(index - 2), name.kind == .word, name.isCapitalized,
            let next = mark(index + 1), next == ")" || DateVocabulary.dashes.contains(next)
        {
            return true
        }
        let cue = word(index - 1) ?? (mark(index - 1) == "." ? word(index - 2) : nil)
        // `between 912 and 915`: both ends are years, unless the second counts (`between 300 and 400 men`).
        if cue == "between", word(index + 1) == "and", let start = token(index), let end = token(index + 2),
            end.kind == .number, (3...4).contains(end.digits)
        {
            // `numbering between 150 and 330`: ends more than a century apart count members, not years.
            return (1...100).contains(end.number - start.number) && !countsTheWord(at: index + 3)
        }
        // `arrived in about 540`: an approximation after a cue.
        let approximated = cue == "about" && word(index - 2).map(cues.contains) == true
        guard
            cue.map(cues.contains) == true || approximated || followsAMonthOrSeason(index)
                || followsEarlyYears(index, cues: Self.earlyListCues)
        else { return false }
        guard let next = token(index + 1) else { return true }
        if next.kind == .mark { return next.lower != "%" }
        if next.kind == .number { return false }
        return !countsTheWord(at: index + 1)
    }

    /// Whether the word at `index` is what a number before it counts: a counting noun or a plural
    /// (`in 300 ships`, `by 500 men`), or one after a word that describes it (`in 300 armed men`).
    /// A verb, a singular noun or a small word after the number leaves it a year: `in 933 routed
    /// them`, `In 920 king Charles invaded`, `in 909 because`.
    func countsTheWord(at index: Int) -> Bool {
        func isCounted(_ token: DateToken?) -> Bool {
            guard let token, token.kind == .word, !token.isCapitalized else { return false }
            return DateVocabulary.countingNouns.contains(token.lower)
                || DateVocabulary.multipliers.contains(token.lower) || Self.looksPlural(token.lower)
        }
        if isCounted(token(index)) { return true }
        guard let word = token(index), word.kind == .word, !word.isCapitalized,
            !Self.clauseWords.contains(word.lower)
        else { return false }
        return isCounted(token(index + 1))
    }

    /// Whether a lowercase word reads as a plural noun: it ends in a single `s` and is no function
    /// word that happens to (`its`, `towards`, `perhaps`).
    static func looksPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && !word.hasSuffix("is") && !notPlural.contains(word)
    }

    static let notPlural: Set<String> = [
        "towards", "afterwards", "always", "perhaps", "besides", "whereas", "unless", "nevertheless",
        "sometimes", "does", "goes", "hers", "ours", "yours", "theirs", "backwards", "forwards",
    ]

    static let earlyYearCues: Set<String> = [
        "in", "since", "by", "until", "till", "from", "around", "circa", "c", "ca", "d", "b", "r", "year",
        "before", "after",
    ]
    /// Cues that may open a list or a pair of early years (`in 796, 951 and 956`, `between 912 and 915`).
    static let earlyListCues = earlyYearCues.union(["between"])

    /// Whether a three-digit number continues a list that a cue dates: `951` and `956` in `damaged by
    /// earthquakes in 796, 951 and 956`. The items before it are looked at up to eight back.
    func followsEarlyYears(_ index: Int, cues: Set<String>) -> Bool {
        var item = index
        for _ in 0..<8 {
            var joiner = item - 1
            guard let link = token(joiner), link.lower == "," || link.lower == "and" || link.lower == "or"
            else { return false }
            if link.lower != ",", mark(joiner - 1) == "," { joiner -= 1 }
            guard let previous = token(joiner - 1), previous.kind == .number,
                (3...4).contains(previous.digits)
            else { return false }
            item = joiner - 1
            if let cue = word(item - 1), cues.contains(cue) { return true }
        }
        return false
    }

    /// Whether a number comes right after a capitalized month or a season (`8 June 218`, `April 217`,
    /// `the spring of 217`), where a reader takes three digits for a year as surely as after `in`.
    func followsAMonthOrSeason(_ index: Int) -> Bool {
        let before = word(index - 1) == "of" ? index - 2 : index - 1
        guard let word = word(before) else { return false }
        return monthName(at: before, abbreviated: false) != nil || DateVocabulary.seasons[word] != nil
    }

    /// A year right after a month or day: `December 1925`, `December, 1925`.
    func yearAfter(_ index: Int) -> (Int, Int)? {
        if mark(index) == ",", let found = plainYear(at: index + 1) { return found }
        return plainYear(at: index)
    }

    /// `in the same year` after a day and month: `1 August in the same year`.
    func relativeYearAfter(_ index: Int) -> (Int, Int)? {
        guard mode == .prose, let word = word(index), let year = story.year else { return nil }
        // `October that year`, `in May the following year`: the preposition may be left out.
        let phrase = word == "in" || word == "of" ? index + 1 : index
        guard let (offset, end) = relativeYear(at: phrase) else { return nil }
        return (year + offset, end)
    }

    /// Whether the number at `index` counts something or labels something instead of naming a year.
    func isQuantity(at index: Int, end: Int) -> Bool {
        if isCount(at: index, end: end) { return true }
        if let next = token(end) {
            if next.kind == .word, DateVocabulary.countingNouns.contains(next.lower) { return true }
            if next.kind == .word, DateVocabulary.clockWords.contains(next.lower) { return true }
            // `1200 out of 26,000`.
            if next.kind == .word, next.lower == "out", word(end + 1) == "of" { return true }
            // `butcher 1400 victims`: a verb, a number, a plural noun; `in 1400 ships sailed` stays a year.
            if next.kind == .word, !next.isCapitalized, next.lower.count > 3, next.lower.hasSuffix("s"),
                !next.lower.hasSuffix("ss"), let previous = token(index - 1), previous.kind == .word,
                !previous.isCapitalized, !DateVocabulary.monthCues.contains(previous.lower),
                !["the", "a", "an", "its", "their", "his", "her", "to", "at", "on", "for"].contains(
                    previous.lower)
            {
                return true
            }
            // `camels and 1200 carts`, `Results: 1054 Russians died`: a plural straight after the
            // number, after a joiner with no number before it or after a colon, counts.
            if next.kind == .word, next.lower.count > 3, next.lower.hasSuffix("s"),
                !next.lower.hasSuffix("ss"),
                let previous = token(index - 1),
                (previous.kind == .mark && previous.lower == ":")
                    || (["and", "or"].contains(previous.lower)
                        && token(index - 2).map { $0.kind != .number } == true
                        && !next.isCapitalized)
            {
                return true
            }
            if next.kind == .mark, next.lower == "%" { return true }
            // `a 1000-person occupancy`, `a 1200-strong garrison`: a number joined to a measure word.
            if next.kind == .mark, next.lower == "-", !next.spaceBefore, let unit = token(end + 1),
                unit.kind == .word, !unit.spaceBefore, DateVocabulary.compoundUnits.contains(unit.lower)
            {
                return true
            }
            if next.kind == .mark, next.lower == ":", let after = token(end + 1), after.kind == .number,
                !after.spaceBefore
            {
                return true
            }
        }
        if isRate(at: index) || isParallelCount(at: index, end: end) { return true }
        if let previous = token(index - 1) {
            if previous.kind == .mark, DateVocabulary.currencySigns.contains(previous.lower) { return true }
            if previous.kind == .word, DateVocabulary.numberLabels.contains(previous.lower) { return true }
            // `IRIS 1400`, `DRP 37435`: a number after a word in capitals (not an era) names a model.
            if previous.isAllCapitals, era(at: index - 1) == nil { return true }
            // `MiG-2000` is a label; `7000 BCE-5500 BCE` is a range whose first end keeps its era.
            if previous.kind == .mark, DateVocabulary.dashes.contains(previous.lower), !previous.spaceBefore,
                !tokens[index].spaceBefore, let before = token(index - 2), before.kind == .word,
                era(at: index - 2) == nil
            {
                return true
            }
        }
        return false
    }

    /// `1 in 200`, `one in 1000`: the second number of a rate. After a ratio the year is a year
    /// (`widows outnumbering widowers six to one in 1850`).
    func isRate(at index: Int) -> Bool {
        guard word(index - 1) == "in", let before = token(index - 2),
            before.lower == "1" || before.lower == "one"
        else { return false }
        return word(index - 3) != "to"
    }

    /// `5000 men would be used, 3000 for the actual fighting and 2000 to guard the supply line`: a
    /// number after a joiner whose first conjunct opens on a count (a number that is no year, or one
    /// that a plural follows) counts too. The first conjunct is looked for within its clause.
    func isParallelCount(at index: Int, end: Int) -> Bool {
        guard let joiner = word(index - 1), joiner == "and" || joiner == "or",
            token(end).map({ !($0.kind == .word && $0.isCapitalized) }) ?? true
        else { return false }
        var item = index - 2
        let stop = max(0, index - 8)
        while item >= stop, let token = token(item), token.kind != .number {
            if token.kind == .mark { return false }
            item -= 1
        }
        guard item >= stop, item < index - 2 else { return false }
        // The first conjunct starts the clause: after a comma, a colon or the sentence's start.
        if let before = token(item - 1), !(before.kind == .mark && [",", ":", ";"].contains(before.lower)) {
            return false
        }
        guard plainYear(at: item) != nil else { return true }
        guard let noun = token(item + 1), noun.kind == .word, !noun.isCapitalized else { return false }
        return DateVocabulary.countingNouns.contains(noun.lower)
    }

    static func isValid(day: Int, month: Int) -> Bool {
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && day <= lengths[month - 1]
    }
}
