import Foundation

/// Builds a deck from a source text: reads its facts, makes the questions, and carries over the
/// settings of the deck it replaces.
public struct DeckBuilder: Sendable {
    public var kinds: Set<QuestionKind>
    /// Texts that mark landmark facts (`recall build --landmark`); none lets the builder choose.
    public var landmarks: [String]

    public init(kinds: Set<QuestionKind> = Set(QuestionKind.allCases), landmarks: [String] = []) {
        self.kinds = kinds
        self.landmarks = landmarks
    }

    /// Builds the deck `name` from `source` at `builtAt`; a text without dates is an error.
    public func build(
        _ source: SourceText, name: String, builtAt: Date, settings: DeckSettings = DeckSettings(),
        curation: DeckCuration? = nil, progress: ((Double) -> Void)? = nil
    ) throws(SourceTextError) -> (deck: Deck, summary: BuildSummary) {
        let readings = FactSelector().read(source) { progress?($0 * 0.9) }
        if readings.allSatisfy({ $0.dates.isEmpty }) { throw .noDates(file: source.name) }
        // A sentence the text repeats is one fact, with one set of cards. A subject left to a
        // pronoun is named from the sentences before (`SubjectNaming`).
        var seen = Set<String>()
        let allFacts = SubjectNaming.facts(in: readings).filter { seen.insert($0.id).inserted }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        if case let unmatched = QuestionGenerator.unmatchedLandmarks(landmarks, in: allFacts),
            !unmatched.isEmpty
        {
            throw .landmarkNotFound(file: source.name, text: unmatched[0])
        }
        let generator = QuestionGenerator(
            kinds: kinds, latestYear: calendar.component(.year, from: builtAt), landmarks: landmarks,
            title: source.name)
        let (generated, skippedDates) = generator.cards(for: allFacts)
        // A sentence of too many dates gives no card (its dates count as skipped), and the deck does
        // not keep it: a run of thousands of dates would make the deck file as large again.
        let facts = allFacts.filter { $0.dates.count <= QuestionGenerator.maximumDatesPerFact }
        let cards = curation?.apply(to: generated) ?? generated
        var skippedSentences: [FactSelector.Verdict: Int] = [:]
        for reading in readings where reading.verdict != .fact {
            skippedSentences[reading.verdict, default: 0] += 1
        }
        var cardsByKind: [QuestionKind: Int] = [:]
        for card in cards { cardsByKind[card.kind, default: 0] += 1 }
        var deck = Deck(
            name: name, source: source.name, attribution: source.attribution, builtAt: builtAt,
            settings: settings, facts: facts, cards: cards)
        deck.curation = curation.flatMap { $0.isEmpty ? nil : $0 }
        deck.landmarks = landmarks.isEmpty ? nil : landmarks
        let summary = BuildSummary(
            sentencesRead: readings.count, factsKept: facts.count, cardsByKind: cardsByKind,
            skippedSentences: skippedSentences, skippedDates: skippedDates)
        progress?(1)
        return (deck, summary)
    }
}
