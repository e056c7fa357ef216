import Testing

@testable import RecallModel

@Suite struct ContrastQueueTests {
    @Test func aContrastCardWaitsForThreeAnswersUnlessNothingElseIsLeft() {
        var queue = ContrastQueue()
        queue.add("contrast-1")
        queue.answered()
        queue.answered()
        #expect(queue.next(queueIsEmpty: false) == nil)
        #expect(queue.waiting == [.init(cardID: "contrast-1", answersToWait: 1)])
        queue.answered()
        #expect(queue.next(queueIsEmpty: false) == "contrast-1")
        #expect(queue.waiting.isEmpty)

        queue.add("contrast-2")
        #expect(queue.next(queueIsEmpty: false) == nil)
        #expect(queue.next(queueIsEmpty: true) == "contrast-2")
    }

    @Test func cardsComeInTheOrderTheyWereMadeAndAnUndoneOneLeaves() {
        var queue = ContrastQueue()
        queue.add("first")
        queue.answered()
        queue.add("second")
        queue.add("third")
        queue.remove("second")
        for _ in 0..<3 { queue.answered() }
        #expect(queue.next(queueIsEmpty: false) == "first")
        #expect(queue.next(queueIsEmpty: false) == "third")
        #expect(queue.next(queueIsEmpty: true) == nil)
    }
}
