import Foundation
import Testing

@testable import RecallModel

@Suite struct GradientTapeTests {
    /// Every operation's derivatives, on a tape small enough that it must grow while recording.
    @Test func derivativesOfEachOperationThroughAGrowingTape() {
        let tape = UnsafeMutablePointer<GradientTape>.allocate(capacity: 1)
        tape.initialize(to: GradientTape(capacity: 2))
        defer {
            tape.pointee.deallocate()
            tape.deinitialize(count: 1)
            tape.deallocate()
        }
        let x = TapeNumber(1.5, node: tape.pointee.record(0, 0, 0, 0), tape: tape)
        let y = TapeNumber(0.7, node: tape.pointee.record(0, 0, 0, 0), tape: tape)
        // f = x·y + x/y − exp(x) + log(y) + x^y + (2 − x)·3 + 1/y + (−y) + y^2 (constant exponent)
        let f =
            x * y + x / y - TapeNumber.exp(x) + TapeNumber.log(y) + TapeNumber.pow(x, y) + (2 - x) * 3
            + 1 / y + -y + TapeNumber.pow(y, TapeNumber(2))
        let (a, b) = (1.5, 0.7)
        let value = a * b + a / b - exp(a) + log(b) + pow(a, b) + (2 - a) * 3 + 1 / b - b + b * b
        let byX = b + 1 / b - exp(a) + b * pow(a, b - 1) - 3
        let byY = a - a / (b * b) + 1 / b + pow(a, b) * log(a) - 1 / (b * b) - 1 + 2 * b
        #expect(abs(f.value - value) < 1e-12)
        #expect(tape.pointee.count > 2)
        tape.pointee.seed(f.node, with: 1)
        tape.pointee.propagate(downTo: 1)
        #expect(abs(tape.pointee.adjoint(x.node) - byX) < 1e-12)
        #expect(abs(tape.pointee.adjoint(y.node) - byY) < 1e-12)
    }

    /// Operations on constants alone record nothing, and adding a constant records no node.
    @Test func constantsRecordNothing() {
        let tape = UnsafeMutablePointer<GradientTape>.allocate(capacity: 1)
        tape.initialize(to: GradientTape())
        defer {
            tape.pointee.deallocate()
            tape.deinitialize(count: 1)
            tape.deallocate()
        }
        let x = TapeNumber(2, node: tape.pointee.record(0, 0, 0, 0), tape: tape)
        let constant = TapeNumber.exp(TapeNumber(1)) * TapeNumber(3) + TapeNumber(4)
        #expect(constant.tape == nil && constant.node == 0)
        #expect(abs(constant.value - (exp(1) * 3 + 4)) < 1e-12)
        let shifted = x + 5 - 1
        #expect(shifted.node == x.node && shifted.value == 6)
        #expect(tape.pointee.count == 2)
    }
}
