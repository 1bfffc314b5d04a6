/// The update rules gd offers, PyTorch's names and formulas (`set optimizer`).
///
/// Each rule is PyTorch's documented one with weight decay 0, dampening 0, no amsgrad and
/// not centred; `Optimizer.step` gives the formulas.
public enum OptimizerKind: String, CaseIterable, Sendable {
    /// θ ← θ − α·g, today's update.
    case sgd
    /// Heavy-ball momentum (`torch.optim.SGD(momentum=μ)`).
    case momentum
    /// Nesterov momentum (`torch.optim.SGD(momentum=μ, nesterov=True)`).
    case nesterov
    /// `torch.optim.Adagrad` (initial accumulator 0, no learning-rate decay).
    case adagrad
    /// `torch.optim.RMSprop` (PyTorch's `alpha` is gd's ρ, since `alpha` is the learning rate here).
    case rmsprop
    /// `torch.optim.Adam` (no amsgrad).
    case adam

    /// The hyper-parameters this rule reads, in the order `show optimizer` lists them.
    public var hyperParameters: [Optimizer.HyperParameter] {
        switch self {
        case .sgd: return []
        case .momentum, .nesterov: return [.momentum]
        case .adagrad: return [.eps]
        case .rmsprop: return [.rho, .eps]
        case .adam: return [.beta1, .beta2, .eps]
        }
    }

    /// PyTorch's default ε for this rule: 1e-10 for Adagrad, 1e-8 for RMSprop and Adam.
    ///
    /// sgd, momentum and nesterov have no ε; they report Adam's so the setting always has a
    /// value to show, and never read it.
    public var defaultEpsilon: Double {
        switch self {
        case .adagrad: return 1e-10
        case .sgd, .momentum, .nesterov, .rmsprop, .adam: return 1e-8
        }
    }
}
