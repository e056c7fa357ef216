/// Anki's leech rule: a card that lapses `threshold` times, and every half-threshold after, is a
/// leech; by deck setting it is also suspended, so that it stops eating a student's time.
public enum LeechRule {
    public static func apply(before: CardSchedule?, after: CardSchedule, settings: DeckSettings)
        -> CardSchedule
    {
        var after = after
        let lapsed = after.lapses > (before?.lapses ?? 0)
        guard lapsed, after.lapses >= settings.leechThreshold else { return after }
        let step = max(1, settings.leechThreshold / 2)
        if (after.lapses - settings.leechThreshold) % step == 0 {
            after.isLeech = true
            if settings.suspendLeeches { after.suspended = true }
        }
        return after
    }
}
