import ArgumentParser
import Foundation
import RecallStorage

/// `--home DIR`, shared by every command that uses the workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The workspace folder (holds Decks/ and Progress/).", valueName: "DIR"),
        completion: .directory)
    var home: String?

    /// A `--home` that names a file is refused at once, rather than failing later in each command.
    package func validate() throws {
        guard let home, !home.isEmpty else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: home, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--home \(home): is a file, not a folder")
        }
    }

    var workspace: Workspace {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return Workspace.resolve(
            home: home, currentDirectory: current, environment: ProcessInfo.processInfo.environment,
            isDirectory: { url in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            })
    }
}
