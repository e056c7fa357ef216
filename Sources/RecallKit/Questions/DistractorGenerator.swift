/// Picks three wrong dates for a multiple-choice card: the same granularity as the right one,
/// close enough to be plausible, never another true date of the same fact, never twice the same.
struct DistractorGenerator {
    /// The years the deck's facts span; a wide span calls for wider offsets.
    var span: ClosedRange<Int>
    /// No option may lie after this year (the build year, or the deck's latest date).
    var latestYear: Int

    /// Offsets in years that look plausible beside a deck of this span.
    var yearOffsets: [Int] {
        let width = span.upperBound - span.lowerBound
        let limit = width >= 60 ? 12 : width >= 15 ? 8 : 4
        let minimum = width >= 60 ? 2 : 1
        return Array(minimum...limit).flatMap { [$0, -$0] }
    }

    /// Three distractor texts written like `text`, or nil when three cannot be found.
    func distractors(
        for value: DateValue, text: String, excluding others: [DateValue],
        using generator: inout SeededGenerator
    ) -> [String]? {
        let style = DateStyle(of: text, value: value)
        var candidates: [(DateValue?, String)] = []
        switch value {
        case .year(let year):
            candidates = yearOffsets.map { .year(year + $0) }.compactMap { value in
                style.format(value).map { (value, $0) }
            }
        case .decade(let first):
            candidates = [10, -10, 20, -20, 30, -30].map { DateValue.decade(first + $0) }.map {
                ($0, style.format($0)!)
            }
        case .century(let first):
            candidates = [100, -100, 200, -200].filter { first + $0 >= 0 }.map {
                DateValue.century(first + $0)
            }
            .map { ($0, style.format($0)!) }
        case .month(let year, let month):
            var values: [DateValue] = (1...4).flatMap { [$0, -$0] }.compactMap { offset in
                let shifted = month + offset
                return (1...12).contains(shifted) ? .month(year: year, month: shifted) : nil
            }
            if let year { values += yearOffsets.prefix(6).map { .month(year: year + $0, month: month) } }
            candidates = values.map { ($0, style.format($0)!) }
        case .day(let year, let month, let day):
            var values: [DateValue] = []
            for offset in [3, -3, 5, -5, 7, -7, 9, -9, 12, -12]
            where DateGrammar.isValid(day: day + offset, month: month) {
                if day + offset >= 1 { values.append(.day(year: year, month: month, day: day + offset)) }
            }
            for offset in [1, -1, 2, -2, 3, -3] where (1...12).contains(month + offset) {
                if DateGrammar.isValid(day: day, month: month + offset) {
                    values.append(.day(year: year, month: month + offset, day: day))
                }
            }
            if let year, style.showsYear {
                values += [1, -1, 2, -2, 3, -3].map { .day(year: year + $0, month: month, day: day) }
            }
            candidates = values.map { ($0, style.format($0)!) }
        case .season(let year, let season):
            var values: [DateValue] = DateValue.Season.allCases.filter { $0 != season }.map {
                .season(year: year, $0)
            }
            if let year { values += [1, -1, 2].map { .season(year: year + $0, season) } }
            candidates = values.map { ($0, style.format($0)!) }
        case .range:
            candidates = yearOffsets.map { (nil, Self.shiftingYears(in: text, by: $0)) }
        case .relative:
            return nil
        }
        candidates.shuffle(using: &generator)
        var chosen: [String] = []
        for (candidate, candidateText) in candidates {
            if let candidate {
                if candidate == value || others.contains(candidate) { continue }
                if let last = candidate.lastYear, last > latestYear { continue }
                if let first = candidate.firstYear, let answerFirst = value.firstYear,
                    first <= 0 && answerFirst > 0
                {
                    continue
                }
            } else if let last = Self.years(in: candidateText).max(), last > latestYear {
                continue
            }
            if candidateText == text || chosen.contains(candidateText) { continue }
            chosen.append(candidateText)
            if chosen.count == 3 { return chosen }
        }
        return nil
    }

    /// `between 1878 and 1921` shifted by 3 is `between 1881 and 1924`; `1877–78` is `1880–81`.
    static func shiftingYears(in text: String, by offset: Int) -> String {
        var result = ""
        var digits = ""
        var lastYear: Int?
        var previous: Character?
        func flush() {
            guard !digits.isEmpty else { return }
            if digits.count == 4, let year = Int(digits) {
                result += String(year + offset)
                lastYear = year + offset
            } else if digits.count == 2, let suffix = Int(digits), let year = lastYear,
                let dash = previous, "-–—".contains(dash)
            {
                let shifted = (year / 100 * 100 + suffix + offset) % 100
                result += DateValue.two(shifted)
            } else {
                result += digits
            }
            digits = ""
        }
        for character in text {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                flush()
                result.append(character)
                previous = character
            }
        }
        flush()
        return result
    }

    static func years(in text: String) -> [Int] {
        text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).filter { $0.count == 4 }.compactMap {
            Int($0)
        }
    }
}
