#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A strict JSON reader that walks a document token by token, for files too large for `JSONDecoder`.
///
/// Foundation's decoders build every value before handing any back, which costs seconds and gigabytes
/// for a review log of a million rows; this reads values straight into the caller's types. It accepts
/// exactly RFC 8259 JSON and reports the byte where a document goes wrong.
package struct JSONScanner {
    /// Why a document could not be read, and the byte where that was found.
    package struct Failure: Error, Equatable {
        package var offset: Int
        package var message: String

        package init(offset: Int, message: String) {
            self.offset = offset
            self.message = message
        }
    }

    /// Arrays and objects nest no deeper than this, so a hostile file cannot exhaust the stack.
    static let maximumDepth = 64

    private let bytes: UnsafeRawBufferPointer
    package private(set) var offset = 0

    package init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset >= bytes.count }
    package var byteCount: Int { bytes.count }

    package func failure(_ message: String, at position: Int? = nil) -> Failure {
        Failure(offset: position ?? offset, message: message)
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// The next significant byte, without consuming it; nil at the end.
    ///
    /// Inlined, and a byte that cannot be whitespace returned at once: every value and every comma
    /// begins with a peek (five million in a snapshot of a million reviews), and the call cost a
    /// tenth of loading one (measured with callgrind).
    @inline(__always)
    mutating func peek() -> UInt8? {
        if offset < bytes.count, bytes[offset] > 0x20 { return bytes[offset] }
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard peek() == byte else { throw unexpected(what) }
        offset += 1
    }

    private mutating func unexpected(_ what: String) -> Failure {
        guard let byte = peek() else { return failure("the JSON ends early; expected \(what)") }
        let shown = (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
        return failure("expected \(what), found \(shown)")
    }

    /// Checks that nothing but whitespace follows the document.
    package mutating func finish() throws(Failure) {
        if peek() != nil { throw failure("unexpected text after the end of the JSON document") }
    }

    /// Consumes `null` if it comes next.
    package mutating func skipNull() -> Bool { matchWord("null") }

    package mutating func beginObject() throws(Failure) { try expect(UInt8(ascii: "{"), "an object") }
    package mutating func beginArray() throws(Failure) { try expect(UInt8(ascii: "["), "an array") }

    /// The next key of the object being read, or nil after its closing brace.
    /// `first` is true for the first call after `beginObject`.
    package mutating func nextKey(first: Bool) throws(Failure) -> String? {
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return nil
        }
        if !first { try expect(UInt8(ascii: ","), "',' or '}'") }
        let key = try string()
        try expect(UInt8(ascii: ":"), "':'")
        return key
    }

    /// Whether the array being read has another element (consuming the comma before it), or has
    /// ended (consuming the closing bracket). `first` is true for the first call after `beginArray`.
    package mutating func nextElement(first: Bool) throws(Failure) -> Bool {
        let next = peek()
        if next == UInt8(ascii: "]") {
            offset += 1
            return false
        }
        if !first {
            // Checked here rather than by `expect`, which would skip the whitespace again: a
            // snapshot has 17 columns a row.
            guard next == UInt8(ascii: ",") else { throw unexpected("',' or ']'") }
            offset += 1
        }
        return true
    }

    package mutating func bool() throws(Failure) -> Bool {
        if matchWord("true") { return true }
        if matchWord("false") { return false }
        throw unexpected("true or false")
    }

    private mutating func matchWord(_ word: StaticString) -> Bool {
        guard peek() == word.utf8Start[0], offset + word.utf8CodeUnitCount <= bytes.count else {
            return false
        }
        for index in 0..<word.utf8CodeUnitCount where bytes[offset + index] != word.utf8Start[index] {
            return false
        }
        offset += word.utf8CodeUnitCount
        return true
    }

    /// A number that must be a whole number fitting in an `Int`.
    package mutating func int() throws(Failure) -> Int {
        let start = offset
        let value = try double()
        guard value.rounded() == value, abs(value) < 9.0e15 else {
            throw failure("expected a whole number", at: start)
        }
        return Int(value)
    }

    /// Reads the number in one pass, adding up its digits as it checks them: a snapshot has some
    /// ten numbers a row, and scanning each twice (to check it, then for its value) was a fifth of
    /// loading one (measured with callgrind).
    package mutating func double() throws(Failure) -> Double {
        guard let first = peek(), first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else {
            throw unexpected("a number")
        }
        let start = offset
        var end = offset
        let negative = first == UInt8(ascii: "-")
        if negative { end += 1 }
        // The digits as a whole number (which wraps past 19 digits, when it is not used).
        var mantissa: UInt64 = 0
        let integerStart = end
        scanDigits(from: &end, into: &mantissa)
        let integerDigits = end - integerStart
        guard integerDigits > 0, !(integerDigits > 1 && bytes[integerStart] == 0x30) else {
            throw failure("malformed number", at: start)
        }
        var fractionDigits = 0
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
            end += 1
            let fractionStart = end
            scanDigits(from: &end, into: &mantissa)
            fractionDigits = end - fractionStart
            guard fractionDigits > 0 else { throw failure("malformed number", at: start) }
        }
        var hasExponent = false
        if end < bytes.count, bytes[end] | 0x20 == UInt8(ascii: "e") {
            hasExponent = true
            end += 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-") {
                end += 1
            }
            let exponentStart = end
            while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
            guard end > exponentStart else { throw failure("malformed number", at: start) }
        }
        let length = end - start
        guard length < 64 else { throw failure("a number of more than 63 characters", at: start) }
        offset = end
        // Up to 19 digits the mantissa has not wrapped; below 10^15 it has at most 15 significant
        // digits, and is exact as a double.
        if !hasExponent, integerDigits + fractionDigits <= 19, mantissa < 1_000_000_000_000_000 {
            return exactValue(mantissa: mantissa, fractionDigits: fractionDigits, negative: negative)
        }
        let value = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            for index in 0..<length { buffer[index] = CChar(bitPattern: bytes[start + index]) }
            buffer[length] = 0
            return strtod(buffer.baseAddress!, nil)
        }
        guard value.isFinite else { throw failure("a number too large for a double", at: start) }
        return value
    }

    /// Moves `end` past the decimal digits there, adding them to `mantissa`.
    @inline(__always)
    private func scanDigits(from end: inout Int, into mantissa: inout UInt64) {
        while end < bytes.count {
            let digit = bytes[end] &- 0x30
            guard digit < 10 else { return }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            end += 1
        }
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// The value of a number without an exponent and with at most 15 significant digits, computed
    /// exactly: both the digits and the power of ten are exact doubles, so one division rounds
    /// correctly, as `strtod` would. Other numbers go to `strtod`.
    private func exactValue(mantissa: UInt64, fractionDigits: Int, negative: Bool) -> Double {
        let value = Double(mantissa) / Self.powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    package mutating func string() throws(Failure) -> String {
        try withStringBytes(Self.text)
    }

    /// The text of a string's UTF-8 bytes as `withStringBytes` hands them over (already checked).
    package static func text(_ utf8: UnsafeRawBufferPointer) -> String {
        String(decoding: utf8.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 of the string that comes next, checked as `string()` checks it,
    /// without making a `String`: a review id is read as hex digits straight from the file, and a
    /// card id already read is shared rather than made again. A string with escapes is unescaped
    /// into a buffer first.
    package mutating func withStringBytes<Value>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a string") }
        let start = offset
        var end = offset + 1
        while end + 8 <= bytes.count, Self.isPlain(bytes.loadUnaligned(fromByteOffset: end, as: UInt64.self))
        {
            end += 8
        }
        var isASCII = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let utf8 = UnsafeRawBufferPointer(rebasing: bytes[start + 1..<end])
                // ASCII needs no validation, which is most of the cost of making a short string.
                guard
                    isASCII
                        || String(validating: utf8.assumingMemoryBound(to: UInt8.self), as: UTF8.self) != nil
                else {
                    throw failure("a string that is not valid UTF-8", at: start)
                }
                offset = end + 1
                return try body(utf8)
            }
            if byte >= 0x80 { isASCII = false }
            if byte == UInt8(ascii: "\\") {
                return try escapedString(from: start).withUnsafeBufferPointer { utf8 throws(Failure) in
                    try body(UnsafeRawBufferPointer(utf8))
                }
            }
            if byte < 0x20 { throw failure("a control character inside a string", at: end) }
            end += 1
        }
        throw failure("the JSON ends early inside a string that starts here", at: start)
    }

    /// Whether eight bytes of a string are all plain ASCII (no quote, backslash, control character
    /// or byte of a multi-byte character), tested at once: a snapshot has some 80 bytes of strings
    /// a review row, and four tests a byte were a tenth of reading them (measured with callgrind).
    /// The tests are the zero-byte and less-than tricks of "Bit Twiddling Hacks", exact as a yes or no.
    @inline(__always)
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return word & highs == 0 && !control && !hasZeroByte(word ^ (ones &* 0x22))
            && !hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// The UTF-8 of a string with escapes, unescaped and checked.
    private mutating func escapedString(from start: Int) throws(Failure) -> [UInt8] {
        var utf8: [UInt8] = []
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                guard String(validating: utf8, as: UTF8.self) != nil else {
                    throw failure("a string that is not valid UTF-8", at: start)
                }
                offset = index + 1
                return utf8
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { break }
                index += 1
                switch bytes[index] {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hexQuad(at: index + 1)
                    index += 4
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"),
                            bytes[index + 2] == UInt8(ascii: "u")
                        else { throw failure("an unpaired surrogate in a \\u escape", at: index) }
                        let low = try hexQuad(at: index + 3)
                        guard (0xDC00..<0xE000).contains(low) else {
                            throw failure("an unpaired surrogate in a \\u escape", at: index)
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                    guard let unicode = Unicode.Scalar(scalar) else {
                        throw failure("an unpaired surrogate in a \\u escape", at: index)
                    }
                    utf8.append(contentsOf: String(Character(unicode)).utf8)
                default:
                    throw failure("an unknown escape in a string", at: index - 1)
                }
            default:
                if byte < 0x20 { throw failure("a control character inside a string", at: index) }
                utf8.append(byte)
            }
            index += 1
        }
        throw failure("the JSON ends early inside a string that starts here", at: start)
    }

    private func hexQuad(at position: Int) throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("a short \\u escape", at: position) }
        var value: UInt32 = 0
        for index in position..<position + 4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw failure("a \\u escape that is not four hex digits", at: index)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The whole number under `key` at the top level of an object, read without building anything
    /// else (a file's `schemaVersion`, checked before the rest is read); nil when there is none.
    package static func topLevelInteger(_ key: String, in bytes: UnsafeRawBufferPointer) throws(Failure)
        -> Int?
    {
        var scanner = JSONScanner(bytes)
        try scanner.beginObject()
        var first = true
        while let name = try scanner.nextKey(first: first) {
            first = false
            if name == key { return try scanner.int() }
            try scanner.skipValue(depth: 1)
        }
        try scanner.finish()
        return nil
    }

    /// Reads past one value of any kind, checking that it is well formed.
    package mutating func skipValue(depth: Int = 0) throws(Failure) {
        guard depth < Self.maximumDepth else {
            throw failure("arrays and objects nested more than \(Self.maximumDepth) deep")
        }
        switch peek() {
        case UInt8(ascii: "{"):
            try beginObject()
            var first = true
            while try nextKey(first: first) != nil {
                first = false
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            try beginArray()
            var first = true
            while try nextElement(first: first) {
                first = false
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): if !skipNull() { throw unexpected("a value") }
        default:
            let start = offset
            _ = try double()
            // A whole number no reader of Recall's files could hold (Swift's Int stops near 9.2e18).
            let token = UnsafeRawBufferPointer(rebasing: bytes[start..<offset])
            if token.count > 18, token.allSatisfy({ $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) }),
                Int(String(decoding: token, as: UTF8.self)) == nil
            {
                throw failure(
                    "the whole number \(String(decoding: token, as: UTF8.self)) is too large", at: start)
            }
        }
    }

    /// Checks a whole document: well formed, valid UTF-8, nested at most `maximumDepth` deep, and
    /// no whole number too large for an `Int`.
    package static func validate(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        var scanner = JSONScanner(bytes)
        guard scanner.peek() != nil else { throw scanner.failure("the JSON ends early: the file is empty") }
        try scanner.skipValue()
        try scanner.finish()
    }
}
