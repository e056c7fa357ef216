extension DeckProgress {
    /// Brings progress read from a file older than version 4 to identities: each review gets an id
    /// derived from its content (the n-th of several identical reviews from its content and n), and
    /// each flagged schedule the flag change it implies. Two copies of one old file therefore agree
    /// on every id, and merging them keeps each review once.
    package mutating func migrateToIdentities() {
        var occurrences: [ReviewID: Int] = [:]
        for index in reviews.indices {
            let first = ReviewID.derived(from: reviews[index])
            let occurrence = occurrences[first, default: 0]
            occurrences[first] = occurrence + 1
            reviews[index].id =
                occurrence == 0 ? first : ReviewID.derived(from: reviews[index], occurrence: occurrence)
            reviews[index].machine = .legacy
        }
        recordImpliedFlagChanges()
    }
}
