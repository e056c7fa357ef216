/// A year written without its era takes the story's: in a life told before Christ (`Agesilaus (c. 444
/// – c. 360 BC) … In 394 he …`), `394` is 394 BC, as a reader takes it; only a written `AD` or `CE`
/// brings the story into our era. BC years count down as the story moves on, so the years it meets
/// are smaller than its own, or larger by a look back; a year far above the story's is our era's.
/// So is a year of four digits: texts on deep antiquity write the era on every date and tell of
/// their finds in modern years (`discovered in 1974`, `In 2010, a tablet …` beside `7000 BC`). A
/// century or decade of our era named since the last BC year brings the story into our era too.
///
/// ```swift
/// var story = StoryTime()
/// story.advance(to: .year(-360), text: "360 BC")
/// story.inStoryEra(.year(394), text: "394")  // .year(-394), BC0394
/// story.inStoryEra(.year(1850), text: "1850")  // .year(1850)
/// ```
extension StoryTime {
    /// How many years above the story's BC year a bare year is still read as BC (a look back across a
    /// life or a reign).
    static let eraReach = 150

    /// Words that write an era; a date holding one keeps the era it writes.
    static let eraWords: Set<String> = ["ad", "a.d.", "ce", "c.e.", "bc", "b.c.", "bce", "b.c.e."]

    /// `value` read in the story's era when `text` writes none.
    func inStoryEra(_ value: DateValue, text: String) -> DateValue {
        // A century or decade of our era named since (`the 7th century … in 739`) has left the BC story.
        if let period = namedPeriod?.value.firstYear, period >= 0 { return value }
        guard let year, year < 0, !Self.writesAnEra(text) else { return value }
        // `the late 15th century` in a story of 1450 BC is that century before Christ.
        if case .century(let start) = value, start > 0, (start - 200...start + 400).contains(-year) {
            return .century(-(start + 100))
        }
        guard let first = value.firstYear, first > 0, let last = value.lastYear, last < 1000,
            last <= -year + Self.eraReach
        else { return value }
        return Self.beforeChrist(value) ?? value
    }

    /// Whether a date's text writes its era (`AD 9`, `58 BC`).
    static func writesAnEra(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter && $0 != "." }.contains { eraWords.contains(String($0)) }
    }

    /// The value with each of its years counted before Christ; nil for decades, centuries and values
    /// without a year.
    static func beforeChrist(_ value: DateValue) -> DateValue? {
        switch value {
        case .year(let year): return .year(-year)
        case .month(let year?, let month): return .month(year: -year, month: month)
        case .day(let year?, let month, let day): return .day(year: -year, month: month, day: day)
        case .season(let year?, let season): return .season(year: -year, season)
        case .range(let start, let end):
            guard let first = beforeChrist(start), let last = beforeChrist(end) else { return nil }
            return .range(first, last)
        default: return nil
        }
    }
}
