"""The `sweep` experiment in numpy, vectorised over the starting weights (scripts/bench).

The same work as `gd`'s `sweep FROM TO COUNT epochs=E` on the sine model: batch, sgd and
mini-batch (B points, a fresh shuffle per epoch and per start) from COUNT evenly spaced
starting weights, E epochs each, with every start advanced together as one vector, which
is how one would write it in numpy. Prints `sweep SECONDS` (the three variants, data
loading excluded) for scripts/bench to record.

    python3 sweep_numpy.py DATA.csv --starts 1000 --epochs 50 --lr 0.01 --batch 2
"""
import argparse
import time

import numpy as np


def loss_grad(w, x, y):
    """dL/dw for each row of w (shape S×1) over the columns of x, y (S×k or k)."""
    a = w * x
    r = y - np.sin(a)
    return -2.0 * np.mean(r * np.cos(a) * x, axis=1, keepdims=True)


def sweep(x, y, starts, epochs, lr, batch, rng):
    n = x.size
    s = starts.size
    finals = {}
    # batch: every start against every point, one update per epoch.
    w = starts.reshape(-1, 1).copy()
    for _ in range(epochs):
        w -= lr * loss_grad(w, x, y)
    finals["batch"] = w.ravel()
    # sgd and mini-batch: each start its own shuffled order every epoch.
    for name, b in (("sgd", 1), ("minibatch", batch)):
        w = starts.reshape(-1, 1).copy()
        rows = np.arange(s).reshape(-1, 1)
        for _ in range(epochs):
            order = np.argsort(rng.random((s, n)), axis=1)
            xs, ys = x[order], y[order]
            for lo in range(0, n, b):
                xb, yb = xs[:, lo:lo + b], ys[:, lo:lo + b]
                w -= lr * loss_grad(w, xb, yb)
        del rows
        finals[name] = w.ravel()
    return finals


def main():
    p = argparse.ArgumentParser()
    p.add_argument("data")
    p.add_argument("--starts", type=int, default=1000)
    p.add_argument("--epochs", type=int, default=50)
    p.add_argument("--lr", type=float, default=0.01)
    p.add_argument("--batch", type=int, default=2)
    p.add_argument("--low", type=float, default=-5.0)
    p.add_argument("--high", type=float, default=5.0)
    a = p.parse_args()
    d = np.loadtxt(a.data, delimiter=",", skiprows=1)
    x, y = d[:, 0].copy(), d[:, 1].copy()
    starts = np.linspace(a.low, a.high, a.starts)
    t0 = time.perf_counter()
    finals = sweep(x, y, starts, a.epochs, a.lr, a.batch, np.random.default_rng(0))
    t1 = time.perf_counter()
    assert all(np.isfinite(v).any() for v in finals.values())
    print(f"sweep {t1 - t0}")


if __name__ == "__main__":
    main()
