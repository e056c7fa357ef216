/// Short identifiers that stay the same across runs and machines (Swift's `Hasher` is seeded per
/// process, so it cannot name anything that is saved).
package enum StableID {
    /// 64-bit FNV-1a of the parts, joined by a separator no part contains, as 16 hex digits.
    package static func make(_ parts: String...) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 {
                hash ^= 0x1F
                hash = hash &* 0x0000_0100_0000_01B3
            }
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Text folded so that spacing, case and citation marks do not change an identifier.
    static func normalized(_ text: String) -> String {
        let lower = CitationMarks.removing(from: text).lowercased()
        var folded: [UInt8] = []
        folded.reserveCapacity(lower.utf8.count)
        for word in lower.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            if !folded.isEmpty { folded.append(0x20) }
            folded.append(contentsOf: word)
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
