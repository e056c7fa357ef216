/// Dates not worth a card: a student who learns them learns when something was said or counted,
/// not when something happened.
///
/// - the date of a remark (`Officials said on Jan. 5, 2021, that …`): the event is what was said;
/// - the date by which a figure was reached (`sold 12,000 copies by 1935`);
/// - the age of a found object (`Roman coins from AD 79 … were found when …`): the event is the find;
/// - a year written as the end of a name (`the Public Order Act 1986`, `Expo 1967`, a citation's
///   `(Marden 1974)`): a title, and a blank in it asks for part of the name, not for when the fact
///   happened.
enum Trivia {
    static let sayingVerbs: Set<String> = [
        "said", "says", "told", "stated", "reported", "wrote", "added", "claimed", "noted", "commented",
        "remarked", "explained",
    ]
    static let findingVerbs: Set<String> = ["found", "discovered", "unearthed", "excavated", "uncovered"]

    static func isTrivial(_ date: DateExpression, in fact: Fact) -> Bool {
        let before = Giveaways.words(of: fact.text, before: date.utf8Range.lowerBound)
        let near = before.suffix(3)
        if near.contains(where: sayingVerbs.contains) { return true }
        if before.last == "by", figureBefore(date, in: fact.text) { return true }
        if endsAName(date, in: fact.text) { return true }
        if before.last == "from" {
            let all = fact.text.lowercased().split(whereSeparator: { !$0.isLetter })
            if all.contains(where: { findingVerbs.contains(String($0)) }) { return true }
        }
        return false
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

    /// Words written with a capital before a year that are not a name: eras.
    static let eraWords: Set<String> = ["AD", "BC", "BCE", "CE", "A.D", "B.C", "C"]

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
            word.allSatisfy({ $0.isLetter || $0 == "-" }), !eraWords.contains(String(word))
        else { return false }
        return true
    }
}
