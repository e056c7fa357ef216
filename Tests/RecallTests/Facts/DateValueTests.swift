import Testing

@testable import RecallModel

@Suite struct DateValueTests {
    @Test(arguments: [
        "1952", "1947-03", "1925-12-16", "199X", "18XX", "1943-SP", "1877/1878", "XXXX-04", "XXXX-02-25",
        "BC0044", "BC00XX", "BC04XX", "143X/145X", "REL", "1925-12-16/1926-01-03",
    ])
    func timexRoundTrips(_ text: String) throws {
        let value = try #require(DateValue(timex: text))
        #expect(value.timex == text)
    }

    @Test(arguments: ["", "19", "1952-13", "1952-02-32", "abcd", "1952/1953/1954", "1877/1878/"])
    func rejectsMalformedTimex(_ text: String) {
        #expect(DateValue(timex: text) == nil)
    }

    @Test func ordersByStart() {
        let values = ["1945-02-23", "1925-12-16", "1947-03", "1877/1878", "18XX"].compactMap(
            DateValue.init(timex:))
        #expect(
            values.sorted { $0.sortKey < $1.sortKey }.map(\.timex) == [
                "18XX", "1877/1878", "1925-12-16", "1945-02-23", "1947-03",
            ])
    }
}
