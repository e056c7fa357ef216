import Dispatch

extension Array where Element: Sendable {
    /// `map`, with the elements shared out among the processor's cores in contiguous chunks; the
    /// result is in order and the same as `map`'s, so `transform` must be pure.
    ///
    /// Reading facts splits a long text into tens of thousands of sentences whose cleaning, and whose
    /// verdicts once their dates are known, depend on nothing but the sentence and its place. Arrays
    /// of fewer than two chunks (of `chunkSize` elements) are mapped on the calling thread.
    package func concurrentMap<T: Sendable>(chunkSize: Int = 256, _ transform: @Sendable (Element) -> T)
        -> [T]
    {
        let chunks = (count + chunkSize - 1) / chunkSize
        if chunks < 2 { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            self.withUnsafeBufferPointer { elements in
                nonisolated(unsafe) let source = elements
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = chunk * chunkSize
                    let upper = Swift.min(lower + chunkSize, source.count)
                    for index in lower..<upper { (base + index).initialize(to: transform(source[index])) }
                }
            }
            initialized = count
        }
    }
}
