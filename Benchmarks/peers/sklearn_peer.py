"""scikit-learn's SGDRegressor set up as the lecture's SGD, timed for one epoch.

    python3 sklearn_peer.py --data DIR --n N

SGDRegressor minimises (1/2)(y − w·x)² per point, half the lecture's loss, so its step
with eta0 = 2·lr is the lecture's step with lr: fit_intercept=False, penalty=None,
learning_rate='constant', max_iter=1 (one epoch), tol=None; shuffle True and False.
Prints `MEASURE SECONDS POINTS` lines; `fit` is timed whole, as a user would call it.
With --check it prints w after one in-order epoch on the lecture's six points
(from w = 0.2 it should agree with gd's to rounding: sklearn adds in another order).
"""

import argparse
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import SGDRegressor

warnings.filterwarnings("ignore", category=ConvergenceWarning)

LR = 0.01


def model(shuffle):
    return SGDRegressor(loss="squared_error", penalty=None, fit_intercept=False,
                        learning_rate="constant", eta0=2 * LR, max_iter=1, tol=None,
                        shuffle=shuffle, random_state=0, average=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data")
    ap.add_argument("--n", type=int)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        x = np.arange(6.0).reshape(-1, 1)
        y = np.array([0, 0.8, 2.2, 2.3, 4.3, 4.9])
        m = model(False)
        m.fit(x, y, coef_init=np.array([0.2]))
        print("sklearn in order", repr(float(m.coef_[0])))
        return
    x = np.load(f"{args.data}/x-{args.n}.npy").reshape(-1, 1)
    y = np.load(f"{args.data}/y-{args.n}.npy")
    n = len(y)
    model(True).fit(x[:1000], y[:1000], coef_init=np.array([0.2]))  # first-call costs, untimed
    for shuffle in (False, True):
        m = model(shuffle)
        t = time.perf_counter()
        m.fit(x, y, coef_init=np.array([0.2]))
        seconds = time.perf_counter() - t
        print("sgd-shuffled" if shuffle else "sgd-inorder", f"{seconds:.9f}", n, flush=True)


if __name__ == "__main__":
    main()
