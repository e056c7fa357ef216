/// Which century, or which decade: a fact with a precise date asked at a coarser grain
/// (`In which century? Turkey joined NATO in ____ …` → `the 20th century`). The answer is typed
/// and read as a date, so `20th century`, `the twentieth century` and `1900s` are all read.
public struct PeriodQuestion: Codable, Sendable, Hashable {
    /// The sentence with the fact's date blanked.
    public var text: String
    /// The fact's date as the sentence writes it, and its value.
    public var date: String
    public var dateValue: DateValue
    /// `the 20th century`, `the 3rd century BC`, `the 1950s`.
    public var answer: String
    /// The century or decade.
    public var value: DateValue
    public var sentence: String
    public var context: String?
    public var source: SourceReference

    public init(
        text: String, date: String, dateValue: DateValue, answer: String, value: DateValue, sentence: String,
        context: String?, source: SourceReference
    ) {
        self.text = text
        self.date = date
        self.dateValue = dateValue
        self.answer = answer
        self.value = value
        self.sentence = sentence
        self.context = context
        self.source = source
    }

    public var prompt: String {
        "In which \(value.granularity == .century ? "century" : "decade")? \(text)"
    }

    /// The century a year belongs to, counted as historians count: the 19th century is 1801 to 1900,
    /// so 1900 is in the 19th; the 3rd century BC is 300 to 201 BC. Its value is the one `18XX` and
    /// `BC02XX` stand for, and its text `the 19th century`, `the 3rd century BC`.
    public static func century(of year: Int) -> (value: DateValue, text: String)? {
        guard year != 0 else { return nil }
        let number = (abs(year) - 1) / 100 + 1
        let value: DateValue = year > 0 ? .century((number - 1) * 100) : .century(-number * 100)
        return (value, "the \(DateStyle.ordinal(number)) century\(year < 0 ? " BC" : "")")
    }

    /// The decade of a year from AD 1000 (`the 1950s`); none before, where decades are not named so
    /// (`the 50s` is no date), nor for a century's first decade, since `the 1900s` reads as the century.
    public static func decade(of year: Int) -> (value: DateValue, text: String)? {
        let first = year / 10 * 10
        guard year >= 1000, first % 100 != 0 else { return nil }
        return (.decade(first), "the \(first)s")
    }

    /// The period of a year at the grain of `period` (a decade or a century).
    public static func period(of year: Int, like period: DateValue) -> DateValue? {
        period.granularity == .decade ? decade(of: year)?.value : century(of: year)?.value
    }
}
