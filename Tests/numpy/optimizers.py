#!/usr/bin/env python3
"""numpy reference for gd's optimisers and learning-rate schedules (issue 11).

Written from the formulas in the issue (PyTorch's documented rules with weight decay 0,
dampening 0, no amsgrad, not centred; PyTorch's StepLR and ExponentialLR in closed form;
scikit-learn's invscaling), NOT from gd's Swift code. Every value is a numpy float64 and
every operation is written in the order gd documents in `Optimizer.step` and
`Schedule.rate`, one IEEE rounding each (no fused multiply-add), so gd must agree bit for
bit; `beta ** t` and `t ** power` go through the C library's pow, as Swift's `pow` does.

    step(opt, g, theta, lr, state) -> (theta', state', effective_rate)
    rate(schedule, alpha, t, e)    -> the learning rate of update t (1-based) after e epochs

`opt` is a dict: kind (sgd|momentum|nesterov|adagrad|rmsprop|adam), momentum, beta1, beta2,
rho, eps (None means PyTorch's default for the kind). `state` is (v, s, m, t).
`schedule` is ("constant",) | ("step", every, gamma) | ("exponential", gamma) |
("invscaling", power).
"""
import numpy as np

f64 = np.float64
DEFAULT_EPS = {"adagrad": f64(1e-10), "rmsprop": f64(1e-8), "adam": f64(1e-8)}
INITIAL_STATE = (f64(0), f64(0), f64(0), 0)


def epsilon(opt):
    return f64(opt["eps"]) if opt.get("eps") is not None else DEFAULT_EPS.get(opt["kind"], f64(1e-8))


def step(opt, g, theta, lr, state):
    """One update of one parameter; returns (theta', (v, s, m, t), effective_rate)."""
    g, theta, lr = f64(g), f64(theta), f64(lr)
    v, s, m, t = state
    t = t + 1
    kind = opt["kind"]
    one = f64(1)
    if kind == "sgd":
        # theta <- theta - lr*g
        return theta - lr * g, (v, s, m, t), lr
    if kind in ("momentum", "nesterov"):
        mu = f64(opt["momentum"])
        # v <- g on the first update, else mu*v + g
        v = g if t == 1 else mu * v + g
        if kind == "momentum":
            return theta - lr * v, (v, s, m, t), lr              # theta <- theta - lr*v
        return theta - lr * (g + mu * v), (v, s, m, t), lr       # theta <- theta - lr*(g + mu*v)
    if kind == "adagrad":
        s = s + g * g                                            # s <- s + g^2
        denom = np.sqrt(s) + epsilon(opt)
        return theta - lr * (g / denom), (v, s, m, t), lr / denom
    if kind == "rmsprop":
        rho = f64(opt["rho"])
        s = rho * s + (one - rho) * (g * g)                      # s <- rho*s + (1-rho)*g^2
        denom = np.sqrt(s) + epsilon(opt)
        return theta - lr * (g / denom), (v, s, m, t), lr / denom
    if kind == "adam":
        b1, b2 = f64(opt["beta1"]), f64(opt["beta2"])
        m = b1 * m + (one - b1) * g                              # m <- b1*m + (1-b1)*g
        s = b2 * s + (one - b2) * (g * g)                        # s <- b2*s + (1-b2)*g^2
        m_hat = m / (one - b1 ** f64(t))                         # m^ = m/(1 - b1^t)
        s_hat = s / (one - b2 ** f64(t))                         # s^ = s/(1 - b2^t)
        denom = np.sqrt(s_hat) + epsilon(opt)
        return theta - lr * (m_hat / denom), (v, s, m, t), lr / denom
    raise ValueError(f"unknown optimizer {kind}")


def rate(schedule, alpha, t, e):
    """Learning rate of update t (1-based) after e finished epochs."""
    alpha = f64(alpha)
    kind = schedule[0]
    if kind == "constant":
        return alpha
    if kind == "step":                   # PyTorch StepLR, closed form: alpha*gamma^(e // every)
        every, gamma = schedule[1], f64(schedule[2])
        return alpha * gamma ** f64(e // every)
    if kind == "exponential":            # PyTorch ExponentialLR, closed form: alpha*gamma^e
        return alpha * f64(schedule[1]) ** f64(e)
    if kind == "invscaling":             # scikit-learn: eta0 / pow(t, power_t)
        return alpha / f64(t) ** f64(schedule[1])
    raise ValueError(f"unknown schedule {kind}")


def line_gradient(x, y, w):
    """gd's one-point gradient of (y - w*x)^2: -2*(x*(y - w*x)), as GradientKernel."""
    x, y, w = f64(x), f64(y), f64(w)
    return f64(-2) * (x * (y - w * x))


if __name__ == "__main__":
    # The lecture's six points, sgd in order, one epoch of each optimiser at lr 0.01.
    xs = [0, 1, 2, 3, 4, 5]
    ys = [0, 0.8, 2.2, 2.3, 4.3, 4.9]
    for kind in ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"):
        opt = {"kind": kind, "momentum": 0.9, "beta1": 0.9, "beta2": 0.999, "rho": 0.99, "eps": None}
        w, state = f64(0.2), INITIAL_STATE
        for x, y in zip(xs, ys):
            w, state, _ = step(opt, line_gradient(x, y, w), w, 0.01, state)
        print(f"{kind}: w after one in-order epoch = {w!r}")
