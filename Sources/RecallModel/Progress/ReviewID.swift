import Foundation

/// A review's identity, unique across machines: 96 random bits drawn when the answer is given, so
/// that two machines never make the same one and merging two histories can tell a review that both
/// hold from two different reviews. Written as 24 lowercase hex digits.
///
/// Reviews from files older than identities get an id derived from their content
/// (``derived(from:occurrence:)``), so two copies of one old file agree on every id.
public struct ReviewID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt32

    public init(high: UInt64, low: UInt32) {
        self.high = high
        self.low = low
    }

    /// A fresh id from the caller's random source (the session's seeded generator in tests).
    public static func random<Generator: RandomNumberGenerator>(using generator: inout Generator) -> ReviewID
    {
        ReviewID(high: generator.next(), low: generator.next())
    }

    /// Reads 24 hex digits; nil for anything else.
    public init?(_ text: String) {
        var text = text
        guard let id = text.withUTF8({ Self(hexDigits: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = id
    }

    /// Reads 24 hex digits from their UTF-8, as a snapshot reads a million of them straight from
    /// the file; nil for anything else.
    package init?(hexDigits utf8: UnsafeRawBufferPointer) {
        guard utf8.count == 24, let high = HexDigits.value(UnsafeRawBufferPointer(rebasing: utf8[0..<16])),
            let low = HexDigits.value(UnsafeRawBufferPointer(rebasing: utf8[16..<24]))
        else { return nil }
        self.init(high: high, low: UInt32(low))
    }

    /// Made in one string, without joining two: a snapshot writes a million of them.
    public var description: String {
        String(unsafeUninitializedCapacity: 24) { buffer in
            HexDigits.write(
                UInt64(low), width: 8, into: buffer, at: HexDigits.write(high, width: 16, into: buffer, at: 0)
            )
        }
    }

    public static func < (lhs: ReviewID, rhs: ReviewID) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// The id of a review written before reviews had ids: a hash of everything the review records
    /// (card, time, rating, answer, duration, states), and of how many identical reviews came before
    /// A time's whole seconds as text; a time no clock gives (a damaged file's 1e300) as it is,
    /// rather than trapping in the conversion.
    static func wholeSeconds(_ time: Date) -> String {
        let seconds = time.timeIntervalSince1970
        return abs(seconds) < 9e18 ? "\(Int64(seconds))" : "\(seconds)"
    }

    /// it in the same log, so that a copy of the file derives the very same ids.
    public static func derived(from review: ReviewLog, occurrence: Int = 0) -> ReviewID {
        var parts = [
            review.cardID, wholeSeconds(review.time), "\(review.rating.rawValue)",
            review.answer ?? "\u{0}", review.durationMs.map { "\($0)" } ?? "-",
            review.elapsedDays.map { "\($0)" } ?? "-", review.kind.rawValue, "\(occurrence)",
        ]
        for state in [review.before, review.after] {
            parts.append(state.phase?.rawValue ?? "-")
            parts.append(state.stability.map { "\($0)" } ?? "-")
            parts.append(state.difficulty.map { "\($0)" } ?? "-")
            parts.append(state.due.map(wholeSeconds) ?? "-")
        }
        // Two FNV-1a passes with different starting values give the 96 bits.
        let first = fnv1a(parts, offset: 0xcbf2_9ce4_8422_2325)
        let second = fnv1a(parts, offset: 0x8422_2325_cbf2_9ce4)
        return ReviewID(high: first, low: UInt32(truncatingIfNeeded: second ^ (second >> 32)))
    }

    static func fnv1a(_ parts: [String], offset: UInt64) -> UInt64 {
        var hash = offset
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x1F
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// The machine that made a review or a change: 48 bits, written as 12 lowercase hex digits.
/// Each machine draws its own once (see `MachineIdentity`); `legacy` (all zeros) stands for
/// "made before machines were recorded".
public struct MachineID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var value: UInt64

    public init(value: UInt64) {
        self.value = value & 0xFFFF_FFFF_FFFF
    }

    public static let legacy = MachineID(value: 0)

    public static func random<Generator: RandomNumberGenerator>(using generator: inout Generator) -> MachineID
    {
        // Never the legacy id.
        MachineID(value: max(1, generator.next() & 0xFFFF_FFFF_FFFF))
    }

    /// Reads 12 hex digits; nil for anything else.
    public init?(_ text: String) {
        var text = text
        guard let id = text.withUTF8({ Self(hexDigits: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = id
    }

    /// Reads 12 hex digits from their UTF-8 (see `ReviewID.init(hexDigits:)`); nil for anything else.
    package init?(hexDigits utf8: UnsafeRawBufferPointer) {
        guard utf8.count == 12, let value = HexDigits.value(utf8) else { return nil }
        self.init(value: value)
    }

    public var description: String { HexDigits.text(value, digits: 12) }

    public static func < (lhs: MachineID, rhs: MachineID) -> Bool { lhs.value < rhs.value }
}

/// Lowercase hex digits of a fixed width, both ways.
enum HexDigits {
    static func value(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        var value: UInt64 = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    /// `value` in at least `digits` digits, zeros first (in more when it needs more).
    static func text(_ value: UInt64, digits: Int) -> String {
        let width = max(digits, 1, (67 - value.leadingZeroBitCount) / 4)
        return String(unsafeUninitializedCapacity: width) { write(value, width: width, into: $0, at: 0) }
    }

    /// Writes the last `width` hex digits of `value` into `buffer` from `start`; returns where they end.
    static func write(
        _ value: UInt64, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    )
        -> Int
    {
        var rest = value
        for index in (start..<start + width).reversed() {
            let nibble = UInt8(truncatingIfNeeded: rest & 0xF)
            buffer[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
            rest >>= 4
        }
        return start + width
    }
}
