import Foundation
import Testing

@testable import RecallModel
@testable import RecallStorage

/// The snapshot writer spells numbers and strings itself, for speed; these pin it to what the
/// standard library and the JSON spec spell, which the files written before it also hold.
@Suite struct JSONTextWriterTests {
    func written(_ write: (inout JSONTextWriter) -> Void) -> String {
        var json = JSONTextWriter()
        write(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    @Test(arguments: [0, 7, -7, 10, -10, 99, 1_780_000_000, -1_780_000_000, Int.max, Int.min])
    func integersAreSpelledAsStringSpellsThem(_ value: Int) {
        #expect(written { $0.int(value) } == String(value))
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharactersOnly() {
        #expect(written { $0.string("0123456789abcdef") } == #""0123456789abcdef""#)
        #expect(written { $0.string("") } == #""""#)
        #expect(
            written { $0.string("a\"b\\c\nd\re\tf\u{01}g\u{1F}") }
                == #""a\"b\\c\nd\re\tf\u0001g\u001f""#)
        #expect(written { $0.string("\"café ✓\"") } == #""\"café ✓\"""#)
    }

    @Test func hexDigitsArePaddedToTheirWidthAndNeverCut() {
        #expect(HexDigits.text(0, digits: 12) == "000000000000")
        #expect(HexDigits.text(0xabc, digits: 12) == "000000000abc")
        #expect(HexDigits.text(0x1_0000_0000_0000, digits: 12) == "1000000000000")
        #expect(HexDigits.text(0, digits: 0) == "0")
        #expect(ReviewID(high: 0, low: 0).description == String(repeating: "0", count: 24))
        #expect(
            ReviewID(high: .max, low: .max).description == String(repeating: "f", count: 24))
        #expect(ReviewID(high: 0x0123_4567_89ab_cdef, low: 0xfe).description == "0123456789abcdef000000fe")
    }
}
