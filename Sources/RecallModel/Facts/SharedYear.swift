/// Two months or days joined by `and` or `or` with the year written once, after the second:
/// `in August and September 1914`, `on 14 or 15 July 1789`. The guidelines read them as two dates,
/// and a reader gives the first the year written after the second, not the year the story was in
/// before the sentence (which a heading or a look back may have left elsewhere).
extension DateFinder {
    static let yearSharingJoiners: Set<String> = ["and", "or"]

    /// `found` with each month, day or season written without a year and joined to a next date of
    /// the same kind that writes its year, given that year.
    static func sharingYears(_ found: [DateExpression], in bytes: [UInt8]) -> [DateExpression] {
        guard found.count > 1 else { return found }
        var shared = found
        for index in found.indices.dropLast() {
            let (first, second) = (found[index], found[index + 1])
            guard !writesAYear(first.text), writesAYear(second.text),
                let value = first.value.inYear(of: second.value)
            else { continue }
            let between = String(
                decoding: bytes[first.utf8Range.upperBound..<second.utf8Range.lowerBound], as: UTF8.self
            ).lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
            guard between.count == 1, yearSharingJoiners.contains(String(between[0])) else { continue }
            shared[index].value = value
            shared[index].anchor = second.text
        }
        return shared
    }

    /// `found` with each month, day or season that took its year from the story given the one year the
    /// sentence writes after it instead, when they differ: `Murad I was killed during (15 June), or
    /// immediately after (16 June), the Battle of Kosovo in 1389` is June 1389, whatever year the story
    /// was in. A year in a name or after `since` tells no time and gives none (`writtenYears` holds
    /// nil for it).
    static func takingTheYearWrittenLater(
        _ found: [DateExpression], fromTheStory: [Bool], writtenYears: [Int?], in bytes: [UInt8]
    ) -> [DateExpression] {
        guard found.count > 1, Set(writtenYears.compactMap { $0 }).count == 1 else { return found }
        var taken = found
        for index in found.indices where fromTheStory[index] {
            guard let later = writtenYears.indices.first(where: { $0 > index && writtenYears[$0] != nil }),
                let year = writtenYears[later], found[index].value.firstYear != year,
                // A month later in the year than a written month is the year before's (`December and
                // January 1710`); a year alone takes any.
                let value = found[later].value.granularity == .year
                    ? found[index].value.inYear(year) : found[index].value.inYear(of: found[later].value)
            else { continue }
            // The year must be said of the same event: a few words on, with no dash, colon or semicolon
            // between (`… on November 25 the eye emerged …—the first since a change in policy in 2000`
            // is no year of November 25).
            let between = bytes[found[index].utf8Range.upperBound..<found[later].utf8Range.lowerBound]
            let words = between.split(separator: UInt8(ascii: " ")).count
            let text = String(decoding: between, as: UTF8.self)
            guard words <= 12, !Self.breaksTheClause(text) else { continue }
            // `stopped on 18 July, before restarting in mid-October and ending on 24 July 1949`: the
            // months turn back on the way, so the year passed between them.
            let months = found[index...later].compactMap(\.value.monthInItsYear)
            guard zip(months, months.dropFirst()).allSatisfy({ $0 <= $1 }) else { continue }
            taken[index].value = value
            taken[index].anchor = "\(year), written after it"
        }
        return taken
    }

    /// `the Emergency Powers (Defence) Act 1939 on 24 August`, `the 2017 Kentucky Derby, held at
    /// Churchill Downs on May 6`: in a sentence that writes no year of its own, a month or day the
    /// story dated takes the year of the name just before it, said of the same event (a few words on,
    /// with no dash, colon, semicolon or joining word between: `replaced the Public Order Act 1986, and
    /// a review began on 4 June` is a new clause).
    static func takingTheYearOfAName(
        _ found: [DateExpression], fromTheStory: [Bool], writtenYears: [Int?], nameYears: [Int?],
        in bytes: [UInt8]
    ) -> [DateExpression] {
        guard found.count > 1, writtenYears.allSatisfy({ $0 == nil }),
            Set(nameYears.compactMap { $0 }).count == 1,
            let name = nameYears.firstIndex(where: { $0 != nil }), let year = nameYears[name]
        else { return found }
        var taken = found
        for index in found.indices where index > name && fromTheStory[index] {
            guard found[index].value.firstYear != year, let value = found[index].value.inYear(year) else {
                continue
            }
            let between = bytes[found[name].utf8Range.upperBound..<found[index].utf8Range.lowerBound]
            let text = String(decoding: between, as: UTF8.self)
            let words = text.lowercased().split { !$0.isLetter }
            guard words.count <= 8, !Self.breaksTheClause(text),
                !words.contains(where: { Self.clauseJoiners.contains(String($0)) })
            else { continue }
            taken[index].value = value
            taken[index].anchor = "\(year), the year of the name before it"
        }
        return taken
    }

    /// Whether a dash, a colon or a semicolon stands in `text`, after which a year is said of
    /// something else.
    static func breaksTheClause(_ text: String) -> Bool {
        text.contains { "—–;:".contains($0) }
    }

    /// Words that open a new clause, after which a name's year is no longer the date's.
    static let clauseJoiners: Set<String> = [
        "and", "but", "or", "while", "when", "whereas", "which", "who", "after", "before", "until", "then",
    ]

    /// Whether a date's text writes a year (a number of three or more digits).
    static func writesAYear(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber }).contains { $0.count >= 3 }
    }
}

extension DateValue {
    /// The month of a month or a day; nil for anything else.
    var monthInItsYear: Int? {
        switch self {
        case .month(_, let month), .day(_, let month, _): month
        default: nil
        }
    }

    /// This month, day or season in `year`; nil for anything else.
    func inYear(_ year: Int) -> DateValue? {
        switch self {
        case .month(_, let month): .month(year: year, month: month)
        case .day(_, let month, let day): .day(year: year, month: month, day: day)
        case .season(_, let season): .season(year: year, season)
        default: nil
        }
    }

    /// This month, day or season in the year of `other`, a value of the same kind that is not
    /// earlier in its year; nil for anything else.
    func inYear(of other: DateValue) -> DateValue? {
        switch (self, other) {
        case (.month(_, let month), .month(let year?, let otherMonth)) where month <= otherMonth:
            return .month(year: year, month: month)
        case (.day(_, let month, let day), .day(let year?, let otherMonth, let otherDay))
        where (month, day) < (otherMonth, otherDay):
            return .day(year: year, month: month, day: day)
        case (.season(_, let season), .season(let year?, let otherSeason))
        where StoryTime.months(of: season).lowerBound <= StoryTime.months(of: otherSeason).lowerBound:
            return .season(year: year, season)
        default:
            return nil
        }
    }
}
