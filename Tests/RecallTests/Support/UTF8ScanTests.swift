import Testing

@testable import RecallModel

@Suite struct UTF8ScanTests {
    @Test(arguments: [
        "", "abc", "a[1]", "Atatürk", "x\r\ny", "“q”", String(repeating: "a", count: 100) + "é",
    ])
    func scansAgreeWithTheUTF8View(text: String) {
        for byte: UInt8 in [0x5B, 0x0D, 0x61, 0xC3, 0x00] {
            #expect(text.containsUTF8(byte) == text.utf8.contains(byte))
        }
        for count in 0...3 {
            #expect(
                text.containsUTF8(0x61, atLeast: count) == (text.utf8.filter { $0 == 0x61 }.count >= count))
        }
        #expect(text.isASCIIText == text.utf8.allSatisfy { $0 < 0x80 })
        let bridged = Substring(text).description
        #expect(bridged.isASCIIText == text.isASCIIText)
    }

    /// The case-blind search agrees with lower-casing the text and searching it, for ASCII texts.
    @Test(arguments: [
        "", "treaty", "The Treaty of Kars", "THE TREATY", "a treat, yes", "TREATment", "tr3aty", "Treat",
        "the war of 1812", "WAR", "a @reaty [treaty",
    ])
    func caseBlindSearchAgreesWithLowercasing(text: String) {
        for noun in ["treaty", "war", "t", "kars"] {
            #expect(
                text.containsASCIIIgnoringCase(Array(noun.utf8)) == text.lowercased().contains(noun),
                "\(noun) in \(text)")
        }
    }

    /// The pieces between spaces are those `split(separator: " ")` gives, empty ones skipped.
    @Test(arguments: ["", " ", "  a bb  c ", "one", "x  y", "  "])
    func piecesBetweenSpacesAreTheSplitPieces(text: String) {
        var pieces: [String] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            bytes.forEachSpaceSeparatedPiece { pieces.append(String(decoding: bytes[$0], as: UTF8.self)) }
        }
        #expect(pieces == text.split(separator: " ").map(String.init))
    }
}
