#!/usr/bin/env python3
"""gd's sgd with `set schedule invscaling P` against scikit-learn's SGDRegressor.

    python3 Tests/numpy/sklearn_invscaling.py [--lr A] [--w0 W] [--power P] [--epochs E]
                                              [--history FILE] [--perturb]

With `set optimizer sgd`, `set shuffle off` and learning rate α, gd's in-order sgd epoch is
scikit-learn's
    SGDRegressor(loss="squared_error", penalty=None, fit_intercept=False,
                 learning_rate="invscaling", eta0=2α, power_t=P, shuffle=False,
                 max_iter=1, tol=None)
on the same points: sklearn's squared loss is half the lecture's, so its gradient is half
gd's and its eta0 must be twice gd's α. The two compute the same numbers in a different
order (gd: w − (α/t^P)·(−2·(x·(y − w·x))); sklearn: w + x·(−(2α/t^P)·(w·x − y))), so each
w is compared within 1e-12 relative, not bit for bit.

Without --history the gd side is Tests/numpy/optimizers.py (schedule `rate` + `step` with
kind sgd), i.e. the formulas gd implements; with --history FILE it is the w history gd
printed (one number per line, the start weight first), for the cross-check in
scripts/test once `set schedule` exists. sklearn's per-update history comes from one
`fit(coef_init=w0)` on the first point and `partial_fit` on each following point (its
update counter t_ carries over), and is itself checked against a single max_iter=E fit
(the brief's configuration for E = 1). --perturb moves gd's last w by 1e-9 relative.

The data are the lecture's six points. Last line: `N passed, N failed`; exit 1 on a failure,
0 with `skipped: …` when scikit-learn is missing.
"""
import argparse
import math
import os
import sys
import warnings

try:
    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import SGDRegressor
except ImportError as error:
    print(f"skipped: {error.name} not available (pip install scikit-learn)")
    sys.exit(0)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from optimizers import INITIAL_STATE, line_gradient, rate, step  # noqa: E402

XS = np.array([0, 1, 2, 3, 4, 5], dtype=np.float64)
YS = np.array([0, 0.8, 2.2, 2.3, 4.3, 4.9], dtype=np.float64)


def regressor(lr, power, max_iter):
    return SGDRegressor(loss="squared_error", penalty=None, fit_intercept=False,
                        learning_rate="invscaling", eta0=2 * lr, power_t=power,
                        shuffle=False, max_iter=max_iter, tol=None)


def sklearn_final(lr, w0, power, epochs):
    """coef_ after `epochs` in-order epochs in one fit."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = regressor(lr, power, epochs).fit(XS.reshape(-1, 1), YS, coef_init=np.array([w0]))
    return float(model.coef_[0])


def sklearn_history(lr, w0, power, epochs):
    """w before the first update and after each update, one point at a time."""
    X = XS.reshape(-1, 1)
    history = [w0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = regressor(lr, power, 1).fit(X[:1], YS[:1], coef_init=np.array([w0]))
        history.append(float(model.coef_[0]))
        for k in range(1, epochs * len(XS)):
            i = k % len(XS)
            model.partial_fit(X[i:i + 1], YS[i:i + 1])
            history.append(float(model.coef_[0]))
    return history


def gd_formulas(lr, w0, power, epochs):
    """The same run through the numpy reference of gd's schedule and sgd step."""
    opt = {"kind": "sgd"}
    w, state, history = np.float64(w0), INITIAL_STATE, [w0]
    for k in range(epochs * len(XS)):
        i = k % len(XS)
        lr_t = rate(("invscaling", power), lr, k + 1, k // len(XS))
        w, state, _ = step(opt, line_gradient(XS[i], YS[i], w), w, lr_t, state)
        history.append(float(w))
    return history


def close(a, b, tol=1e-12):
    return a == b or abs(a - b) <= tol * max(abs(a), abs(b))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lr", type=float, default=0.01)
    ap.add_argument("--w0", type=float, default=0.2)
    ap.add_argument("--power", type=float, default=0.25)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--history", help="gd's w history, one number per line")
    ap.add_argument("--perturb", action="store_true")
    args = ap.parse_args()

    if args.history:
        with open(args.history) as f:
            gd = [float(line) for line in f if line.strip()]
        source = args.history
    else:
        gd = gd_formulas(args.lr, args.w0, args.power, args.epochs)
        source = "optimizers.py (gd's formulas)"
    if args.perturb:
        gd[-1] *= 1 + 1e-9
    sk = sklearn_history(args.lr, args.w0, args.power, args.epochs)
    final = sklearn_final(args.lr, args.w0, args.power, args.epochs)

    passed = failed = 0
    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {what}")

    check(sk[-1] == final, f"sklearn partial_fit history ends at {sk[-1]!r}, one fit gives {final!r}")
    check(len(gd) == len(sk), f"{source} has {len(gd)} values, sklearn {len(sk)}")
    worst = 0.0
    for k, (a, b) in enumerate(zip(gd, sk)):
        if a != b:
            worst = max(worst, abs(a - b) / max(abs(a), abs(b)))
        check(close(a, b), f"update {k}: gd {a!r} sklearn {b!r}")
    print(f"lr {args.lr} (eta0 {2 * args.lr}), w0 {args.w0}, power_t {args.power}, "
          f"{args.epochs} epoch(s) on the lecture's six points")
    print(f"gd ({source}) w: {gd[-1]!r}")
    print(f"sklearn coef_:  {final!r}")
    print(f"largest relative difference over {len(sk)} values: {worst:.3g}; "
          f"bit-identical: {sum(a == b for a, b in zip(gd, sk))}/{len(sk)}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
