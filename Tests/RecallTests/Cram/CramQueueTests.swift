import Testing

@testable import RecallModel

@Suite struct CramQueueTests {
    @Test func aMissedCardComesBackAfterThreeOthersAndASkippedOneLast() {
        var queue = CramQueue(["a", "b", "c", "d", "e"])
        #expect(queue.next() == "a")
        queue.missed("a")
        #expect(queue.cardIDs == ["b", "c", "d", "a", "e"])
        #expect(queue.next() == "b")
        queue.skip("b")
        #expect(queue.cardIDs == ["c", "d", "a", "e", "b"])
        queue.takeBack("a")
        #expect(queue.cardIDs == ["c", "d", "e", "b"])
        var short = CramQueue(["x"])
        #expect(short.next() == "x")
        short.missed("x")
        #expect(short.cardIDs == ["x"])
        #expect(short.next() == "x")
        #expect(short.next() == nil)
    }
}
