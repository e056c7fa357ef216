/// What the text tells about its names, read once over all its facts: which are people's (written
/// after a title, with an initial, with a lifespan in brackets, or a full name whose surname the
/// text also writes alone), which words name a person on their own, and every name it writes, so that
/// a typo allowance never takes one name for another.
struct NameBook: Sendable {
    /// People's names as written without their title (`Adolf Hitler`, `Yudenich`).
    var persons: Set<String> = []
    /// One-word names the text writes alone inside a sentence (`Hitler`, `Chiang`).
    var singles: Set<String> = []
    /// Every name the text writes, as written.
    var all: Set<String> = []
    /// The same in order, each with its answer key and the key's characters: every who card measures
    /// its answer against all of them (`confusable`), so they are folded once.
    var keyed: [(name: String, key: String, characters: [Character])] = []

    init(_ facts: [Fact]) {
        var candidates: [[String]] = []
        for fact in facts {
            let tokens = SentenceSubject.tokens(fact.text)
            var index = 0
            while index < tokens.count {
                guard SentenceSubject.isNameWord(tokens[index].text),
                    let last = SentenceSubject.nameRun(tokens, from: index)
                else {
                    index += 1
                    continue
                }
                let words = SentenceSubject.name(tokens, index...last).split(separator: " ").map(String.init)
                all.insert(words.joined(separator: " "))
                let titles = words.prefix { NameWords.titles.contains($0.lowercased()) }.count
                let rest = Array(words.dropFirst(titles))
                let isPlace = rest.contains { NameWords.placeWords.contains($0.lowercased()) }
                let person =
                    !rest.isEmpty && !isPlace && Self.kindByName(rest.joined(separator: " ")) == nil
                    && !NameWords.particles.contains(rest[0].lowercased())
                if person,
                    titles > 0 || rest.dropFirst().contains(where: SentenceSubject.isInitial)
                        || Self.hasLifespan(tokens, after: last)
                {
                    persons.insert(rest.joined(separator: " "))
                } else if person, rest.count >= 2, rest.count <= 3,
                    !rest.contains(where: { NameWords.particles.contains($0.lowercased()) })
                {
                    candidates.append(rest)
                }
                if words.count == 1, index > 0, !SentenceSubject.isNameWord(tokens[index - 1].text) {
                    singles.insert(words[0])
                }
                index = last + 1
            }
        }
        for words in candidates
        where [words[0], words[words.count - 1]].contains(where: {
            singles.contains($0) && Self.kindByName($0) == nil
        }) {
            persons.insert(words.joined(separator: " "))
        }
        keyed = all.sorted().map { name in
            let key = NameAnswer.key(name)
            return (name, key, Array(key))
        }
    }

    /// Whether a bracket with a year and a dash, `born` or `died` follows the name (`(1881–1954)`).
    static func hasLifespan(_ tokens: [SentenceSubject.Token], after last: Int) -> Bool {
        guard last + 1 < tokens.count, tokens[last + 1].text.hasPrefix("(") else { return false }
        let inside = tokens[(last + 1)...].prefix(4).map(\.text).joined(separator: " ")
        let bracket = inside.prefix { $0 != ")" }
        return bracket.contains(where: \.isNumber)
            && (bracket.contains("–") || bracket.contains("-") || bracket.contains("born")
                || bracket.contains("died") || bracket.hasPrefix("(b.") || bracket.hasPrefix("(d."))
    }

    /// The kind of a name from its words alone: a state the lists know, or a name whose head noun
    /// says what it is (`Treaty of Versailles`, `Red Army`, `Ottoman Empire`), with the question's
    /// opening (`Which country`, `Which treaty`).
    static func kindByName(_ name: String) -> (kind: WhoQuestion.NameKind, asks: String)? {
        let lower = name.lowercased()
        if NameWords.countries.contains(lower) {
            return (.state, NameWords.pastStates.contains(lower) ? "Which state" : "Which country")
        }
        let words = lower.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        let head = words.firstIndex(of: "of").map { $0 > 0 ? words[$0 - 1] : "" } ?? words[words.count - 1]
        if NameWords.stateHeads.contains(head) { return (.state, "Which \(head)") }
        if NameWords.documentHeads.contains(head) { return (.document, "Which \(head)") }
        if NameWords.organisationHeads.contains(head) { return (.organisation, "Which \(head)") }
        return nil
    }

    /// The kind of a subject's name, and how its question opens; nil for a name of no kind the
    /// family asks about (a place, a ship, an event, a name the text does not show to be a person's).
    func kind(of name: String) -> (kind: WhoQuestion.NameKind, asks: String)? {
        if let known = Self.kindByName(name) { return known }
        let words = name.split(separator: " ").map(String.init)
        let titles = words.prefix { NameWords.titles.contains($0.lowercased()) }.count
        let rest = words.dropFirst(titles).joined(separator: " ")
        guard !rest.isEmpty, !words.contains(where: { NameWords.placeWords.contains($0.lowercased()) }),
            !words.contains("of")
        else {
            return nil
        }
        if titles > 0 || persons.contains(rest) { return (.person, "Who") }
        if words.count == 1,
            persons.contains(where: { $0.split(separator: " ").last.map(String.init) == rest })
        {
            return (.person, "Who")
        }
        return nil
    }

    /// The shorter forms a person may be named by: the name without its title, its last word, and
    /// any word of it the text writes alone; none that is a word of another person's name.
    func surnames(of name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        let titles = words.prefix { NameWords.titles.contains($0.lowercased()) }.count
        let rest = Array(words.dropFirst(titles))
        guard !rest.isEmpty else { return [] }
        var forms: [String] = []
        if titles > 0 { forms.append(rest.joined(separator: " ")) }
        let whole = rest.joined(separator: " ")
        let others = persons.filter {
            $0 != whole && !whole.hasSuffix(" " + $0) && !$0.hasSuffix(" " + whole)
        }
        // The words the text writes alone (`Mao` of `Mao Zedong`), else the last (`Hitler`).
        let alone = rest.filter { singles.contains($0) }
        for (position, word) in rest.enumerated() where rest.count > 1 {
            guard !SentenceSubject.isInitial(word), !NameWords.particles.contains(word.lowercased()),
                alone.isEmpty ? position == rest.count - 1 : alone.contains(word),
                Self.kindByName(word) == nil
            else { continue }
            if others.contains(where: { $0.split(separator: " ").contains(Substring(word)) }) { continue }
            forms.append(word)
        }
        return forms.filter { $0 != name }
    }

    /// The names of the text a typo allowance would take for one of `forms`: typing them is wrong.
    func confusable(with forms: [String]) -> [String] {
        let keys = Set(forms.map(NameAnswer.key))
        let allowed = keys.map { (characters: Array($0), typos: NameAnswer.allowance($0)) }.filter {
            $0.typos > 0
        }
        var found: [String] = []
        for (name, key, characters) in keyed {
            guard !keys.contains(key), !key.isEmpty else { continue }
            let close = allowed.contains { form in
                AnswerChecker.editDistance(characters, form.characters, limit: form.typos) <= form.typos
            }
            if close { found.append(name) }
        }
        return Array(found.prefix(8))
    }
}
