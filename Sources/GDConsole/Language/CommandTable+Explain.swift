import GDCore

extension CommandTable {
    static let explain = CommandSpec(
        "explain", [.rest("[STEP | next VARIANT [I ...]]", completesCommands: false)],
        summary: "write out the arithmetic of the last update, step STEP or the next",
        discussion: """
        'explain' writes out the last update as the lecture does: the formula, the same \
        line with every number substituted (each point's x, the prediction ŷ = w·x, the \
        residual y − ŷ, the 1/n, the −2 and α), the gradient and the new weight, written \
        w* as the lecture writes it (w* = w − α·∂L/∂w; 'show' calls the best weight \
        w_best). 'explain \
        STEP' does the same for an earlier update still in the history. 'explain next \
        VARIANT [I ...]' works out an update not yet taken, on a copy: the session is \
        unchanged (the points are drawn as 'step' would draw them). Batches of more than 8 \
        points show the first and last terms; the sum is numpy's pairwise sum, as the \
        update used. The weight printed last is the one the update produced, to the last \
        bit. With an optimiser other than sgd its state arithmetic follows, for each \
        parameter (v; s; m, s, m̂, ŝ and √ŝ + ε for adam), then the step and the rate it \
        applied (lr_eff); with a schedule, one line works out α first. For an earlier step \
        the state before it is recovered as 'goto' does, by replaying the command that made \
        it from the state before that command (so it costs what 'goto' costs); a step older \
        than the last 1024 commands says its state is no longer kept and shows the rate it \
        used. On the lecture's data, an update the lecture's slides show gets one more line \
        saying where the slide's number differs and why.
        """,
        examples: ["explain", "explain 1", "explain next batch", "explain next sgd 2", "explain next minibatch 1 4",
                   "explain next sgd"]
    ) { arguments throws(GDError) in
        let tokens = arguments.rest("[STEP | next VARIANT [I ...]]")
        guard let first = tokens.first else { return .explain(.last) }
        if first.text.lowercased() != "next" {
            guard let step = Int(first.text), step >= 1 else {
                throw GDError(.badOption, .explainStepExpected(first.text),
                              at: arguments.at(first))
            }
            if tokens.count > 1 {
                throw GDError(.extraArgument, .explainStepExtra(tokens[1].text),
                              at: arguments.at(tokens[1]))
            }
            return .explain(.step(step))
        }
        guard tokens.count > 1 else {
            throw GDError(.missingArgument, .explainMissingVariant, at: arguments.location)
        }
        let word = tokens[1]
        let variant: Variant
        switch word.text.lowercased() {
        case "batch", "full": variant = .batch
        case "sgd", "stochastic": variant = .sgd
        case "minibatch", "mini-batch", "mb": variant = .minibatch
        default:
            throw GDError(.unknownChoice, .explainUnknownVariant(word.text), at: arguments.at(word))
        }
        let listed = Array(tokens.dropFirst(2))
        var indices: [Int] = []
        var locations: [SourceLocation] = []
        for token in listed {
            guard let i = Int(token.text), i >= 0 else {
                throw GDError(.badNumber, .pointPositionExpected(token.text), at: arguments.at(token))
            }
            if indices.contains(i) {
                throw GDError(.repeatedIndex, .pointListedTwice(i),
                              at: arguments.at(token))
            }
            indices.append(i)
            locations.append(arguments.at(token))
        }
        switch variant {
        case .batch:
            if let extra = listed.first {
                throw GDError(.extraArgument, .explainBatchExtra(extra.text), at: arguments.at(extra))
            }
            return .explain(.next(.batch, .all))
        case .sgd:
            if listed.count > 1 {
                throw GDError(.extraArgument, .explainSgdExtra(listed[1].text), at: arguments.at(listed[1]))
            }
            return .explain(.next(.sgd, indices.isEmpty ? .random : .listed(indices, at: locations)))
        case .minibatch:
            return .explain(.next(.minibatch, indices.isEmpty ? .random : .listed(indices, at: locations)))
        }
    }
}

/// Which update `explain` writes out.
public enum ExplainRequest: Sendable, Equatable {
    /// The last update made.
    case last
    /// The update with this 1-based step number.
    case step(Int)
    /// One not yet taken, worked out on a copy of the session.
    case next(Variant, StepPoints)
}
