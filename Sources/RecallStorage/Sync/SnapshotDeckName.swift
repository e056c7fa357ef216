import Foundation
import RecallModel

extension ProgressFile {
    /// The `"deck"` a snapshot names, read without decoding the rest (it comes second in the files
    /// Recall writes); nil when the file is not a JSON object with a string there.
    public static func deckName(in data: Data) -> String? {
        data.withUnsafeBytes { bytes -> String? in
            var scanner = JSONScanner(bytes)
            guard (try? scanner.beginObject()) != nil else { return nil }
            var first = true
            while let key = try? scanner.nextKey(first: first) {
                first = false
                if key == "deck" { return try? scanner.string() }
                guard (try? scanner.skipValue(depth: 1)) != nil else { return nil }
            }
            return nil
        }
    }
}
