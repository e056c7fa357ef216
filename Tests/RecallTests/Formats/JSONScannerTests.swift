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
