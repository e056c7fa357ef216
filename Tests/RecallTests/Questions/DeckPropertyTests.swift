import Foundation
import Testing

@testable import RecallModel

/// Three properties of every deck the builder makes, over the real texts the tests can reach (the
/// sample, the annotated fixtures, the WikiWars articles of `../shared` when there) and over texts
/// generated from a seeded random source: timeline items never overlap and are a whole unit apart,
/// a choice card's options share the answer's form, and a reverse cue never opens with a function word.
@Suite struct DeckPropertyTests {
    static let builtAt = time("2026-11-30T10:00:00Z")

    func realDecks() throws -> [Deck] {
        try FamilyCheckTests.sources().map {
            try DeckBuilder().build($0, name: "d", builtAt: Self.builtAt).deck
        }
    }

    func generatedDecks(count: Int) throws -> [Deck] {
        var random = SeededGenerator(id: "deck-properties")
        return try (0..<count).map { index in
            let text = GeneratedHistory.text(sentences: 40, using: &random)
            return try DeckBuilder().build(
                SourceText(name: "generated-\(index).txt", text: text), name: "g\(index)",
                builtAt: Self.builtAt
            ).deck
        }
    }

    /// The form of a date as a careful student sees it: each word kept, except the parts a distractor
    /// changes (digits, month and weekday names, modifiers), which keep only their kind and style.
    static func form(_ option: String) -> [String] {
        let modifiers: Set<String> = ["early", "mid", "late", "beginning", "end", "middle", "start"]
        let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]
        let ordinalWords: Set<String> = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty", "twenty-first",
        ]
        // `mid-February` is a modifier and a month: each part of a hyphenated word has its own kind.
        return option.split(whereSeparator: { $0 == " " || $0 == "-" }).map { token in
            let word = token.lowercased()
            let letters = word.filter(\.isLetter)
            if GeneratedHistory.months.contains(where: { $0.lowercased() == letters }) {
                return "MONTH-name\(word.hasSuffix(",") ? "," : "")"
            }
            if GeneratedHistory.months.contains(where: { $0.lowercased().hasPrefix(letters) }),
                letters.count >= 3
            {
                let style = "abbr"
                return "MONTH-\(style)\(word.hasSuffix(".") ? "." : "")\(word.hasSuffix(",") ? "," : "")"
            }
            if modifiers.contains(letters) { return "MOD" }
            if ordinalWords.contains(letters) { return "ORDWORD" }
            if seasons.contains(letters) { return "SEASON" }
            if ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(
                letters)
            {
                return "WEEKDAY\(word.hasSuffix(",") ? "," : "")"
            }
            if let last = letters.suffix(2).description as String?, ["st", "nd", "rd", "th"].contains(last),
                word.first?.isNumber ?? false
            {
                return "9ORD\(word.hasSuffix(",") ? "," : "")"
            }
            var shape = ""
            for character in token {
                let mapped: Character = character.isNumber ? "9" : character
                if !(shape.last == "9" && mapped == "9") { shape.append(mapped) }
            }
            return shape.lowercased()
        }
    }

    func check(_ decks: [Deck]) -> (timelines: Int, choices: Int, reverses: Int) {
        var counts = (timelines: 0, choices: 0, reverses: 0)
        for deck in decks {
            for card in deck.cards {
                switch card.question {
                case .timeline(let timeline):
                    counts.timelines += 1
                    let spans = timeline.items.compactMap(\.value.span)
                    #expect(spans.count == timeline.items.count)
                    for first in spans.indices {
                        for second in spans.indices where second > first {
                            let (x, y) = (spans[first], spans[second])
                            #expect(!x.overlaps(y), "\(timeline.items.map(\.date))")
                            let gap = max(y.lowerBound - x.upperBound, x.lowerBound - y.upperBound)
                            let unit = max(x.upperBound - x.lowerBound, y.upperBound - y.lowerBound)
                            #expect(gap >= unit - 1e-9, "too close: \(timeline.items.map(\.date))")
                        }
                    }
                    for item in timeline.items {
                        #expect(
                            item.label.components(separatedBy: ClozeQuestion.blank).count <= 2,
                            "\(item.label)")
                        #expect(LabelReading.readsAlone(item.label), "\(item.label)")
                    }
                case .choice(let choice):
                    counts.choices += 1
                    let answer = Self.form(choice.options[choice.answerIndex])
                    for option in choice.options {
                        #expect(Self.form(option) == answer, "\(choice.options)")
                    }
                case .reverse(let reverse):
                    counts.reverses += 1
                    for name in reverse.cue.components(separatedBy: " · ") {
                        let first = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
                        #expect(!CueWords.notNames.contains(first), "cue \(reverse.cue)")
                    }
                default:
                    break
                }
            }
        }
        return counts
    }

    @Test func realDecksKeepTheProperties() throws {
        let counts = check(try realDecks())
        #expect(counts.timelines >= 5 && counts.choices >= 100 && counts.reverses >= 50)
    }

    @Test func generatedDecksKeepTheProperties() throws {
        let counts = check(try generatedDecks(count: 12))
        #expect(counts.timelines >= 12 && counts.choices >= 100 && counts.reverses >= 50)
    }
}

/// Short histories of made-up places: a sentence per event, each with a date in one of the forms
/// texts write (years, days, months, seasons, decades, centuries, BC, ranges), some with a second date
/// or an opener the builder must handle, so that the properties meet many shapes of sentence.
enum GeneratedHistory {
    static let places = [
        "Dunmore", "Port Amaris", "Tessaly", "Calder Vale", "Harwick", "Lund Ferry", "Ostrava Minor",
    ]
    static let people = ["Ada Moss", "Edmund Pryce", "Wenna Tull", "Amos Rudd", "Ezra Pike", "Corvan Hale"]
    static let events = [
        "the town council of {P} was founded", "{N} opened a printing press in {P}",
        "a fire destroyed the docks of {P}",
        "the railway reached {P}", "{N} was elected mayor of {P}", "the bridge at {P} collapsed in a flood",
        "the weavers of {P} went on strike", "{N} published a history of {P}",
        "the abbey of {P} was dissolved",
        "a treaty between {P} and {Q} was signed", "{N} founded a school in {P}",
        "the harbour of {P} was rebuilt",
    ]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static func text(sentences: Int, using random: inout SeededGenerator) -> String {
        (0..<sentences).map { _ in sentence(using: &random) }.joined(separator: " ")
    }

    static func sentence(using random: inout SeededGenerator) -> String {
        var event = events.randomElement(using: &random)!
        event = event.replacingOccurrences(of: "{P}", with: places.randomElement(using: &random)!)
        event = event.replacingOccurrences(of: "{Q}", with: places.randomElement(using: &random)!)
        event = event.replacingOccurrences(of: "{N}", with: people.randomElement(using: &random)!)
        let date = self.date(using: &random)
        let capitalised = event.prefix(1).uppercased() + event.dropFirst()
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return "In \(date.inPhrase), \(event)."
        case 1: return "\(capitalised) \(date.onPhrase)."
        case 2:
            return
                "\(capitalised) \(date.onPhrase), and \(people.randomElement(using: &random)!) left in \(self.date(using: &random).text)."
        case 3:
            return "\(capitalised) \(date.onPhrase) (Harker \(Int.random(in: 1950...2020, using: &random)))."
        case 4: return "However, \(event) \(date.onPhrase)."
        default: return "By \(date.text) \(event)."
        }
    }

    struct GeneratedDate {
        var text: String
        var preposition: String
        var inPhrase: String { text }
        var onPhrase: String { "\(preposition) \(text)" }
    }

    static func date(using random: inout SeededGenerator) -> GeneratedDate {
        let year = Int.random(in: 1100...1990, using: &random)
        let month = months.randomElement(using: &random)!
        let day = Int.random(in: 1...28, using: &random)
        switch Int.random(in: 0..<9, using: &random) {
        case 0: return GeneratedDate(text: "\(day) \(month) \(year)", preposition: "on")
        case 1: return GeneratedDate(text: "\(month) \(day), \(year)", preposition: "on")
        case 2: return GeneratedDate(text: "\(month) \(year)", preposition: "in")
        case 3: return GeneratedDate(text: "the \(year / 10 * 10)s", preposition: "in")
        case 4:
            return GeneratedDate(text: "\(Int.random(in: 100...700, using: &random)) BC", preposition: "in")
        case 5: return GeneratedDate(text: "late \(year)", preposition: "in")
        case 6: return GeneratedDate(text: "the summer of \(year)", preposition: "in")
        case 7: return GeneratedDate(text: "\(month.prefix(3)). \(day), \(year)", preposition: "on")
        default: return GeneratedDate(text: "\(year)", preposition: "in")
        }
    }
}
