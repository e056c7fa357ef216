extension AnswerChecker {
    /// `fold` of an ASCII text, byte by byte, or nil when the text holds any other byte. For ASCII,
    /// Foundation's case, diacritic and width folding only lower-cases letters, and a letter or number
    /// `Character` is a letter or digit byte, so the result is the same. Folding every fact's text
    /// through Foundation was a fifth of the instructions of a build of one 1.5 MB sentence (callgrind).
    static func asciiFold(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var failed = false
            let folded = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                var gap = false
                for byte in bytes {
                    guard byte < 0x80 else {
                        failed = true
                        return 0
                    }
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else {
                        gap = true
                        continue
                    }
                    if gap, count > 0 {
                        buffer[count] = 0x20
                        count += 1
                    }
                    gap = false
                    buffer[count] = lower
                    count += 1
                }
                return count
            }
            return failed ? nil : folded
        }
    }
}
