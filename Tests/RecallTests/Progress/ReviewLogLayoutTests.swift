import Foundation
import Testing

@testable import RecallModel

@Suite struct ReviewLogLayoutTests {
    /// A million reviews are held in memory when progress loads: each byte of the record is a
    /// megabyte of the load's peak (144 bytes before the fields were laid out flat).
    @Test func aReviewTakes120Bytes() {
        #expect(MemoryLayout<ReviewLog>.stride == 120)
    }

    @Test func flatFieldsReadBackAsTheyWereSet() {
        let time = Date(timeIntervalSince1970: 1_780_000_000)
        let before = ReviewLog.Snapshot(phase: .review, stability: 3.14159, difficulty: 5.5, due: time)
        let after = ReviewLog.Snapshot(phase: nil, stability: nil, difficulty: 7.25, due: nil)
        var review = ReviewLog(
            cardID: "card", time: time, rating: .hard, elapsedDays: 4, durationMs: nil, kind: .relearning,
            answer: "1952", before: before, after: after,
            id: ReviewID(high: 0xFEDC_BA98_7654_3210, low: 0x89AB_CDEF),
            machine: MachineID(value: 0xABCD_EF01_2345))
        #expect(review.id == ReviewID(high: 0xFEDC_BA98_7654_3210, low: 0x89AB_CDEF))
        #expect(review.machine == MachineID(value: 0xABCD_EF01_2345))
        #expect(review.before.stability == 3.1416)
        #expect(review.before.phase == .review)
        #expect(review.before.due == time)
        #expect(review.after == after)
        #expect(review.after.stability == nil)
        #expect(review.rating == .hard && review.kind == .relearning && review.elapsedDays == 4)

        // Missing numbers are NaN inside, and still equal: a review equals a copy of itself.
        #expect(review == review)
        #expect(Set([review, review]).count == 1)

        var changed = review
        changed.after = before
        changed.machine = .legacy
        changed.id = ReviewID(high: 1, low: 2)
        #expect(changed.after == before && changed.before == before)
        #expect(changed.machine == .legacy && changed.id == ReviewID(high: 1, low: 2))
        #expect(changed != review)
        review.after = before
        review.machine = .legacy
        review.id = ReviewID(high: 1, low: 2)
        #expect(changed == review)
    }
}
