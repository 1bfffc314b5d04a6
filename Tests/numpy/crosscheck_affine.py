#!/usr/bin/env python3
"""Cross-checks gd's affine model (y_hat = w*x + b) against numpy, bit for bit.

    python3 Tests/numpy/crosscheck_affine.py [GD_BINARY] [--perturb]

The reference is the lecture's code written for two weights, as issue 10 asks: one
evaluation per update, y_pred = w * x + b, error = y - y_pred, grad_w = -2*np.mean(x*error),
grad_b = -2*np.mean(error), then w and b updated together; mse = np.mean(error ** 2).
gd runs every case of a data set in one process and writes `save history` CSVs; every
w_after, b_after and loss_used is compared for exact float equality. --perturb moves one
of gd's values by one ulp first, to show the check notices (it must then fail).
The last two lines are `cases: N passed, N failed` and `N passed, N failed` counting gd
runs (one per data set); exit 1 on any failure, 2 when numpy is missing.
"""
import csv
import math
import os
import subprocess
import sys
import tempfile

try:
    import numpy as np
except ImportError:
    print("cannot run: numpy is not importable by this python3", file=sys.stderr)
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

SEEDS = [0, 1, 7, 42, 2**32 - 1]
NS = [1, 2, 6, 7, 9, 16, 17, 100, 129, 1000, 1001]
BATCHES = [1, 2, 3, 8, 9, 128, 129]
RNGS = ["numpy", "numpy-generator"]


def affine_update(x, y, w, b, lr):
    y_pred = w * x + b
    error = y - y_pred
    mse = np.mean(error ** 2)
    grad_w = -2 * np.mean(x * error)
    grad_b = -2 * np.mean(error)
    return w - lr * grad_w, b - lr * grad_b, mse


def reference(x, y, w, b, lr, case):
    """[(w_after, b_after, loss_used)] for every update of the case."""
    rows = []
    n = len(x)
    algo, e, B = case["algo"], case["epochs"], case["B"]
    if algo == "batch":
        for _ in range(e):
            w, b, mse = affine_update(x, y, w, b, lr)
            rows.append((w, b, mse))
        return rows
    if algo == "sgd":           # every point in order (set shuffle off)
        for _ in range(e):
            for i in range(n):
                w, b, mse = affine_update(x[i:i + 1], y[i:i + 1], w, b, lr)
                rows.append((w, b, mse))
        return rows
    if case["rng"] == "numpy":
        np.random.seed(case["seed"])
        orders = []
        for _ in range(e):
            idx = np.arange(n)
            np.random.shuffle(idx)
            orders.append(idx)
    else:
        rng = np.random.default_rng(case["seed"])
        orders = [rng.permutation(n) for _ in range(e)]
    for idx in orders:
        for start in range(0, n, B):
            batch = idx[start:start + B]
            w, b, mse = affine_update(x[batch], y[batch], w, b, lr)
            rows.append((w, b, mse))
    return rows


def make_data(kind, n):
    rng = np.random.default_rng([n, {"unit": 11, "big": 12}[kind]])
    if kind == "unit":
        x = rng.normal(0.0, 3.0, n)
        y = 3.0 * x - 2.0 + rng.normal(0.0, 1.0, n)
    else:
        x = rng.normal(0.0, 1e3, n)
        y = -1.5 * x + 400.0 + rng.normal(0.0, 50.0, n)
    lr = float(0.2 / max(1.0, float(np.max(x * x))))
    return x, y, lr


def cases_for(n):
    cases = [dict(algo="batch", B=n, epochs=4, rng="-", seed="-"),
             dict(algo="sgd", B=1, epochs=2, rng="-", seed="-")]
    for rng in RNGS:
        for seed in SEEDS:
            for B in BATCHES:
                if B <= n:
                    cases.append(dict(algo="minibatch", B=B, epochs=2, rng=rng, seed=seed))
    return cases


def main(argv):
    perturb = "--perturb" in argv
    args = [a for a in argv if not a.startswith("--")]
    gd = args[0] if args else os.environ.get("GD") or next(
        (p for p in (os.path.join(ROOT, ".build/release/gd"), os.path.join(ROOT, ".build/debug/gd"))
         if os.path.exists(p)), "gd")
    passed = failed = 0
    runs_passed = runs_failed = 0
    datasets = [("lecture", None, 6)] + [(f"{k}-{n}", k, n) for n in NS for k in ("unit", "big")]
    with tempfile.TemporaryDirectory() as tmp:
        for name, kind, n in datasets:
            if kind is None:
                x = np.array([0, 1, 2, 3, 4, 5], dtype=float)
                y = np.array([0, 0.8, 2.2, 2.3, 4.3, 4.9])
                lr, w0, b0 = 0.01, 0.2, 0.5
            else:
                x, y, lr = make_data(kind, n)
                w0, b0 = 0.5, -0.25
            data = os.path.join(tmp, f"{name}.csv")
            with open(data, "w") as f:
                f.write("x,y\n")
                for a, c in zip(x, y):
                    f.write(f"{float(a)!r},{float(c)!r}\n")
            cases = cases_for(n)
            lines = ["set history-limit 10000000", f"load {data}", "model affine", f"set lr {lr!r}"]
            for k, c in enumerate(cases):
                lines += [f"set w {w0!r}", f"set b {b0!r}"]
                out = os.path.join(tmp, f"{name}-{k}.csv")
                if c["algo"] == "batch":
                    lines += [f"train batch {c['epochs']}"]
                elif c["algo"] == "sgd":
                    lines += ["set shuffle off", f"train sgd {c['epochs']}", "set shuffle on"]
                else:
                    lines += [f"set rng {c['rng']}", f"set seed {c['seed']}",
                              f"train minibatch {c['B']} {c['epochs']}"]
                lines.append(f"save history {out}")
            script = os.path.join(tmp, f"{name}.gd")
            with open(script, "w") as f:
                f.write("\n".join(lines) + "\n")
            rc = subprocess.call([gd, script], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if rc != 0:
                print(f"FAIL {name}: gd exited {rc}")
                failed += len(cases)
                runs_failed += 1
                continue
            failed_before = failed
            for k, c in enumerate(cases):
                with open(os.path.join(tmp, f"{name}-{k}.csv")) as f:
                    got = [(float(r["w_after"]), float(r["b_after"]), float(r["loss_used"])) for r in csv.DictReader(f)]
                if perturb and k == 0 and got:
                    got[0] = (math.nextafter(got[0][0], math.inf),) + got[0][1:]
                exp = [tuple(float(v) for v in row) for row in reference(x, y, w0, b0, lr, c)]
                if got == exp:
                    passed += 1
                else:
                    failed += 1
                    i = next((i for i in range(min(len(got), len(exp))) if got[i] != exp[i]), min(len(got), len(exp)))
                    print(f"FAIL {name} {c}: update {i + 1}: gd {got[i] if i < len(got) else None} numpy {exp[i] if i < len(exp) else None}")
            if failed == failed_before:
                runs_passed += 1
            else:
                runs_failed += 1
    print(f"cases: {passed} passed, {failed} failed")
    print(f"{runs_passed} passed, {runs_failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
