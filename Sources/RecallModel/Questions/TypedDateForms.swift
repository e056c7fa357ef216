/// The forms `TypedDateReader` reads, over its tokens. Each follows the date finder's own pattern
/// (`DateGrammar`) for that form in answer mode, and each gives up (nil) where the finder would try
/// another pattern, find a second date, or leave words it does not take as filler.
extension TypedDateReader {
    struct Reader {
        typealias Token = TypedDateReader.Token
        typealias Word = TypedDateReader.Word
        let tokens: UnsafeBufferPointer<Token>

        /// The whole answer as one date: an optional part phrase (as `DateAnswer.splitPart` finds it),
        /// the words an answer may open with, and one form that ends the answer.
        func read() -> DateAnswer? {
            var part: DateAnswer.Part?
            var start = 0
            if let (found, after) = partPhrase() {
                part = found
                start = after
            } else if word(0) == .at || word(0) == .by || word(0) == .in && (word(1) == .at || word(1) == .by)
            {
                // Without a part, the full reader reads `at` and `by` in prose mode.
                return nil
            }
            while let opener = word(start), opener == .in || opener == .the || opener == .filler {
                start += 1
            }
            guard let (value, hundreds, end) = form(at: start), end == tokens.count else { return nil }
            return DateAnswer(value: value, part: part, hundreds: hundreds)
        }

        /// `late`, `mid-`, `the end of`, `in the first half of` … at the start, and where the rest
        /// starts: `DateAnswer.splitPart`'s phrases, after its optional `in`, `at`, `by` and `the`.
        func partPhrase() -> (DateAnswer.Part, Int)? {
            var index = 0
            if word(index) == .in && spaced(index + 1) { index += 1 }
            if word(index) == .at && spaced(index + 1) { index += 1 }
            if word(index) == .by && spaced(index + 1) { index += 1 }
            if word(index) == .the && spaced(index + 1) { index += 1 }
            guard let head = word(index) else { return nil }
            switch head {
            case .early, .mid, .late:
                let part: DateAnswer.Part = head == .early ? .early : head == .mid ? .mid : .late
                if spaced(index + 1) { return (part, index + 1) }
                // `mid-1905`: the hyphen, then the period, as the phrase is written.
                if kind(index + 1) == .dash, tokens[index + 1].number == 1, !tokens[index + 1].spaceBefore,
                    index + 2 < tokens.count, !tokens[index + 2].spaceBefore
                {
                    return (part, index + 2)
                }
                return nil
            case .beginning, .start, .middle, .end:
                guard spaced(index + 1), word(index + 1) == .of, spaced(index + 2) else { return nil }
                return (head == .middle ? .mid : head == .end ? .late : .early, index + 2)
            case .ordinal(let number) where number <= 2:
                guard spaced(index + 1), word(index + 1) == .half, spaced(index + 2), word(index + 2) == .of,
                    spaced(index + 3)
                else { return nil }
                return (number == 1 ? .early : .late, index + 3)
            default:
                return nil
            }
        }

        /// The date form at `index`: its value, whether it is a century written as its hundreds
        /// (`1800s`), and where it ends.
        func form(at index: Int) -> (DateValue, Bool, Int)? {
            guard index < tokens.count else { return nil }
            let token = tokens[index]
            switch token.kind {
            case .number:
                // A date of numbers alone is read as one, or not at all (as `isoDate` and `numericDate`).
                if isISO(at: index) || isNumericDate(at: index) {
                    return numeric(at: index).map { ($0.0, false, $0.1) }
                }
                if let decade = decade(at: index) { return decade }
                if token.digits <= 2 {
                    return dayFirst(at: index) ?? ordinalCentury(at: index).map { ($0.0, false, $0.1) }
                }
                return yearOrRange(at: index).map { ($0.0, false, $0.1) }
            case .word:
                let found: (DateValue, Int)?
                switch token.word {
                case .month: found = monthFirst(at: index)
                case .season(let season): found = seasonYear(season, at: index)
                case .ordinal: found = ordinalCentury(at: index)
                case .from, .between: found = openedRange(at: index)
                default: found = nil
                }
                return found.map { ($0.0, false, $0.1) }
            default:
                return nil
            }
        }

        /// Four digits, a dash and a month's two digits, all joined: `isoDate`'s start.
        func isISO(at index: Int) -> Bool {
            guard tokens[index].digits == 4, attachedDash(index + 1), let month = number(index + 2) else {
                return false
            }
            return month.digits == 2 && (1...12).contains(month.number)
        }

        /// One or two digits and a dot or slash joined to them: `numericDate`'s start.
        func isNumericDate(at index: Int) -> Bool {
            (1...2).contains(tokens[index].digits) && (kind(index + 1) == .dot || kind(index + 1) == .slash)
                && !tokens[index + 1].spaceBefore
        }

        /// `1925-12-16`, `1925-12` (`isoDate`); `16.12.1925`, `16/12/1925` (`numericDate`).
        func numeric(at index: Int) -> (DateValue, Int)? {
            let first = tokens[index]
            if isISO(at: index), let month = number(index + 2) {
                guard attachedDash(index + 3) else {
                    return (.month(year: first.number, month: month.number), index + 3)
                }
                guard let day = number(index + 4), day.digits == 2, !day.spaceBefore,
                    (1...31).contains(day.number)
                else { return nil }
                return (.day(year: first.number, month: month.number, day: day.number), index + 5)
            }
            guard (1...2).contains(first.digits), let separator = kind(index + 1),
                separator == .dot || separator == .slash, let second = number(index + 2),
                (1...2).contains(second.digits), kind(index + 3) == separator, let year = number(index + 4),
                year.digits == 4, (index + 1...index + 4).allSatisfy({ !tokens[$0].spaceBefore })
            else { return nil }
            var (day, month) = (first.number, second.number)
            if separator == .slash {
                guard first.number > 12 || second.number > 12 || first.number == second.number else {
                    return nil
                }
                if first.number <= 12 && second.number > 12 { (day, month) = (second.number, first.number) }
            }
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            return (.day(year: year.number, month: month, day: day), index + 5)
        }

        /// `1990s`, `1990's`, `2000s` (a decade), `1800s` (a century, written as its hundreds).
        func decade(at index: Int) -> (DateValue, Bool, Int)? {
            let number = tokens[index]
            guard (3...4).contains(number.digits), number.number % 10 == 0 else { return nil }
            var next = index + 1
            if kind(next) == .apostrophe, !tokens[next].spaceBefore { next += 1 }
            guard word(next) == .letter(UInt8(ascii: "s")), !tokens[next].spaceBefore else { return nil }
            if DateGrammar.namesACentury(hundreds: number.number) {
                return (.century(number.number), true, next + 1)
            }
            return (.decade(number.number), false, next + 1)
        }

        /// `16 December 1925`, `16th of Dec. 1925`, `16 December` (`dayMonthYear`).
        func dayFirst(at index: Int) -> (DateValue, Bool, Int)? {
            guard let (day, afterDay) = dayNumber(at: index) else { return nil }
            var next = afterDay
            if word(next) == .of { next += 1 }
            guard let (month, afterMonth) = monthName(at: next), isValid(day: day, month: month) else {
                return nil
            }
            if let (year, end) = yearAfter(afterMonth) {
                return (.day(year: year, month: month, day: day), false, end)
            }
            guard afterMonth == tokens.count else { return nil }
            return (.day(year: nil, month: month, day: day), false, afterMonth)
        }

        /// `December 16, 1925`, `December 16th 1925`, `March 1947`, `March, 1947`, `march of 1947`,
        /// `December` (`monthDayYear`, `monthYear`, `bareMonth`).
        func monthFirst(at index: Int) -> (DateValue, Int)? {
            guard let (month, afterMonth) = monthName(at: index) else { return nil }
            guard afterMonth < tokens.count else { return (.month(year: nil, month: month), afterMonth) }
            if let token = number(afterMonth), token.digits <= 2 {
                guard let (day, afterDay) = dayNumber(at: afterMonth), isValid(day: day, month: month),
                    kind(afterDay) != .dash, number(afterDay).map(\.spaceBefore) ?? true
                else { return nil }
                if let (year, end) = yearAfter(afterDay) {
                    return (.day(year: year, month: month, day: day), end)
                }
                if word(afterDay) == .of, let (year, end) = plainYear(at: afterDay + 1) {
                    return (.day(year: year, month: month, day: day), end)
                }
                guard afterDay == tokens.count else { return nil }
                return (.day(year: nil, month: month, day: day), afterDay)
            }
            var next = afterMonth
            if word(next) == .of || kind(next) == .comma { next += 1 }
            guard let (year, end) = plainYear(at: next) else { return nil }
            return (.month(year: year, month: month), end)
        }

        /// `spring 1943`, `the summer of 1943` (`seasonYear`).
        func seasonYear(_ season: DateValue.Season, at index: Int) -> (DateValue, Int)? {
            var next = index + 1
            if word(next) == .of { next += 1 }
            guard let (year, end) = plainYear(at: next) else { return nil }
            return (.season(year: year, season), end)
        }

        /// `19th century`, `nineteenth-century`, `7th century BC` (`century`).
        func ordinalCentury(at index: Int) -> (DateValue, Int)? {
            let ordinal: Int
            var next: Int
            if case .ordinal(let number) = word(index) {
                (ordinal, next) = (number, index + 1)
            } else if let token = number(index), token.digits <= 2, word(index + 1) == .suffix,
                !tokens[index + 1].spaceBefore
            {
                (ordinal, next) = (token.number, index + 2)
            } else {
                return nil
            }
            guard (1...30).contains(ordinal) else { return nil }
            if attachedDash(next) { next += 1 }
            guard word(next) == .century else { return nil }
            if let (sign, end) = era(at: next + 1), sign < 0 { return (.century(-ordinal * 100), end) }
            return (.century((ordinal - 1) * 100), next + 1)
        }

        /// A year of three or four digits, with its era, or a range of two such years joined by a dash
        /// or `to`: `1952`, `264 BC`, `1878–1921`, `1877-78`, `1878 to 1921` (`year`, `rangeMatch`).
        func yearOrRange(at index: Int) -> (DateValue, Int)? {
            guard let (year, end) = plainYear(at: index) else { return nil }
            guard end < tokens.count, end == index + 1 else { return (.year(year), end) }
            if kind(end) != .dash, word(end) != .to, word(end) != .through { return nil }
            return rangeEnd(from: year, connector: end)
        }

        /// `from 1878 to 1921`, `from 1914 until 1918`, `between 1878 and 1921`.
        func openedRange(at index: Int) -> (DateValue, Int)? {
            let opener = word(index)
            guard let first = number(index + 1), (3...4).contains(first.digits),
                let (year, end) = plainYear(at: index + 1), end == index + 2, end < tokens.count
            else { return nil }
            // `from 1919-05 …` starts with a month.
            if first.digits == 4, attachedDash(end), let month = number(end + 1), month.digits == 2,
                (1...12).contains(month.number)
            {
                return nil
            }
            if opener == .between {
                guard word(end) == .and else { return nil }
            } else {
                guard kind(end) == .dash || word(end) == .to || word(end) == .until || word(end) == .through
                else { return nil }
            }
            return rangeEnd(from: year, connector: end)
        }

        /// The range from `year` to the year after the connector at `connector`: a two-digit year
        /// joined to a dash (`1877-78`) shares the first's century; otherwise a year of three or four
        /// digits, after the first (`rangeValue`).
        func rangeEnd(from year: Int, connector: Int) -> (DateValue, Int)? {
            let next = connector + 1
            guard let last = number(next) else { return nil }
            if kind(connector) == .dash, last.digits == 2, !last.spaceBefore {
                guard next + 1 == tokens.count else { return nil }
                var endYear = year / 100 * 100 + last.number
                if endYear <= year { endYear += 100 }
                return (.range(.year(year), .year(endYear)), next + 1)
            }
            guard (3...4).contains(last.digits), let (endYear, end) = plainYear(at: next), end == next + 1,
                year < endYear
            else { return nil }
            return (.range(.year(year), .year(endYear)), end)
        }

        // MARK: Pieces, as `DateGrammar` reads them in answer mode

        /// A day of the month, with its ordinal suffix: `16`, `16th`.
        func dayNumber(at index: Int) -> (Int, Int)? {
            guard let token = number(index), (1...2).contains(token.digits), (1...31).contains(token.number)
            else {
                return nil
            }
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].spaceBefore {
                return word(index + 1) == .suffix ? (token.number, index + 2) : nil
            }
            return (token.number, index + 1)
        }

        /// A month, full or abbreviated (`Dec`, `Dec.`).
        func monthName(at index: Int) -> (Int, Int)? {
            guard case .month(let month, let abbreviated) = word(index) else { return nil }
            if abbreviated, kind(index + 1) == .dot, !tokens[index + 1].spaceBefore {
                return (month, index + 2)
            }
            return (month, index + 1)
        }

        /// A year after a day and month, after an optional comma.
        func yearAfter(_ index: Int) -> (Int, Int)? {
            if kind(index) == .comma, let found = plainYear(at: index + 1) { return found }
            return plainYear(at: index)
        }

        /// A number of up to four digits with an optional era after it (`264 BC`); no era before it
        /// (`AD 800`), which is left to the full reader.
        func plainYear(at index: Int) -> (Int, Int)? {
            guard let token = number(index) else { return nil }
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].spaceBefore {
                return nil
            }
            if token.digits <= 4, let (sign, end) = era(at: index + 1) { return (sign * token.number, end) }
            return token.digits <= 4 && token.number > 0 ? (token.number, index + 1) : nil
        }

        /// `BC`, `BCE`, `AD`, `CE`, or dotted (`B.C.`, `a.d.`), with where it ends.
        func era(at index: Int) -> (Int, Int)? {
            guard let first = word(index) else { return nil }
            if case .era(let sign) = first { return (sign, index + 1) }
            // The letters, a byte each, first letter highest; more than four cannot be an era.
            var letters: UInt32 = 0
            var count = 0
            var next = index
            while next < tokens.count, next == index || !tokens[next].spaceBefore {
                if case .letter(let letter) = word(next) {
                    letters = letters << 8 | UInt32(letter)
                    count += 1
                } else if kind(next) != .dot {
                    break
                }
                next += 1
            }
            guard count <= 4 else { return nil }
            switch letters {
            case Self.letters("ad"), Self.letters("ce"): return (1, next)
            case Self.letters("bc"), Self.letters("bce"): return (-1, next)
            default: return nil
            }
        }

        static func letters(_ text: StaticString) -> UInt32 {
            var letters: UInt32 = 0
            for index in 0..<text.utf8CodeUnitCount { letters = letters << 8 | UInt32(text.utf8Start[index]) }
            return letters
        }

        /// `DateGrammar.isValid`: the day is in the month (29 February always is).
        func isValid(day: Int, month: Int) -> Bool {
            switch month {
            case 2: day <= 29
            case 4, 6, 9, 11: day <= 30
            default: (1...12).contains(month) && day <= 31
            }
        }

        func word(_ index: Int) -> Word? {
            index < tokens.count && tokens[index].kind == .word ? tokens[index].word : nil
        }

        func kind(_ index: Int) -> Token.Kind? { index < tokens.count ? tokens[index].kind : nil }

        func number(_ index: Int) -> Token? {
            index < tokens.count && tokens[index].kind == .number ? tokens[index] : nil
        }

        /// Whether a token follows at `index` after one space.
        func spaced(_ index: Int) -> Bool { index < tokens.count && tokens[index].spaceBefore }

        /// A dash with no space on either side, and a token after it.
        func attachedDash(_ index: Int) -> Bool {
            kind(index) == .dash && !tokens[index].spaceBefore && index + 1 < tokens.count
                && !tokens[index + 1].spaceBefore
        }
    }
}
