import Foundation
import RecallModel

/// Writes JSON text piece by piece, for files whose shape Recall lays out itself (a review per line)
/// and which are too large to go through `JSONEncoder` quickly.
package struct JSONTextWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    package mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a value another encoder wrote, as it is.
    package mutating func encoded(_ json: Data) {
        bytes.append(contentsOf: json)
    }

    /// Copies the text between escapes in runs: card ids, review ids and field names have none, and
    /// a million rows of them are most of a snapshot.
    package mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                escape(byte)
                run = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(0x22)
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case 0x22: raw(#"\""#)
        case 0x5C: raw(#"\\"#)
        case 0x0A: raw(#"\n"#)
        case 0x0D: raw(#"\r"#)
        case 0x09: raw(#"\t"#)
        default:
            raw(#"\u00"#)
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0xF)])
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// The decimal digits of `value`, as `String(value)` spells it, without making the string.
    package mutating func int(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// The shortest text that reads back as the same double; whole numbers without a fraction.
    package mutating func double(_ value: Double) {
        guard value.isFinite else { return raw("null") }
        if value.rounded() == value, abs(value) < 1e15 {
            int(Int(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    package mutating func time(_ date: Date) {
        string(ISO8601.format(date))
    }

    /// A time as seconds since 1970 in UTC: a whole number unless it has a fraction of a second.
    package mutating func seconds(_ date: Date) {
        double(date.timeIntervalSince1970)
    }

    package mutating func optional<Value>(_ value: Value?, _ write: (inout JSONTextWriter, Value) -> Void) {
        if let value { write(&self, value) } else { raw("null") }
    }
}
