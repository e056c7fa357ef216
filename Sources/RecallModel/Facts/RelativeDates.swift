/// Phrases that count from the story's time (`the next day`, `two years later`, `that month`,
/// `the previous April`, `the 28th of that month`, `later in the year`). Each takes its value from
/// `story` and says what it counted from; a phrase whose unit the story has not reached (a day
/// before any full date) is `REL`.
extension DateGrammar {
    static let relativeUnits: [String: StoryTime.Unit] = [
        "day": .day, "days": .day, "week": .day, "weeks": .day, "month": .month, "months": .month,
        "year": .year, "years": .year, "decade": .year, "decades": .year,
    ]
    static let untilWords: Set<String> = ["to", "until", "till"]
    /// Words after which a relative phrase is a length of time, not a point (`for the next year`).
    static let lengthWords: Set<String> = ["for", "than", "over", "within"]
    static let namedUnits: Set<String> = ["day", "week", "month", "year"]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]
    static let unitSizes: [String: Int] = ["week": 7, "weeks": 7, "decade": 10, "decades": 10]
    static let directions: [String: Int] = [
        "following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0,
    ]

    /// A relative phrase that starts at `index`, resolved from the story, or nil.
    func relative(at index: Int) -> Match? {
        guard mode == .prose else { return nil }
        if let token = token(index), token.kind == .number { return countedUnits(at: index) }
        guard let first = word(index) else { return nil }
        // `for the next year`, `over the next century`, `less than a year later`: a length of time;
        // `to this day`: the present.
        if let before = word(index - 1),
            Self.lengthWords.contains(before) || first == "this" && Self.untilWords.contains(before)
        {
            return nil
        }
        if first == "the" || first == "that" || first == "this" {
            return namedUnit(at: index) ?? namedSeasonOrMonth(at: index) ?? ordinalDay(at: index)
                ?? storyPeriod(at: index)
        }
        if first == "later" || first == "earlier" { return withinPeriod(at: index) }
        if first == "month" || first == "year" { return periodEnd(at: index) }
        if first == "next" { return nextUnit(at: index) ?? namedSeasonOrMonth(at: index) }
        if first == "last" { return namedSeasonOrMonth(at: index) }
        return countedUnits(at: index)
    }

    /// `the next day`, `that month`, `the same year`, `the day after`, `the following week` (`REL`).
    func namedUnit(at index: Int) -> Match? {
        let first = word(index)!
        var next = index + 1
        var offset: Int?
        if let word = word(next), let direction = Self.directions[word] {
            // `the next day`, `that same day`; `that following day` is not said.
            if first == "this" || (first == "that" && direction != 0) { return nil }
            offset = direction
            next += 1
        } else if first == "that" || first == "this" {
            offset = 0
        }
        // `that afternoon`: the story's day; `the following morning`, `the previous evening`: a day on
        // or back.
        if let offset, first == "that" && offset == 0 || first == "the", let part = word(next),
            Self.partsOfDay.contains(part)
        {
            return counted(offset, .day, first: index, end: next + 1)
        }
        guard let unitWord = word(next), Self.namedUnits.contains(unitWord) else {
            return nil
        }
        if first == "this" && unitWord != "day" { return nil }
        next += 1
        if offset == nil {
            // `the day after` stands alone; `the day after the battle` counts from an event.
            guard let side = word(next), side == "after" || side == "before" else { return nil }
            if let event = eventEnd(at: next + 1) {
                var match = Match(first: index, end: event, value: .relative)
                if unitWord != "week", let unit = Self.relativeUnits[unitWord] {
                    match.event = eventReference(side == "after" ? 1 : -1, unit, from: next + 1, to: event)
                }
                return match
            }
            guard endsPhrase(next + 1) else { return nil }
            offset = side == "after" ? 1 : -1
            next += 1
        }
        if unitWord == "week" { return Match(first: index, end: next, value: .relative) }
        return counted(offset!, Self.relativeUnits[unitWord]!, first: index, end: next)
    }

    /// `next day`, `Next year`, `next morning` without their article, as older prose writes them
    /// (`The advance was continued next day`): one unit on from the story's point. `next to` and
    /// `next week` (a week has no one date) are no date.
    func nextUnit(at index: Int) -> Match? {
        // After an article the phrase is the article's (`the next day`), or a length (`for the next year`).
        guard let unitWord = word(index + 1), !["the", "that", "this", "a"].contains(word(index - 1) ?? "")
        else { return nil }
        switch unitWord {
        case "day", "morning": return counted(1, .day, first: index, end: index + 2)
        case "month": return counted(1, .month, first: index, end: index + 2)
        case "year": return counted(1, .year, first: index, end: index + 2)
        default: return nil
        }
    }

    /// `the next spring`, `that winter`, `the previous April`, `the following June`, `last November`,
    /// `Next summer`.
    func namedSeasonOrMonth(at index: Int) -> Match? {
        var next = index + 1
        var direction = 0
        if word(index) == "last" || word(index) == "next" {
            direction = word(index) == "last" ? -1 : 1
        } else if let word = word(next), let value = Self.directions[word], value != 0 {
            direction = value
            next += 1
        } else if word(index) != "that" {
            return nil
        }
        if let word = word(next), let season = DateVocabulary.seasons[word] {
            guard direction >= 0 else { return nil }
            guard direction > 0, let year = story.year else {
                return Match(first: index, end: next + 1, value: .season(year: nil, season))
            }
            // `the following spring` is the next one after the story's point: in the spring of 395 or
            // in the year 396 alone, the spring of the next year.
            var resolved = year + 1
            if let current = story.month {
                if season == .winter {
                    resolved = current == 12 ? year + 2 : year + 1
                } else if current < StoryTime.months(of: season).lowerBound {
                    resolved = year
                }
            }
            var match = Match(first: index, end: next + 1, value: .season(year: resolved, season))
            match.anchor = story.anchor(forYear: resolved)
            return match
        }
        guard direction != 0, let (month, end) = monthName(at: next, abbreviated: false),
            let year = story.year
        else { return nil }
        var resolved = year
        if let current = story.month {
            if direction < 0 && month >= current { resolved -= 1 }
            if direction > 0 && month <= current { resolved += 1 }
        } else {
            resolved += direction
        }
        var match = Match(first: index, end: end, value: .month(year: resolved, month: month))
        match.anchor = story.anchor(forYear: resolved)
        return match
    }

    /// `the century`, `that decade`, `the previous century`, `the new century`: the story's century or
    /// decade, or one beside it (`StoryTime+Period.swift`). `the century of Louis XIV`, `the century-old
    /// bridge`, `the flight of the decade` and a capitalised `Century` in a title name something else.
    func storyPeriod(at index: Int) -> Match? {
        // `the trial of the century`, `the flight of the decade`: a superlative, not a time.
        if word(index - 1) == "of" { return nil }
        var next = index + 1
        var offset = 0
        var isNew = false
        if let word = word(next), word == "new" || Self.directions[word] != nil {
            if word == "same" { return nil }
            (offset, isNew) = (Self.directions[word] ?? 0, word == "new")
            next += 1
        }
        guard let unit = token(next), unit.kind == .word, !unit.isCapitalized,
            unit.lower == "century" || unit.lower == "decade", word(next + 1) != "of",
            !isDash(next + 1, attached: true)
        else { return nil }
        let granularity: DateValue.Granularity = unit.lower == "century" ? .century : .decade
        if isNew && granularity == .decade { return nil }
        return resolvedMatch(
            isNew ? story.newCentury() : story.period(granularity, offset: offset), first: index,
            end: next + 1)
    }

    /// A match for a value the story resolved, with what it counted from, or `REL` when the story
    /// lacks what the phrase counts from (a day before any full date, a century before any year).
    func resolvedMatch(_ resolved: (value: DateValue, anchor: String)?, first: Int, end: Int) -> Match {
        guard let (value, anchor) = resolved else { return Match(first: first, end: end, value: .relative) }
        var match = Match(first: first, end: end, value: value)
        match.anchor = anchor
        return match
    }

    /// `the 20th`, `the 28th of that month`: a day of the story's month (the text from the ordinal).
    func ordinalDay(at index: Int) -> Match? {
        guard word(index) == "the", let cue = word(index - 1),
            Self.dayCues.contains(cue)
                || cue == "of" && word(index - 2).map(Self.partsOfADay.contains) == true,
            let token = token(index + 1), token.kind == .number,
            let (day, afterDay) = dayNumber(at: index + 1), afterDay == index + 3
        else { return nil }
        var end = afterDay
        // `the 15th-century historian`, `the 12th and 40th regiments`: ranks, not days.
        if isDash(end, attached: true) { return nil }
        if let joiner = word(end), joiner == "and" || joiner == "or", ordinal(at: end + 1) != nil {
            return nil
        }
        if word(end) == "of", let (offset, afterMonth) = relativeMonth(at: end + 1), offset == 0 {
            end = afterMonth
        } else if !endsPhrase(end) && !opensAClause(end) {
            return nil
        }
        guard let month = story.month, Self.isValid(day: day, month: month) else { return nil }
        var match = Match(first: index + 1, end: end, value: .day(year: nil, month: month, day: day))
        match.anchor = story.anchor
        return match
    }

    /// `the evening of the 27th`, `the night of the 29th`.
    static let partsOfADay: Set<String> = [
        "morning", "afternoon", "evening", "night", "day", "dawn", "dusk", "noon", "midnight",
    ]

    /// Whether a new clause opens at `index` after a day (`On the 27th the magazines were burned`, `on
    /// the 26th Jackson passed the Gap`): an article or a name, but not a noun an ordinal ranks (`by the
    /// 4th Division`, `the 20th Century`).
    func opensAClause(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .word else { return false }
        if ["the", "a", "an", "this", "these", "both", "all"].contains(token.lower) { return true }
        return token.isCapitalized && !Self.rankedNouns.contains(token.lower)
            && DateVocabulary.months[token.lower] == nil
    }

    /// Nouns an ordinal ranks, so that `the 4th Division` is no day.
    static let rankedNouns: Set<String> = [
        "army", "armies", "division", "divisions", "corps", "brigade", "regiment", "battalion", "fleet",
        "squadron", "cavalry", "infantry", "artillery", "battery", "company", "legion", "congress",
        "century", "centuries", "amendment", "street", "avenue", "dynasty", "parliament", "earl", "duke",
        "baron", "marquess", "marine", "marines", "air", "panzer", "guards", "rifles", "hussars", "lancers",
        "dragoons", "light", "mountain", "motorized", "armoured", "armored", "airborne", "wing", "group",
    ]

    /// Words after which `the 20th` is a day (`on the 20th`), not a rank or a century.
    static let dayCues: Set<String> = ["on", "by", "until", "till", "from", "to", "after", "before", "since"]

    /// `that month`, `the same month`: the offset and the token after.
    func relativeMonth(at index: Int) -> (Int, Int)? {
        guard let first = word(index) else { return nil }
        if first == "that", word(index + 1) == "month" { return (0, index + 2) }
        guard first == "the", let word = word(index + 1), let direction = Self.directions[word],
            self.word(index + 2) == "month"
        else { return nil }
        return (direction, index + 3)
    }

    /// `the same year`, `that year`, `the following year`: the offset in years and the token after.
    func relativeYear(at index: Int) -> (Int, Int)? {
        guard let first = word(index) else { return nil }
        if first == "that", word(index + 1) == "year" { return (0, index + 2) }
        guard first == "the", let word = word(index + 1), let direction = Self.directions[word],
            self.word(index + 2) == "year"
        else { return nil }
        return (direction, index + 3)
    }

    /// `Later in the year`, `later that year`, `earlier that month`: the story's year or month.
    func withinPeriod(at index: Int) -> Match? {
        var next = index + 1
        if word(next) == "in" { next += 1 }
        guard let determiner = word(next), determiner == "the" || determiner == "that",
            let unit = word(next + 1), unit == "year" || unit == "month"
        else { return nil }
        return counted(0, unit == "year" ? .year : .month, first: index, end: next + 2)
    }

    /// `month's end`, `year's end`: the story's month or year, narrowed to its end.
    func periodEnd(at index: Int) -> Match? {
        guard let apostrophe = mark(index + 1), apostrophe == "'" || apostrophe == "’",
            word(index + 2) == "s", word(index + 3) == "end"
        else { return nil }
        var match = counted(0, word(index) == "year" ? .year : .month, first: index, end: index + 4)
        match.modifier = "end"
        return match
    }

    /// `two days later`, `Six days later`, `24 days later`, `125 years later`, `four months earlier`,
    /// `two weeks after`, `a year later`, `A century later`. A count in digits may be a year's size:
    /// the unit and the side word after it make it a count (`1839 days` is never said). A vague count
    /// (`some years later`, `a few years earlier`, `several weeks before the match`, `some 30 years
    /// after`) fixes no date: `REL`. A bare plural (`days after the flood`) is left alone: texts say it
    /// of a stretch of time as often as of a point.
    func countedUnits(at index: Int) -> Match? {
        var count: Int?
        var unitIndex = index + 1
        if let token = token(index), token.kind == .number {
            if token.digits <= 3, token.number > 0, self.token(index + 1)?.spaceBefore ?? false {
                count = token.number
            }
        } else if let first = word(index) {
            if first == "a" || first == "an", word(index + 1) == "few" {
                unitIndex += 1
            } else if let number = DateVocabulary.numberWords[first] {
                count = number
            } else if first == "some", let number = token(index + 1), number.kind == .number {
                unitIndex += 1
            } else if !Self.vagueCounts.contains(first)
                || word(index - 1).map(Self.spanOpeners.contains) == true
            {
                return nil
            }
        }
        guard let unitWord = word(unitIndex), let side = word(unitIndex + 1) else { return nil }
        let end = unitIndex + 2
        // `three years before his death`, `two days after the final`: counted from an event, which
        // the story's point is not.
        if side == "after" || side == "before", let unit = Self.relativeUnits[unitWord],
            let event = eventEnd(at: end)
        {
            var match = Match(first: index, end: event, value: .relative)
            if let count {
                let size = (side == "after" ? 1 : -1) * count * (Self.unitSizes[unitWord] ?? 1)
                match.event = eventReference(size, unit, from: end, to: event)
            }
            return match
        }
        guard let count else {
            guard Self.relativeUnits[unitWord] != nil || unitWord == "centuries", unitWord.hasSuffix("s"),
                Self.vagueSides.contains(side)
            else { return nil }
            return Match(first: index, end: end, value: .relative)
        }
        // `three decades after it was phased out`: counted from an event its clause tells, not from
        // the story's point.
        if side == "after" || side == "before", let subject = word(end),
            Self.subjectPronouns.contains(subject)
        {
            return Match(first: index, end: end, value: .relative)
        }
        let sign: Int
        switch side {
        case "later", "afterwards", "afterward": sign = 1
        // `an 11–5 season from one year ago`: counted back from the story's time.
        case "earlier", "ago": sign = -1
        case "after" where endsPhrase(end): sign = 1
        case "before" where endsPhrase(end): sign = -1
        default: return nil
        }
        if unitWord == "century" || unitWord == "centuries" {
            return resolvedMatch(story.period(.century, offset: sign * count), first: index, end: end)
        }
        guard let unit = Self.relativeUnits[unitWord] else { return nil }
        return counted(sign * count * (Self.unitSizes[unitWord] ?? 1), unit, first: index, end: end)
    }

    /// The end of the event a relative phrase counts from (`the final`, `his death`, `the prorogation
    /// of the assembly`, `the Breeders' Cup`): a determiner and at most three words of a noun phrase,
    /// ending where the phrase ends (`endsPhrase`). nil when no such phrase follows, or when a clause
    /// does (`the day after the ROK Army crossed the river`).
    func eventEnd(at index: Int) -> Int? {
        guard let determiner = word(index), Self.eventDeterminers.contains(determiner) else { return nil }
        var end = index + 1
        var words = 0
        while let token = token(end), !endsPhrase(end) || token.lower == "of" {
            if token.kind == .mark, token.lower == "'" || token.lower == "’", !token.spaceBefore {
                end += 1
                continue
            }
            guard token.kind == .word, words < 3 else { return nil }
            if token.lower == "of" {
                guard let next = word(end + 1), Self.eventDeterminers.contains(next) else { return nil }
                end += 2
                continue
            }
            // `after the KPA invaded`: a verb after the subject makes it a clause.
            if words > 0, !token.isCapitalized, token.lower.hasSuffix("ed") { return nil }
            // `before the October Chinese intervention`: the event is dated by a date of its own.
            if DateVocabulary.months[token.lower] != nil { return nil }
            words += 1
            end += 1
        }
        return words > 0 ? end : nil
    }

    static let eventDeterminers: Set<String> = ["the", "his", "her", "its", "their"]

    /// The event phrase `first..<end` (determiner included) as a reference counted `count` units from.
    func eventReference(_ count: Int, _ unit: StoryTime.Unit, from first: Int, to end: Int)
        -> EventDates.Reference
    {
        let words = (first + 1..<end).compactMap { index -> (word: String, capitalized: Bool)? in
            guard let token = token(index), token.kind == .word, !Self.eventDeterminers.contains(token.lower)
            else { return nil }
            return (token.lower, token.isCapitalized)
        }
        return EventDates.Reference(count: count, unit: unit, words: words)
    }

    /// Words that say how many without a number: `several weeks later`, `some years later`.
    static let vagueCounts: Set<String> = ["some", "several", "few", "many"]
    /// Words before a vague count that make it a stretch of time: `over the next few days after`.
    static let spanOpeners: Set<String> = ["the", "next", "first", "last", "those", "these"]
    static let vagueSides: Set<String> = ["later", "earlier", "after", "before", "afterwards", "afterward"]

    /// A match for `count` units from the story's point, or `REL` when the story lacks the unit.
    func counted(_ count: Int, _ unit: StoryTime.Unit, first: Int, end: Int) -> Match {
        resolvedMatch(story.shifted(by: count, unit), first: first, end: end)
    }

    /// Whether the phrase ends before `index`: a mark, the end, or a word that starts a new clause.
    func endsPhrase(_ index: Int) -> Bool {
        guard let token = token(index) else { return true }
        if token.kind == .mark { return token.lower != "'" && token.lower != "’" }
        if token.kind == .number { return false }
        return Self.clauseWords.contains(token.lower)
    }

    static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you"]

    static let clauseWords: Set<String> = [
        "and", "but", "or", "when", "while", "as", "he", "she", "it", "they", "we", "was", "were", "had",
        "in", "at", "on", "with", "by", "for", "to", "after", "before", "there", "his", "her", "their", "its",
    ]

    /// Whether a year only qualifies a name, so the story does not move to it: `the 1936 Montreux
    /// Convention`, `the Yalu (1998)`, a work's year in parentheses after its title.
    func qualifiesAName(_ match: Match) -> Bool {
        guard case .year = match.value else { return false }
        let before = token(match.first - 1)
        if let before, before.kind == .word,
            ["the", "a", "an", "its", "his", "her", "their"].contains(before.lower),
            let after = token(match.end), after.kind == .word, after.isCapitalized
        {
            return true
        }
        // A year written after a name's capitalized word is part of the name: `the Registration of
        // Political Parties Act 1998`, `Expo 1967` (a date word before it would be in the match).
        if let before, before.kind == .word, before.isCapitalized, match.first >= 2, before.lower != "ad",
            !["bc", "bce", "ce", "c"].contains(before.lower)
        {
            return true
        }
        if before?.lower == "(", mark(match.end) == ")", let name = token(match.first - 2),
            name.kind == .word,
            name.isCapitalized
        {
            return true
        }
        return false
    }
}
