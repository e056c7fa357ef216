/// Finds the dates of a text, sentence after sentence, as HeidelTime-style taggers do.
///
/// The finder is a value that remembers the last year it read, so that `On 25 February`
/// after a sentence dated 2022 resolves to `2022-02-25`:
///
/// ```swift
/// var finder = DateFinder()
/// let dates = finder.dates(in: "On 16 December 1925, the delegation withdrew.")
/// // dates[0].text == "16 December 1925", dates[0].value.timex == "1925-12-16"
/// ```
public struct DateFinder: Sendable {
    /// How strict the finder is: prose needs cues around ambiguous numbers and month names;
    /// a typed answer is nothing but the date.
    public enum Mode: Sendable {
        case prose, answer
    }

    /// The year of the last date read, which `the same year` or `two years later` count from.
    public var contextYear: Int?
    /// The year of the last date read that named a month or a day. A day without a year
    /// (`25 February`) takes this one: in "On 27 February 2022 … the 1936 Convention. On 28 February …"
    /// the narrative is in 2022, and 1936 only qualifies a name.
    public var calendarYear: Int?
    /// The last full date read, which `the following day` counts from.
    public var lastDate: DateValue?
    /// The last date read that named a month (a range's end), which `the following month` counts from.
    public var lastMonth: DateValue?
    public var mode: Mode

    public init(contextYear: Int? = nil, mode: Mode = .prose) {
        self.contextYear = contextYear
        self.calendarYear = contextYear
        self.mode = mode
    }

    /// A date the grammar recognised: tokens `first..<end`, and its value before context is applied.
    struct Match {
        var first: Int
        var end: Int
        var value: DateValue
        /// Set for a day that only a following range makes a date (`16` in `16–18 December 1925`).
        var bareDay: Int?
    }

    /// Every date expression of `sentence`, left to right, without overlaps.
    public mutating func dates(in sentence: String) -> [DateExpression] {
        let tokens = DateToken.tokens(of: sentence)
        var grammar = DateGrammar(
            tokens: tokens, mode: mode, contextYear: contextYear, lastDate: lastDate, lastMonth: lastMonth)
        var found: [DateExpression] = []
        var index = 0
        let bytes = Array(sentence.utf8)
        while index < tokens.count {
            guard let match = grammar.match(at: index) else {
                index += 1
                continue
            }
            let value = resolve(match.value)
            let range = tokens[match.first].start..<tokens[match.end - 1].end
            found.append(
                DateExpression(
                    text: String(decoding: bytes[range], as: UTF8.self), utf8Range: range, value: value))
            if let year = value.lastYear, value.isAnchored {
                contextYear = year
                grammar.contextYear = year
                if value.namesMonth { calendarYear = year }
                if case .day = value {
                    lastDate = value
                    grammar.lastDate = value
                }
                if let end = Self.lastMonthNamed(in: value) {
                    lastMonth = end
                    grammar.lastMonth = end
                }
            }
            index = match.end
        }
        return found
    }

    static func lastMonthNamed(in value: DateValue) -> DateValue? {
        switch value {
        case .month(_?, _), .day(_?, _, _): value
        case .range(_, let end): lastMonthNamed(in: end)
        default: nil
        }
    }

    /// Gives a day or a relative year the context year; a month alone keeps its year open.
    func resolve(_ value: DateValue) -> DateValue {
        switch value {
        case .day(nil, let month, let day):
            if let year = calendarYear ?? contextYear { return .day(year: year, month: month, day: day) }
            return value
        case .range(let start, let end):
            return .range(resolve(start), resolve(end))
        default:
            return value
        }
    }

    /// The value of a typed answer, when the whole answer is one date (`16 Dec 1925`, `1877-78`).
    /// Words a typed answer may wrap its date in.
    static let answerFiller: Set<String> = ["in", "on", "the", "of", "about", "around", "circa", "c", "."]

    public static func parseAnswer(_ answer: String) -> DateValue? {
        var finder = DateFinder(mode: .answer)
        let trimmed = answer.trimmingSpaces()
        let dates = finder.dates(in: trimmed)
        guard dates.count == 1, let date = dates.first else { return nil }
        let bytes = Array(trimmed.utf8)
        let outside = bytes[..<date.utf8Range.lowerBound] + bytes[date.utf8Range.upperBound...]
        let rest = String(decoding: outside, as: UTF8.self).lowercased()
        // A number beside the date (`0 August 1162`) means the date is not the whole answer.
        guard !rest.contains(where: \.isNumber) else { return nil }
        let words = rest.split { !$0.isLetter && $0 != "." }
        guard words.allSatisfy({ Self.answerFiller.contains(String($0)) }) else { return nil }
        return date.value
    }
}
