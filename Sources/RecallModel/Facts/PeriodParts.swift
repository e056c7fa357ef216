/// Parts of a period kept in a date's text: `early 2016`, `mid-1990s`, `late March 1947`, `the end of
/// November, 1782`, `the beginning of October`, `the first half of 1917`, `the last week of August`,
/// `the middle of summer`. The part narrows nothing in TIMEX3's terms: the value is
/// the whole period's, and the part is kept beside it (`DateExpression.modifier`) for ordering.
extension DateGrammar {
    /// Nouns that name a part of a period when `of` follows them.
    static let partNouns: Set<String> = ["end", "beginning", "start", "middle", "close", "turn"]
    static let partOrdinals: Set<String> = ["first", "second", "latter", "last"]
    static let partUnits: Set<String> = ["half", "week", "weeks", "days", "part", "day"]
    /// Every word a part can open with, so that one look-up turns the other words away.
    static let partOpeners: Set<String> = DateVocabulary.parts.union(partNouns).union(partOrdinals).union([
        "the"
    ])

    /// A date with its part: the text starts at the part's word (`end of May`, not `the end of May`).
    func partOfPeriod(at index: Int) -> Match? {
        guard let (part, first, periodStart) = periodPart(at: index) else { return nil }
        // `the turn of the century` is the hundred the story is nearest, a year rather than a part.
        if mode == .prose, part == "turn", word(periodStart) == "century", word(periodStart - 1) == "the" {
            return resolvedMatch(story.turnOfTheCentury(), first: first, end: periodStart + 1)
        }
        guard var inner = period(at: periodStart) else { return nil }
        inner.first = first
        inner.modifier = part
        if part == "last day" || part == "first day",
            let day = Self.edgeDay(of: inner.value, last: part == "last day")
        {
            inner.value = day
            inner.modifier = nil
        }
        return inner
    }

    /// `the last day of 33 BC` is 31 December, `the first day of March 1917` is 1 March: one day, not
    /// a part.
    static func edgeDay(of value: DateValue, last: Bool) -> DateValue? {
        switch value {
        case .year(let year):
            return .day(year: year, month: last ? 12 : 1, day: last ? 31 : 1)
        case .month(let year?, let month):
            return .day(
                year: year, month: month, day: last ? HistoricalCalendar.daysIn(month: month, year: year) : 1)
        default:
            return nil
        }
    }

    /// The part a phrase names, where its text starts, and where the period it narrows starts.
    func periodPart(at index: Int) -> (part: String, first: Int, periodStart: Int)? {
        guard let opening = word(index), Self.partOpeners.contains(opening) else { return nil }
        if DateVocabulary.parts.contains(opening) {
            var next = index + 1
            if isDash(next, attached: true) { next += 1 }
            // `the early part of 1915`.
            if word(next) == "part", word(next + 1) == "of" {
                return ("\(opening) part", index, next + 2)
            }
            // `early in 1511`, `late in March`.
            if word(next) == "in", next == index + 1 { next += 1 }
            return (opening, index, next)
        }
        let first = opening == "the" ? index + 1 : index
        guard let head = word(first) else { return nil }
        var next = first + 1
        var part = head
        if Self.partNouns.contains(head) {
            // `the end of`; a bare `end of` needs no article.
        } else if Self.partOrdinals.contains(head) {
            if let count = token(next),
                count.kind == .number || DateVocabulary.numberWords[count.lower] != nil
            {
                next += 1
            }
            guard let unit = word(next), Self.partUnits.contains(unit) else {
                return nil
            }
            part = "\(head) \(unit)"
            next += 1
        } else {
            return nil
        }
        guard word(next) == "of" else { return nil }
        next += 1
        if word(next) == "the" { next += 1 }
        return (part, first, next)
    }

    /// The period a part narrows: any date, or a bare month, season, `the year` or `the month`.
    func period(at index: Int) -> Match? {
        if let match = simpleMatch(at: index), match.value.granularity != .relative { return match }
        if let (year, end) = plainYear(at: index) {
            return Match(first: index, end: end, value: .year(year))
        }
        if let (month, end) = monthName(at: index, abbreviated: false) {
            return Match(first: index, end: end, value: .month(year: nil, month: month))
        }
        if let word = word(index), let season = DateVocabulary.seasons[word] {
            return Match(first: index, end: index + 1, value: .season(year: nil, season))
        }
        if let unit = word(index), unit == "year" || unit == "month", word(index - 1) == "the" {
            return counted(0, unit == "year" ? .year : .month, first: index, end: index + 1)
        }
        // `the end of the century`, `mid-century`, `the first half of the decade`: the story's.
        // A typed answer has no story: `the end of the century` cannot be one.
        if mode == .prose, let unit = word(index), unit == "century" || unit == "decade",
            word(index - 1) == "the" || word(index - 1) == "mid"
                || isDash(index - 1, attached: true) && word(index - 2) == "mid"
        {
            return resolvedMatch(
                story.period(unit == "century" ? .century : .decade, offset: 0), first: index, end: index + 1)
        }
        return nil
    }

    /// `that winter`, `the fall and winter`, `in spring`, `summer and autumn 1918`, `winter-spring of
    /// 1920`: a season without a year, after a word that makes it a time (not `hot spring`), and not
    /// before a noun it qualifies (`the spring offensive`).
    func bareSeason(at index: Int) -> Match? {
        guard mode == .prose, let token = token(index), token.kind == .word, !token.isCapitalized,
            let season = DateVocabulary.seasons[token.lower]
        else { return nil }
        let end = index + 1
        let cue = word(index - 1) ?? ""
        // After a cue, or joined to a season with a year (`Allied victory: summer and autumn 1918`).
        guard
            Self.seasonCues.contains(cue) || DateVocabulary.seasons[cue] != nil
                || (word(end) == "and" || word(end) == "or") && seasonYear(at: end + 1) != nil
        else {
            return nil
        }
        // `summer and autumn 1918`: the first season shares the second's year.
        if let joiner = word(end), joiner == "and" || joiner == "or", let second = seasonYear(at: end + 1),
            let year = second.value.firstYear
        {
            return Match(first: index, end: end, value: .season(year: year, season))
        }
        if isDash(end, attached: true), let second = seasonYear(at: end + 1),
            let year = second.value.firstYear
        {
            return Match(
                first: index, end: second.end, value: .range(.season(year: year, season), second.value))
        }
        // `the fall of the city` is no season; `in the spring attacked on two sides` is one.
        guard endsPhrase(end) || word(end) == "the" || isPastParticiple(end) else { return nil }
        return Match(first: index, end: end, value: .season(year: nil, season))
    }

    /// A lower-case verb form in `-ed` (`attacked`), which no season qualifies as it does a noun
    /// (`the spring offensive`); `-eed` nouns (`seed`, `speed`) are not.
    func isPastParticiple(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .word, !token.isCapitalized else { return false }
        return token.lower.count > 4 && token.lower.hasSuffix("ed") && !token.lower.hasSuffix("eed")
    }

    static let seasonCues: Set<String> = [
        "the", "that", "this", "in", "during", "throughout", "over", "by", "until", "till", "since", "of",
        "and", "early", "late", "mid", "through",
    ]

    /// `Christmas Day 800`, `Christmas night`, `on Christmas Eve`.
    func christmas(at index: Int) -> Match? {
        guard mode == .prose, word(index) == "christmas", tokens[index].isCapitalized else { return nil }
        var end = index + 1
        var day = 25
        if let word = word(end), ["day", "eve", "night", "morning"].contains(word) {
            if word == "eve" { day = 24 }
            end += 1
        } else if !["on", "at", "by", "until", "before", "after", "over", "during", "since", "till"].contains(
            word(index - 1) ?? ""), plainYear(at: end) == nil
        {
            // `Christmas 1176` is a day whatever stands before it; `the Christmas truce` is none.
            return nil
        }
        if let number = token(end), number.kind == .number, (3...4).contains(number.digits),
            mark(end + 1) != "%"
        {
            return Match(first: index, end: end + 1, value: .day(year: number.number, month: 12, day: day))
        }
        if let (year, yearEnd) = yearAfter(end) {
            return Match(first: index, end: yearEnd, value: .day(year: year, month: 12, day: day))
        }
        return Match(first: index, end: end, value: .day(year: nil, month: 12, day: day))
    }
}
