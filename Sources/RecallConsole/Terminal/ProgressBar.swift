import Foundation

/// A progress bar on standard error for work that takes over a second, drawn only on a terminal.
package final class ProgressBar {
    let label: String
    let started = Date()
    let enabled = Terminal.errorIsTerminal
    var drawn = false

    package init(_ label: String) {
        self.label = label
    }

    package func update(_ fraction: Double) {
        guard enabled, Date().timeIntervalSince(started) > 1 else { return }
        let width = 30
        let filled = Int((max(0, min(1, fraction)) * Double(width)).rounded())
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(Int(fraction * 100))%".utf8))
        drawn = true
    }

    /// Clears the bar, if one was drawn.
    package func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
