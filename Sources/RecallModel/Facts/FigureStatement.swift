/// Sentences whose dates only say when a figure or a state held, not when something happened:
/// `In 2013, the sector contributed 10.7% of GDP`, `according to 2014 World Bank figures`, `As of
/// 7.30pm on 29 December, more than 11 500 households were still without power`, `The 1870s saw a
/// rise in saloons`. A teacher does not ask for such a year: the figure is the content, and the
/// year is when someone counted. `isStatistic` and `statesAFigure` catch `a population of 974,754
/// in 2011`; this is the same rule for the other ways a text dates a figure:
/// - a date after `as of`, `as at` or `according to` (the figure holds at that point);
/// - a date that names a source of figures (`2014 figures`, `the 2011 census`, `2019 World Bank
///   data`);
/// - a sentence that states a share (a percentage, `per cent`, `one-third of`) with a verb of
///   proportion (`accounted for`, `contributed`, `made up`, `was estimated at`);
/// - a period that `saw a rise in` something: a trend, not an event;
/// - a count of what there was at a point (`By 9am on 31 December there were still more than 1600
///   households without power`): a state, not an event.
extension FactSelector {
    static let sourcesOfFigures: Set<String> = [
        "figures", "figure", "data", "estimates", "estimate", "statistics", "census", "survey",
        "numbers", "prices", "dollars",
    ]
    static let shareVerbs: Set<String> = [
        "accounted", "accounts", "account", "contributed", "contributes", "represented", "represents",
        "comprised", "comprises", "constituted", "constitutes", "estimated", "averaged", "averages",
        "hovered", "stood", "amounted", "equalled", "equaled",
    ]
    static let shareWords: Set<String> = ["percent", "one-third", "two-thirds", "one-quarter", "one-fifth"]
    static let trendNouns: Set<String> = [
        "rise", "growth", "increase", "decline", "fall", "boom", "surge", "expansion", "spread", "drop",
        "decrease", "shift", "proliferation",
    ]

    /// Whether every anchored date of `text` only dates a figure or a state, by the rules above.
    func datesOnlyAFigure(_ text: String, dates: [DateExpression]) -> Bool {
        datesOnlyAFigure(text, words: FoldedWords.of(text), dates: dates)
    }

    /// The same for a text whose folded words (`FoldedWords.of`) the caller shares. They are read
    /// here, once an anchored date is known, as before they were shared: read first in the verdict,
    /// the list sentence's `recall build` peaked at 151 MB instead of 139–140 MB (`/usr/bin/time`).
    func datesOnlyAFigure(_ text: String, words: @autoclosure () -> [String], dates: [DateExpression]) -> Bool
    {
        let anchored = dates.filter { $0.value.isAnchored }
        guard !anchored.isEmpty else { return false }
        let words = words()
        if statesAShare(words) || countsWhatThereWas(words) { return true }
        let bytes = Array(text.utf8)
        let capitalized = Self.capitalizedPieces(text, bytes: bytes)
        return anchored.allSatisfy { date in
            let first = wordIndex(at: date.utf8Range.lowerBound, in: bytes)
            let last = wordIndex(at: max(date.utf8Range.upperBound - 1, date.utf8Range.lowerBound), in: bytes)
            return holdsAtPoint(words, before: first)
                || namesASource(words, after: last, capitalized: capitalized)
                || opensATrend(words, after: last)
        }
    }

    /// Whether each word of `text` (a piece between spaces, as `FoldedWords` counts them) opens with
    /// an upper-case letter: from the bytes when the text is ASCII (then every byte is a character),
    /// through `Character` otherwise.
    static func capitalizedPieces(_ text: String, bytes: [UInt8]) -> [Bool] {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return text.split(separator: " ").map { $0.first?.isUppercase == true }
        }
        return bytes.split(separator: 0x20).map { $0.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false }
    }

    /// The index, among the words `FoldedWords` makes (runs of spaces count once), of the word that
    /// holds byte `offset`. Counting spaces instead put the index past the words after a double space.
    func wordIndex(at offset: Int, in bytes: [UInt8]) -> Int {
        var starts = 0
        for index in 0..<min(offset + 1, bytes.count)
        where bytes[index] != 0x20 && (index == 0 || bytes[index - 1] == 0x20) {
            starts += 1
        }
        return max(0, starts - 1)
    }

    /// `As of 7.30pm on 29 December`, `according to the 2011 census`: `as of`, `as at` or `according
    /// to` at most four words before the date.
    func holdsAtPoint(_ words: [String], before first: Int) -> Bool {
        // A non-ASCII sentence's Character words may still be fewer than its byte pieces: clamp.
        let end = min(first, words.count)
        let start = max(0, end - 5)
        guard start < end else { return false }
        for index in start..<(end - 1) {
            let pair = (words[index], words[index + 1])
            if pair == ("as", "of") || pair == ("as", "at") || pair == ("according", "to") { return true }
        }
        return false
    }

    /// `2014 World Bank figures`, `the 2011 census`: a source of figures at most three words after the
    /// date, with only names between.
    func namesASource(_ words: [String], after last: Int, capitalized: [Bool]) -> Bool {
        var index = last + 1
        while index < words.count, index <= last + 4 {
            if Self.sourcesOfFigures.contains(words[index]) { return true }
            // Only capitalized names may stand between the date and its source.
            guard index < capitalized.count, capitalized[index] else { return false }
            index += 1
        }
        return false
    }

    /// `The 1870s saw a rise in …`: the date is the subject of `saw` or `witnessed` a trend.
    func opensATrend(_ words: [String], after last: Int) -> Bool {
        var index = last + 1
        guard index < words.count, ["saw", "witnessed", "brought"].contains(words[index]) else {
            return false
        }
        index += 1
        if index < words.count, ["a", "an", "the"].contains(words[index]) { index += 1 }
        // `a sharp rise`, `a steady growth`: one adjective may come first.
        if index + 1 < words.count, !Self.trendNouns.contains(words[index]) { index += 1 }
        return index < words.count && Self.trendNouns.contains(words[index])
    }

    /// `there were still more than 1600 households`: `there` and a form of `be` or `remain`, then at
    /// most three words (`still`, `more than`, `about`) before a number.
    func countsWhatThereWas(_ words: [String]) -> Bool {
        for index in words.indices.dropLast(2) where words[index] == "there" {
            guard Self.beingVerbs.contains(words[index + 1]) else { continue }
            // `there may have been fewer than 50`: the rest of the verb, then words of quantity.
            let next = words[(index + 2)..<min(words.count, index + 9)].drop(while: Self.beingVerbs.contains)
            for word in next.prefix(5) {
                if word.first?.isNumber == true { return true }
                if !Self.quantityHedges.contains(word) { break }
            }
        }
        return false
    }

    /// The verbs of `there is`, `there may have been`, `there were still`.
    static let beingVerbs: Set<String> = [
        "was", "were", "remained", "are", "is", "may", "might", "could", "would", "will", "had", "have",
        "has", "been", "be", "still",
    ]
    /// Words that may stand before the number of `there were more than 1600`.
    static let quantityHedges: Set<String> = [
        "still", "more", "than", "less", "fewer", "about", "around", "over", "some", "nearly", "almost",
        "only", "up", "to", "at", "least", "most", "roughly", "approximately", "an", "estimated", "just",
        "under",
    ]

    /// `contributed 10.7% of GDP`, `accounted for about one-third of`: a share with a verb of proportion.
    func statesAShare(_ words: [String]) -> Bool {
        let hasShare = words.enumerated().contains { index, word in
            (word.hasSuffix("%") && word.dropLast().allSatisfy { $0.isNumber || $0 == "." })
                || Self.shareWords.contains(word)
                || (word == "per" && index + 1 < words.count && words[index + 1] == "cent")
        }
        return hasShare && words.contains(where: Self.shareVerbs.contains)
    }
}
