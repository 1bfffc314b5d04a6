#!/usr/bin/env python3
"""Cross-checks gd's histories against the lecture's numpy reference code, bit for bit.

    python3 Tests/numpy/crosscheck.py [GD_BINARY] [--quick] [--perturb] [--scalar-pow] [--verbose]

GD_BINARY defaults to $GD, then to .build-xcheck/release/gd, .build/release/gd or
.build/debug/gd under the package root. For every data set in the grid the script writes
the points to a temporary CSV (floats written with repr, so they round-trip exactly), runs
gd ONCE on a script holding all of that data set's cases, parses every
`w_history = [...]` (and `mse_history = [...]` for batch and sgd) and compares each
entry for exact float equality with Tests/numpy/reference.py. A case is one
(rng, seed, n, batch size, variant) combination: mini-batch (shuffled by either numpy
generator), batch, sgd in data order and shuffled sgd (whose reference is the mini-batch
code with batch size 1: the same updates). After each case gd prints `show loss`, the
loss over all points at its final weight; it must equal numpy's
`np.mean((y - w * x) ** 2)` at numpy's final weight: bit for bit up to 1,024 points
(gd sums them in numpy's order), within a relative 1e-12 above (gd's closed form).

Most runs set `history-limit 10000000`, so every update is kept and compared. A few
runs (the `default-limit-*` data sets) leave the limit at its default and make more
updates than it keeps, so the history is thinned and most sgd updates go through gd's
fast loop that keeps no rows; those compare the final weight (`show w`) and the loss.

--quick keeps three seeds for mini-batch and two for shuffled sgd (every n, variant and
generator still runs): for scripts/mutate, which runs it once per planted bug.
--perturb moves one value of gd's reported history by one ulp (math.nextafter) before
comparing, to show that the check notices; it must then report a failure and exit 1.
--scalar-pow makes the reference's sgd squared error `error ** 2` on a numpy scalar (libm
pow, about 0.1% of values one ulp away from the correctly rounded square that gd and
numpy's array `** 2` give); expect a few sgd mse_history failures with it.

Counts: a line `cases: N passed, N failed; M values compared`, then the last line,
`N passed, N failed`, which counts gd RUNS (one per data set; a run passes when every
value of every case in it matched). The exit status is 1 on any failure, 2 on a usage
error, and 2 (after printing why on stderr) when numpy cannot be imported: a missing
numpy is a failure to run, never a pass.
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
    print(f"crosscheck.py: numpy cannot be imported by {sys.executable}; install it "
          "(scripts/test makes a virtual environment with it)", file=sys.stderr)
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference  # noqa: E402  (needs numpy, imported above)

ROOT = os.path.dirname(os.path.dirname(HERE))

SEEDS = list(range(21)) + [2**32 - 1, 123456789]
SEEDS_FEW = [0, 1, 42, 2**32 - 1, 123456789]      # for the largest n with small batches
NS = [1, 2, 3, 5, 6, 7, 8, 9, 15, 16, 17, 100, 127, 128, 129, 1000, 1001, 10000]
BATCHES = [1, 2, 3, 7, 8, 9, 64, 128, 129, 1000]
RNGS = ["numpy", "numpy-generator"]
SEEDS_SGD = [0, 1, 42, 2**32 - 1]                  # shuffled sgd (one update per point)
DEFAULT_LIMIT_SETS = [("unit", 10000, 12), ("huge", 10000, 11), ("big", 1001, 101)]
LOSS_RELATIVE = 1e-12                              # closed-form loss above 1,024 points
DIRECT_LOSS_LIMIT = 1024
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
    """(name, kind, n, default_limit_epochs) for every data set: each n once with 'unit'
    data and once with large values (alternating 'big' and 'huge'), plus the lecture's six
    points; then the default-limit runs (epochs chosen to pass History.defaultLimit)."""
    out = [("lecture", "lecture", 6, None)]
    for k, n in enumerate(NS):
        out.append((f"unit-{n}", "unit", n, None))
        kind = "big" if k % 2 == 0 else "huge"
        out.append((f"{kind}-{n}", kind, n, None))
    for kind, n, epochs in DEFAULT_LIMIT_SETS:
        out.append((f"default-limit-{kind}-{n}", kind, n, epochs))
    return out


def epochs_for(n):
    return 5 if n <= 129 else (3 if n <= 1001 else 2)


def cases_for(name, kind, n, default_limit_epochs=None):
    """Every case of one data set: dicts with rng, seed, n, B, variant, epochs (and
    final_only for default-limit runs, which compare the final w and loss only)."""
    if default_limit_epochs is not None:
        e = default_limit_epochs
        return [dict(rng="-", seed="-", n=n, B=1, epochs=e, variant=f"sgd-in-order/{kind}",
                     final_only=True),
                dict(rng="numpy", seed=3, n=n, B=1, epochs=e, variant=f"sgd-shuffled/{kind}",
                     final_only=True),
                dict(rng="numpy-generator", seed=4, n=n, B=1, epochs=e,
                     variant=f"sgd-shuffled/{kind}", final_only=True)]
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
    for rng in RNGS:
        for seed in SEEDS_SGD:
            cases.append(dict(rng=rng, seed=seed, n=n, B=1, epochs=(1 if n >= 10000 else e),
                              variant=f"sgd-shuffled/{kind}"))
    return cases


def label(case):
    return (f"(rng={case['rng']}, seed={case['seed']}, n={case['n']}, B={case['B']}, "
            f"variant={case['variant']}, epochs={case['epochs']})")


# --- gd side -----------------------------------------------------------------------------

def gd_script(csv_path, w_init, lr, cases, default_limit=False):
    """The gd script of one run. `set w` starts a fresh history each case; a default-limit
    run leaves `history-limit` alone and shows only the final w."""
    lines = [] if default_limit else ["set history-limit 10000000"]
    lines += [f"load {csv_path}", f"set lr {lr!r}"]
    for k, c in enumerate(cases):
        lines.append(f"echo @case {k}")
        algo = c["variant"].split("/")[0]
        shows = ["show w"] if c.get("final_only") else ["show w_history"]
        if algo == "minibatch":
            lines += [f"set rng {c['rng']}", "set shuffle on", f"set w {w_init!r}",
                      f"set seed {c['seed']}", f"train minibatch {c['B']} {c['epochs']}"] + shows
        elif algo == "batch":
            lines += [f"set w {w_init!r}", f"train batch {c['epochs']}"] + shows + ["show mse_history"]
        elif algo == "sgd-shuffled":
            lines += [f"set rng {c['rng']}", "set shuffle on", f"set w {sgd_w(w_init)!r}",
                      f"set seed {c['seed']}", f"train sgd {c['epochs']}"] + shows
        else:
            lines += ["set shuffle off", f"set w {sgd_w(w_init)!r}",
                      f"train sgd {c['epochs']}"] + shows
            if not c.get("final_only"):
                lines.append("show mse_history")
        lines.append("show loss")
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
    """{case index: {'w_history': [...], 'mse_history': [...], 'w': [w], 'loss': [loss]}}"""
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
                for key in ("w", "loss"):
                    if line.startswith(key + " = "):
                        result[current][key] = [float(line.split(" = ", 1)[1])]
    return result


# --- reference side ----------------------------------------------------------------------

def reference_histories(x, y, w_init, lr, case):
    """What gd must print for one case: its histories, or for a final-only case its final
    w; and, always, the loss over all points at the final w (key 'loss')."""
    algo = case["variant"].split("/")[0]
    e = case["epochs"]
    mse = None
    if algo == "batch":
        w, mse = reference.batch_gradient_descent(x, y, w_init=w_init, lr=lr, epochs=e)
    elif algo == "sgd-in-order":
        w, mse = reference.stochastic_gradient_descent(x, y, w_init=sgd_w(w_init), lr=lr,
                                                       epochs=e, scalar_pow=SCALAR_POW)
    else:
        # Shuffled sgd is the mini-batch loop with batch size 1: the same permutation per
        # epoch, the same one-point gradient -2*mean(x*(y - w*x)).
        start = w_init if algo == "minibatch" else sgd_w(w_init)
        if case["rng"] == "numpy":
            np.random.seed(case["seed"])
            w = reference.mini_batch_gradient_descent(x, y, w_init=start, lr=lr, epochs=e,
                                                      batch_size=case["B"])
        else:
            w = reference.mini_batch_generator(x, y, w_init=start, lr=lr, epochs=e,
                                               batch_size=case["B"], seed=case["seed"])
    final = float(w[-1])
    out = {"loss": [np.mean((y - final * x) ** 2)]}
    if case.get("final_only"):
        out["w"] = [final]
    else:
        out["w_history"] = w
        if mse is not None:
            out["mse_history"] = mse
    return out


# --- comparison --------------------------------------------------------------------------

def same(key, expected, got, n):
    """Bit for bit, except the loss over more than DIRECT_LOSS_LIMIT points (closed form)."""
    if key == "loss" and n > DIRECT_LOSS_LIMIT:
        return abs(expected - got) <= LOSS_RELATIVE * abs(expected)
    return expected == got


def compare(expected, got, n):
    """(values compared, None when equal else a description of the first difference)."""
    compared = 0
    for key, exp in expected.items():
        exp = [float(v) for v in exp]
        if key not in got:
            return compared, f"{key}: missing from gd's output"
        g = got[key]
        for i in range(min(len(exp), len(g))):
            compared += 1
            if not same(key, exp[i], g[i], n):
                return compared, (f"{key}[{i}] differs: numpy {exp[i].hex()} ({exp[i]!r}), "
                                  f"gd {g[i].hex()} ({g[i]!r})")
        if len(exp) != len(g):
            return compared, f"{key}: numpy has {len(exp)} entries, gd {len(g)} (equal up to there)"
    return compared, None


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
    if "--quick" in args:
        global SEEDS, SEEDS_SGD
        SEEDS = [0, 42, 2**32 - 1]
        SEEDS_SGD = [0, 42]
    rest = [a for a in args if a not in ("--perturb", "--verbose", "--scalar-pow", "--quick")]
    if any(a.startswith("-") for a in rest) or len(rest) > 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    gd = find_gd(rest)
    if gd is None or not os.access(gd, os.X_OK):
        print(f"gd binary not found or not executable: {gd!r} (pass it or set GD)",
              file=sys.stderr)
        return 2

    start = time.monotonic()
    passed = failed = 0            # cases
    runs_passed = runs_failed = 0  # gd runs, one per data set
    compared = 0                   # values compared, over all cases
    details = []
    perturbed = False
    largest_n = 0
    with tempfile.TemporaryDirectory(prefix="gd-xcheck-") as tmp, \
            concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        # Prepare every data set and queue its gd run; gd runs in the background while
        # this thread computes the numpy reference.
        jobs = []
        for name, kind, n, default_epochs in datasets():
            x, y, w_init, lr = make_data(kind, n)
            csv_path = os.path.join(tmp, f"{name}.csv")
            with open(csv_path, "w") as f:
                f.write("x,y\n")
                for xi, yi in zip(x.tolist(), y.tolist()):
                    f.write(f"{xi!r},{yi!r}\n")
            cases = cases_for(name, kind, n, default_epochs)
            script_path = os.path.join(tmp, f"{name}.gd")
            with open(script_path, "w") as f:
                f.write(gd_script(csv_path, w_init, lr, cases,
                                  default_limit=default_epochs is not None))
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
                    count, why = compare(expected[k], got.get(k, {}), len(x))
                    compared += count
                if why is None:
                    passed += 1
                else:
                    failed += 1
                    n_fail += 1
                    details.append(f"FAIL {label(c)} data={name}: {why}")
            if n_fail:
                runs_failed += 1
            else:
                runs_passed += 1
            if verbose or n_fail:
                print(f"{name}: {len(cases)} cases, {n_fail} failed "
                      f"({time.monotonic() - t0:.1f}s)")

    for d in details[:MAX_DETAILS]:
        print(d)
    if len(details) > MAX_DETAILS:
        print(f"... and {len(details) - MAX_DETAILS} more failures")
    print(f"largest n {largest_n}, {time.monotonic() - start:.1f}s")
    print(f"cases: {passed} passed, {failed} failed; {compared} values compared")
    print(f"{runs_passed} passed, {runs_failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
