import Foundation
import RecallModel

/// The JSON conventions of Recall's files: sorted keys and pretty printing (stable diffs),
/// ISO-8601 times in UTC.
package enum RecallJSON {
    package static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601.format(date))
        }
        return encoder
    }

    package static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = ISO8601.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "'\(text)' is not an ISO-8601 time such as 2026-01-31T09:00:00Z")
            }
            // Files hold whole seconds; a fraction from elsewhere is dropped as writing would drop it.
            return Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        }
        return decoder
    }

    /// The `schemaVersion` of a Recall file, read before the rest so that a newer file is refused whole.
    /// The scanner reads past everything else without building it; a document it refuses goes to
    /// `JSONDecoder`, whose error names the field for the message.
    package static func schemaVersion(of data: Data) throws -> Int? {
        let scanned = data.withUnsafeBytes { bytes in
            Result { () throws(JSONScanner.Failure) in
                try JSONScanner.topLevelInteger("schemaVersion", in: bytes)
            }
        }
        if case .success(let version) = scanned { return version }
        struct Header: Decodable { var schemaVersion: Int? }
        return try JSONDecoder().decode(Header.self, from: data).schemaVersion
    }
}
