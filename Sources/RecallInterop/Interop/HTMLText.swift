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
                // A style sheet or a script is not text: everything up to its end tag goes.
                if name == "style" || name == "script" {
                    let end = html[index...].range(of: "</\(name)", options: .caseInsensitive)
                    index =
                        end.flatMap { html[$0.upperBound...].firstIndex(of: ">") }.map(html.index(after:))
                        ?? html.endIndex
                }
            } else if character == "&", let semicolon = html[index...].prefix(40).firstIndex(of: ";"),
                let decoded = entity(html[html.index(after: index)...semicolon])
            {
                text += decoded
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

    /// A character reference's text, from its name with the semicolon (`eacute;`, `#233;`, `#xE9;`):
    /// every HTML5 name, and code points; a no-break space as a plain one, as typed answers have it.
    private static func entity(_ name: Substring) -> String? {
        guard name.hasPrefix("#") else {
            return HTMLEntities.character(named: name).map { $0 == "\u{A0}" ? " " : $0 }
        }
        let digits = name.dropFirst().dropLast()
        let number =
            digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return number.flatMap(Unicode.Scalar.init).map { $0 == "\u{A0}" ? " " : String($0) }
    }

    /// Whether a field refers to media (a picture or a sound), which Recall does not import.
    static func hasMedia(_ html: String) -> Bool {
        html.range(of: "<img", options: .caseInsensitive) != nil || html.contains("[sound:")
    }
}
