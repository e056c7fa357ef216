/// Checks a typed name against a "who or what?" card: case, diacritics and punctuation ignored, a
/// leading article optional (`Ottoman Empire` is `the Ottoman Empire`), a person's title and first
/// names optional (`Hitler`, `Yudenich`), and small typos forgiven: one per five letters of the name
/// (none under five letters), so `Hitlr` and `Ludendorf` are right. Digits are never forgiven
/// (`U-21` is not `U-20`), and a name the text writes for something else is wrong even when it is
/// within the allowance (`Prussia` for `Russia`).
enum NameAnswer {
    /// Typos forgiven in a name of `key`'s letters: one per five letters, none below five.
    static func allowance(_ key: String) -> Int {
        let letters = key.filter(\.isLetter).count
        return letters < 5 ? 0 : letters / 5
    }

    /// A name as the checker compares it: folded (`AnswerChecker.fold`), without a leading article.
    static func key(_ text: String) -> String {
        var words = AnswerChecker.fold(text).split(separator: " ")
        if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The forms the card takes: the answer, for a person the shorter ones of `surnames`, and for a
    /// state named by its head (`the Republic of Turkey`) the state's own name (`Turkey`).
    static func forms(_ question: WhoQuestion) -> [String] {
        var forms = [question.answer] + (question.nameKind == .person ? question.surnames : [])
        let words = key(question.answer).split(separator: " ")
        if question.nameKind == .state, let of = words.firstIndex(of: "of"), of > 0,
            NameWords.stateHeads.contains(String(words[of - 1])),
            case let rest = words[(of + 1)...].joined(separator: " "), NameWords.countries.contains(rest)
        {
            forms.append(rest)
        }
        return forms
    }

    static func check(_ typed: String, _ question: WhoQuestion) -> AnswerChecker.Verdict {
        let answer = key(typed)
        guard !answer.isEmpty else { return .wrong }
        let forms = forms(question).map(key)
        if forms.contains(answer) { return .right }
        let others = question.others.map(key)
        if others.contains(answer) { return .wrong }
        let typedLetters = Array(answer)
        for form in forms where AnswerChecker.numbers(in: form) == AnswerChecker.numbers(in: answer) {
            let allowed = allowance(form)
            guard allowed > 0 else { continue }
            let distance = AnswerChecker.editDistance(typedLetters, Array(form), limit: allowed)
            guard distance <= allowed else { continue }
            let nearer = others.contains {
                AnswerChecker.editDistance(typedLetters, Array($0), limit: distance) <= distance
            }
            if !nearer { return .right }
        }
        if question.nameKind == .person, let last = key(question.answer).split(separator: " ").last,
            String(last) == answer, question.answer.split(separator: " ").count > 1
        {
            return .retry("more than one person of the text has that name: type the full name")
        }
        return .wrong
    }
}
