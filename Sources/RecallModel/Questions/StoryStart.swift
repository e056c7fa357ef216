/// The day or month a topical text's story starts on: the event an article on an accident, a match
/// or an earthquake is about. A reader knows every later fact follows it, so a choice card must not
/// offer a date before it for a fact that is not.
///
/// It is the earliest date of the text's first fact, narrowed to a finer date inside it (`The 2016
/// Kaikōura earthquake … struck on 14 November 2016` starts on 14 November 2016). A story that starts
/// on a year or a wider period (a life, a war, a town's history) has none: its first year is no
/// event a reader would measure the other facts against.
enum StoryStart {
    static func day(of facts: [Fact]) -> DateValue? {
        // A record the text's event is measured against is not its start (`the first major hurricane
        // to strike Bermuda since Hurricane Fabian in 2003`).
        func ownDates(_ fact: Fact) -> [DateValue] {
            fact.dates.filter { $0.value.span != nil && !Trivia.isTrivial($0, in: fact) }.map(\.value)
        }
        // A list of dates (`In 1952 1953 1954 …`) is no event to start from, and reading each of its
        // dates against the words before it made a 1.5 MB list take minutes.
        guard
            let first = facts.first(where: {
                $0.dates.count <= QuestionGenerator.maximumDatesPerFact && !ownDates($0).isEmpty
            })
        else { return nil }
        let dated = ownDates(first)
        guard var start = dated.min(by: { $0.span!.lowerBound < $1.span!.lowerBound }) else { return nil }
        for value in dated {
            guard let inner = value.span, let outer = start.span, inner != outer,
                inner.lowerBound >= outer.lowerBound, inner.upperBound <= outer.upperBound
            else { continue }
            start = value
        }
        return start.granularity == .day || start.granularity == .month ? start : nil
    }

    /// The year a topical text names its subject by in its first fact (`The 2017 MLS Cup was …`,
    /// `The 2016 Kaikōura earthquake struck …`, `… of MLS Cup 2017`): everything the text tells
    /// happened then, so a card asking for that year asks nothing. A war or a life is not named so
    /// (`The Korean War began …`), a first date after a preposition (`In 2019 Dale …`) names nothing,
    /// and a text whose dates mostly lie away from the year is not about it.
    static func titleYear(of facts: [Fact], title: String? = nil) -> Int? {
        guard let first = facts.first(where: { fact in fact.dates.contains { $0.value.isAnchored } }),
            let date = first.dates.first(where: { $0.value.isAnchored }), case .year(let year) = date.value
        else { return nil }
        // `1257-samalas-eruption.txt`: the name says what the first sentence may not (`The Samalas
        // volcano erupted in 1257`).
        if let titled = title.flatMap(yearNamed(by:)), titled == year, staysNear(titled, in: facts) {
            return titled
        }
        let bytes = Array(first.text.utf8)
        let after =
            String(decoding: bytes[date.utf8Range.upperBound...], as: UTF8.self)
            .split(separator: " ").first.map(String.init) ?? ""
        let before =
            String(decoding: bytes[..<date.utf8Range.lowerBound], as: UTF8.self)
            .split(separator: " ").last.map(String.init) ?? ""
        let namesIt =
            (before.isEmpty || before.lowercased() == "the") && namesASubject(after) || namesASubject(before)
        guard namesIt else { return nil }
        return staysNear(year, in: facts) ? year : nil
    }

    /// Whether a text of three facts or more stays near `year`: at least two in five of its dates lie
    /// within a year of it, or it names that year more often than any other (a season's article
    /// that also tells of drafts and records of other years).
    static func staysNear(_ year: Int, in facts: [Fact]) -> Bool {
        guard facts.count >= 3 else { return false }
        let years = facts.flatMap { $0.dates.compactMap { $0.value.isAnchored ? $0.value.firstYear : nil } }
        let near = years.filter { abs($0 - year) <= 1 }.count
        if near * 5 >= years.count * 2 { return true }
        let counts = Dictionary(years.map { ($0, 1) }, uniquingKeysWith: +)
        let own = counts[year] ?? 0
        return own >= 3 && counts.allSatisfy { $0.key == year || $0.value < own }
    }

    /// The one year a title writes (`1257-samalas-eruption.txt`, `The 2017 Giants season`): a number
    /// of three or four digits standing alone among its words; nil for none or several.
    static func yearNamed(by title: String) -> Int? {
        let numbers = title.split(whereSeparator: { !$0.isNumber }).map(String.init)
            .filter { (3...4).contains($0.count) }
        guard numbers.count == 1, let year = Int(numbers[0]), year > 0 else { return nil }
        return year
    }

    /// A capitalized word that is no month, era or function word: part of a name.
    static func namesASubject(_ word: String) -> Bool {
        let bare = Substring(word).trimmingCharacters(in: { !$0.isLetter })
        guard let initial = bare.first, initial.isUppercase else {
            return false
        }
        let lower = bare.lowercased()
        return DateVocabulary.months[lower] == nil && !CueWords.notNames.contains(lower)
            && !CueWords.eras.contains(bare)
    }
}
