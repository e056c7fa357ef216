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

    mutating func enumValue<Value: RawRepresentable<String>>(_ type: Value.Type) throws(Failure) -> Value {
        let start = offset
        let text = try string()
        guard let value = Value(rawValue: text) else {
            throw Failure(offset: start, message: "'\(text)' is not a known value")
        }
        return value
    }

    /// A review id or machine id, in hex digits.
    mutating func identity<Value>(_ parse: (String) -> Value?, digits: Int) throws(Failure) -> Value {
        let start = offset
        let text = try string()
        guard let value = parse(text) else {
            throw Failure(offset: start, message: "'\(text)' is not \(digits) hex digits")
        }
        return value
    }
}
