/// Byte tests over a whole string, made on its contiguous UTF-8 storage: `utf8.contains` and
/// `utf8.allSatisfy` walk the view index by index, about ten times the instructions (callgrind: the
/// bracket test before every sentence's citation marks was 4% of a 10 MB build's main thread).
extension String {
    /// Whether the text's UTF-8 holds `byte`.
    func containsUTF8(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// Whether the text's UTF-8 holds `byte` at least `count` times; reading stops at the `count`th.
    func containsUTF8(_ byte: UInt8, atLeast count: Int) -> Bool {
        func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var seen = 0
            for candidate in bytes where candidate == byte {
                seen += 1
                if seen >= count { return true }
            }
            return seen >= count
        }
        return utf8.withContiguousStorageIfAvailable(holds) ?? Array(utf8).withUnsafeBufferPointer(holds)
    }

    /// Whether every byte of the text is ASCII.
    var isASCIIText: Bool {
        utf8.withContiguousStorageIfAvailable { $0.reduce(0, |) < 0x80 } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether the text's UTF-8 holds `lowercase`, ASCII lower-case letters only, in any case of
    /// them (`treaty` in `Treaty of Kars`, `TREATY`): a byte `b` is the letter `l` in either case
    /// exactly when `b | 0x20 == l`.
    func containsASCIIIgnoringCase(_ lowercase: [UInt8]) -> Bool {
        guard let first = lowercase.first else { return true }
        func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= lowercase.count else { return false }
            for start in 0...(bytes.count - lowercase.count) where bytes[start] | 0x20 == first {
                if lowercase.indices.allSatisfy({ bytes[start + $0] | 0x20 == lowercase[$0] }) { return true }
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(holds) ?? Array(utf8).withUnsafeBufferPointer(holds)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Calls `body` with the bounds of each run of bytes between spaces (0x20), left to right; empty
    /// runs (two spaces, a leading or a trailing one) are skipped, as `split(separator: " ")` does.
    func forEachSpaceSeparatedPiece(_ body: (Range<Int>) -> Void) {
        var start = 0
        while start < count {
            var end = start
            while end < count, self[end] != 0x20 { end += 1 }
            if start < end { body(start..<end) }
            start = end + 1
        }
    }
}
