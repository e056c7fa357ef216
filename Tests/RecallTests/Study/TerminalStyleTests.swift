import Testing

@testable import RecallConsole

@Suite struct TerminalStyleTests {
    @Test(
        arguments: [
            (true, [:], true),
            (false, [:], false),
            (true, ["TERM": "dumb"], false),
            (true, ["TERM": "xterm-256color"], true),
            (true, ["NO_COLOR": "1"], false),
            (true, ["NO_COLOR": ""], true),
            (false, ["FORCE_COLOR": "1"], true),
            (true, ["TERM": "dumb", "FORCE_COLOR": "1"], true),
            (false, ["FORCE_COLOR": ""], false),
            (true, ["NO_COLOR": "1", "FORCE_COLOR": "1"], false),
        ] as [(Bool, [String: String], Bool)])
    func colorsFollowTheConventions(terminal: Bool, environment: [String: String], colors: Bool) {
        #expect(TerminalStyle.wantsColors(outputIsTerminal: terminal, environment: environment) == colors)
    }
}
