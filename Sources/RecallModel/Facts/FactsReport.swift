import Foundation

/// What the deck builder found in a source, in the shape of the annotation gold files
/// (`{"source", "sentences": [{"text", "dates": [{"text", "value"}], "fact"}]}`).
public struct FactsReport: Codable, Sendable, Equatable {
    public struct DateEntry: Codable, Sendable, Equatable {
        public var text: String
        public var value: String
        /// What the value was resolved from (`heading 1848`, `14 July 1789 + 1 day`); `stated` when
        /// the phrase names its own year, or when nothing fixes it.
        public var anchor: String?
        /// The part of the period the phrase narrows to (`early`, `end` …), when it has one.
        public var modifier: String?

        public init(_ date: DateExpression) {
            text = date.text
            value = date.value.timex
            anchor = date.anchor ?? (date.value.isAnchored ? "stated" : "nothing before it")
            modifier = date.modifier
        }
    }

    public struct SentenceEntry: Codable, Sendable, Equatable {
        public var text: String
        public var dates: [DateEntry]
        public var fact: Bool
    }

    public var source: String
    public var sentences: [SentenceEntry]

    public init(source: String, readings: [FactSelector.Reading]) {
        self.source = source
        self.sentences = readings.map { reading in
            SentenceEntry(
                text: reading.sentence.text,
                dates: reading.dates.map(DateEntry.init),
                fact: reading.verdict == .fact)
        }
    }

    /// Pretty JSON with keys in a fixed order, so output is stable for diffs and tests.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }
}
