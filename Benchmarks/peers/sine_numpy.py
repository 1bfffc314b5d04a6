"""The sine model's batch epoch in numpy, written as the lecture writes its batch function.

    python3 sine_numpy.py --data DIR --n N [--repeat K]

reads DIR/x-N.npy and DIR/y-N.npy, times K batch epochs of ŷ = sin(w·x) (reported per
epoch, after one untimed epoch) and prints `sine-batch SECONDS POINTS` for scripts/bench.
The data is the line model's (`gen N seed=1`): the arithmetic, and so the time, of sin and
cos is the same whatever y holds, and x is drawn alike for every model.
"""

import argparse
import time

import numpy as np


def batch(x, y, w_init=0.2, lr=0.01, epochs=1):
    """Batch gradient descent on ŷ = sin(w·x): L = mean((y − sin(w·x))²)."""
    w = w_init
    w_history = [w]
    mse_history = []
    for _ in range(epochs):
        a = w * x
        error = y - np.sin(a)
        mse_history.append(np.mean(error ** 2))
        gradient = -2 * np.mean(error * np.cos(a) * x)
        w = w - lr * gradient
        w_history.append(w)
    return w_history, mse_history


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--n", type=int, required=True)
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    x = np.load(f"{a.data}/x-{a.n}.npy")
    y = np.load(f"{a.data}/y-{a.n}.npy")
    batch(x, y)
    t0 = time.perf_counter()
    batch(x, y, epochs=a.repeat)
    t1 = time.perf_counter()
    print(f"sine-batch {(t1 - t0) / a.repeat:.6f} {a.n}")


if __name__ == "__main__":
    main()
