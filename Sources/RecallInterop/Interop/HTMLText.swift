import Foundation

/// The text of an Anki field, which holds HTML: line breaks kept, tags dropped, entities decoded.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = tag.prefix { $0.isLetter || $0 == "/" }
                if ["br", "br/", "/div", "/p", "/li", "hr"].contains(String(name)) { text += "\n" }
                index = html.index(after: close)
            } else if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";"),
                let decoded = entity(String(html[html.index(after: index)..<semicolon]))
            {
                text.append(decoded)
                index = html.index(after: semicolon)
            } else {
                text.append(character)
                index = html.index(after: index)
            }
        }
        while let sound = text.range(of: "[sound:"), let end = text[sound.upperBound...].firstIndex(of: "]") {
            text.removeSubrange(sound.lowerBound...end)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces() }
            .joined(separator: "\n")
            .trimmingCharacters(in: CharacterSet(charactersIn: "\n"))
    }

    private static func entity(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let number =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return number.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    /// Whether a field refers to media (a picture or a sound), which Recall does not import.
    static func hasMedia(_ html: String) -> Bool {
        html.range(of: "<img", options: .caseInsensitive) != nil || html.contains("[sound:")
    }
}
