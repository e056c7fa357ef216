import Foundation

/// Where a JSON text stops being valid, as `line 3, column 17 (byte 52)`, for messages that
/// let a person find the damage.
package enum JSONErrorLocation {
    package static func describe(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch let error as NSError {
            let message = (error.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "invalid JSON"
            if message.contains("end of file") || message.contains("Unexpected end") {
                return
                    "the JSON ends early at byte \(data.count) (\(position(of: data.count, in: data))); the file looks truncated"
            }
            if let range = message.range(of: "character "),
                let offset = Int(message[range.upperBound...].prefix { $0.isNumber })
            {
                return "invalid JSON at \(position(of: offset, in: data)) (byte \(offset))"
            }
            return message
        }
    }

    package static func position(of offset: Int, in data: Data) -> String {
        data.withUnsafeBytes { position(of: offset, in: $0) }
    }

    package static func position(of offset: Int, in data: UnsafeRawBufferPointer) -> String {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "line \(line), column \(column)"
    }
}
