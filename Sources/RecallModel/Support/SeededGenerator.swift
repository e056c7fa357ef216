/// SplitMix64: a small, fast random number generator that repeats for a given seed.
///
/// The deck builder seeds one from a card's id, so that rebuilding a deck picks the same
/// distractors; sessions and quizzes take one from the caller, so that tests can fix it.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator seeded from a stable id such as a card's.
    public init(id: String) {
        self.init(seed: UInt64(StableID.make(id), radix: 16) ?? 0)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
