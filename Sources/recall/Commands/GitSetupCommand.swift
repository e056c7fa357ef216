import ArgumentParser
import Foundation
import RecallApp
import RecallModel
import RecallStorage

/// `recall git-setup`: lets git merge the workspace's progress files with `recall merge`.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Let git merge progress files (a workspace kept in git, studied on several machines).",
        discussion: """
            Adds a .gitattributes line that sends Progress/*.progress.json to the merge driver \
            'recall-progress', .gitignore lines for each machine's own files (locks, journals, temporary \
            files, Progress/merged/), and the driver ('recall merge %O %A %B') to this clone's .git/config. \
            Run it once in each clone; running it again changes nothing.
            """
    )

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let root = options.workspace.root
        guard (try? git(["rev-parse", "--is-inside-work-tree"], in: root)) == "true" else {
            throw CommandFailure(
                "\(root.path) is not in a git repository; run 'git init' there first", status: .notFound)
        }
        do {
            for (name, lines) in [(".gitattributes", GitSetup.attributes), (".gitignore", GitSetup.ignored)] {
                let url = root.appendingPathComponent(name)
                let text = try DiskFileStore().read(url).map { String(decoding: $0, as: UTF8.self) } ?? ""
                if let updated = GitSetup.adding(lines, to: text) {
                    try DiskFileStore().writeAtomically(Data(updated.utf8), to: url)
                }
            }
        } catch {
            throw CommandFailure(error)
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let program =
            FileManager.default.fileExists(atPath: executable) ? executable : CommandLine.arguments[0]
        _ = try git(
            ["config", "merge.\(GitSetup.driverName).name", "Recall progress: union of reviews"], in: root)
        _ = try git(
            ["config", "merge.\(GitSetup.driverName).driver", GitSetup.driver(executable: program)], in: root)
        print(
            ControlCharacters.printable(
                "git merges Progress/*.progress.json in \(root.path) with 'recall merge %O %A %B' now "
                    + "(.gitattributes, .gitignore and this clone's .git/config); run 'recall git-setup' in each clone.",
                keepingColors: false))
    }

    /// Runs git in `folder` and returns what it printed, trimmed; a failure is a one-line error.
    func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        do {
            try process.run()
        } catch {
            throw CommandFailure("cannot run git: \(error)", status: .notFound)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(
                "git \(arguments.joined(separator: " ")) failed in \(folder.path) (status \(process.terminationStatus))",
                status: .couldNotSave)
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
