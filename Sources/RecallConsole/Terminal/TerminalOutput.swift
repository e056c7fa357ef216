import Foundation
import RecallModel

#if canImport(Glibc)
    import Glibc
#endif

/// The last step of everything the executable writes: text from decks, imports and file names is
/// cleaned of control characters where it enters Recall, and once more here, so that a card can
/// never drive the terminal (`ESC]52` clipboard writes, `ESC]0` titles, `ESC[2J`). Only the colour
/// sequences Recall writes itself pass, and only when colours are on.
package enum TerminalOutput {
    /// Whether Recall's own colour sequences are kept on standard output (a terminal with colours).
    static let keepsColors = Terminal.style.colors

    /// Writes `text` to standard output, unbuffered, cleaned.
    package static func write(_ text: String) {
        FileHandle.standardOutput.write(
            Data(ControlCharacters.printable(text, keepingColors: keepsColors).utf8))
    }

    /// Writes `text` to standard error, cleaned (errors and warnings are never coloured).
    package static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(ControlCharacters.printable(text, keepingColors: false).utf8))
    }
}

/// `print` within the executable: the standard library's, with the text cleaned first. Every
/// command's output passes here without each call site having to remember.
func print(_ text: String = "", terminator: String = "\n") {
    Swift.print(
        ControlCharacters.printable(text, keepingColors: TerminalOutput.keepsColors), terminator: terminator)
}
