/// Picks three wrong dates for a multiple-choice card that a student who learned the text can tell
/// apart from the right one, and a student who did not cannot guess from the options alone:
///
/// - every option is written in the answer's own form (`DateSurface`) and reads back as its value;
/// - a date of several parts (day, month, year) varies two of them in a 2×2 design: the answer and
///   its three neighbours share as many parts with one another as the answer does, so "the option
///   most like the others" is no clue;
/// - a date of one part (a year, a decade, a century) is placed at a random rank among its options,
///   so "the one in the middle" is no clue either;
/// - every option keeps the answer's order to each other date of the sentence (`began in April 1859
///   and ended in ____` offers no year before 1859) and holds the dates the answer holds, is no
///   other true date of the fact, lies in the answer's era and not after the latest year the deck
///   allows.
struct DistractorGenerator {
    /// The years the deck's facts span; a wide span calls for wider offsets.
    var span: ClosedRange<Int>
    /// No option may lie after this year (the build year, or the deck's latest date).
    var latestYear: Int
    /// The day or month the story starts on, when its first fact names one (`StoryStart`): an answer
    /// that reaches it gets no option wholly before it.
    var storyStart: Range<Double>? = nil

    /// Offsets in years that look plausible beside a deck of this span.
    var yearOffsets: [Int] {
        let width = span.upperBound - span.lowerBound
        let limit = width >= 60 ? 12 : width >= 15 ? 8 : 4
        let minimum = width >= 60 ? 2 : 1
        return Array(minimum...limit)
    }

    /// The parts of a date one option may differ in.
    enum Axis: CaseIterable {
        case year, month, day, season, decade, century, rangeStart, rangeEnd, rangeShift
    }

    /// Three distractor texts written like `text`, or nil when three cannot be found.
    ///
    /// - Parameters:
    ///   - sentenceDates: the other dates of the answer's sentence, whose order the options keep.
    ///   - question: the question's text, whose numbers no option may repeat.
    ///   - shownYears: the years other dates shown with the question write; an option keeps every
    ///     part of the answer they give (`QuestionGenerator.shownYears`).
    func distractors(
        for value: DateValue, text: String, sentenceDates: [DateValue], question: String,
        shownYears: Set<Int> = [], using generator: inout SeededGenerator
    ) -> [String]? {
        guard let surface = DateSurface(text: text, value: value) else { return nil }
        let all = self.axes(of: value, surface: surface)
        let fixed = Self.axesGiven(by: shownYears, in: value)
        let axes = all.filter { !fixed.contains($0) }
        guard !axes.isEmpty else { return nil }
        var accepted = Set([text])
        let numbers = ShownNumbers(question: question, answer: text)
        func option(_ candidate: DateValue) -> String? {
            guard candidate != value, !sentenceDates.contains(candidate),
                let rendered = surface.render(candidate),
                !accepted.contains(rendered), allowed(candidate, answer: value, sentenceDates: sentenceDates),
                !numbers.repeated(by: rendered),
                case .date(let reading) = DateAnswer.read(rendered),
                reading.value == surface.written(candidate)
            else { return nil }
            return rendered
        }
        if axes.count >= 2 {
            var pairs: [(Axis, Axis)] = []
            for first in axes.indices {
                for second in axes.indices where second > first { pairs.append((axes[first], axes[second])) }
            }
            pairs.shuffle(using: &generator)
            for (first, second) in pairs {
                let firsts = alternatives(along: first, of: value).shuffled(using: &generator).prefix(6)
                let seconds = alternatives(along: second, of: value).shuffled(using: &generator).prefix(6)
                for a in firsts {
                    for b in seconds {
                        guard let both = combining(a, b, along: (first, second), in: value) else { continue }
                        let trio = [a, b, both].map(option)
                        if trio.allSatisfy({ $0 != nil }), Set(trio).count == 3 {
                            return trio.compactMap { $0 }
                        }
                    }
                }
            }
            return nil
        }
        guard let axis = axes.first else { return nil }
        var lower: [String] = []
        var higher: [String] = []
        for candidate in alternatives(along: axis, of: value) {
            guard let rendered = option(candidate) else { continue }
            accepted.insert(rendered)
            if candidate.sortKey < value.sortKey { lower.append(rendered) } else { higher.append(rendered) }
        }
        // The answer's rank among the four options, chosen at random where the candidates allow.
        for rank in [0, 1, 2, 3].shuffled(using: &generator)
        where lower.count >= rank && higher.count >= 3 - rank {
            return Array(
                lower.shuffled(using: &generator).prefix(rank)
                    + higher.shuffled(using: &generator).prefix(3 - rank))
        }
        return nil
    }

    /// The parts of `value` the years shown beside it give away: a finer date's year, a range's end
    /// (a shifted range moves both). A single year is left to the giveaway checks, which drop its card.
    static func axesGiven(by shownYears: Set<Int>, in value: DateValue) -> Set<Axis> {
        guard !shownYears.isEmpty else { return [] }
        switch value {
        case .month(let year?, _), .day(let year?, _, _), .season(let year?, _):
            return shownYears.contains(year) ? [.year] : []
        case .range(let start, let end):
            var given: Set<Axis> = []
            if let first = start.firstYear, shownYears.contains(first) {
                given.formUnion([.rangeStart, .rangeShift])
            }
            if let last = end.lastYear, shownYears.contains(last) {
                given.formUnion([.rangeEnd, .rangeShift])
            }
            return given
        default: return []
        }
    }

    /// The parts the text writes and the value holds.
    func axes(of value: DateValue, surface: DateSurface) -> [Axis] {
        let writesYear = surface.tokens.contains { $0.role == .year(0) }
        switch value {
        case .year: return [.year]
        case .month: return [.month] + (writesYear ? [.year] : [])
        case .day: return [.day, .month] + (writesYear ? [.year] : [])
        case .season: return [.season] + (writesYear ? [.year] : [])
        case .decade: return [.decade]
        case .century: return [.century]
        case .range:
            return surface.tokens.contains { $0.role == .yearSuffix }
                ? [.rangeShift] : [.rangeStart, .rangeEnd]
        case .relative: return []
        }
    }

    /// Offsets for `year`, each way. A round year BC (`7000 BCE`, `2600 BC`) is an estimate, and
    /// its options are estimates of the same grain (`6000`, `8000`), never `6997`, which a student
    /// would rule out for looking exact.
    func offsets(around year: Int) -> [Int] {
        let grain = year >= 0 || year % 10 != 0 ? 1 : year % 1000 == 0 ? 1000 : year % 100 == 0 ? 100 : 10
        let steps = grain == 1 ? yearOffsets : Array(1...4)
        return steps.flatMap { [$0 * grain, -$0 * grain] }
    }

    /// Values that differ from `value` in one part, nearest first.
    func alternatives(along axis: Axis, of value: DateValue) -> [DateValue] {
        let years = yearOffsets.flatMap { [$0, -$0] }
        switch (axis, value) {
        case (.year, .year(let year)): return offsets(around: year).map { .year(year + $0) }
        case (.year, .month(let year?, let month)): return years.map { .month(year: year + $0, month: month) }
        case (.year, .day(let year?, let month, let day)):
            return years.map { .day(year: year + $0, month: month, day: day) }
        case (.year, .season(let year?, let season)): return years.map { .season(year: year + $0, season) }
        case (.month, .month(let year, let month)):
            return [1, -1, 2, -2, 3, -3, 4, -4].map { month + $0 }.filter { (1...12).contains($0) }.map {
                .month(year: year, month: $0)
            }
        case (.month, .day(let year, let month, let day)):
            // Neighbouring months only: a day four months off may fall outside the story's season.
            return [1, -1, 2, -2].map { month + $0 }.filter {
                (1...12).contains($0) && DateGrammar.isValid(day: day, month: $0)
            }.map { .day(year: year, month: $0, day: day) }
        case (.day, .day(let year, let month, let day)):
            return [2, -2, 3, -3, 5, -5, 7, -7, 9, -9, 12, -12].map { day + $0 }.filter {
                $0 >= 1 && DateGrammar.isValid(day: $0, month: month)
            }.map { .day(year: year, month: month, day: $0) }
        case (.season, .season(let year, let season)):
            return DateValue.Season.allCases.filter { $0 != season }.map { .season(year: year, $0) }
        case (.decade, .decade(let first)):
            return [10, -10, 20, -20, 30, -30, 40, -40].map { .decade(first + $0) }
        case (.century, .century(let first)):
            return [100, -100, 200, -200, 300, -300].map { .century(first + $0) }
        case (.rangeStart, .range(.year(let start), .year(let end))):
            return offsets(around: start).map { start + $0 }.filter { $0 < end }.map {
                .range(.year($0), .year(end))
            }
        case (.rangeEnd, .range(.year(let start), .year(let end))):
            return offsets(around: end).map { end + $0 }.filter { $0 > start }.map {
                .range(.year(start), .year($0))
            }
        case (.rangeShift, .range(.year(let start), .year(let end))):
            return years.map { .range(.year(start + $0), .year(end + $0)) }
        default: return []
        }
    }

    /// The value with both `a`'s and `b`'s changed parts: the fourth corner of the 2×2 design.
    func combining(_ a: DateValue, _ b: DateValue, along axes: (Axis, Axis), in value: DateValue)
        -> DateValue?
    {
        switch (a, b, value) {
        case (.day(let ya, let ma, let da), .day(let yb, let mb, let db), .day(let y, let m, let d)):
            let year = ya != y ? ya : yb
            let month = ma != m ? ma : mb
            let day = da != d ? da : db
            return DateGrammar.isValid(day: day, month: month)
                ? .day(year: year, month: month, day: day) : nil
        case (.month(let ya, let ma), .month(let yb, let mb), .month(let y, let m)):
            return .month(year: ya != y ? ya : yb, month: ma != m ? ma : mb)
        case (.season(let ya, let sa), .season(let yb, let sb), .season(let y, let s)):
            return .season(year: ya != y ? ya : yb, sa != s ? sa : sb)
        case (.range(let sa, let ea), .range(let sb, let eb), .range(let s, let e)):
            let start = sa != s ? sa : sb
            let end = ea != e ? ea : eb
            guard let first = start.firstYear, let last = end.lastYear, first < last else { return nil }
            return .range(start, end)
        default:
            return nil
        }
    }

    /// Whether an option is possible: a day the calendar has (no 29 February 1886), in the answer's
    /// era, not after the latest year, not before the story's start when the answer reaches past it
    /// (safety measures after a 2016 accident are not offered 2015), and on the same side as the
    /// answer of every other date of the sentence.
    func allowed(_ candidate: DateValue, answer: DateValue, sentenceDates: [DateValue]) -> Bool {
        if case .day(let year?, let month, let day) = candidate,
            HistoricalCalendar.dayNumber(year: year, month: month, day: day) == nil
        {
            return false
        }
        guard let first = candidate.firstYear, let last = candidate.lastYear,
            let answerFirst = answer.firstYear
        else { return true }
        if last > latestYear { return false }
        if (first <= 0) != (answerFirst <= 0) { return false }
        guard let option = candidate.span, let right = answer.span else { return true }
        // The start itself is the one date a student cannot measure against it (`born on the 11th of
        // December 1781` may be offered the 11th of November).
        if let start = storyStart, right != start, right.upperBound > start.lowerBound,
            option.upperBound <= start.lowerBound
        {
            return false
        }
        for other in sentenceDates {
            guard let bounds = other.span else { continue }
            if right.upperBound <= bounds.lowerBound && option.upperBound > bounds.lowerBound { return false }
            if right.lowerBound >= bounds.upperBound && option.lowerBound < bounds.upperBound { return false }
            // `Guy Fawkes (1570 – 1606) … planned the Gunpowder Plot of ____`: a date that a wider
            // date of the sentence holds stays inside it.
            if bounds != right, bounds.lowerBound <= right.lowerBound, right.upperBound <= bounds.upperBound,
                option.lowerBound < bounds.lowerBound || option.upperBound > bounds.upperBound
            {
                return false
            }
            // `reigned from ____ and in 1445 appointed`: a span holding another date keeps holding it.
            if right.lowerBound <= bounds.lowerBound && right.upperBound >= bounds.upperBound
                && (option.lowerBound > bounds.lowerBound || option.upperBound < bounds.upperBound)
            {
                return false
            }
        }
        return true
    }

    /// The numbers a question shows (three digits or more) and its answer writes, read once for all
    /// the options measured against them: read again for every option they were 7% of a build's
    /// instructions (callgrind, 1 MB of the DeckBuilding input).
    struct ShownNumbers {
        var shown: Set<String>
        var answer: Set<String>

        init(question: String, answer: String) {
            shown = Set(Self.numbers(question).filter { $0.count >= 3 })
            self.answer = Set(Self.numbers(answer))
        }

        /// Whether an option repeats a number the question shows (`1859` in `began in 1859 and ended
        /// in ____`).
        func repeated(by option: String) -> Bool {
            Self.numbers(option).contains { shown.contains($0) && !answer.contains($0) }
        }

        static func numbers(_ text: String) -> [String] {
            text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).map(String.init)
        }
    }
}
