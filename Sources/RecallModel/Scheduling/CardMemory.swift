/// What the schedulers know of a card's memory: FSRS's stability and difficulty, and SM-2's ease
/// and last interval. A card keeps both whatever its deck's scheduler, so that a deck can switch
/// scheduler and an imported card keeps what Anki knew of it.
package struct CardMemory: Sendable, Hashable {
    /// FSRS's memory state; nil before the first review.
    package var fsrs: MemoryState?
    /// SM-2's ease factor and last interval in days; nil until SM-2 graduates the card.
    package var ease: Double?
    package var intervalDays: Double?

    package init(fsrs: MemoryState? = nil, ease: Double? = nil, intervalDays: Double? = nil) {
        self.fsrs = fsrs
        self.ease = ease
        self.intervalDays = intervalDays
    }
}
