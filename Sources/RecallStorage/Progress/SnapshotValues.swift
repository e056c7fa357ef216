import Foundation
import RecallModel

/// The values of a progress snapshot that are more than JSON's: each failure says what is wrong
/// with the value, and the reader puts the field's name before it (`reviews[3].rating: expected
/// 1 to 4`).
extension JSONScanner {
    mutating func rating() throws(Failure) -> Rating {
        let start = offset
        guard let rating = Rating(rawValue: try int()) else {
            throw Failure(offset: start, message: "expected 1 to 4")
        }
        return rating
    }

    /// A case of `Value`, found by comparing the file's bytes with each case's name: making a
    /// string of them and switching on it was a tenth of loading a snapshot, which has three phases
    /// or kinds a row (measured with callgrind).
    mutating func enumValue<Value: SavedEnum>(_ type: Value.Type)
        throws(Failure)
        -> Value
    {
        let start = offset
        return try withStringBytes { utf8 throws(Failure) in
            for value in Value.allCases where Self.spells(value.rawValue, utf8) { return value }
            let text = JSONScanner.text(utf8)
            // A string compares by canonical equivalence, which bytes do not (a Kelvin sign is a K).
            guard let value = Value(rawValue: text) else {
                throw Failure(offset: start, message: "'\(text)' is not a known value")
            }
            return value
        }
    }

    /// Whether `utf8` is `name`'s UTF-8.
    private static func spells(_ name: String, _ utf8: UnsafeRawBufferPointer) -> Bool {
        guard name.utf8.count == utf8.count else { return false }
        var name = name
        return name.withUTF8 { name in
            name.isEmpty || memcmp(name.baseAddress!, utf8.baseAddress!, name.count) == 0
        }
    }

    /// A review id or machine id, in hex digits, read from the file's bytes without making a string.
    mutating func identity<Value>(_ parse: (UnsafeRawBufferPointer) -> Value?, digits: Int) throws(Failure)
        -> Value
    {
        let start = offset
        return try withStringBytes { utf8 throws(Failure) in
            guard let value = parse(utf8) else {
                let text = JSONScanner.text(utf8)
                throw Failure(offset: start, message: "'\(text)' is not \(digits) hex digits")
            }
            return value
        }
    }
}
