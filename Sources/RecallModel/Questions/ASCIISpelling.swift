/// `AnswerSpelling.correction(of:)` for a word of ASCII letters, on bytes.
///
/// The `String` version lower-cases the word, makes an array of `Character`s and three arrays per
/// word of the vocabulary it measures against; for one misspelt month that was about as long as the
/// rest of a check together (perf, issue 14). This one measures the same distances over the same
/// vocabulary, in the same order, in buffers on the stack, so it gives the same answers (a test
/// compares the two on thousands of words).
extension AnswerSpelling {
    /// The correctable words as bytes, in `meanings`' order, with their meanings numbered.
    static let asciiMeanings: [(word: [UInt8], meaning: Int)] = {
        var numbers: [String: Int] = [:]
        return meanings.map { entry in
            let number = numbers[entry.meaning] ?? numbers.count
            numbers[entry.meaning] = number
            return (Array(String(entry.word).utf8), number)
        }
    }()

    /// The exact words, lower-case ASCII, as `TypedDateReader.key` packs them.
    static let exactKeys: Set<UInt64> = Set(exact.compactMap { TypedDateReader.key(Array($0.utf8)) })

    /// Whether every exact word has a key (it has, as long as none is longer than twelve letters).
    static let everyExactWordHasAKey = exactKeys.count == exact.count

    /// The canonical word `letters` (ASCII letters, any case) stands for, as `correction(of:)` says.
    static func correction<Letters: Collection<UInt8>>(ofASCII letters: Letters) -> String? {
        guard letters.count >= 3 else { return nil }
        guard letters.count <= 12, everyExactWordHasAKey, let key = TypedDateReader.key(letters) else {
            return correction(of: String(decoding: letters, as: UTF8.self))
        }
        guard !exactKeys.contains(key) else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { lower -> String? in
            var count = 0
            for letter in letters {
                lower[count] = letter | 0x20
                count += 1
            }
            let typed = UnsafeBufferPointer(rebasing: lower[..<count])
            var best: (distance: Int, index: Int)?
            var tied = false
            for (index, entry) in asciiMeanings.enumerated() {
                let allowed = entry.word.count >= 8 ? 2 : 1
                let distance = entry.word.withUnsafeBufferPointer {
                    editDistance(typed, $0, limit: allowed)
                }
                guard distance <= allowed else { continue }
                if let current = best, current.distance < distance { continue }
                if let current = best, current.distance == distance {
                    let currentEntry = asciiMeanings[current.index]
                    if currentEntry.meaning != entry.meaning { tied = true }
                    if entry.word.count > currentEntry.word.count { best = (distance, index) }
                    continue
                }
                best = (distance, index)
                tied = false
            }
            guard let best, !tied else { return nil }
            return String(decoding: asciiMeanings[best.index].word, as: UTF8.self)
        }
    }

    /// `AnswerChecker.editDistance` on bytes: the same rows, the same early stop.
    static func editDistance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int)
        -> Int
    {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var previousPrevious = 0
            var previous = width
            var current = 2 * width
            for j in 0..<width {
                rows[previousPrevious + j] = 0
                rows[previous + j] = j
                rows[current + j] = 0
            }
            for i in 1...a.count {
                rows[current] = i
                var rowMinimum = i
                for j in 1..<width where !b.isEmpty {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(
                        rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, rows[previousPrevious + j - 2] + 1)
                    }
                    rows[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                (previousPrevious, previous, current) = (previous, current, previousPrevious)
            }
            return rows[previous + b.count]
        }
    }
}
