#!/usr/bin/env python3
"""Cross-checks gd's optimisers and schedules, as wired into training, against numpy.

    python3 Tests/numpy/crosscheck_optimizers.py [GD_BINARY] [--perturb]

For every case (optimiser × model line/affine × variant batch/sgd/minibatch × schedule ×
data seed) gd runs once in its own process: `load` a CSV of generated points, `set
optimizer …`, `set schedule …`, `set shuffle off`, `train …`, `save history`. The
reference replays the same updates with Tests/numpy/optimizers.py (written from the
formulas, not from gd's code):

- the optimiser and schedule arithmetic, BIT FOR BIT: from gd's recorded gradient of each
  update, `rate` and `step` must give exactly gd's w_after (and b_after) and lr_eff, the
  state carried from update to update in the reference only;
- the gradients, within 1e-12 relative (numpy's np.mean and gd's kernels may sum in a
  different order): -2·mean(x·(y − ŷ)) and -2·mean(y − ŷ) at the reference's own weights.

--perturb moves one of gd's adam values by one ulp first (and runs only the adam cases), to
show the check notices. The last
two lines are `cases: N passed, N failed, V values compared` and `N passed, N failed`
counting gd runs; exit 1 on any failure, 2 when numpy is missing.
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
sys.path.insert(0, HERE)
from optimizers import INITIAL_STATE, rate, step  # noqa: E402

f64 = np.float64
KINDS = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
SCHEDULES = [("constant",), ("step", 2, 0.5), ("exponential", 0.9), ("invscaling", 0.25)]
VARIANTS = [("batch", "train batch 4", 1), ("sgd", "train sgd 3", 1), ("minibatch", "train minibatch 3 3", 3)]
SEEDS = [0, 1, 7]


def schedule_text(s):
    return " ".join(str(p) for p in s)


def options(kind):
    return {"kind": kind, "momentum": 0.9, "beta1": 0.9, "beta2": 0.999, "rho": 0.99, "eps": None}


def gradients(x, y, w, b, affine):
    y_hat = w * x + b if affine else w * x
    error = y - y_hat
    return f64(-2) * np.mean(x * error), (f64(-2) * np.mean(error) if affine else f64(0))


def close(a, b, tol=1e-12):
    return a == b or abs(a - b) <= tol * max(abs(a), abs(b), 1e-300)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    perturb = "--perturb" in sys.argv
    gd = args[0] if args else os.path.join(os.path.dirname(os.path.dirname(HERE)), ".build/debug/gd")
    runs_ok = runs_bad = values = 0
    perturbed = False
    with tempfile.TemporaryDirectory() as tmp:
        for seed in SEEDS:
            rng = np.random.default_rng(seed)
            n = [6, 7, 10][seed % 3]
            xs = rng.uniform(-2, 2, n)
            ys = 0.8 * xs + 0.3 + rng.normal(0, 0.2, n)
            data = os.path.join(tmp, f"data{seed}.csv")
            with open(data, "w") as f:
                f.write("x,y\n" + "".join(f"{float(a)!r},{float(b)!r}\n" for a, b in zip(xs, ys)))
            for kind in KINDS:
                if perturb and kind != "adam":
                    continue  # the sabotage run needs only the cases it perturbs
                for model in ("line", "affine"):
                    for vname, command, batch in VARIANTS:
                        for si, sched in enumerate(SCHEDULES):
                            # Every schedule with sgd and adam; one per case otherwise.
                            if kind not in ("sgd", "adam") and si != (seed + len(vname)) % len(SCHEDULES):
                                continue
                            case = f"{kind} {model} {vname} schedule {schedule_text(sched)} seed {seed}"
                            history = os.path.join(tmp, "h.csv")
                            script = (f"load {data}; model {model}; set lr 0.05; set shuffle off; "
                                      f"set optimizer {kind}; set schedule {schedule_text(sched)}; "
                                      f"{command}; save history {history} force")
                            run = subprocess.run([gd, "-c", script], capture_output=True, text=True)
                            if run.returncode != 0:
                                runs_bad += 1
                                print(f"FAIL {case}: gd exited {run.returncode}: {run.stderr.strip()}")
                                continue
                            with open(history) as f:
                                rows = list(csv.DictReader(f))
                            if perturb and not perturbed and kind == "adam":
                                rows[-1]["w_after"] = repr(float(np.nextafter(f64(rows[-1]["w_after"]), f64(math.inf))))
                                perturbed = True
                            ok = check(case, rows, xs, ys, kind, sched, model == "affine", vname, batch, n)
                            values += len(rows)
                            if ok:
                                runs_ok += 1
                            else:
                                runs_bad += 1
    print(f"cases: {runs_ok} passed, {runs_bad} failed, {values} updates compared")
    print(f"{runs_ok} passed, {runs_bad} failed")
    sys.exit(1 if runs_bad else 0)


def check(case, rows, xs, ys, kind, sched, affine, vname, batch, n):
    opt = options(kind)
    w, b = f64(0.2), f64(0)
    sw, sb = INITIAL_STATE, INITIAL_STATE
    per_epoch = 1 if vname == "batch" else (n if vname == "sgd" else -(-n // batch))
    ok = True
    for k, row in enumerate(rows):
        t = k + 1
        e = k // per_epoch
        if vname == "batch":
            lo, hi = 0, n
        else:
            size = 1 if vname == "sgd" else batch
            lo = (k % per_epoch) * size
            hi = min(n, lo + size)
        gw, gb = f64(row["gradient"]), f64(row.get("gradient_b") or 0)
        rw, rb = gradients(xs[lo:hi], ys[lo:hi], w, b, affine)
        if not (close(gw, rw) and (not affine or close(gb, rb))):
            print(f"FAIL {case} update {t}: gradient gd {gw!r} {gb!r}, numpy {rw!r} {rb!r}")
            ok = False
        lr = rate(sched, f64(0.05), t, e)
        w, sw, ew = step(opt, gw, w, lr, sw)
        if affine:
            b, sb, eb = step(opt, gb, b, lr, sb)
        plain = kind == "sgd" and sched[0] == "constant"
        expect = [("w_after", w)] + ([("b_after", b)] if affine else [])
        if not plain:
            expect += [("lr_eff", ew)] + ([("lr_eff_b", eb)] if affine else [])
        for name, value in expect:
            got = f64(row[name])
            if got != value:
                print(f"FAIL {case} update {t}: {name} gd {float(got)!r}, numpy {float(value)!r}")
                ok = False
        # Continue from gd's own weights, so one difference is reported once.
        w, b = f64(row["w_after"]), f64(row.get("b_after") or 0)
    return ok


if __name__ == "__main__":
    main()
