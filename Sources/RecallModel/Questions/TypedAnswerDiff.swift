/// Anki's comparison of a typed answer with the expected one, character by character: what was
/// typed with the characters that should not be there marked, and the answer with the characters
/// that were missed marked. Built on the standard library's `difference(from:)`.
///
/// ```swift
/// let diff = TypedAnswerDiff(typed: "1067", expected: "1066")
/// diff.typed     // [("106", false), ("7", true)]
/// diff.expected  // [("106", false), ("6", true)]
/// ```
public struct TypedAnswerDiff: Sendable, Equatable {
    /// Runs of text, each marked when it differs.
    public typealias Runs = [(text: String, marked: Bool)]

    public var typed: Runs
    public var expected: Runs

    public init(typed: String, expected: String) {
        let typedCharacters = Array(typed)
        let expectedCharacters = Array(expected)
        let difference = expectedCharacters.difference(from: typedCharacters)
        var extra = Set<Int>()
        var missing = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): extra.insert(offset)
            case .insert(let offset, _, _): missing.insert(offset)
            }
        }
        self.typed = Self.runs(typedCharacters, marked: extra)
        self.expected = Self.runs(expectedCharacters, marked: missing)
    }

    static func runs(_ characters: [Character], marked: Set<Int>) -> Runs {
        var runs: Runs = []
        for (offset, character) in characters.enumerated() {
            let isMarked = marked.contains(offset)
            if let last = runs.last, last.marked == isMarked {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append((String(character), isMarked))
            }
        }
        return runs
    }

    /// The runs as one line: marked runs in brackets, for a terminal without colour and for tests.
    public static func plain(_ runs: Runs) -> String {
        runs.map { $0.marked ? "[\($0.text)]" : $0.text }.joined()
    }

    public static func == (left: TypedAnswerDiff, right: TypedAnswerDiff) -> Bool {
        plain(left.typed) == plain(right.typed) && plain(left.expected) == plain(right.expected)
    }
}
