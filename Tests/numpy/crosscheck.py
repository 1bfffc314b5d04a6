#!/usr/bin/env python3
"""Cross-checks gd's histories against the lecture's numpy reference code, bit for bit.

    python3 Tests/numpy/crosscheck.py [GD_BINARY] [--perturb] [--scalar-pow] [--verbose]

GD_BINARY defaults to $GD, then to .build-xcheck/release/gd, .build/release/gd or
.build/debug/gd under the package root. For every data set in the grid the script writes
the points to a temporary CSV (floats written with repr, so they round-trip exactly), runs
gd ONCE on a script holding all of that data set's cases, parses every
`w_history = [...]` (and `mse_history = [...]` for batch and sgd) and compares each
entry for exact float equality with Tests/numpy/reference.py. A case is one
(rng, seed, n, batch size, variant) combination.

--perturb moves one value of gd's reported history by one ulp (math.nextafter) before
comparing, to show that the check notices; it must then report a failure and exit 1.
--scalar-pow makes the reference's sgd squared error `error ** 2` on a numpy scalar (libm
pow, about 0.1% of values one ulp away from the correctly rounded square that gd and
numpy's array `** 2` give); expect a few sgd mse_history failures with it.

The last line is `N passed, N failed`; the exit status is 1 on any failure, 2 on a usage
error, and 0 (after printing `skipped: numpy not available`) when numpy is missing.
"""
import concurrent.futures
import math
import os
import subprocess
import sys
import tempfile
import time

try:
    import numpy as np
except ImportError:
    print("skipped: numpy not available")
    sys.exit(0)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference  # noqa: E402  (needs numpy, imported above)

ROOT = os.path.dirname(os.path.dirname(HERE))

SEEDS = list(range(21)) + [2**32 - 1, 123456789]
SEEDS_FEW = [0, 1, 42, 2**32 - 1, 123456789]      # for the largest n with small batches
NS = [1, 2, 3, 5, 6, 7, 8, 9, 15, 16, 17, 100, 127, 128, 129, 1000, 1001, 10000]
BATCHES = [1, 2, 3, 7, 8, 9, 64, 128, 129, 1000]
RNGS = ["numpy", "numpy-generator"]
MAX_DETAILS = 20                                   # failures explained in full
SCALAR_POW = False                                 # --scalar-pow


# --- data sets ---------------------------------------------------------------------------

def make_data(kind, n):
    """(x, y, w_init, lr) for one data set; every value is an exactly representable float."""
    if kind == "lecture":
        x = np.array([0, 1, 2, 3, 4, 5], dtype=float)
        y = np.array([0, 0.8, 2.2, 2.3, 4.3, 4.9])
        return x, y, 0.5, 0.01
    rng = np.random.default_rng([n, {"unit": 1, "big": 2, "huge": 3}[kind]])
    if kind == "unit":          # x ~ N(0, 3), y = 3x + N(0, 1)
        x = rng.normal(0.0, 3.0, n)
        y = 3.0 * x + rng.normal(0.0, 1.0, n)
        w_init = 0.5
    elif kind == "big":         # x ~ N(0, 1e3), y = 3x + noise, negative and large
        x = rng.normal(0.0, 1e3, n)
        y = 3.0 * x + rng.normal(0.0, 50.0, n)
        w_init = -1.25
    else:                       # mixed magnitudes up to the 1e6 range and beyond
        x = rng.normal(0.0, 1.0, n) * 10.0 ** rng.uniform(-2.0, 6.5, n)
        y = -2.5 * x + rng.normal(0.0, 1.0, n) * 10.0 ** rng.uniform(0.0, 4.0, n)
        w_init = 3.0
    # Small enough that no single point (sgd, batch size 1) makes the run diverge.
    lr = float(0.25 / max(1.0, float(np.max(x * x))))
    return x, y, w_init, lr


def datasets():
    """(name, kind, n) for every data set: each n once with 'unit' data and once with
    large values (alternating 'big' and 'huge'), plus the lecture's six points."""
    out = [("lecture", "lecture", 6)]
    for k, n in enumerate(NS):
        out.append((f"unit-{n}", "unit", n))
        kind = "big" if k % 2 == 0 else "huge"
        out.append((f"{kind}-{n}", kind, n))
    return out


def epochs_for(n):
    return 5 if n <= 129 else (3 if n <= 1001 else 2)


def cases_for(name, kind, n):
    """Every case of one data set: dicts with rng, seed, n, B, variant, epochs."""
    cases = []
    e = epochs_for(n)
    for rng in RNGS:
        for seed in SEEDS:
            for b in BATCHES:
                if b > n:
                    continue
                if n >= 10000 and b < 64 and kind == "unit" and seed not in SEEDS_FEW:
                    continue       # keeps the run under a minute; 'huge' gets every seed
                ep = 1 if (n >= 10000 and b < 64) else e
                cases.append(dict(rng=rng, seed=seed, n=n, B=b, epochs=ep,
                                  variant=f"minibatch/{kind}"))
    cases.append(dict(rng="-", seed="-", n=n, B=n, epochs=e, variant=f"batch/{kind}"))
    cases.append(dict(rng="-", seed="-", n=n, B=1, epochs=e, variant=f"sgd-in-order/{kind}"))
    return cases


def label(case):
    return (f"(rng={case['rng']}, seed={case['seed']}, n={case['n']}, B={case['B']}, "
            f"variant={case['variant']}, epochs={case['epochs']})")


# --- gd side -----------------------------------------------------------------------------

def gd_script(csv_path, w_init, lr, cases):
    lines = ["set history-limit 100000000", f"load {csv_path}", f"set lr {lr!r}"]
    for k, c in enumerate(cases):
        lines.append(f"echo @case {k}")
        algo = c["variant"].split("/")[0]
        if algo == "minibatch":
            lines += [f"set rng {c['rng']}", "set shuffle on", f"set w {w_init!r}",
                      f"set seed {c['seed']}", f"train minibatch {c['B']} {c['epochs']}",
                      "show w_history"]
        elif algo == "batch":
            lines += [f"set w {w_init!r}", f"train batch {c['epochs']}",
                      "show w_history", "show mse_history"]
        else:
            lines += ["set shuffle off", f"set w {sgd_w(w_init)!r}",
                      f"train sgd {c['epochs']}", "show w_history", "show mse_history"]
    return "\n".join(lines) + "\n"


def sgd_w(w_init):
    # The lecture's stochastic default start is 0.2 (the others start at 0.5).
    return 0.2 if w_init == 0.5 else w_init


def run_gd(gd, script_path, out_path):
    with open(out_path, "w") as out, open(out_path + ".err", "w") as err:
        rc = subprocess.call([gd, script_path], stdout=out, stderr=err)
    with open(out_path + ".err") as f:
        return rc, f.read()


def parse_list(text):
    body = text[text.index("[") + 1:text.rindex("]")].strip()
    return [float(v) for v in body.split(",")] if body else []


def parse_output(path):
    """{case index: {'w_history': [...], 'mse_history': [...]}}"""
    result, current = {}, None
    with open(path) as f:
        for line in f:
            if line.startswith("@case "):
                current = int(line.split()[1])
                result[current] = {}
            elif current is not None:
                for key in ("w_history", "mse_history"):
                    if line.startswith(key + " = "):
                        result[current][key] = parse_list(line)
    return result


# --- reference side ----------------------------------------------------------------------

def reference_histories(x, y, w_init, lr, case):
    algo = case["variant"].split("/")[0]
    e = case["epochs"]
    if algo == "batch":
        w, mse = reference.batch_gradient_descent(x, y, w_init=w_init, lr=lr, epochs=e)
        return {"w_history": w, "mse_history": mse}
    if algo == "sgd-in-order":
        w, mse = reference.stochastic_gradient_descent(x, y, w_init=sgd_w(w_init), lr=lr,
                                                       epochs=e, scalar_pow=SCALAR_POW)
        return {"w_history": w, "mse_history": mse}
    if case["rng"] == "numpy":
        np.random.seed(case["seed"])
        w = reference.mini_batch_gradient_descent(x, y, w_init=w_init, lr=lr, epochs=e,
                                                  batch_size=case["B"])
    else:
        w = reference.mini_batch_generator(x, y, w_init=w_init, lr=lr, epochs=e,
                                           batch_size=case["B"], seed=case["seed"])
    return {"w_history": w}


# --- comparison --------------------------------------------------------------------------

def compare(expected, got):
    """None when equal, else a description of the first difference."""
    for key, exp in expected.items():
        exp = [float(v) for v in exp]
        if key not in got:
            return f"{key}: missing from gd's output"
        g = got[key]
        for i in range(min(len(exp), len(g))):
            if not (exp[i] == g[i]):
                return (f"{key}[{i}] differs: numpy {exp[i].hex()} ({exp[i]!r}), "
                        f"gd {g[i].hex()} ({g[i]!r})")
        if len(exp) != len(g):
            return f"{key}: numpy has {len(exp)} entries, gd {len(g)} (equal up to there)"
    return None


def find_gd(argv):
    if argv:
        return argv[0]
    if os.environ.get("GD"):
        return os.environ["GD"]
    for rel in (".build-xcheck/release/gd", ".build/release/gd", ".build/debug/gd"):
        p = os.path.join(ROOT, rel)
        if os.access(p, os.X_OK):
            return p
    return None


def main():
    args = sys.argv[1:]
    global SCALAR_POW
    perturb = "--perturb" in args
    verbose = "--verbose" in args
    SCALAR_POW = "--scalar-pow" in args
    rest = [a for a in args if a not in ("--perturb", "--verbose", "--scalar-pow")]
    if any(a.startswith("-") for a in rest) or len(rest) > 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    gd = find_gd(rest)
    if gd is None or not os.access(gd, os.X_OK):
        print(f"gd binary not found or not executable: {gd!r} (pass it or set GD)",
              file=sys.stderr)
        return 2

    start = time.monotonic()
    passed = failed = 0
    details = []
    perturbed = False
    largest_n = 0
    with tempfile.TemporaryDirectory(prefix="gd-xcheck-") as tmp, \
            concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        # Prepare every data set and queue its gd run; gd runs in the background while
        # this thread computes the numpy reference.
        jobs = []
        for name, kind, n in datasets():
            x, y, w_init, lr = make_data(kind, n)
            csv_path = os.path.join(tmp, f"{name}.csv")
            with open(csv_path, "w") as f:
                f.write("x,y\n")
                for xi, yi in zip(x.tolist(), y.tolist()):
                    f.write(f"{xi!r},{yi!r}\n")
            cases = cases_for(name, kind, n)
            script_path = os.path.join(tmp, f"{name}.gd")
            with open(script_path, "w") as f:
                f.write(gd_script(csv_path, w_init, lr, cases))
            out_path = os.path.join(tmp, f"{name}.out")
            fut = pool.submit(run_gd, gd, script_path, out_path)
            jobs.append((name, x, y, w_init, lr, cases, out_path, fut))

        for name, x, y, w_init, lr, cases, out_path, fut in jobs:
            t0 = time.monotonic()
            expected = [reference_histories(x, y, w_init, lr, c) for c in cases]
            rc, err = fut.result()
            got = parse_output(out_path)
            largest_n = max(largest_n, len(x))
            if perturb and not perturbed:
                # One value, one ulp: the middle entry of the first case's w_history.
                h = got.get(0, {}).get("w_history")
                if h:
                    i = len(h) // 2
                    h[i] = math.nextafter(h[i], math.inf)
                    perturbed = True
                    print(f"--perturb: moved gd's w_history[{i}] of {label(cases[0])} "
                          f"up by one ulp")
            n_fail = 0
            for k, c in enumerate(cases):
                if rc != 0:
                    why = f"gd exited {rc}: {err.strip()[:500]}"
                else:
                    why = compare(expected[k], got.get(k, {}))
                if why is None:
                    passed += 1
                else:
                    failed += 1
                    n_fail += 1
                    details.append(f"FAIL {label(c)} data={name}: {why}")
            if verbose or n_fail:
                print(f"{name}: {len(cases)} cases, {n_fail} failed "
                      f"({time.monotonic() - t0:.1f}s)")

    for d in details[:MAX_DETAILS]:
        print(d)
    if len(details) > MAX_DETAILS:
        print(f"... and {len(details) - MAX_DETAILS} more failures")
    print(f"largest n {largest_n}, {time.monotonic() - start:.1f}s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
