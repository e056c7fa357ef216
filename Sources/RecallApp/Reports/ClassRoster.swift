import Foundation
import RecallInterop
import RecallModel
import RecallStorage

/// The students a class report covers: each progress file a class sent in, read with the journal
/// beside it through the same replay and checks as a deck's own progress. A file that cannot be
/// read is a warning naming it, never a half-read student.
package struct ClassRoster {
    package var entries: [ClassReport.Entry] = []
    package var warnings: [String] = []

    /// Reads `files`; students are named by `names` (file name or stem to name), else by the stem
    /// (`alice.progress.json` is alice).
    package init(files: [String], names: [String: String], store: FileProgressStore) {
        for path in files {
            let url = URL(fileURLWithPath: path)
            do {
                guard let progress = try store.load(progressFileAt: url) else {
                    warnings.append("\(path): no such file; skipped")
                    continue
                }
                let stem = Workspace.stem(ofProgressFile: url) ?? url.lastPathComponent
                entries.append(
                    .init(
                        name: names[url.lastPathComponent] ?? names[stem] ?? stem, file: path,
                        progress: progress))
            } catch {
                warnings.append("\(error); skipped")
            }
        }
    }

    /// `--names`: a CSV of `file,name` lines.
    package static func readNames(_ path: String) throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("\(path): no such file", status: .notFound)
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandFailure("\(path): cannot be read as UTF-8 text")
        }
        var map: [String: String] = [:]
        for (number, line) in text.split(separator: "\n").enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: ",", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CommandFailure("\(path): line \(number + 1): expected 'file,name'")
            }
            map[parts[0]] = parts[1]
        }
        return map
    }
}
