import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

@Suite struct JSONScannerTests {
    /// Runs `body` on a scanner over `text`.
    func scan<Value>(_ text: String, _ body: (inout JSONScanner) throws -> Value) throws -> Value {
        try Data(text.utf8).withUnsafeBytes { bytes in
            var scanner = JSONScanner(bytes)
            return try body(&scanner)
        }
    }

    func failure(_ text: String, _ body: (inout JSONScanner) throws -> Void) -> JSONScanner.Failure? {
        do {
            try scan(text, body)
            return nil
        } catch {
            return error as? JSONScanner.Failure
        }
    }

    @Test func readsObjectsArraysAndScalars() throws {
        let text = #" { "a" : [1, -2.5e2, 0.125, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00" } "#
        let (numbers, flags, string) = try scan(text) { scanner in
            var numbers: [Double] = []
            var flags: [Bool] = []
            var string = ""
            try scanner.beginObject()
            var first = true
            while let key = try scanner.nextKey(first: first) {
                first = false
                if key == "a" {
                    try scanner.beginArray()
                    var firstElement = true
                    while try scanner.nextElement(first: firstElement) {
                        firstElement = false
                        if scanner.skipNull() { continue }
                        if scanner.peek() == UInt8(ascii: "t") || scanner.peek() == UInt8(ascii: "f") {
                            flags.append(try scanner.bool())
                        } else {
                            numbers.append(try scanner.double())
                        }
                    }
                } else {
                    string = try scanner.string()
                }
            }
            try scanner.finish()
            return (numbers, flags, string)
        }
        #expect(numbers == [1, -250, 0.125])
        #expect(flags == [true, false])
        #expect(string == "x\"\\/\né😀")
    }

    @Test func doublesReadBackExactly() throws {
        for value in [0.1, 1.0 / 3, 12.345678901234567, 1e-7, 6.02214076e23, -0.0, 123_456_789_012_345.0] {
            let read = try scan(value.description) { try $0.double() }
            #expect(read == value)
        }
        #expect(try scan("9007199254740") { try $0.int() } == 9_007_199_254_740)
    }

    @Test func malformedInputIsRefusedWithItsOffset() {
        #expect(failure("01") { _ = try $0.double() }?.message == "malformed number")
        #expect(failure("1.") { _ = try $0.double() }?.message == "malformed number")
        #expect(failure("1.5") { _ = try $0.int() }?.message == "expected a whole number")
        #expect(failure("1e999") { _ = try $0.double() }?.message == "a number too large for a double")
        #expect(failure("\"a\u{1}b\"") { _ = try $0.string() }?.offset == 2)
        #expect(failure(#""\x""#) { _ = try $0.string() }?.message == "an unknown escape in a string")
        #expect(
            failure(#""\ud83d""#) { _ = try $0.string() }?.message == "an unpaired surrogate in a \\u escape")
        #expect(failure(#""abc"#) { _ = try $0.string() }?.offset == 0)
        #expect(failure("[1 2]") { try $0.skipValue() }?.message == "expected ',' or ']', found '2'")
        #expect(
            failure("{\"a\":1} x") {
                try $0.skipValue(); try $0.finish()
            }?.offset == 8)
        #expect(failure("[1,") { try $0.skipValue() }?.message.hasPrefix("the JSON ends early") == true)
        #expect(failure("tru") { _ = try $0.bool() }?.message == "expected true or false, found 't'")
    }

    /// A number is read in one pass: exactly when it has at most 15 significant digits and no
    /// exponent, by `strtod` otherwise; either way it is the double Swift's own parser gives.
    @Test(arguments: [
        "0", "-0", "7", "1748464000", "2.3065", "-2.3065", "0.1", "0.30000000000000004", "123456789012345",
        "999999999999999", "999999999999999.5", "1000000000000000", "9007199254740993", "1234567890123456789",
        "12345678901234567890", "0.000000000000000000001", "100000000000000000000.5", "759.1263579833375",
        "1e5", "-2.5E-3", "1.7976931348623157e308", "5e-324",
    ])
    func numbersAreReadAsSwiftReadsThem(_ text: String) throws {
        let read = try scan(text) { try $0.double() }
        #expect(read.bitPattern == Double(text)!.bitPattern, "\(text)")
    }

    @Test func wholeNumbersAndTheirLimits() throws {
        #expect(try scan("1748464000") { try $0.int() } == 1_748_464_000)
        #expect(try scan("-8000") { try $0.int() } == -8000)
        #expect(try scan("12.0") { try $0.int() } == 12)
        #expect(try scan("1e3") { try $0.int() } == 1000)
        #expect(failure("9000000000000000") { _ = try $0.int() }?.message == "expected a whole number")
        #expect(failure("x") { _ = try $0.double() }?.message == "expected a number, found 'x'")
    }

    /// A string's UTF-8 is handed over without making a `String`, escapes resolved, checked as
    /// `string()` checks it.
    @Test func stringBytesAreTheUnescapedUTF8() throws {
        func bytes(_ text: String) throws -> [UInt8] {
            try scan(text) { scanner in try scanner.withStringBytes { Array($0) } }
        }
        #expect(try bytes(#" "0123abc" "#) == Array("0123abc".utf8))
        #expect(try bytes(#""a\u0062\n""#) == Array("ab\n".utf8))
        #expect(try bytes(#""é😀""#) == Array("é😀".utf8))
        #expect(try bytes(#""""#).isEmpty)
        let invalid: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
        let message = invalid.withUnsafeBytes { raw -> String? in
            var scanner = JSONScanner(raw)
            do {
                _ = try scanner.withStringBytes { Array($0) }
                return nil
            } catch {
                return (error as? JSONScanner.Failure)?.message
            }
        }
        #expect(message == "a string that is not valid UTF-8")
        #expect(
            failure("12") { _ = try $0.withStringBytes { Array($0) } }?.message
                == "expected a string, found '1'")
    }

    /// A string is scanned eight bytes at a time while they are plain ASCII: the quote, an escape,
    /// a control character and a non-ASCII byte are each found at every place in a block.
    @Test func stringsEndAndEscapeAtEveryPlace() throws {
        for count in 0..<20 {
            let run = String(repeating: "a", count: count)
            #expect(try scan("\"\(run)\"") { try $0.string() } == run)
            #expect(try scan("\"\(run)\\n~\u{7F} x\"") { try $0.string() } == run + "\n~\u{7F} x")
            #expect(try scan("\"\(run)é\(run)\"") { try $0.string() } == run + "é" + run)
            #expect(failure("\"\(run)\u{1F}\(run)\"") { _ = try $0.string() }?.offset == count + 1)
            #expect(
                failure("\"\(run)") { _ = try $0.string() }?.message
                    == "the JSON ends early inside a string that starts here")
        }
    }

    @Test func invalidUTF8IsRefused() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
        let message = bytes.withUnsafeBytes { raw -> String? in
            var scanner = JSONScanner(raw)
            do {
                _ = try scanner.string()
                return nil
            } catch {
                return (error as? JSONScanner.Failure)?.message
            }
        }
        #expect(message == "a string that is not valid UTF-8")
    }

    @Test func nestingHasALimit() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(failure(deep) { try $0.skipValue() }?.message.contains("nested more than 64 deep") == true)
        let fine = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect(failure(fine) { try $0.skipValue() } == nil)
    }

    /// RFC 8259, stricter than Foundation's reader, which takes trailing commas.
    @Test func acceptsExactlyStandardJSON() {
        let valid = ["[]", "{}", "[1e5]", "[1E+5]", "[\"\\/\"]", " [ ] ", "{\"a\":[{}]}"]
        let invalid = [
            "[1,2,]", "{\"a\":1,}", "{\"a\":}", "[\"\\u12\"]", "[-]", "[.5]", "[+1]", "{\"a\" 1}", "[nul]",
            "[true false]", "[\"a\"]x", "", "{1:2}",
        ]
        for sample in valid {
            #expect(
                failure(sample) {
                    try $0.skipValue(); try $0.finish()
                } == nil, "\(sample)")
        }
        for sample in invalid {
            #expect(
                failure(sample) {
                    try $0.skipValue(); try $0.finish()
                } != nil, "\(sample)")
        }
    }
}
