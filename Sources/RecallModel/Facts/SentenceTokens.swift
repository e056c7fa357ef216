/// A sentence read as far as it can be without the story's time: its tokens, what each token can
/// open, and the words that decide which way its dates look.
///
/// Reading these needs nothing but the sentence, so `FactSelector` makes them on every core a batch
/// of sentences ahead of the date grammar, which the story's time makes run in order on one core.
struct SentenceTokens: Sendable {
    var tokens: [DateToken]
    /// What each token can open (`DateOpener`), looked up once per token.
    var openers: [DateOpener]
    /// Whether the sentence looks back (`earlier`, a pluperfect `had`).
    var looksBack: Bool
    /// The token `since`, before which dates lie in the story's past.
    var since: Int?

    /// Nil for prose that holds no date cue (`DateCues`): such a sentence is not tokenized at all.
    init?(_ text: String, mode: DateFinder.Mode) {
        if mode == .prose && !DateCues.mayHoldDate(text) { return nil }
        let tokens = DateToken.tokens(of: text)
        self.tokens = tokens
        openers = tokens.map(DateOpener.init)
        looksBack = mode == .prose && DateFinder.looksBack(tokens)
        since = mode == .prose ? tokens.firstIndex { $0.kind == .word && $0.lower == "since" } : nil
    }
}
