import Dispatch

extension Array where Element: Sendable {
    /// Calls `body` on every element in order, with what `prepare` made of it; `prepare` runs on every
    /// core a batch of `batchSize` elements ahead, while `body` reads the batch before.
    ///
    /// For work in two parts: one that depends on each element alone (tokenizing a sentence, splitting
    /// it into words), and one that carries state from element to element (the story's time, the
    /// subject a pronoun stands for) and so must run in order. Only two batches of prepared values are
    /// held at once.
    package func forEachPrepared<T: Sendable>(
        batchSize: Int = 2048, _ prepare: @Sendable (Int, Element) -> T, _ body: (Int, T) -> Void
    ) {
        @Sendable func batch(_ start: Int) -> [T] {
            guard start < count else { return [] }
            return [Int](start..<Swift.min(start + batchSize, count)).concurrentMap { prepare($0, self[$0]) }
        }
        withoutActuallyEscaping(body) { body in
            // `body` runs on one task at a time, in order: only `next` is shared, and only after the join.
            nonisolated(unsafe) let body = body
            nonisolated(unsafe) var next = batch(0)
            for start in stride(from: 0, to: count, by: batchSize) {
                let current = next
                DispatchQueue.concurrentPerform(iterations: 2) { task in
                    guard task == 0 else {
                        next = batch(start + batchSize)
                        return
                    }
                    for (offset, prepared) in current.enumerated() { body(start + offset, prepared) }
                }
            }
        }
    }
}
