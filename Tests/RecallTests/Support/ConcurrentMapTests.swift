import Testing

@testable import RecallModel

/// `concurrentMap` gives `map`'s result, in order, whatever the size and however the chunks fall.
@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 255, 256, 257, 1_000, 10_001])
    func givesMapsResultInOrder(_ count: Int) {
        let numbers = Array(0..<count)
        let transform: @Sendable (Int) -> String = { "\($0 * 7 % 13)-\($0)" }
        #expect(numbers.concurrentMap(transform) == numbers.map(transform))
    }
}
