import ArgumentParser
import RecallKit

/// `--kinds cloze,choice,…`, shared by the commands that pick questions from a deck.
struct KindsOption: ParsableArguments {
    @Option(name: .long, help: "Kinds of question, comma-separated: cloze,choice,timeline,reverse,basic.")
    var kinds: String = "cloze,choice,timeline,reverse,basic"

    func validate() throws { _ = try parsed() }

    func parsed() throws -> Set<QuestionKind> {
        try QuestionKind.parseList(kinds).mapError { ValidationError($0.description) }.get()
    }
}
