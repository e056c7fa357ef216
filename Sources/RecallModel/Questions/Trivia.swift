/// Dates not worth a card: a student who learns them learns when something was said or counted,
/// not when something happened.
///
/// - the date of a remark (`Officials said on Jan. 5, 2021, that …`): the event is what was said;
/// - the date by which a figure was reached (`sold 12,000 copies by 1935`);
/// - the age of a found object (`Roman coins from AD 79 … were found when …`): the event is the find;
/// - a year that ends a name (`the Registration of Political Parties Act 1998 came into force`): the
///   name is learnt with the year, and the event is something else.
enum Trivia {
    static let sayingVerbs: Set<String> = [
        "said", "says", "told", "stated", "reported", "wrote", "added", "claimed", "noted", "commented",
        "remarked", "explained",
    ]
    static let findingVerbs: Set<String> = ["found", "discovered", "unearthed", "excavated", "uncovered"]

    static func isTrivial(_ date: DateExpression, in fact: Fact) -> Bool {
        if isPartOfAName(date, in: fact.text) { return true }
        let before = Giveaways.words(of: fact.text, before: date.utf8Range.lowerBound)
        let near = before.suffix(3)
        if near.contains(where: sayingVerbs.contains) { return true }
        if before.last == "by", figureBefore(date, in: fact.text) { return true }
        if before.last == "from" {
            let all = fact.text.lowercased().split(whereSeparator: { !$0.isLetter })
            if all.contains(where: { findingVerbs.contains(String($0)) }) { return true }
        }
        return false
    }

    /// Words before a year that date it rather than name something: holidays and eras.
    static let datingWords: Set<String> = [
        "christmas", "easter", "whitsun", "pentecost", "lent", "advent", "michaelmas", "thanksgiving",
        "passover", "ramadan", "hanukkah", "midsummer", "ad", "ce", "anno", "domini", "year", "fiscal",
    ]

    /// Whether a bare year comes right after a capitalised word inside the sentence (`Act 1998`,
    /// `Expo 1967`), so that it is the end of a name.
    static func isPartOfAName(_ date: DateExpression, in text: String) -> Bool {
        guard date.text.allSatisfy(\.isNumber), date.utf8Range.lowerBound > 1 else { return false }
        let head = String(decoding: Array(text.utf8)[..<date.utf8Range.lowerBound], as: UTF8.self)
        guard head.hasSuffix(" ") else { return false }
        let words = head.split(separator: " ")
        guard words.count >= 2, let last = words.last, let first = last.first, first.isUppercase,
            last.allSatisfy(\.isLetter), !datingWords.contains(last.lowercased())
        else { return false }
        // The word before is no sentence start of its own (`… in June. Then 1998 …` is rare, and a
        // capital after a stop is a start, not a name).
        return !(words[words.count - 2].last.map { ".!?:".contains($0) } ?? false)
    }

    /// A number of two or more digits (`12,000`, `300`) within the four words before `by DATE`.
    static func figureBefore(_ date: DateExpression, in text: String) -> Bool {
        let head = String(decoding: Array(text.utf8)[..<date.utf8Range.lowerBound], as: UTF8.self)
        let words = head.split(separator: " ").dropLast().suffix(4)
        return words.contains { word in
            let digits = word.filter(\.isNumber)
            return digits.count >= 2 && word.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
        }
    }
}
