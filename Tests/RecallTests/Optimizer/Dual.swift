import Foundation

/// A number with its derivatives by each of FSRS's 21 weights (forward-mode automatic
/// differentiation): the tests' independent check of the optimizer's hand-derived gradient.
struct Dual: Sendable {
    /// How many weights a gradient has room for (21 used; SIMD needs a power of two).
    typealias Gradient = SIMD32<Double>

    var value: Double
    var gradient: Gradient

    init(_ value: Double, gradient: Gradient = .zero) {
        self.value = value
        self.gradient = gradient
    }

    /// Weight `index` as a variable: its derivative by itself is 1.
    static func variable(_ value: Double, index: Int) -> Dual {
        var gradient = Gradient.zero
        gradient[index] = 1
        return Dual(value, gradient: gradient)
    }

    static func + (lhs: Dual, rhs: Dual) -> Dual {
        Dual(lhs.value + rhs.value, gradient: lhs.gradient + rhs.gradient)
    }
    static func - (lhs: Dual, rhs: Dual) -> Dual {
        Dual(lhs.value - rhs.value, gradient: lhs.gradient - rhs.gradient)
    }
    static prefix func - (operand: Dual) -> Dual { Dual(-operand.value, gradient: -operand.gradient) }

    static func * (lhs: Dual, rhs: Dual) -> Dual {
        Dual(lhs.value * rhs.value, gradient: lhs.gradient * rhs.value + rhs.gradient * lhs.value)
    }

    static func / (lhs: Dual, rhs: Dual) -> Dual {
        let value = lhs.value / rhs.value
        return Dual(value, gradient: (lhs.gradient - rhs.gradient * value) / rhs.value)
    }

    static func + (lhs: Dual, rhs: Double) -> Dual { Dual(lhs.value + rhs, gradient: lhs.gradient) }
    static func + (lhs: Double, rhs: Dual) -> Dual { rhs + lhs }
    static func - (lhs: Dual, rhs: Double) -> Dual { Dual(lhs.value - rhs, gradient: lhs.gradient) }
    static func - (lhs: Double, rhs: Dual) -> Dual { Dual(lhs - rhs.value, gradient: -rhs.gradient) }
    static func * (lhs: Dual, rhs: Double) -> Dual { Dual(lhs.value * rhs, gradient: lhs.gradient * rhs) }
    static func * (lhs: Double, rhs: Dual) -> Dual { rhs * lhs }
    static func / (lhs: Dual, rhs: Double) -> Dual { Dual(lhs.value / rhs, gradient: lhs.gradient / rhs) }
    static func / (lhs: Double, rhs: Dual) -> Dual { Dual(lhs) / rhs }
}

func exp(_ x: Dual) -> Dual {
    let value = exp(x.value)
    return Dual(value, gradient: x.gradient * value)
}

func log(_ x: Dual) -> Dual {
    Dual(log(x.value), gradient: x.gradient / x.value)
}

/// `base` to a power that is itself a function of the weights.
func pow(_ base: Dual, _ exponent: Dual) -> Dual {
    let value = pow(base.value, exponent.value)
    return Dual(
        value,
        gradient: base.gradient * (exponent.value * value / base.value) + exponent.gradient
            * (value * log(base.value)))
}

/// The larger of two values, with the derivatives of the one chosen (as autograd does).
func max(_ lhs: Dual, _ rhs: Dual) -> Dual { lhs.value >= rhs.value ? lhs : rhs }
func min(_ lhs: Dual, _ rhs: Dual) -> Dual { lhs.value <= rhs.value ? lhs : rhs }
