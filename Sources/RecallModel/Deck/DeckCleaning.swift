/// Decks without the characters that could drive a terminal (`ControlCharacters`): what an import
/// or a deck file brings in is cleaned before any of it is shown, saved or exported.
extension Deck {
    /// The deck with every text of its cards and facts cleaned; a deck that holds none is unchanged.
    public func removingControlCharacters() -> Deck {
        var deck = self
        let clean = ControlCharacters.removed(from:)
        deck.name = clean(name)
        deck.source = clean(source)
        deck.attribution = attribution.map(clean)
        deck.anki = anki?.removingControlCharacters()
        // Only a card or fact that changes is written back: a clean deck of a million cards is not copied.
        for (index, card) in cards.enumerated() {
            let clean = card.removingControlCharacters()
            if clean != card { deck.cards[index] = clean }
        }
        for (index, fact) in facts.enumerated() {
            var fact = fact
            // A fact's dates point into its text by byte offsets, so its characters are blanked in place.
            fact.text = ControlCharacters.blanked(in: fact.text)
            fact.source = clean(fact.source)
            fact.context = fact.context.map(clean)
            fact.written = fact.written.map(clean)
            if fact.dates.contains(where: { ControlCharacters.contains($0.text) }) {
                fact.dates = fact.dates.map { date in
                    var date = date
                    date.text = ControlCharacters.blanked(in: date.text)
                    return date
                }
            }
            if fact != facts[index] { deck.facts[index] = fact }
        }
        return deck
    }
}

extension Card {
    /// The card with every text it shows cleaned of control characters.
    public func removingControlCharacters() -> Card {
        let clean = ControlCharacters.removed(from:)
        let source = { (reference: SourceReference) in
            SourceReference(sentence: clean(reference.sentence), line: reference.line)
        }
        // A timeline's items and a pair's statements are the same kind of entry.
        let item = { (item: TimelineQuestion.Item) in
            var item = item
            item.factID = clean(item.factID)
            item.label = clean(item.label)
            item.date = clean(item.date)
            item.source = source(item.source)
            return item
        }
        var card = self
        card.id = clean(id)
        card.factID = clean(factID)
        card.ankiGuid = ankiGuid.map(clean)
        card.tags = tags.map(clean)
        card.ankiDeck = ankiDeck.map(clean)
        switch question {
        case .cloze(var question):
            question.text = clean(question.text)
            question.answer = clean(question.answer)
            question.sentence = clean(question.sentence)
            question.context = question.context.map(clean)
            question.source = source(question.source)
            card.question = .cloze(question)
        case .choice(var question):
            question.text = clean(question.text)
            if question.options.contains(where: { ControlCharacters.contains($0) }) {
                question.options = question.options.map(clean)
            }
            question.sentence = clean(question.sentence)
            question.context = question.context.map(clean)
            question.source = source(question.source)
            card.question = .choice(question)
        case .reverse(var question):
            question.date = clean(question.date)
            question.cue = clean(question.cue)
            question.answer = clean(question.answer)
            question.context = question.context.map(clean)
            question.source = source(question.source)
            card.question = .reverse(question)
        case .timeline(var question):
            question.items = question.items.map(item)
            card.question = .timeline(question)
        case .order(var question), .landmark(var question), .contrast(var question):
            question.statements = question.statements.map(item)
            card.question =
                switch card.kind {
                case .order: .order(question)
                case .landmark: .landmark(question)
                default: .contrast(question)
                }
        case .duration(var question):
            question.text = clean(question.text)
            question.from = clean(question.from)
            question.to = clean(question.to)
            question.sentence = clean(question.sentence)
            question.context = question.context.map(clean)
            question.source = source(question.source)
            card.question = .duration(question)
        case .period(var question):
            question.text = clean(question.text)
            question.date = clean(question.date)
            question.answer = clean(question.answer)
            question.sentence = clean(question.sentence)
            question.context = question.context.map(clean)
            question.source = source(question.source)
            card.question = .period(question)
        case .who(var question):
            question.text = clean(question.text)
            question.answer = clean(question.answer)
            question.surnames = question.surnames.map(clean)
            question.others = question.others.map(clean)
            question.date = clean(question.date)
            question.sentence = clean(question.sentence)
            question.context = question.context.map(clean)
            question.source = source(question.source)
            card.question = .who(question)
        case .basic(var question):
            question.front = clean(question.front)
            question.back = clean(question.back)
            question.hint = question.hint.map(clean)
            card.question = .basic(question)
        }
        return card
    }
}
