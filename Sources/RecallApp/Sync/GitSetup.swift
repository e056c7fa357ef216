/// What `recall git-setup` adds to a workspace kept in git, so that `git merge` and `git pull`
/// merge progress files instead of conflicting on them: a `.gitattributes` line that sends
/// snapshots to the merge driver `recall-progress`, and `.gitignore` lines for the files that
/// belong to one machine (locks, journals, temporary files, merged conflict copies).
///
/// The driver itself (`recall merge %O %A %B`) goes into the clone's `.git/config`, which git does
/// not share: each clone runs `recall git-setup` once.
public enum GitSetup {
    public static let driverName = "recall-progress"

    public static let attributes = ["Progress/*.progress.json merge=\(driverName)"]

    public static let ignored = [
        "Progress/*.lock", "Progress/.*.lock", "Progress/*.journal", "Progress/.*.tmp", "Progress/.history",
        "Progress/merged/",
    ]

    /// `text` with each of `lines` it lacks added at the end, one a line; nil when it has them all.
    public static func adding(_ lines: [String], to text: String) -> String? {
        let present = Set(
            text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return nil }
        var result = text
        if !result.isEmpty && !result.hasSuffix("\n") { result += "\n" }
        return result + missing.map { $0 + "\n" }.joined()
    }

    /// The driver's command line: this program's path, quoted for the shell git runs it with.
    public static func driver(executable: String) -> String {
        "'\(executable.replacingOccurrences(of: "'", with: "'\\''"))' merge %O %A %B"
    }
}
