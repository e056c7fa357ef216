/// "Before or after?" cards: facts set against a landmark of the text, one the teacher marks
/// (`recall build --landmark TEXT`) or, without marks, the facts the text refers to most.
extension QuestionGenerator {
    /// How many facts on each side of a landmark, nearest in time first, are asked against it.
    static let factsPerLandmarkSide = 5

    /// The landmarks: candidates whose sentence holds a marked text (case and accents ignored), or,
    /// with no marks, the candidates that can be one (`canBeALandmark`) whose names the most other facts mention (one landmark per 20
    /// candidates, at least one and at most three), the earliest told first among equals. A name that
    /// half the facts mention is the text's subject (`Turkey` in a text on Turkey), not a reference to
    /// one event, and counts for nothing; a landmark must be referred to by at least two other facts.
    static func landmarks(_ candidates: [PairCandidate], marked: [String]) -> [Int] {
        if !marked.isEmpty {
            let marks = marked.map(AnswerChecker.fold)
            return candidates.indices.filter { index in
                let text = AnswerChecker.fold(candidates[index].fact.text)
                return marks.contains { text.contains($0) }
            }
        }
        var mentions: [String: Int] = [:]
        for candidate in candidates { for name in candidate.names { mentions[name, default: 0] += 1 } }
        let eligible = candidates.indices.filter { canBeALandmark(candidates[$0], among: candidates) }
        let subject = Double(candidates.count) / 2
        let scores = candidates.map { candidate in
            candidate.names.filter { Double(mentions[$0] ?? 0) < subject }.map { (mentions[$0] ?? 1) - 1 }
                .reduce(0, +)
        }
        let wanted = min(3, max(1, candidates.count / 20))
        return eligible.filter { scores[$0] >= 2 }
            .sorted { (-scores[$0], candidates[$0].fact.line) < (-scores[$1], candidates[$1].fact.line) }
            .prefix(wanted).sorted()
    }

    /// Words of a life's two ends: in a biography everything else falls between a birth and a death,
    /// so before-or-after against them is no question.
    static let lifeEnds: Set<String> = ["born", "birth", "died", "death"]

    /// Words before a date that make it the edge of a state, not a moment: `By 1914 the company held
    /// 250 square miles of forest`, `remained in office until 1953`.
    static let stateWords: Set<String> = ["by", "until", "till", "since", "through", "throughout", "of"]

    /// Whether a sentence reports words (`Phoebe wrote to the Chronicle in November 1946: "It might
    /// …"`): what someone said is not an event the text's other facts are set against.
    static func isARemark(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return text.contains { "\"“”«»".contains($0) } || words.contains(where: Trivia.sayingVerbs.contains)
    }

    /// Whether a fact can be a landmark the builder picks by itself: a moment (a day, month, season or
    /// year, not a span or a decade: `held the forest land from 1914 to 1928` is a state, not a point to
    /// tell from; nor the edge of a state, `by 1914`, `until 1953`, nor a year in a name, `the Act
    /// of 1885`), not a remark (`wrote …: "…"`), not a life's end, with at least two facts apart from it on each side (a landmark at
    /// the edge of the text's time makes every answer the same).
    static func canBeALandmark(_ candidate: PairCandidate, among candidates: [PairCandidate]) -> Bool {
        switch candidate.date.value.granularity {
        case .day, .month, .season, .year: break
        default: return false
        }
        guard candidate.words.isDisjoint(with: lifeEnds) else { return false }
        let before = Giveaways.words(of: candidate.fact.text, before: candidate.date.utf8Range.lowerBound)
        guard !stateWords.contains(before.last ?? ""), !isARemark(candidate.fact.text) else { return false }
        let apart = candidates.filter { $0.isApart(from: candidate) }
        let earlier = apart.filter { $0.bounds.lowerBound < candidate.bounds.lowerBound }.count
        return earlier >= 2 && apart.count - earlier >= 2
    }

    /// The marked texts that name no fact a landmark card can stand on.
    static func unmatchedLandmarks(_ marked: [String], in facts: [Fact]) -> [String] {
        guard !marked.isEmpty else { return [] }
        let texts = PairCandidate.candidates(facts).map { AnswerChecker.fold($0.fact.text) }
        return marked.filter { mark in !texts.contains { $0.contains(AnswerChecker.fold(mark)) } }
    }

    /// For each landmark, the nearest facts before and after it in time that do not overlap it and
    /// tell another event; a fact near two landmarks goes with the nearer.
    func landmarkCards(_ candidates: [PairCandidate], marked: [String]) -> [Card] {
        let landmarks = Self.landmarks(candidates, marked: marked)
        var nearest: [Int: (landmark: Int, distance: Double)] = [:]
        for landmark in landmarks {
            let mark = candidates[landmark]
            let others = candidates.indices.filter {
                !landmarks.contains($0) && candidates[$0].isApart(from: mark)
                    && !candidates[$0].isSameEvent(as: mark)
            }
            let distance = { (index: Int) in abs(candidates[index].bounds.lowerBound - mark.bounds.lowerBound)
            }
            let before = others.filter { candidates[$0].bounds.lowerBound < mark.bounds.lowerBound }
            let after = others.filter { candidates[$0].bounds.lowerBound > mark.bounds.lowerBound }
            for side in [before, after] {
                for index in side.sorted(by: { (distance($0), $0) < (distance($1), $1) }).prefix(
                    Self.factsPerLandmarkSide)
                where distance(index) < nearest[index]?.distance ?? .infinity {
                    nearest[index] = (landmark, distance(index))
                }
            }
        }
        return nearest.keys.sorted().map { index in
            let (event, mark) = (candidates[index], candidates[nearest[index]!.landmark])
            let isBefore = event.bounds.lowerBound < mark.bounds.lowerBound
            return Card(
                id: StableID.make("landmark", event.fact.id, mark.fact.id), factID: event.fact.id,
                question: .landmark(
                    PairQuestion(
                        statements: [event.statement, mark.statement], answerIndex: isBefore ? 0 : 1)))
        }
    }
}
