/// Dates whose card the card itself would answer: what the sentence, or the context line shown with
/// it, tells a student who never learned the date.
///
/// - another date shown lies inside the answer, a period (`Trade boomed in the ____, when the East Quay opened
///   on Sept. 14, 1752`: the mid-1700s), or in the answer's month (`arrived on ____, and was first
///   used on 11–12 August 1925`: only the day is left to know);
/// - the context line shows the answer's own date;
/// - the date is an anniversary of another (`on the centenary of her birth, ____`);
/// - the sentence states a length beside another date, or beside a range's other end (`four years
///   later, in ____` after `in 1848`; `ruled for 32 years, from 1613 until ____`);
/// - the date stands in a run of three or more (`(1769 – 1804 – ____)`): its neighbours bound it;
/// - the answer is a range that another range of the sentence meets end to start (or a year on), or a season of
///   two years (`1965–66`) that another date falls in.
enum Giveaways {
    static let anniversaryWords: Set<String> = [
        "centenary", "centennial", "bicentenary", "bicentennial", "tercentenary", "tercentennial",
        "sesquicentennial", "quatercentenary", "anniversary", "jubilee",
    ]
    static let lengthUnits: Set<String> = [
        "year", "years", "decade", "decades", "century", "centuries", "month", "months",
    ]
    static let counts: Set<String> = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "several", "few",
    ]
    static let directions: Set<String> = ["later", "after", "before", "earlier", "afterwards", "on", "ago"]

    /// Whether a card on `date` would give itself away; `shown` are the anchored dates of the context
    /// line shown with the card.
    static func givesAway(_ date: DateExpression, in fact: Fact, shown: [DateValue] = []) -> Bool {
        // Only a date written with its number shows it: `a decade later` or `that year` tells nothing
        // a student does not have to know already.
        let others = fact.dates.filter { other in
            other != date && other.value.isAnchored && other.text.contains(where: \.isNumber)
        }.map(\.value)
        if (others + shown).contains(where: { lies($0, inside: date.value) || chains($0, date.value) }) {
            return true
        }
        // The context line states the answer itself (`built before the 1870s`, then `By the ____`).
        if shown.contains(date.value) { return true }
        let words = Self.words(of: fact.text, before: date.utf8Range.lowerBound)
        if words.suffix(8).contains(where: anniversaryWords.contains) { return true }
        if statesALength(fact.text), !others.isEmpty || date.value.granularity == .range { return true }
        // `In 2015, 112 years later, …`: a length counted from a date told before gives the answer.
        if mayNameAUnit(fact.text), countsFromADateBefore(fact.text) { return true }
        if writesTheDay(of: date, in: fact.text) { return true }
        return inARun(date, of: fact)
    }

    /// Whether the sentence writes the answer's day as an ordinal outside the date (`The fire calmed
    /// in the night between the 24th and 25th, and residents returned on 25 November`).
    static func writesTheDay(of date: DateExpression, in text: String) -> Bool {
        guard case .day(_, _, let day) = date.value else { return false }
        let bytes = Array(text.utf8)
        let outside =
            String(decoding: bytes[..<date.utf8Range.lowerBound], as: UTF8.self) + " "
            + String(decoding: bytes[date.utf8Range.upperBound...], as: UTF8.self)
        let ordinal =
            "\(day)" + (day % 100 / 10 == 1 ? "th" : ["th", "st", "nd", "rd"][min(day % 10, 4) % 4])
        return outside.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains {
            $0 == ordinal
        }
    }

    /// Whether `other` tells the answer: it lies inside the answer's time and is narrower, or in
    /// the same month as a day the answer names.
    static func lies(_ other: DateValue, inside answer: DateValue) -> Bool {
        guard let inner = other.span, let outer = answer.span else { return false }
        if case .day(let year?, let month, _) = answer, let first = other.firstYear, first == other.lastYear,
            first == year, [.day, .month].contains(other.granularity) || other.granularity == .range,
            case let inside = DateValue.month(year: year, month: month).span!,
            inner.lowerBound >= inside.lowerBound, inner.upperBound <= inside.upperBound
        {
            return true
        }
        // A range is asked for its two ends, which a date inside it does not give, unless the range
        // is a season of two years running (`the 1965–66 season` beside `December 1, 1965`).
        if answer.granularity == .range {
            guard let first = answer.firstYear, let last = answer.lastYear, last - first == 1,
                let inFirst = other.firstYear, let inLast = other.lastYear
            else { return false }
            return first <= inFirst && inLast <= last
        }
        let epsilon = 1e-9
        return inner.lowerBound >= outer.lowerBound - epsilon
            && inner.upperBound <= outer.upperBound + epsilon
            && inner.upperBound - inner.lowerBound < outer.upperBound - outer.lowerBound - epsilon
    }

    /// Whether two ranges meet end to start (`1956–1959`, `____`, `1961–1963` in a list of posts),
    /// or a year apart (the reigns `Ikunum (1933-1921), Sargon I (____)`: Sargon's began in 1920):
    /// the shown one gives an end of the answer.
    static func chains(_ other: DateValue, _ answer: DateValue) -> Bool {
        guard case .range(let otherStart, let otherEnd) = other, case .range(let start, let end) = answer
        else { return false }
        return otherEnd == start || otherStart == end || followsByAYear(otherEnd, start)
            || followsByAYear(end, otherStart)
    }

    /// Whether `later` is the year after `earlier`, both years alone.
    static func followsByAYear(_ earlier: DateValue, _ later: DateValue) -> Bool {
        guard case .year(let first) = earlier, case .year(let next) = later else { return false }
        return next == first + 1
    }

    /// `four years later`, `a decade after`, `for 32 years`, `for almost a year`, `a 30-year reign`: a
    /// stated length.
    static func statesALength(_ text: String) -> Bool {
        mayNameAUnit(text) && statesALengthInWords(text)
    }

    /// `statesALength` read word by word.
    static func statesALengthInWords(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
            .map(String.init)
        for (index, word) in words.enumerated() {
            let parts = word.split(separator: "-").map(String.init)
            // `ten-year`, and an age, `two-year-old` (`the Two-Year-Old Male Horse of 2016` beside a
            // foaling date of 2014).
            if parts.count == 2 || parts.count == 3 && parts[2] == "old",
                parts[0].allSatisfy(\.isNumber) || counts.contains(parts[0]), lengthUnits.contains(parts[1])
            {
                return true
            }
            guard lengthUnits.contains(word), index >= 1 else { continue }
            let count = words[index - 1]
            guard isACount(count) else { continue }
            if index + 1 < words.count, directions.contains(words[index + 1]) { return true }
            // `for 32 years`, `for almost a year`, `for more than two decades`.
            var before = index - 2
            while before >= 0, lengthHedges.contains(words[before]) { before -= 1 }
            if before >= 0, words[before] == "for" { return true }
        }
        return false
    }

    /// A number of up to three digits or a counting word (`32`, `four`, `a`) before a unit of length.
    static func isACount(_ word: String) -> Bool {
        word.allSatisfy(\.isNumber) && word.count <= 3 || counts.contains(word)
    }

    /// `112 years later`, `two decades after`: a length with its direction and no date of its own
    /// sentence to count from, so it counts from one told before (a year the student knows).
    static func countsFromADateBefore(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for index in words.indices.dropFirst().dropLast() where lengthUnits.contains(words[index]) {
            let count = words[index - 1]
            guard isACount(count), count != "a", ["later", "after", "afterwards"].contains(words[index + 1])
            else { continue }
            return true
        }
        return false
    }

    /// What every word of `lengthUnits` holds.
    static let unitStems = ["year", "decade", "centur", "month"].map { Array($0.utf8) }

    /// False when the text is ASCII and writes none of `year`, `decade`, `centur`, `month` in any
    /// case: every length unit holds one, so it states no length. Splitting every fact into words for
    /// every date was 6% of a build's instructions (callgrind, 1 MB of the DeckBuilding input).
    static func mayNameAUnit(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return true }
        for start in bytes.indices {
            // A letter or'ed with 0x20 is its lower case; no other byte becomes a letter.
            for stem in unitStems where start + stem.count <= bytes.count {
                if stem.indices.allSatisfy({ bytes[start + $0] | 0x20 == stem[$0] }) { return true }
            }
        }
        return false
    }

    static let lengthHedges: Set<String> = [
        "almost", "nearly", "about", "around", "over", "some", "roughly", "approximately", "just", "barely",
        "under", "more", "less", "fewer", "than", "only",
    ]

    /// Whether the date is one of three or more with only dashes, commas or `and` between them.
    static func inARun(_ date: DateExpression, of fact: Fact) -> Bool {
        let bytes = Array(fact.text.utf8)
        let sorted = fact.dates.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        var runs: [[DateExpression]] = []
        for current in sorted {
            if let last = runs.last?.last, last.utf8Range.upperBound <= current.utf8Range.lowerBound {
                let between = String(
                    decoding: bytes[last.utf8Range.upperBound..<current.utf8Range.lowerBound], as: UTF8.self)
                let words = between.split(whereSeparator: { !$0.isLetter })
                if words.allSatisfy({ $0 == "and" }), between.count <= 6 {
                    runs[runs.count - 1].append(current)
                    continue
                }
            }
            runs.append([current])
        }
        return runs.contains { $0.count >= 3 && $0.contains(date) }
    }

    /// The anchored dates of a fact's context line, which a card shows beside its question.
    static func contextDates(of fact: Fact) -> [DateValue] {
        guard let context = fact.context else { return [] }
        var finder = DateFinder()
        return finder.dates(in: context).map(\.value).filter(\.isAnchored)
    }

    static func words(of text: String, before offset: Int) -> [String] {
        let head = String(decoding: Array(text.utf8)[..<offset], as: UTF8.self)
        return head.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
}
