import Testing

@testable import RecallModel

/// `forEachPrepared` visits every element once, in order, with what `prepare` made of that element,
/// however the batches fall.
@Suite struct PreparedInOrderTests {
    @Test(arguments: [(0, 4), (1, 4), (7, 4), (8, 4), (9, 4), (1_000, 64), (3_000, 2048)])
    func visitsEveryElementInOrderWithItsPreparedValue(_ count: Int, _ batchSize: Int) {
        let numbers = (0..<count).map { $0 * 3 }
        var visited: [Int] = []
        var values: [String] = []
        numbers.forEachPrepared(batchSize: batchSize) { index, number in
            "\(index):\(number)"
        } _: { index, prepared in
            visited.append(index)
            values.append(prepared)
        }
        #expect(visited == Array(0..<count))
        #expect(values == numbers.enumerated().map { "\($0.offset):\($0.element)" })
    }
}
