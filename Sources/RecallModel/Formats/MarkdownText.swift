/// Text from decks, file names and progress files made safe to place inside Markdown.
///
/// Markdown passes raw HTML through, so a source sentence holding `<script>` or
/// `<details open ontoggle=…>` would run once a quiz or report is rendered. Every character that
/// HTML or Markdown gives a meaning is written so that it shows as itself:
///
/// ```swift
/// MarkdownText.escape("<b>1952</b> *NATO*")   // "&lt;b&gt;1952&lt;/b&gt; \*NATO\*"
/// ```
public enum MarkdownText {
    /// `text` as inline Markdown that renders as exactly that text; line breaks become spaces, so
    /// the text cannot start a block (a heading, a list, a table row) of its own.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\r", "\u{2028}", "\u{2029}": result += " "
            case "\\", "`", "*", "_", "[", "]", "(", ")", "{", "}", "#", "|", "~", "!":
                result += "\\"
                result.unicodeScalars.append(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
