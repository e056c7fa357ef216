import Foundation
import Testing

@testable import RecallModel

@Suite struct ISO8601Tests {
    @Test func formatsAndParsesLikeFoundation() throws {
        var generator = SeededGenerator(seed: 11)
        var seconds: [Double] = [0, -1, 951_782_400, 4_107_456_000, -2_208_988_800, 253_402_300_799]
        for _ in 0..<2000 {
            seconds.append(Double(Int.random(in: -5_000_000_000...9_000_000_000, using: &generator)))
        }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            let text = ISO8601.format(date)
            #expect(text == date.formatted(.iso8601), "\(value)")
            #expect(ISO8601.parse(text) == date, "\(text)")
        }
    }

    @Test func fractionsAreDroppedWhenWritten() {
        #expect(ISO8601.format(Date(timeIntervalSince1970: 59.9)) == "1970-01-01T00:00:59Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
    }

    @Test func impossibleTimesAreRefused() {
        for text in [
            "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01 00:00:00Z",
        ] {
            #expect(ISO8601.parse(text) == nil, "\(text)")
        }
        #expect(ISO8601.parse("2024-02-29T12:00:00Z") == Date(timeIntervalSince1970: 1_709_208_000))
        #expect(ISO8601.parse("2024-02-29T13:00:00+01:00") == Date(timeIntervalSince1970: 1_709_208_000))
    }
}
