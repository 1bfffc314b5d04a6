#!/usr/bin/env python3
"""The lecture's reference gradient-descent code (numpy), as /work/shared/REFERENCE.md restates it.

Model y_hat = w*x, loss = mean((y - y_hat)**2), gradient = -2*mean(x*(y - y_hat)),
update w = w - lr*gradient. Every function returns ``w_history`` (w_init first, then w
after every update) and, where the lecture records it, ``mse_history``.

Deliberate differences from the lecture's listing:
- ``stochastic_gradient_descent`` visits every point i = 0 .. n-1 in order; the listing's
  leftover ``i = 2`` inside the loop (which makes it use point 2 only) is the slip
  REFERENCE.md describes, not the algorithm.
- ``mini_batch_generator`` is not in the lecture: it is the same loop with the order taken
  from ``np.random.default_rng(seed).permutation(n)`` (gd's ``set rng numpy-generator``).

The seeding is left to the caller for the legacy variant (``np.random.seed(S)`` before
the call), exactly as in the lecture; the generator variant takes the seed and creates the
generator once, then draws one permutation per epoch.
"""
import numpy as np


def batch_gradient_descent(x, y, w_init=0.5, lr=0.01, epochs=10):
    """One update per epoch from all points. mse_history holds the pre-update MSE."""
    w = w_init
    w_history = [w]
    mse_history = []
    for _ in range(epochs):
        y_pred = w * x
        mse = np.mean((y - y_pred) ** 2)
        gradient = -2 * np.mean(x * (y - y_pred))
        w = w - lr * gradient
        w_history.append(w)
        mse_history.append(mse)
    return w_history, mse_history


def stochastic_gradient_descent(x, y, w_init=0.2, lr=0.01, epochs=10, scalar_pow=False):
    """One update per point, points visited 0 .. n-1 in order every epoch.

    mse_history holds that point's squared error before its update, rounded once
    (np.square, i.e. error*error), the same value the batch's array expression
    ``(y - y_pred) ** 2`` gives per element (numpy turns an array ``** 2`` into square).
    With ``scalar_pow=True`` it is written ``error ** 2`` on the numpy scalar instead,
    which numpy (like Python floats) hands to the C library's pow(): glibc 2.36's pow is
    not correctly rounded and is one ulp off for about 0.1% of arguments, so that form
    is platform-dependent in its last bit.
    """
    w = w_init
    w_history = [w]
    mse_history = []
    n = len(x)
    for _ in range(epochs):
        for i in range(n):  # the listing's `i = 2` slip is intentionally not reproduced
            xi = x[i]
            yi = y[i]
            y_pred = w * xi
            error = yi - y_pred
            gradient = -2 * np.mean(xi * error)
            w = w - lr * gradient
            w_history.append(w)
            mse_history.append(error ** 2 if scalar_pow else np.square(error))
    return w_history, mse_history


def mini_batch_gradient_descent(x, y, w_init=0.5, lr=0.01, epochs=10, batch_size=2):
    """np.random.shuffle of arange(n) every epoch (numpy's global legacy generator; seed it
    with np.random.seed before calling), then consecutive slices of batch_size."""
    w = w_init
    w_history = [w]
    n = len(x)
    for _ in range(epochs):
        indices = np.arange(n)
        np.random.shuffle(indices)
        for start in range(0, n, batch_size):
            batch = indices[start:start + batch_size]
            xb = x[batch]
            yb = y[batch]
            y_pred = w * xb
            gradient = -2 * np.mean(xb * (yb - y_pred))
            w = w - lr * gradient
            w_history.append(w)
    return w_history


def mini_batch_generator(x, y, w_init=0.5, lr=0.01, epochs=10, batch_size=2, seed=0):
    """Like mini_batch_gradient_descent, but each epoch's order is rng.permutation(n) of one
    ``rng = np.random.default_rng(seed)`` created before the first epoch."""
    rng = np.random.default_rng(seed)
    w = w_init
    w_history = [w]
    n = len(x)
    for _ in range(epochs):
        indices = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = indices[start:start + batch_size]
            xb = x[batch]
            yb = y[batch]
            y_pred = w * xb
            gradient = -2 * np.mean(xb * (yb - y_pred))
            w = w - lr * gradient
            w_history.append(w)
    return w_history


if __name__ == "__main__":
    # The lecture's six points.
    x = np.array([0, 1, 2, 3, 4, 5], dtype=float)
    y = np.array([0, 0.8, 2.2, 2.3, 4.3, 4.9])
    def show(name, values):
        print(name, [float(v) for v in values])

    show("batch      ", batch_gradient_descent(x, y, w_init=0.2, epochs=1)[0])
    show("stochastic ", stochastic_gradient_descent(x, y, epochs=1)[0])
    np.random.seed(42)
    show("mini-batch ", mini_batch_gradient_descent(x, y, epochs=1))
    show("generator  ", mini_batch_generator(x, y, epochs=1, seed=42))
