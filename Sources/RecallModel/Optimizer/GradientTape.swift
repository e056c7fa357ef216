/// The record of a computation on `TapeNumber`s, for its derivatives in one pass backward
/// (reverse-mode automatic differentiation): each operation is a node holding its one or two
/// operands and its partial derivatives by them.
///
/// The optimizer needs the derivatives of one number, the loss, by 21 weights. Forward mode
/// carried 21 derivatives through every operation of every review (24 lanes of vector arithmetic
/// each); backward, each operation costs one node to write and two products to read back.
///
/// Node 0 absorbs what operations on constants would propagate; it is never read.
struct GradientTape {
    struct Node {
        var first: Int32
        var second: Int32
        var firstPartial: Double
        var secondPartial: Double
        /// The derivative of the result the pass backward starts from by this node's value.
        var adjoint: Double
    }

    private(set) var nodes: UnsafeMutablePointer<Node>
    private(set) var count = 1
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = Swift.max(capacity, 2)
        nodes = .allocate(capacity: self.capacity)
        nodes[0] = Node(first: 0, second: 0, firstPartial: 0, secondPartial: 0, adjoint: 0)
    }

    /// Frees the nodes; numbers recorded on the tape must not be used after.
    func deallocate() { nodes.deallocate() }

    /// A node whose value depends on `first` and `second` (node 0 for none) by these partials.
    @inline(__always)
    mutating func record(_ first: Int32, _ firstPartial: Double, _ second: Int32, _ secondPartial: Double)
        -> Int32
    {
        if count == capacity { grow() }
        nodes[count] = Node(
            first: first, second: second, firstPartial: firstPartial, secondPartial: secondPartial, adjoint: 0
        )
        count += 1
        return Int32(truncatingIfNeeded: count - 1)
    }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: nodes, count: count)
        nodes.deallocate()
        nodes = larger
        capacity *= 2
    }

    /// Adds `seed` to the adjoint of `node`: the derivative of the result by it, before the pass.
    mutating func seed(_ node: Int32, with seed: Double) { nodes[Int(node)].adjoint += seed }

    /// Carries the adjoints of the nodes from the last down to `start` back to their operands,
    /// then forgets those nodes: what they contributed to earlier nodes stays in those nodes'
    /// adjoints, to be carried back by a later pass.
    mutating func propagate(downTo start: Int) {
        var index = count - 1
        while index >= start {
            let node = nodes[index]
            if node.adjoint != 0 {
                nodes[Int(node.first)].adjoint += node.adjoint * node.firstPartial
                nodes[Int(node.second)].adjoint += node.adjoint * node.secondPartial
            }
            index -= 1
        }
        count = Swift.max(start, 1)
    }

    func adjoint(_ node: Int32) -> Double { nodes[Int(node)].adjoint }
}
