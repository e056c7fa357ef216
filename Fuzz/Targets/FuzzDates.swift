import RecallModel



/// The sentence splitter and the date finder on any text: every date found is the very text at
/// its place in the sentence, and every value reads back from its TIMEX form.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    for reading in FactSelector().read(SourceText(name: "fuzz.txt", text: text)) {
        let bytes = Array(reading.cleanText.utf8)
        for date in reading.dates {
            guard date.utf8Range.upperBound <= bytes.count,
                String(decoding: bytes[date.utf8Range], as: UTF8.self) == date.text
            else { fatalError("date text \(date.text) is not at its place in \(reading.cleanText)") }
            guard DateValue(timex: date.value.timex) == date.value else {
                fatalError("value \(date.value.timex) does not read back")
            }
        }
    }
    return 0
}
