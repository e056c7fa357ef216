/// The characters that would let a card's text drive the terminal it is printed on: C0 controls
/// other than tab and line feed (ESC starts `ESC]52;…` clipboard writes, `ESC]0;…` titles and
/// `ESC[2J`; NUL truncates C strings; CR rewrites the line), DEL, the C1 controls (U+0080 to
/// U+009F, which some terminals read as CSI and OSC), and the bidirectional overrides and isolates
/// that reorder what is shown (U+202A to U+202E, U+2066 to U+2069).
///
/// Text is cleaned where it enters Recall (a source text, an imported file, a deck file), and the
/// executable cleans what it prints once more:
///
/// ```swift
/// ControlCharacters.removed(from: "1952\u{1B}]0;owned\u{7}")   // "1952]0;owned"
/// ```
public enum ControlCharacters {
    /// Whether `scalar` is one of the characters Recall never keeps in a card or prints.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether `text` holds any character that `removed(from:)` takes out.
    public static func contains(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }

    /// `text` without the unsafe characters; a carriage return before a line feed goes too, so
    /// `\r\n` line ends become `\n`.
    public static func removed(from text: String) -> String {
        guard contains(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isUnsafe(scalar) { result.append(scalar) }
        return String(result)
    }

    /// `text` with each unsafe character replaced by as many spaces as it has UTF-8 bytes, so that
    /// byte offsets into the text (a fact's dates) still point where they did.
    public static func blanked(in text: String) -> String {
        guard contains(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result.append(contentsOf: repeatElement(" ", count: UTF8.width(scalar)))
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` ready for a terminal: unsafe characters removed, except, when `keepingColors`, the
    /// colour sequences Recall writes itself (`ESC [` digits and semicolons `m`), which can change
    /// colours and nothing else.
    public static func printable(_ text: String, keepingColors: Bool) -> String {
        guard contains(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingColors, scalar == "\u{1B}", let end = colorSequenceEnd(scalars, from: index) {
                result.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            if !isUnsafe(scalar) { result.append(scalar) }
            index += 1
        }
        return String(result)
    }

    /// The end of `ESC [ 0-9;* m` starting at `start`, if one does.
    static func colorSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        guard index < scalars.count, scalars[index] == "[" else { return nil }
        index += 1
        while index < scalars.count, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) {
            index += 1
        }
        guard index < scalars.count, scalars[index] == "m" else { return nil }
        return index + 1
    }
}
