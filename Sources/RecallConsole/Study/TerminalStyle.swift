/// How output looks: colors (see ``wantsColors(outputIsTerminal:environment:)``) and the width
/// text wraps to.
public struct TerminalStyle: Sendable {
    public var colors: Bool
    public var width: Int

    public init(colors: Bool, width: Int) {
        self.colors = colors
        self.width = max(20, width)
    }

    /// Plain text at 80 columns: pipes, files and tests.
    public static let plain = TerminalStyle(colors: false, width: 80)

    /// Whether output gets colours, by the common conventions: a non-empty `NO_COLOR` turns them
    /// off (no-color.org; an empty one does not), a non-empty `FORCE_COLOR` turns them on even
    /// into a pipe (force-color.org), and otherwise only a terminal that is not `TERM=dumb` has them.
    ///
    /// ```swift
    /// TerminalStyle.wantsColors(outputIsTerminal: false, environment: ["FORCE_COLOR": "1"])  // true
    /// ```
    public static func wantsColors(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if let force = environment["FORCE_COLOR"], !force.isEmpty { return true }
        return outputIsTerminal && environment["TERM"] != "dumb"
    }

    public func right(_ text: String) -> String { paint(text, "32") }
    public func wrong(_ text: String) -> String { paint(text, "31") }
    public func partial(_ text: String) -> String { paint(text, "33") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func bold(_ text: String) -> String { paint(text, "1") }

    func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Wraps `text` at word boundaries to the width, each line after the first indented by `indent`.
    public func wrap(_ text: String, indent: String = "", firstIndent: String = "") -> String {
        var lines: [String] = []
        var line = firstIndent
        var lineLength = firstIndent.count
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord && lineLength + 1 + word.count > width {
                lines.append(line)
                line = indent + word
                lineLength = indent.count + word.count
            } else {
                line += (lineHasWord ? " " : "") + word
                lineLength += (lineHasWord ? 1 : 0) + word.count
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
