/// The gradient by FSRS's weights of the summed log loss of a batch of histories, from
/// `FSRSModel`'s formulas run on `TapeNumber`s.
///
/// The terms of the weights alone (the decay, the curve's factor, D0(Easy), …) are recorded once
/// for the batch. Each history's reviews are recorded after them and carried back as soon as its
/// loss is known, which leaves their share in the terms' and the weights' adjoints and the tape
/// free for the next history; the terms are carried back to the weights once, when the gradient
/// is read. Reading it ends the batch (`consuming`), as the weights then change.
struct BatchGradient: ~Copyable {
    private let tape: UnsafeMutablePointer<GradientTape>
    private let model: FSRSModel<TapeNumber>
    private let weightNodes: [Int32]
    /// The first node of the histories' records; the weights and their terms come before it.
    private let historiesStart: Int
    /// The summed log loss of the histories added.
    private(set) var loss = 0.0

    init(weights: [Double]) {
        let tape = UnsafeMutablePointer<GradientTape>.allocate(capacity: 1)
        tape.initialize(to: GradientTape())
        let variables = weights.map { TapeNumber($0, node: tape.pointee.record(0, 0, 0, 0), tape: tape) }
        self.tape = tape
        weightNodes = variables.map(\.node)
        model = FSRSModel(weights: variables)
        historiesStart = tape.pointee.count
    }

    deinit {
        tape.pointee.deallocate()
        tape.deinitialize(count: 1)
        tape.deallocate()
    }

    /// Adds a history's log loss to the batch, and returns how many predictions it made.
    mutating func add(_ history: ReviewHistory) -> Int {
        let (historyLoss, count) = model.logLoss(history)
        tape.pointee.seed(historyLoss.node, with: 1)
        tape.pointee.propagate(downTo: historiesStart)
        loss += historyLoss.value
        return count
    }

    /// The derivative of the batch's summed loss by each weight.
    consuming func gradient() -> [Double] {
        tape.pointee.propagate(downTo: 1)
        return weightNodes.map { tape.pointee.adjoint($0) }
    }
}
