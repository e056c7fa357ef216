import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Facts about the terminal the program runs in.
package enum Terminal {
    package static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The output's width in columns: the terminal's, else `$COLUMNS`, else 80.
    package static var width: Int {
        var size = winsize()
        if outputIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }

    /// Colours by ``TerminalStyle/wantsColors(outputIsTerminal:environment:)``.
    package static var style: TerminalStyle {
        let colors = TerminalStyle.wantsColors(
            outputIsTerminal: outputIsTerminal, environment: ProcessInfo.processInfo.environment)
        return TerminalStyle(colors: colors, width: min(width, 100))
    }
}
