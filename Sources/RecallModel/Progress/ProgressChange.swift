import Foundation

/// One change to a deck's progress, as the journal records it: a card's new schedule, with the
/// review that produced it, or with the review log cut back (an undo).
///
/// Changes are numbered; a snapshot remembers the last number it contains, so replaying a journal
/// over a snapshot applies each change exactly once, however often it was written.
public struct ProgressChange: Codable, Sendable, Hashable {
    public var sequence: Int
    public var cardID: String
    /// The card's schedule after the change; nil makes the card new again.
    public var schedule: CardSchedule?
    /// A review to append to the log.
    public var review: ReviewLog?
    /// Cut the review log back to this many reviews before anything else (for an undo).
    public var reviewCount: Int?
    /// A contrast card made from a mistake, added to the progress (or replacing one of its id).
    public var contrast: ContrastCard?
    /// Takes the contrast card `cardID` away again (the answer that made it was undone).
    public var removesContrast: Bool?
    /// A person changed the card's flags (suspended, buried): when, where, and to what.
    public var flags: FlagChange?

    public init(
        sequence: Int, cardID: String, schedule: CardSchedule?, review: ReviewLog? = nil,
        reviewCount: Int? = nil, flags: FlagChange? = nil
    ) {
        self.sequence = sequence
        self.cardID = cardID
        self.schedule = schedule
        self.review = review
        self.reviewCount = reviewCount
        self.flags = flags
    }

    enum CodingKeys: String, CodingKey {
        case sequence = "seq", cardID = "card", schedule, review, reviewCount, contrast, removesContrast,
            flags
    }

    /// The largest change number Recall accepts: a million answers a day for 25,000 years stay
    /// below it, and adding to it can never overflow.
    public static let maximumSequence = 1 << 53

    /// Reads a change, refusing values no Recall writes (a negative count, an absurd number).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sequence = try container.decode(Int.self, forKey: .sequence)
        cardID = try container.decode(String.self, forKey: .cardID)
        schedule = try container.decodeIfPresent(CardSchedule.self, forKey: .schedule)
        review = try container.decodeIfPresent(ReviewLog.self, forKey: .review)
        reviewCount = try container.decodeIfPresent(Int.self, forKey: .reviewCount)
        contrast = try container.decodeIfPresent(ContrastCard.self, forKey: .contrast)
        removesContrast = try container.decodeIfPresent(Bool.self, forKey: .removesContrast)
        flags = try container.decodeIfPresent(FlagChange.self, forKey: .flags)
        guard (1...Self.maximumSequence).contains(sequence) else {
            throw DecodingError.dataCorruptedError(
                forKey: .sequence, in: container,
                debugDescription: "\(sequence) is not a change number (1 to \(Self.maximumSequence))")
        }
        if let reviewCount, reviewCount < 0 {
            throw DecodingError.dataCorruptedError(
                forKey: .reviewCount, in: container, debugDescription: "\(reviewCount) is negative")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(cardID, forKey: .cardID)
        try container.encode(schedule, forKey: .schedule)
        try container.encodeIfPresent(review, forKey: .review)
        try container.encodeIfPresent(reviewCount, forKey: .reviewCount)
        try container.encodeIfPresent(contrast, forKey: .contrast)
        try container.encodeIfPresent(removesContrast, forKey: .removesContrast)
        try container.encodeIfPresent(flags, forKey: .flags)
    }
}

extension DeckProgress {
    /// Applies a change; one this progress already contains is skipped.
    public mutating func apply(_ change: ProgressChange) {
        guard change.sequence > journalSequence else { return }
        if let count = change.reviewCount, count < reviews.count {
            undone.formUnion(reviews[count...].map(\.id))
            reviews.removeSubrange(count...)
        }
        if let review = change.review { reviews.append(review) }
        if let contrast = change.contrast {
            contrasts.removeAll { $0.card.id == contrast.card.id }
            contrasts.append(contrast)
        }
        if change.removesContrast == true { contrasts.removeAll { $0.card.id == change.cardID } }
        if let flags = change.flags { flagChanges[change.cardID] = flags }
        schedules[change.cardID] = change.schedule
        journalSequence = change.sequence
    }
}
