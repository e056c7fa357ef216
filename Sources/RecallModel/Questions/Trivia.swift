/// Dates not worth a card: a student who learns them learns when something was said or counted,
/// not when something happened.
///
/// - the date of a remark (`Officials said on Jan. 5, 2021, that …`): the event is what was said;
/// - the date by which a figure was reached (`sold 12,000 copies by 1935`);
/// - the age of a found object (`Roman coins from AD 79 … were found when …`): the event is the find;
/// - a year written as the end of a name (`the Public Order Act 1986`, `Expo 1967`, a citation's
///   `(Marden 1974)`): a title, and a blank in it asks for part of the name, not for when the fact
///   happened;
/// - a century written as an adjective (`19th-century landscapes`): it says what kind, not when;
/// - a side person's life in brackets (`in conjunction with Robert Jameson (1774-1854), the
///   Edinburgh Philosophical Journal`): it labels a name the sentence mentions, and the event is
///   another;
/// - the date of the record a feat is measured against (`the first rookie since Walker in 1986 to …`,
///   `his most yards since 1980`, `tied a record set by Onstad in 2003`): the event is the feat, and
///   the year is another's.
enum Trivia {
    static let sayingVerbs: Set<String> = [
        "said", "says", "told", "stated", "reported", "wrote", "added", "claimed", "noted", "commented",
        "remarked", "explained", "quipped", "joked", "recalled", "argued", "suggested", "observed",
        "predicted", "speculated",
    ]
    /// Words for something written about events that a date may qualify (`the August 14, 2008 EDN
    /// article`): the date is when it was written. An interview is not one: some are events
    /// (`the 1908 interview with James Creelman` set off the Mexican Revolution).
    static let remarkNouns: Set<String> = [
        "article", "essay", "editorial", "memo", "blog", "tweet", "remarks", "podcast",
    ]
    static let findingVerbs: Set<String> = ["found", "discovered", "unearthed", "excavated", "uncovered"]

    static func isTrivial(_ date: DateExpression, in fact: Fact) -> Bool {
        let before = Giveaways.words(of: fact.text, before: date.utf8Range.lowerBound)
        let near = before.suffix(3)
        if near.contains(where: sayingVerbs.contains) { return true }
        if qualifiesARemark(date, in: fact.text) { return true }
        if before.last == "by", figureBefore(date, in: fact.text) || figureAfter(date, in: fact.text) {
            return true
        }
        if endsAName(date, in: fact.text) { return true }
        if isASideLife(date, in: fact.text) || isASideLifeNote(date, in: fact.text) { return true }
        // `the first 20th-century World Championship`, `19th-century landscapes`: a kind, not a time.
        if date.text.hasSuffix("-century") || date.text.hasSuffix("-centuries") { return true }
        if measuresARecord(before) { return true }
        if datesAPlan(before) { return true }
        if before.last == "from" {
            let all = fact.text.lowercased().split(whereSeparator: { !$0.isLetter })
            if all.contains(where: { findingVerbs.contains(String($0)) }) { return true }
        }
        return false
    }

    /// `planned to be on sale in India in early 2014`, `scheduled for 1942`: when something was meant
    /// to happen, not when anything did.
    static func datesAPlan(_ before: [String]) -> Bool {
        let near = Array(before.suffix(7))
        return near.indices.dropLast().contains { index in
            planWords.contains(near[index]) && ["to", "for"].contains(near[index + 1])
        }
    }

    static let planWords: Set<String> = [
        "planned", "scheduled", "expected", "intended", "due", "hoped", "proposed", "slated", "set",
    ]

    /// `the 2015 first-round pick`, `the 1685 rebellions`, `its 1984 designation`: a year or a date
    /// written before a noun says which one, and the sentence's event is another's. A cloze may ask
    /// for it; a question on what happened then, or a statement ordered by it, may not.
    static func qualifiesANoun(_ date: DateExpression, in text: String) -> Bool {
        guard [.year, .month, .day].contains(date.value.granularity) else { return false }
        let before = Giveaways.words(of: text, before: date.utf8Range.lowerBound)
        guard let previous = before.last, determiners.contains(previous) else { return false }
        // `The 2008 election was won by …`, `At the 1962 general election the party won …`: the phrase
        // is the sentence's subject or its time, and the thing it names is the event.
        if before.count == 1
            || ["at", "in", "during", "after", "before"].contains(before.dropLast().last ?? "")
        {
            return false
        }
        let tail = Self.tail(after: date, in: text)
        guard tail.first == " ", let next = tail.dropFirst().split(separator: " ").first,
            let initial = next.first, initial.isLowercase
        else { return false }
        let word = String(next.filter { $0.isLetter || $0 == "-" })
        return !word.isEmpty && !notNouns.contains(word) && !ownEvents.contains(word)
    }

    /// Nouns whose year is the event a sentence tells when it names them (`contested the 1957 general
    /// election`).
    static let ownEvents: Set<String> = ["election", "elections", "general", "referendum", "coup", "vote"]

    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "this", "that", "s",
    ]
    /// Words after a date that are no noun it could qualify.
    static let notNouns: Set<String> = [
        "to", "and", "or", "in", "on", "at", "of", "by", "for", "with", "after", "before", "until", "as",
        "when", "was", "were", "is", "are", "had", "has",
    ]

    /// Whether the date is followed, within two words, by a word for something said or written
    /// (`a 1981 interview`, `the August 14, 2008 EDN article`).
    static func qualifiesARemark(_ date: DateExpression, in text: String) -> Bool {
        let tail = Self.tail(after: date, in: text)
        guard tail.first == " " else { return false }
        let next = tail.lowercased().split(separator: " ").prefix(2).map {
            String($0.filter { $0.isLetter })
        }
        return next.contains(where: remarkNouns.contains)
    }

    /// The text after the date.
    static func tail(after date: DateExpression, in text: String) -> String {
        String(decoding: Array(text.utf8)[date.utf8Range.upperBound...], as: UTF8.self)
    }

    /// A number of two or more digits, with its thousands separators or decimal point only.
    static func isFigure<Characters: Collection<Character>>(_ characters: Characters) -> Bool {
        characters.filter(\.isNumber).count >= 2
            && characters.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    /// An amount within the ten words after `By DATE,` (`By February 2017, claims had passed NZ$900
    /// million`): a number of two or more digits, with its currency sign or unit letters.
    static func figureAfter(_ date: DateExpression, in text: String) -> Bool {
        Self.tail(after: date, in: text).split(separator: " ").prefix(10).contains { word in
            isFigure(word.drop { !$0.isNumber }.reversed().drop { !$0.isNumber })
        }
    }

    /// A number of two or more digits (`12,000`, `300`) within the four words before `by DATE`.
    static func figureBefore(_ date: DateExpression, in text: String) -> Bool {
        let head = String(decoding: Array(text.utf8)[..<date.utf8Range.lowerBound], as: UTF8.self)
        let words = head.split(separator: " ").dropLast().suffix(4)
        return words.contains { isFigure($0) }
    }

    /// Whether the words before a date hold `since` (no more than eight words back) after a word of
    /// record in the same sentence: `the first rookie since Walker in 1986`, `the first spaceflight
    /// to carry astronauts since the flight of Gemini XII in November 1966`.
    static func measuresARecord(_ before: [String]) -> Bool {
        // `tied an MLS Cup record set by Pat Onstad in 2003`: the record's own year.
        if let record = before.lastIndex(of: "record"), before.count - record <= 7,
            before[record...].contains("set") || before[record...].contains("held")
        {
            return true
        }
        guard let since = before.lastIndex(of: "since"), before.count - since <= 9 else { return false }
        return before[..<since].contains(where: FactSelector.recordWords.contains)
    }

    /// Words written with a capital before a year that are not a name: eras.
    static let eraWords: Set<String> = ["AD", "BC", "BCE", "CE", "A.D", "B.C", "C"]

    /// Words before a year that date it rather than name something: `Easter 1916`, `Christmas 1914`.
    static let datingWords: Set<String> = [
        "christmas", "easter", "whitsun", "pentecost", "lent", "advent", "michaelmas", "thanksgiving",
        "passover", "ramadan", "hanukkah", "midsummer",
    ]

    /// Words that put an event, a state or a body before its bracketed span (`the Reign of Terror`,
    /// `the Byzantine Empire`, `a Task Force on Democratic Policy (1974–76)`), not a person.
    static let beforeAnInstitution: Set<String> = ["the", "of", "a", "an", "on", "for", "in", "at", "from"]

    /// Whether a bracketed range follows a name inside the sentence
    /// (`with Robert Jameson (1774-1854)`), not the name the sentence opens with
    /// (`BREWSTER, SIR DAVID (1781-1868)`, `In 1819 Brewster (1781-1868) founded`), and not an
    /// event's or a state's (`beforeAnInstitution`).
    static func isASideLife(_ date: DateExpression, in text: String) -> Bool {
        // A labelled year (`(b. 1851)`) is `isASideLifeNote`'s, which reads the label however the
        // bracket goes on.
        guard case .range = date.value, QuestionGenerator.isBracketed(date, in: text) else { return false }
        let bytes = Array(text.utf8)
        let head = String(decoding: bytes[..<date.utf8Range.lowerBound], as: UTF8.self)
        guard let open = head.lastIndex(of: "("),
            String(head[head.index(after: open)...]).trimmingSpaces().isEmpty
        else { return false }
        return followsASideName(head[..<open])
    }

    /// Whether `head` ends with a name that follows a lower-case word inside the sentence (`with
    /// Robert Jameson`, `his son Robert Fitzharding`), not an institution's (`beforeAnInstitution`).
    static func followsASideName(_ head: Substring) -> Bool {
        let words = head.split(separator: " ")
        let name = words.reversed().prefix { $0.first?.isUppercase == true }
        guard (1...5).contains(name.count), let first = name.last, first != "The",
            let before = words.dropLast(name.count).last
        else { return false }
        return before.first?.isLowercase == true && !Self.beforeAnInstitution.contains(String(before))
    }

    /// Labels of a birth or death inside a person's bracket: `(* 1797; † 1854)`, `(died 1815 from …)`.
    static let lifeLabels: Set<String> = [
        "*", "†", "b.", "d.", "b", "d", "born", "died", "born in", "died in",
    ]

    /// Whether the date is a birth or death noted in a bracket after a side person's name, however
    /// the bracket goes on: `his son Robert Fitzharding (* 1797; † 1854)`, `married Catherine
    /// Kingscote (died 1815 from tuberculosis)`. Such a date is the relative's, not the sentence's event.
    static func isASideLifeNote(_ date: DateExpression, in text: String) -> Bool {
        let head = String(decoding: Array(text.utf8)[..<date.utf8Range.lowerBound], as: UTF8.self)
        guard let open = head.lastIndex(of: "("), !head[open...].contains(")") else { return false }
        let part =
            head[head.index(after: open)...].split(separator: ";", omittingEmptySubsequences: false).last
            ?? ""
        guard lifeLabels.contains(String(part).trimmingSpaces().lowercased()) else { return false }
        return followsASideName(head[..<open])
    }

    /// Whether a bare year follows a capitalized word that is not the sentence's first
    /// (`the Public Order Act 1986`), as the date finder reads a year that qualifies a name.
    static func endsAName(_ date: DateExpression, in text: String) -> Bool {
        guard case .year = date.value, date.modifier == nil else { return false }
        let head = String(decoding: Array(text.utf8)[..<date.utf8Range.lowerBound], as: UTF8.self)
        guard head.last == " " else { return false }
        let words = head.split(separator: " ")
        // An opening bracket or quote belongs to no word: `(Marden 1974)` is an author's name and year.
        guard words.count >= 2, let word = words.last?.drop(while: { !$0.isLetter }), let first = word.first,
            first.isUppercase,
            word.allSatisfy({ $0.isLetter || $0 == "-" }), !eraWords.contains(String(word)),
            !datingWords.contains(word.lowercased())
        else { return false }
        return true
    }
}
