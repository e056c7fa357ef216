import Testing

@testable import RecallModel

/// The byte-wise spelling correction says what the `String` one says, on the vocabulary's words with
/// every kind of typo and on random letters.
@Suite struct ASCIISpellingTests {
    static func typos(of word: String, _ generator: inout SeededGenerator) -> String {
        var letters = Array(word)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzJMD")
        for _ in 0..<Int.random(in: 0...2, using: &generator) where letters.count > 1 {
            let index = Int.random(in: 0..<letters.count - 1, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: letters.remove(at: index)
            case 1: letters.insert(alphabet.randomElement(using: &generator)!, at: index)
            case 2: letters[index] = alphabet.randomElement(using: &generator)!
            default: letters.swapAt(index, index + 1)
            }
        }
        return String(letters)
    }

    @Test func theByteWiseCorrectionIsTheStringOne() {
        var generator = SeededGenerator(seed: 14)
        let vocabulary = AnswerSpelling.meanings.map { String($0.word) } + Array(AnswerSpelling.exact)
        var corrected = 0
        for round in 0..<20_000 {
            let word =
                round % 4 == 0
                ? String(
                    (0..<Int.random(in: 1...14, using: &generator)).map { _ in
                        "abcdefghijklmnopqrstuvwxyz".randomElement(using: &generator)!
                    })
                : Self.typos(of: vocabulary.randomElement(using: &generator)!, &generator)
            guard !word.isEmpty else { continue }
            let expected = AnswerSpelling.correction(of: word)
            #expect(AnswerSpelling.correction(ofASCII: Array(word.utf8)) == expected, "\(word)")
            if expected != nil { corrected += 1 }
        }
        #expect(corrected > 2_000)
        #expect(AnswerSpelling.correction(ofASCII: Array("Mrach".utf8)) == "march")
        #expect(AnswerSpelling.correction(ofASCII: Array("Jum".utf8)) == nil)
    }
}
