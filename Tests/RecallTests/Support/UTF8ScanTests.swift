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
        #expect(text.isASCIIText == text.utf8.allSatisfy { $0 < 0x80 })
        let bridged = Substring(text).description
        #expect(bridged.isASCIIText == text.isASCIIText)
    }
}
