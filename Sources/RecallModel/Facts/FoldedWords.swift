/// The words of a sentence as the statistic checks compare them: split at spaces, lower-cased,
/// punctuation trimmed from both ends (a trailing `%` kept, as in `53%`).
///
/// Most sentences are ASCII; for them the words are folded byte by byte, which is what the same
/// folding through `Character` does but without a grapheme break or a Unicode case table per letter
/// (that path was a tenth of the time spent reading a long text). Other sentences take that path.
enum FoldedWords {
    static func of(_ text: String) -> [String] {
        guard text.isASCIIText else { return text.split(separator: " ").map(folded) }
        // Read in place, without copying the bytes or cutting them into slices first (callgrind,
        // 10 MB input: with each verdict folding once, 1.36 G → 0.51 G instructions).
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            bytes.forEachSpaceSeparatedPiece { piece in
                var (lower, upper) = (piece.lowerBound, piece.upperBound)
                while upper > lower, !isLetterOrDigit(bytes[upper - 1]), bytes[upper - 1] != UInt8(ascii: "%")
                {
                    upper -= 1
                }
                while lower < upper, !isLetterOrDigit(bytes[lower]) { lower += 1 }
                words.append(
                    String(unsafeUninitializedCapacity: upper - lower) { buffer in
                        for offset in 0..<(upper - lower) {
                            let byte = bytes[lower + offset]
                            buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        }
                        return upper - lower
                    })
            }
            return words
        }
    }

    /// One word folded through `Character`: Unicode lower case, letters and numbers of any script.
    static func folded(_ word: Substring) -> String {
        var lower = Substring(word.lowercased())
        while let last = lower.last, !last.isLetter, !last.isNumber, last != "%" { lower = lower.dropLast() }
        while let first = lower.first, !first.isLetter, !first.isNumber { lower = lower.dropFirst() }
        return String(lower)
    }

    /// Whether the last space-separated word before `offset`, trimmed of everything but letters,
    /// digits and `%`, is surely not `word` (lower-case ASCII) in any case; false when it is, when
    /// there is no word, or when the word is not ASCII and only `Character`s can tell.
    static func lastWord(in text: [UInt8], before offset: Int, isNot word: String) -> Bool {
        var end = offset
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, text[start - 1] != 0x20 { start -= 1 }
        guard start < end, text[start..<end].allSatisfy({ $0 < 0x80 }) else { return false }
        let kept: (UInt8) -> Bool = { isLetterOrDigit($0) || $0 == UInt8(ascii: "%") }
        while start < end, !kept(text[start]) { start += 1 }
        while end > start, !kept(text[end - 1]) { end -= 1 }
        let target = Array(word.utf8)
        guard end - start == target.count else { return true }
        return !zip(text[start..<end], target).allSatisfy { $0 | 0x20 == $1 }
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
