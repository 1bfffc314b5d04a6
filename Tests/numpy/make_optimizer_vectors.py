#!/usr/bin/env python3
"""Writes the optimiser/schedule check vectors read by Tests/GDCoreTests/OptimizerVectorTests.swift.

    python3 Tests/numpy/make_optimizer_vectors.py [--seeds N] [--updates K] [--out FILE] [--perturb]

Every number is written as a hex float (Python's float.hex, which Swift's Double(String)
reads exactly), so the file carries exact bits. Each case is one optimiser with random
valid hyper-parameters, one schedule, a base rate, a start value and an epoch length L
(update i, 0-based, has t = i + 1 and e = i // L), and either

- "gradients": an open-loop gradient sequence (normal draws scaled by 10^U(-4, 4), with
  exact zeros, sign runs and repeats mixed in), or
- "points": L points (x, y); update i uses point i % L and the line model's gradient
  -2*(x*(y - theta*x)) at the current theta, so an error would feed back.

One more case (seed 0) runs Adam for 400 updates, past the update where 1 - beta^t is
exactly 1 for beta 0.9. "expected" holds one row per update: theta, v, s, m, effective rate, scheduled rate.
The committed file is the default (--seeds 2 --updates 32); a larger one can be made under
/tmp and read by the Swift test through GD_OPTIMIZER_VECTORS=FILE. --perturb adds one ulp
to every expected theta, to see the test fail.
"""
import argparse
import json
import sys

import numpy as np

from optimizers import INITIAL_STATE, line_gradient, rate, step

KINDS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")


def hexf(x):
    return float(x).hex()


def random_opt(rng, kind):
    pick = lambda values: values[rng.integers(len(values))]
    return {
        "kind": kind,
        "momentum": pick([0.0, 0.5, 0.9, 0.99, float(rng.uniform(0, 1))]),
        "beta1": pick([0.0, 0.9, 0.5, float(rng.uniform(0, 1))]),
        "beta2": pick([0.999, 0.99, 0.9, float(rng.uniform(0, 1))]),
        "rho": pick([0.99, 0.9, 0.0, float(rng.uniform(0, 1))]),
        "eps": pick([None, None, 1e-6, float(10 ** rng.uniform(-12, -1))]),
    }


def schedules(rng):
    return [
        ("constant",),
        ("step", int(rng.integers(1, 5)), float(rng.choice([0.5, 0.1, 0.9, rng.uniform(0.05, 1.5)]))),
        ("exponential", float(rng.choice([0.9, 0.99, 0.5, rng.uniform(0.05, 1.2)]))),
        ("invscaling", float(rng.choice([0.25, 0.5, 1.0, rng.uniform(0, 2)]))),
    ]


def gradients(rng, count):
    g = rng.standard_normal(count) * 10.0 ** rng.uniform(-4, 4, count)
    g[rng.random(count) < 0.1] = 0.0
    run = rng.integers(count)
    g[run:run + 5] = np.abs(g[run:run + 5])          # a run of one sign
    rep = rng.integers(count - 1)
    g[rep + 1] = g[rep]                               # a repeat
    return [float(v) for v in g]


def run_case(opt, schedule, lr, theta0, length, grads=None, points=None, updates=0):
    theta, state = np.float64(theta0), INITIAL_STATE
    rows = []
    for i in range(updates):
        t, e = i + 1, i // length
        lr_t = rate(schedule, lr, t, e)
        if points is not None:
            x, y = points[i % length]
            g = line_gradient(x, y, theta)
        else:
            g = np.float64(grads[i])
        theta, state, eff = step(opt, g, theta, lr_t, state)
        v, s, m, _ = state
        rows.append([hexf(theta), hexf(v), hexf(s), hexf(m), hexf(eff), hexf(lr_t)])
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--updates", type=int, default=32)
    ap.add_argument("--out", default="Tests/numpy/vectors/optimizers.json")
    ap.add_argument("--perturb", action="store_true")
    args = ap.parse_args()
    cases = []
    for seed in range(args.seeds):
        rng = np.random.default_rng(seed)
        for kind in KINDS:
            for schedule in schedules(rng):
                opt = random_opt(rng, kind)
                lr = float(rng.choice([0.01, 0.1, 0.001, 10 ** rng.uniform(-4, 0)]))
                theta0 = float(rng.normal(0, 2))
                length = int(rng.integers(1, 9))
                base = {"optimizer": opt, "schedule": list(schedule), "lr": hexf(lr),
                        "theta0": hexf(theta0), "epochLength": length}
                grads = gradients(rng, args.updates)
                cases.append(dict(base, name=f"{kind}-{schedule[0]}-seed{seed}-gradients",
                                  gradients=[hexf(g) for g in grads],
                                  expected=run_case(opt, schedule, lr, theta0, length,
                                                    grads=grads, updates=args.updates)))
                # Closed loop: the line model on L random points, small rate so it stays finite.
                pts = [(float(x), float(2 * x + rng.normal(0, 0.5)))
                       for x in rng.uniform(-3, 3, length)]
                small = float(rng.choice([0.01, 0.03, 0.001]))
                cases.append(dict(base, name=f"{kind}-{schedule[0]}-seed{seed}-points",
                                  lr=hexf(small),
                                  points=[[hexf(x), hexf(y)] for x, y in pts],
                                  expected=run_case(opt, schedule, small, theta0, length,
                                                    points=pts, updates=args.updates)))
        # Adam long enough to pass both points where 1 - beta^t becomes exactly 1 (gd skips
        # pow there; beta 0.9 reaches it at t = 362).
        if seed > 0:
            continue
        opt = {"kind": "adam", "momentum": 0.9, "beta1": 0.9, "beta2": 0.9, "rho": 0.99, "eps": None}
        long = 400
        grads = gradients(rng, long)
        cases.append({"name": f"adam-long-seed{seed}", "optimizer": opt, "schedule": ["constant"],
                      "lr": hexf(0.01), "theta0": hexf(0.5), "epochLength": 6,
                      "gradients": [hexf(g) for g in grads],
                      "expected": run_case(opt, ("constant",), 0.01, 0.5, 6, grads=grads, updates=long)})
    for case in cases:
        opt = dict(case["optimizer"])
        opt["eps"] = None if opt["eps"] is None else hexf(opt["eps"])
        for key in ("momentum", "beta1", "beta2", "rho"):
            opt[key] = hexf(opt[key])
        case["optimizer"] = opt
        case["schedule"] = [case["schedule"][0]] + [
            a if isinstance(a, int) else hexf(a) for a in case["schedule"][1:]]
        if args.perturb:
            for row in case["expected"]:
                row[0] = hexf(np.nextafter(float.fromhex(row[0]), np.inf))
    doc = {"generator": "Tests/numpy/make_optimizer_vectors.py", "numpy": np.__version__,
           "seeds": args.seeds, "updates": args.updates, "cases": cases}
    with open(args.out, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print(f"{len(cases)} cases ({args.updates} updates each, 400 for adam-long) -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
