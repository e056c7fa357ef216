import ArgumentParser
import RecallModel

/// `--kinds`, shared by the commands that make or pick questions; the kinds may be given as words
/// (`--kinds cloze reverse`), comma-separated (`--kinds cloze,reverse`) or both.
struct KindsOption: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Kinds of question: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")) (as 'cloze reverse' or 'cloze,reverse').",
            valueName: "KIND"))
    var kinds: [String] = []

    package func validate() throws { _ = try parsed(default: []) }

    /// The kinds given, or `fallback` when `--kinds` was not given.
    func parsed(default fallback: [QuestionKind] = QuestionKind.allCases) throws -> Set<QuestionKind> {
        if kinds.isEmpty { return Set(fallback) }
        return try QuestionKind.parseList(kinds.joined(separator: ",")).mapError {
            ValidationError($0.description)
        }
        .get()
    }
}
