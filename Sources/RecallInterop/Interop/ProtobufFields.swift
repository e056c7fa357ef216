import Foundation

/// The top-level fields of a protocol buffer message, read from its wire format.
///
/// Anki's schema-18 collections keep note types' kinds and templates' front and back in protobuf
/// blobs. Recall reads three fields of two messages, so it reads the wire format itself (varints
/// and length-delimited fields, 50 lines) rather than take on SwiftProtobuf, whose generated
/// message types would need Anki's `.proto` files copied and compiled into the package.
struct ProtobufFields {
    enum Value: Equatable {
        case varint(UInt64)
        case bytes(Data)
        /// A 32-bit field: a float, as Anki's deck options keep retention and steps.
        case fixed32(UInt32)
    }

    /// Each field number with its values, in order; nil when the bytes are not a message.
    let values: [Int: [Value]]

    init?(_ data: Data) {
        var values: [Int: [Value]] = [:]
        var index = data.startIndex
        func varint() -> UInt64? {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while index < data.endIndex, shift < 64 {
                let byte = data[index]
                index += 1
                result |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return result }
                shift += 7
            }
            return nil
        }
        while index < data.endIndex {
            guard let key = varint(), key >> 3 > 0, key >> 3 < 1 << 29 else { return nil }
            let number = Int(key >> 3)
            switch key & 7 {
            case 0:
                guard let value = varint() else { return nil }
                values[number, default: []].append(.varint(value))
            case 1:
                guard data.endIndex - index >= 8 else { return nil }
                index += 8
            case 5:
                guard data.endIndex - index >= 4 else { return nil }
                values[number, default: []].append(.fixed32(Self.littleEndian(data[index..<index + 4])))
                index += 4
            case 2:
                guard let length = varint(), length <= UInt64(data.endIndex - index) else { return nil }
                let end = index + Int(length)
                values[number, default: []].append(.bytes(data[index..<end]))
                index = end
            default:
                return nil
            }
        }
        self.values = values
    }

    /// The last value of a varint field (as protobuf reads a repeated scalar that is not repeated).
    func integer(_ number: Int) -> UInt64? {
        for value in (values[number] ?? []).reversed() {
            if case .varint(let integer) = value { return integer }
        }
        return nil
    }

    static func littleEndian(_ bytes: Data) -> UInt32 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Every value of a repeated float field, packed (one length-delimited run) or not.
    func floats(_ number: Int) -> [Float] {
        (values[number] ?? []).flatMap { value -> [Float] in
            switch value {
            case .fixed32(let bits): return [Float(bitPattern: bits)]
            case .bytes(let packed) where packed.count % 4 == 0:
                return stride(from: packed.startIndex, to: packed.endIndex, by: 4).map {
                    Float(bitPattern: Self.littleEndian(packed[$0..<$0 + 4]))
                }
            default: return []
            }
        }
    }

    /// The last value of a string field, as UTF-8 text.
    func string(_ number: Int) -> String? {
        for value in (values[number] ?? []).reversed() {
            if case .bytes(let bytes) = value { return String(decoding: bytes, as: UTF8.self) }
        }
        return nil
    }
}
