"""The lecture's three reference functions in numpy, written from Reference.md, and a timer.

The functions are what a student would write from the lecture ("Deep Learning 101:
stochastic gradient descent"): plain numpy, one update per step, the histories kept as
Python lists. `stochastic` visits every point in order (the intended algorithm; the
listing's stray `i = 2` is left out). `minibatch` shuffles with numpy's legacy global
generator (`np.random.seed` + `np.random.shuffle`), as the lecture does.

    python3 numpy_reference.py --data DIR --n N [--repeat-batch K] [--only NAME ...]
    python3 numpy_reference.py --data DIR --n N --weights

reads DIR/x-N.npy and DIR/y-N.npy, times one epoch of each function (batch: K epochs,
reported per epoch) and prints lines `MEASURE SECONDS POINTS` for scripts/bench. With
--weights it prints w after one epoch of each from w = 0.2 (minibatch after
np.random.seed(0)); with --check, the same on the lecture's six points.
"""

import argparse
import time

import numpy as np


def batch(x, y, w_init=0.5, lr=0.01, epochs=10):
    """Batch gradient descent: every point for one update."""
    w = w_init
    w_history = [w]
    mse_history = []
    for _ in range(epochs):
        y_pred = w * x
        mse_history.append(np.mean((y - y_pred) ** 2))
        gradient = -2 * np.mean(x * (y - y_pred))
        w = w - lr * gradient
        w_history.append(w)
    return w_history, mse_history


def stochastic(x, y, w_init=0.2, lr=0.01, epochs=10):
    """Stochastic gradient descent: one point per update, in data order."""
    w = w_init
    w_history = [w]
    mse_history = []
    n = len(x)
    for _ in range(epochs):
        for i in range(n):
            y_pred = w * x[i]
            mse_history.append((y[i] - y_pred) ** 2)
            gradient = -2 * x[i] * (y[i] - y_pred)
            w = w - lr * gradient
            w_history.append(w)
    return w_history, mse_history


def minibatch(x, y, w_init=0.5, lr=0.01, epochs=10, batch_size=2):
    """Mini-batch gradient descent: a fresh permutation each epoch, consecutive slices."""
    w = w_init
    w_history = [w]
    n = len(x)
    for _ in range(epochs):
        indices = np.arange(n)
        np.random.shuffle(indices)
        for start in range(0, n, batch_size):
            idx = indices[start:start + batch_size]
            xb, yb = x[idx], y[idx]
            y_pred = w * xb
            gradient = -2 * np.mean(xb * (yb - y_pred))
            w = w - lr * gradient
            w_history.append(w)
    return w_history


def timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data")
    ap.add_argument("--n", type=int)
    ap.add_argument("--repeat-batch", type=int, default=1)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--weights", action="store_true")
    args = ap.parse_args()

    if args.check:
        x = np.arange(6.0)
        y = np.array([0, 0.8, 2.2, 2.3, 4.3, 4.9])
        print("batch", repr(float(batch(x, y, 0.2, 0.01, 1)[0][-1])))
        print("stochastic", repr(float(stochastic(x, y, 0.2, 0.01, 1)[0][-1])))
        np.random.seed(42)
        print("minibatch", repr(float(minibatch(x, y, 0.2, 0.01, 1, 2)[-1])))
        return

    x = np.load(f"{args.data}/x-{args.n}.npy")
    y = np.load(f"{args.data}/y-{args.n}.npy")
    n = len(x)
    if args.weights:
        # w after one epoch from w = 0.2, lr = 0.01, for the bit-for-bit comparison
        print("batch", repr(float(batch(x, y, 0.2, 0.01, 1)[0][-1])))
        print("sgd-inorder", repr(float(stochastic(x, y, 0.2, 0.01, 1)[0][-1])))
        np.random.seed(0)
        print("minibatch32-numpy-seed0", repr(float(minibatch(x, y, 0.2, 0.01, 1, 32)[-1])))
        return
    np.random.seed(0)
    measures = {
        "batch": lambda: (timed(lambda: batch(x, y, 0.2, 0.01, args.repeat_batch)), n * args.repeat_batch),
        "sgd-inorder": lambda: (timed(lambda: stochastic(x, y, 0.2, 0.01, 1)), n),
        "minibatch32": lambda: (timed(lambda: minibatch(x, y, 0.2, 0.01, 1, 32)), n),
        "minibatch1024": lambda: (timed(lambda: minibatch(x, y, 0.2, 0.01, 1, 1024)), n),
    }
    for name, run in measures.items():
        if args.only and name not in args.only:
            continue
        seconds, points = run()
        print(name, f"{seconds:.9f}", points, flush=True)


if __name__ == "__main__":
    main()
