import Foundation

/// A number whose operations are recorded on a `GradientTape`, so that the derivatives of a
/// result by the numbers it came from are found in one pass backward. Running `FSRSModel`'s
/// formulas on it gives the optimizer the loss's gradient from the scheduler's own formulas, where
/// the clamps take the branch the value takes.
///
/// Constants (`init(_:)`) have no tape and no node; an operation with a constant records only
/// the other operand, and adding or subtracting one records nothing. Not `Sendable`: it points
/// into a tape that one computation writes.
struct TapeNumber: FSRSNumber {
    let value: Double
    /// The node that computed the value (0 for a constant).
    let node: Int32
    let tape: UnsafeMutablePointer<GradientTape>?

    init(_ value: Double) {
        self.value = value
        node = 0
        tape = nil
    }

    init(_ value: Double, node: Int32, tape: UnsafeMutablePointer<GradientTape>?) {
        self.value = value
        self.node = node
        self.tape = tape
    }

    /// The result of an operation on two numbers, with its partial derivatives by each.
    @inline(__always)
    static func result(_ value: Double, _ lhs: Self, _ lhsPartial: Double, _ rhs: Self, _ rhsPartial: Double)
        -> Self
    {
        guard let tape = lhs.tape ?? rhs.tape else { return Self(value) }
        return Self(value, node: tape.pointee.record(lhs.node, lhsPartial, rhs.node, rhsPartial), tape: tape)
    }

    /// The result of an operation on one number, with its partial derivative by it.
    @inline(__always)
    static func result(_ value: Double, _ operand: Self, _ partial: Double) -> Self {
        guard let tape = operand.tape else { return Self(value) }
        return Self(value, node: tape.pointee.record(operand.node, partial, 0, 0), tape: tape)
    }

    static func + (lhs: Self, rhs: Self) -> Self { result(lhs.value + rhs.value, lhs, 1, rhs, 1) }
    static func - (lhs: Self, rhs: Self) -> Self { result(lhs.value - rhs.value, lhs, 1, rhs, -1) }
    static func * (lhs: Self, rhs: Self) -> Self {
        result(lhs.value * rhs.value, lhs, rhs.value, rhs, lhs.value)
    }
    static func / (lhs: Self, rhs: Self) -> Self {
        let value = lhs.value / rhs.value
        return result(value, lhs, 1 / rhs.value, rhs, -value / rhs.value)
    }
    static prefix func - (operand: Self) -> Self { result(-operand.value, operand, -1) }

    static func + (lhs: Self, rhs: Double) -> Self { Self(lhs.value + rhs, node: lhs.node, tape: lhs.tape) }
    static func + (lhs: Double, rhs: Self) -> Self { Self(lhs + rhs.value, node: rhs.node, tape: rhs.tape) }
    static func - (lhs: Self, rhs: Double) -> Self { Self(lhs.value - rhs, node: lhs.node, tape: lhs.tape) }
    static func - (lhs: Double, rhs: Self) -> Self { result(lhs - rhs.value, rhs, -1) }
    static func * (lhs: Self, rhs: Double) -> Self { result(lhs.value * rhs, lhs, rhs) }
    static func / (lhs: Self, rhs: Double) -> Self { result(lhs.value / rhs, lhs, 1 / rhs) }
    static func / (lhs: Double, rhs: Self) -> Self {
        let value = lhs / rhs.value
        return result(value, rhs, -value / rhs.value)
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    static func exp(_ x: Self) -> Self {
        let value = naturalExponential(x.value)
        return result(value, x, value)
    }
    static func log(_ x: Self) -> Self { result(naturalLogarithm(x.value), x, 1 / x.value) }
    /// `base` to a power that may itself depend on the weights; the logarithm the exponent's
    /// derivative needs is taken only when it has one.
    static func pow(_ base: Self, _ exponent: Self) -> Self {
        let value = power(base.value, exponent.value)
        let basePartial = exponent.value * value / base.value
        guard exponent.tape != nil else { return result(value, base, basePartial) }
        return result(value, base, basePartial, exponent, value * naturalLogarithm(base.value))
    }
}
