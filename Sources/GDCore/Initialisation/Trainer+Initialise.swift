/// Where the start weights came from when `init` drew them: the form and the generator
/// they were drawn from, so `show` can say `w = 0.83 (xavier uniform, seed 0)`.
public struct DrawnStart: Sendable, Equatable {
    public var initializer: Initializer
    public var generator: GeneratorKind
    public var seed: UInt64
}

extension Trainer {
    /// Draws the start weights with `initializer` (fan-in = fan-out = 1) and resets to them.
    ///
    /// The draw comes from the session's generator as `reset` restarts it (its seed), so an
    /// `init` is reproducible and the epochs after it shuffle as after any reset. w is drawn
    /// first; b (models with b) is then drawn for `uniform` and `normal` and is 0 for
    /// xavier and he, as PyTorch zeroes biases.
    ///
    /// - Precondition: `initializer.violation == nil` (the console checks, with locations).
    public mutating func initialise(_ initializer: Initializer) {
        var stream = RandomStream(kind: random.kind, seed: random.seed)
        let w = initializer.draw(from: &stream)
        let b = model.hasBias && initializer.drawsBias ? initializer.draw(from: &stream) : 0
        startParameters = Parameters(w: w, b: b)
        reset()
        drawnStart = DrawnStart(initializer: initializer, generator: random.kind, seed: random.seed)
    }
}
