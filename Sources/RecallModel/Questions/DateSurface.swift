/// A date as its text writes it, with each number or word that carries part of the value marked,
/// so that another value is written exactly the same way: `Sept. 9, 1933` becomes `Sept. 16, 1933`,
/// `seventh century BC` becomes `fifth century BC`, `late 1905` becomes `late 1907`.
///
/// Multiple-choice options written by it share the answer's form, so no option stands out by its
/// wording (an option in another style is a tell a test-wise student uses).
struct DateSurface {
    enum Role: Equatable {
        case literal
        /// The start (0) or end (1) year of the value, written as digits.
        case year(Int)
        /// The two-digit end of a range written `1877–78`.
        case yearSuffix
        case day
        /// `st`, `nd`, `rd`, `th` after a day or a century's number.
        case ordinalSuffix
        case month
        case season
        /// A century's number in `19th century`.
        case centuryNumber
        /// A century's number as a word in `nineteenth century`.
        case centuryWord
        /// A decade's first year in `1990s`.
        case decade
        /// A century's first year in `1800s`.
        case hundreds
        /// The month and day of an ISO date (`1933-09-09`), in two digits.
        case isoMonth, isoDay
    }

    struct Token {
        var text: String
        var role: Role
    }

    var tokens: [Token]

    /// The surface of `text`, when every part of `value` is found in it once and nothing else is read
    /// as one; nil for forms it does not know (relative dates, ranges of days).
    init?(text: String, value: DateValue) {
        var tokens = Self.split(text).map { Token(text: $0, role: .literal) }
        let numbers = Self.numbers(of: value)
        if case .day(let year?, let month, let day) = value,
            tokens.map(\.text) == [
                String(year), "-", DateValue.two(month), "-", DateValue.two(day),
            ]
        {
            tokens[0].role = .year(0)
            tokens[2].role = .isoMonth
            tokens[4].role = .isoDay
            self.tokens = tokens
            return
        }
        var yearsFound = 0
        for index in tokens.indices {
            let piece = tokens[index].text
            let lower = piece.lowercased()
            let next = index + 1 < tokens.count ? tokens[index + 1].text.lowercased() : ""
            if let number = Int(piece), piece.allSatisfy(\.isASCII) {
                if numbers.day == number, piece.count <= 2, tokens[..<index].allSatisfy({ $0.role != .day }) {
                    tokens[index].role = .day
                    if DateVocabulary.ordinalSuffixes.contains(next) {
                        tokens[index + 1].role = .ordinalSuffix
                    }
                } else if yearsFound < numbers.years.count, numbers.years[yearsFound] == number,
                    piece.count >= 3
                {
                    tokens[index].role = .year(yearsFound)
                    yearsFound += 1
                } else if yearsFound == 1, numbers.years.count == 2, piece.count == 2,
                    number == numbers.years[1] % 100
                {
                    tokens[index].role = .yearSuffix
                    yearsFound += 1
                } else if let century = numbers.century, number == century,
                    DateVocabulary.ordinalSuffixes.contains(next)
                {
                    tokens[index].role = .centuryNumber
                    tokens[index + 1].role = .ordinalSuffix
                } else if let decade = numbers.decade, number == decade,
                    next == "s" || next == "'" || next == "’"
                {
                    tokens[index].role = .decade
                } else if let hundreds = numbers.hundreds, number == hundreds, next == "s" {
                    tokens[index].role = .hundreds
                } else {
                    return nil
                }
            } else if DateVocabulary.months[lower] != nil || DateVocabulary.monthAbbreviations[lower] != nil {
                guard numbers.month != nil else { return nil }
                tokens[index].role = .month
            } else if DateVocabulary.seasons[lower] != nil {
                guard numbers.season != nil else { return nil }
                tokens[index].role = .season
            } else if let ordinal = DateVocabulary.ordinalWords[lower], ordinal == numbers.century {
                tokens[index].role = .centuryWord
            }
        }
        // A day, month or season may leave its year to the story.
        let yearOptional = numbers.month != nil || numbers.season != nil
        guard yearsFound == numbers.years.count || (yearsFound == 0 && yearOptional) else { return nil }
        self.tokens = tokens
        guard render(value) == text else { return nil }
    }

    /// `value` written in this surface's form; nil when the form cannot hold it.
    func render(_ value: DateValue) -> String? {
        let numbers = Self.numbers(of: value)
        var result = ""
        var lastNumber: Int? = nil
        for token in tokens {
            switch token.role {
            case .literal:
                result += token.text
            case .year(let which):
                guard which < numbers.years.count else { return nil }
                result += String(abs(numbers.years[which]))
            case .yearSuffix:
                guard numbers.years.count == 2 else { return nil }
                result += DateValue.two(abs(numbers.years[1]) % 100)
            case .day:
                guard let day = numbers.day else { return nil }
                result += String(day)
                lastNumber = day
            case .ordinalSuffix:
                guard let number = lastNumber else { return nil }
                let suffix = String(DateStyle.ordinal(number).drop(while: \.isNumber))
                result += Self.sameCase(as: token.text, suffix)
            case .month:
                guard let month = numbers.month else { return nil }
                result += Self.monthName(month, like: token.text)
            case .season:
                guard let season = numbers.season else { return nil }
                result += Self.seasonName(season, like: token.text)
            case .centuryNumber:
                guard let century = numbers.century else { return nil }
                result += String(century)
                lastNumber = century
            case .centuryWord:
                guard let century = numbers.century,
                    let word = DateVocabulary.ordinalWords.first(where: { $0.value == century })?.key
                else { return nil }
                result += Self.sameCase(as: token.text, word)
            case .decade:
                guard let decade = numbers.decade else { return nil }
                result += String(decade)
            case .hundreds:
                guard let hundreds = numbers.hundreds else { return nil }
                result += String(hundreds)
            case .isoMonth:
                guard let month = numbers.month else { return nil }
                result += DateValue.two(month)
            case .isoDay:
                guard let day = numbers.day else { return nil }
                result += DateValue.two(day)
            }
        }
        return result
    }

    /// The value as this surface writes it: a day, month or season without its year when the text
    /// leaves the year to the story (`20 August` in a story of 1950).
    func written(_ value: DateValue) -> DateValue {
        guard !tokens.contains(where: { $0.role == .year(0) }) else { return value }
        switch value {
        case .day(_, let month, let day): return .day(year: nil, month: month, day: day)
        case .month(_, let month): return .month(year: nil, month: month)
        case .season(_, let season): return .season(year: nil, season)
        default: return value
        }
    }

    /// The numbers and names a value is written with.
    struct Numbers {
        var years: [Int] = []
        var month: Int?
        var day: Int?
        var season: DateValue.Season?
        /// The century's ordinal number (19 for the 19th), when the value is a century.
        var century: Int?
        var decade: Int?
        var hundreds: Int?
    }

    static func numbers(of value: DateValue) -> Numbers {
        var numbers = Numbers()
        switch value {
        case .year(let year): numbers.years = [abs(year)]
        case .month(let year, let month):
            numbers.years = year.map { [abs($0)] } ?? []
            numbers.month = month
        case .day(let year, let month, let day):
            numbers.years = year.map { [abs($0)] } ?? []
            numbers.month = month
            numbers.day = day
        case .season(let year, let season):
            numbers.years = year.map { [abs($0)] } ?? []
            numbers.season = season
        case .decade(let first): numbers.decade = abs(first)
        case .century(let first):
            numbers.century = first < 0 ? -first / 100 : first / 100 + 1
            numbers.hundreds = first >= 0 ? first : nil
        case .range(.year(let start), .year(let end)): numbers.years = [abs(start), abs(end)]
        case .range, .relative: break
        }
        return numbers
    }

    /// Runs of digits, runs of letters, and single other characters.
    static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var currentKind = 0
        for character in text {
            let kind = character.isASCII && character.isNumber ? 1 : character.isLetter ? 2 : 3
            if kind != currentKind || kind == 3, !current.isEmpty {
                pieces.append(current)
                current = ""
            }
            current.append(character)
            currentKind = kind
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// A month written as `like` is: in full or abbreviated (`Sept` stays four letters), in its case.
    static func monthName(_ month: Int, like original: String) -> String {
        let full = DateVocabulary.monthNames[month - 1]
        let name: String
        if DateVocabulary.months[original.lowercased()] != nil {
            name = full
        } else if original.count == 4 && month == 9 {
            name = "Sept"
        } else {
            name = String(full.prefix(3))
        }
        return sameCase(as: original, name)
    }

    static func seasonName(_ season: DateValue.Season, like original: String) -> String {
        let names: [DateValue.Season: String] = [
            .spring: "spring", .summer: "summer",
            .autumn: original.lowercased() == "fall" ? "fall" : "autumn",
            .winter: "winter",
        ]
        return sameCase(as: original, names[season]!)
    }

    /// `word` in the case of `original`: `March`, `march` or `MARCH`.
    static func sameCase(as original: String, _ word: String) -> String {
        if original.count > 1, original == original.uppercased() { return word.uppercased() }
        if original.first?.isUppercase ?? false {
            return word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }
        return word.lowercased()
    }
}
