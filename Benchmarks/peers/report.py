"""Turns scripts/bench's raw measurements into the results table and Benchmarks/RESULTS.md.

    python3 report.py RAW.tsv EXTRA.json RESULTS.md [splice]

With `splice` (scripts/bench with ONLY=load) only the "Loading and saving" section of an
existing RESULTS.md is rewritten; everything else stays as the last full run wrote it.

RAW.tsv has one line per measurement: `round impl measure n seconds units`, where units
is points for the training measures and bytes for the CSV readers. EXTRA.json holds the
machine description, the agreement checks, peak memory, startup and notes.
"""

import json
import statistics
import sys
from collections import defaultdict

raw_path, extra_path, out_path = sys.argv[1:4]
splice = sys.argv[4:5] == ["splice"]
extra = json.load(open(extra_path))

runs = defaultdict(list)  # (impl, measure, n) -> [rate per run]
by_round = defaultdict(dict)  # (impl, measure, n) -> {round: rate}, for ratios taken within a round
for line in open(raw_path):
    parts = line.split()
    if len(parts) != 6 or parts[0].startswith("#"):
        continue
    round_, impl, measure, n, seconds, units = parts
    seconds, units = float(seconds), float(units)
    if seconds > 0:
        runs[(impl, measure, int(n))].append(units / seconds)
        by_round[(impl, measure, int(n))][round_] = units / seconds


def stats(key):
    v = runs.get(key)
    if not v:
        return None
    return statistics.median(v), min(v), max(v), len(v)


def rate(r, unit="points"):
    """Millions of points (or MB) per second: median [slowest–fastest]."""
    if r is None:
        return "—"
    m, lo, hi, k = r
    f = lambda v: f"{v / 1e6:.3g}" if v / 1e6 < 100 else f"{v / 1e6:.0f}"
    return f"{f(m)} [{f(lo)}–{f(hi)}]" + (" MB/s" if unit != "points" else "")


def ratio(a, b):
    if a is None or b is None:
        return "—"
    return f"{a[0] / b[0]:.2f}×" if a[0] / b[0] < 10 else f"{a[0] / b[0]:.0f}×"


LOAD_HEADING = "## Loading and saving (issue 15)"


def load_average(text):
    """The first number in /proc/loadavg's text, however the machine section words it."""
    for word in text.replace(":", " ").split():
        try:
            return f"{float(word):.2f}"
        except ValueError:
            pass
    return "?"


def load_section():
    """The loading and saving rows: each gd row against its peers, ratios of medians from this run."""
    m = extra.get("machine", {})
    su = extra.get("load_startup_s")
    out = [LOAD_HEADING, ""]
    out.append(f"Measured {m.get('date', '?')} on {m.get('cpu', '?')} ({m.get('cores', '?')} cores; "
               f"load average {load_average(m.get('load', ''))} at the start: the machine is shared), "
               f"median of {extra.get('runs', '?')} interleaved rounds [slowest–fastest]; every ratio compares medians "
               f"of this one run. gd's load rows time the whole `gd -c 'load FILE'` process (mapping, parsing on both cores, "
               f"moments, unmapping, exit) less the median start-up of `gd -c 'show w'` in the same run"
               + (f" ({su * 1e3:.1f} ms)" if su else "") + "; pandas and numpy run in an already started Python. "
               "`save data` is timed by gd's `time` (formatting, writing, fsync and rename of the 10⁷-row file); its peers "
               "around the same write in Python.")
    out.append("")
    out.append("| measure (10⁷ rows) | implementation | MB/s, median [range] | gd ÷ this | target |")
    out.append("| --- | --- | --- | --- | --- |")
    rows = [
        ("CSV load", ("gd", "load-csv"), [("pandas.read_csv (C engine)", ("pandas", "load-csv"), 1.2),
                                          ("gd's own `time load` (inside the console)", ("gd", "load"), None)]),
        ("TSV load", ("gd", "load-tsv"), [("pandas.read_csv, sep='\\t'", ("pandas", "load-tsv"), 1.2)]),
        ("whitespace load", ("gd", "load-ws"), [("pandas.read_csv, sep=r'\\s+'", ("pandas", "load-ws"), 1.2)]),
        (".npy (n, 2) float64 load", ("gd", "load-npy"), [("numpy.load + two column copies", ("numpy", "load-npy"), None)]),
        ("`save data`, repr digits", ("gd", "save"), [("pandas.DataFrame.to_csv", ("pandas", "save-pandas"), 1.5),
                                                      ("numpy repr text (astype(str), vectorised)", ("numpy", "save-numpy"), 1.5)]),
    ]
    for label, gkey, peers in rows:
        g = stats(gkey + (N7,))
        if g is None:
            continue
        out.append(f"| **{label}** | **gd** | **{rate(g, 'bytes')}** | | |")
        before = stats(("gd-before",) + gkey[1:] + (N7,))
        if before:
            out.append(f"| | gd before issue 15 (`GD_BEFORE`) | {rate(before, 'bytes')} | {ratio(g, before)} | |")
        for plabel, pkey, target in peers:
            p = stats(pkey + (N7,))
            verdict = ""
            if target and p:
                verdict = f"≥ {target}: " + ("met" if g[0] / p[0] >= target else "**missed**")
            out.append(f"| | {plabel} | {rate(p, 'bytes')} | {ratio(g, p)} | {verdict} |")
    out.append("")
    for line in LOAD_NOTES:
        out.append(f"- {line}")
    out.append("")
    return out


LOAD_NOTES = [
    "Loading: the rows after the header are cut at line ends into parts of about 4 MiB; a first pass counts each part's "
    "lines (8 bytes at a time), which gives every part a slot in the final columns; then both cores parse parts into their "
    "slots, each summing its moments (Σx², Σxy, Σy² in double-double) and largest |x|, |y| as it goes, and the parts are "
    "joined in file order (errors keep their file line; the first error in file order is the one reported). The parts "
    "depend on the file only, so the moments are the same bits on any machine.",
    "Where a load's CPU time goes (perf, 10⁷-row CSV, 2026-11-29): number parsing (FastDouble, Eisel–Lemire included) "
    "about 45 %, the row loop with the inlined double-double moments about 33 %, the line count about 8 %, first-touch "
    "zeroing of the columns' 160 MB about 6–14 %. Before issue 15 the load ran on one core and the moments were a second "
    "pass in `Dataset(xs:ys:)` with every double-double operation a call: about 30 % of the load's CPU time. "
    ".npy: one pass in parts of 2¹⁹ rows on both cores copies the two columns out of the mapping (gd's columns are "
    "arrays, so one copy is needed; numpy.load copies the file too), sums the moments and checks finiteness; before, the "
    "copy was followed by a finiteness pass and a moments pass.",
    "`save data` formats each double with gd's shortest round-trip writer (the digits of Python's repr) straight into "
    "one buffer and writes it atomically; pandas' `to_csv` and numpy's formatting call Python's repr per value.",
    "First sgd epoch of a session (not changed here: Sources/GDCore/Training is being reshaped on another branch; "
    "measured 2026-11-29, n = 10⁷ in data order): 105–113 ms against 75–86 ms for later epochs and 70–75 ms for the "
    "first epoch with `set history-limit 1000`, i.e. about 35 ms, or 80 ns for each of the 428,125 rows that epoch "
    "appends (100,000 before the first thinning, then 7 thinnings that scan 700,000 rows). perf on first epochs "
    "(n = 10⁵, `reset; epoch sgd` ×60) puts 75–80 % of their time in History: copying UpdateRecord through its value "
    "witness (20 %: the row holds an enum with an [Int] payload, so it is not bitwise-copyable and every append, array "
    "growth and swap goes through outlined copy code, another 10 %), destroying rows (11 %, `removeLast` after thinning "
    "and the old history), memmove of growing arrays from 4,096 to 131,072 rows (13 %), `thin()`'s swapAt loop (10 %) "
    "and `append` (9 %); the epoch loop itself is 17 %. What would remove it: bitwise-copyable rows (points in a side "
    "pool, an offset and a count in the row), capacity for `limit` rows reserved once, and thinning as a plain "
    "compaction; the later epochs' 50,000 rows then cost little more than the `history-limit 1000` loop.",
    "A whole-process figure includes gd's exit, which unmaps the file, and the page cache: every file is read once "
    "before the rounds. With other jobs on both cores (load average above 2), the second core helps little and the "
    "ranges are wide; the lead's full run on a quiet machine is the one to quote.",
]


# Each row: label, n, gd's key, then the peers to compare with: (label, key).
N5, N7 = 100_000, 10_000_000
rows = []
for n in (N5, N7):
    rows += [
        (f"batch epoch (exact, numpy order)", n, ("gd", "batch", n), [
            ("numpy lecture `batch`", ("numpy", "batch", n)),
            ("C, same pairwise order", ("C", "batch-pairwise", n)),
            ("C, plain left-to-right", ("C", "batch-plain", n)),
        ]),
        (f"sgd epoch, data order", n, ("gd", "sgd-inorder", n), [
            ("numpy lecture `stochastic`", ("numpy", "sgd-inorder", n)),
            ("scikit-learn SGDRegressor, shuffle=False", ("sklearn", "sgd-inorder", n)),
            ("C, the same exact chain", ("C", "sgd-inorder", n)),
            ("C, formula as written (6 ops on the chain)", ("C", "sgd-inorder-6op", n)),
        ]),
        (f"sgd epoch, data order, `set history-limit 1000` (the loop without History's rows)", n,
         ("gd", "sgd-inorder-lean", n), [
            ("C, the same exact chain", ("C", "sgd-inorder", n)),
        ]),
        (f"sgd epoch, first of a session (history fills)", n, ("gd", "sgd-inorder-first", n), [
            ("C, the same exact chain", ("C", "sgd-inorder", n)),
        ]),
        (f"sgd epoch, shuffled", n, ("gd", "sgd-shuffled", n), [
            ("scikit-learn SGDRegressor, shuffle=True", ("sklearn", "sgd-shuffled", n)),
            ("C, index shuffle + gather (gd's strategy)", ("C", "sgd-gather", n)),
            ("C, shuffle of (x,y) pairs", ("C", "sgd-pairs", n)),
        ]),
        (f"minibatch 32 epoch, shuffled", n, ("gd", "minibatch32", n), [
            ("numpy lecture `minibatch`", ("numpy", "minibatch32", n)),
            ("C, index shuffle + gather (gd's strategy)", ("C", "mb32-gather", n)),
            ("C, shuffle of (x,y) pairs", ("C", "mb32-pairs", n)),
        ]),
        (f"minibatch 1024 epoch, shuffled", n, ("gd", "minibatch1024", n), [
            ("numpy lecture `minibatch`", ("numpy", "minibatch1024", n)),
            ("C, index shuffle + gather (gd's strategy)", ("C", "mb1024-gather", n)),
            ("C, shuffle of (x,y) pairs", ("C", "mb1024-pairs", n)),
        ]),
        (f"minibatch 32 epoch, data order", n, ("gd", "minibatch32-inorder", n), []),
        (f"sgd epoch, data order, momentum (history-limit 1000)", n, ("gd", "sgd-inorder-lean-momentum", n), [
            ("gd, plain sgd, same order and limit", ("gd", "sgd-inorder-lean", n)),
            ("C, the same momentum chain", ("C", "sgd-inorder-momentum", n)),
        ]),
        (f"sgd epoch, data order, adam (history-limit 1000)", n, ("gd", "sgd-inorder-lean-adam", n), [
            ("gd, plain sgd, same order and limit", ("gd", "sgd-inorder-lean", n)),
            ("C, the same Adam chain (saturated bias corrections)", ("C", "sgd-inorder-adam", n)),
            ("C, plain sgd chain", ("C", "sgd-inorder", n)),
        ]),
        (f"sgd epoch, shuffled, momentum (history-limit 1000)", n, ("gd", "sgd-shuffled-lean-momentum", n), [
            ("gd, plain sgd, same order and limit", ("gd", "sgd-shuffled-lean", n)),
        ]),
        (f"sgd epoch, shuffled, adam (history-limit 1000)", n, ("gd", "sgd-shuffled-lean-adam", n), [
            ("gd, plain sgd, same order and limit", ("gd", "sgd-shuffled-lean", n)),
        ]),
    ]
# `sweep -5 5 1000` on 1,000 sine points, 50 epochs: points are starts × epochs × n (per variant).
NS = 1000
rows.append((f"sweep, 1,000 starts × 50 epochs, sine, 3 variants (all threads)", NS, ("gd", "sweep", NS), [
    ("gd, `set threads 1`", ("gd", "sweep-1thread", NS)),
    ("numpy vectorised over the starts", ("numpy", "sweep", NS)),
]))

lines = []
lines.append("| measure | n | implementation | M points/s, median [range] | gd ÷ this |")
lines.append("| --- | --- | --- | --- | --- |")
for label, n, gd_key, peers in rows:
    g = stats(gd_key)
    if g is None:
        continue
    nn = "10⁵" if n == N5 else "10⁷" if n == N7 else "10³"
    lines.append(f"| **{label}** | {nn} | **gd** | **{rate(g)}** | |")
    for plabel, key in peers:
        p = stats(key)
        lines.append(f"| | | {plabel} | {rate(p)} | {ratio(g, p)} |")

# CSV readers (bytes/s)
load_rows = [("gd `load`", ("gd", "load", N7)), ("pandas.read_csv (C engine)", ("pandas", "load-pandas", N7)),
             ("numpy.loadtxt", ("numpy", "load-loadtxt", N7))]
g = stats(("gd", "load", N7))
lines.append(f"| **CSV load, {extra.get('csv_mb', '?')} MB** | 10⁷ rows | **gd** | **{rate(g, 'bytes')}** | |")
for plabel, key in load_rows[1:]:
    p = stats(key)
    lines.append(f"| | | {plabel} | {rate(p, 'bytes')} | {ratio(g, p)} |")
table = "\n".join(lines)


# Issue 10: the models side by side at 10⁷ points, the same commands for each (scripts/bench
# run_gd_models). Affine ÷ line is the median of the ratios within each round: the two run
# back to back, so the machine's load is nearly the same for both.
MODEL_VARIANTS = [("batch", "batch epoch"), ("sgd-inorder", "sgd epoch, data order"),
                  ("sgd-shuffled", "sgd epoch, shuffled"), ("minibatch32", "minibatch 32 epoch, shuffled"),
                  ("minibatch32-inorder", "minibatch 32 epoch, data order")]


def round_ratio(a_key, b_key):
    a, b = by_round.get(a_key, {}), by_round.get(b_key, {})
    r = [a[k] / b[k] for k in a if k in b]
    return (statistics.median(r), min(r), max(r)) if r else None


model_lines = ["| epoch (n = 10⁷, `set history-limit 1000`) | line | affine | affine ÷ line, per round | sine |",
               "| --- | --- | --- | --- | --- |"]
affine_ratios = {}
for key, label in MODEL_VARIANTS:
    l, a, sn = (stats(("gd", f"{m}-{key}", N7)) for m in ("line", "affine", "sine"))
    rr = round_ratio(("gd", f"affine-{key}", N7), ("gd", f"line-{key}", N7))
    affine_ratios[key] = rr
    rtext = f"{rr[0]:.2f} [{rr[1]:.2f}–{rr[2]:.2f}]" if rr else "—"
    model_lines.append(f"| {label} | {rate(l)} | {rate(a)} | {rtext} | {rate(sn)} |")
sine_numpy = stats(("numpy", "sine-batch", N7))
if sine_numpy:
    model_lines.append(f"| sine batch epoch, numpy (the lecture's batch function with sin and cos) | | | | "
                       f"{rate(sine_numpy)}; gd ÷ numpy {ratio(stats(('gd', 'sine-batch', N7)), sine_numpy)} |")
models_table = "\n".join(model_lines)


# Targets from the issue.
def val(key):
    s = stats(key)
    return s[0] if s else None


def check(name, value, target, text):
    if value is None:
        return f"| {name} | {text} | — | not measured |"
    ok = value >= target
    return f"| {name} | {text} | {value:.3g} | {'met' if ok else '**missed**'} |"


t = []
t.append("| target (n = 10⁷) | wanted | measured | |")
t.append("| --- | --- | --- | --- |")
G = lambda m: val(("gd", m, N7))
P = lambda i, m: val((i, m, N7))
div = lambda a, b: a / b if a and b else None
t.append(check("batch ÷ C, same order", div(G("batch"), P("C", "batch-pairwise")), 0.8, "≥ 0.8"))
t.append(check("batch ÷ numpy", div(G("batch"), P("numpy", "batch")), 8, "≥ 8"))
t.append(check("sgd (data order) ÷ C, same chain", div(G("sgd-inorder"), P("C", "sgd-inorder")), 0.9, "≥ 0.9"))
t.append(check("sgd (data order, history-limit 1000) ÷ C", div(G("sgd-inorder-lean"), P("C", "sgd-inorder")), 0.9, "≥ 0.9"))
t.append(check("sgd (shuffled) ÷ C, same strategy", div(G("sgd-shuffled"), P("C", "sgd-gather")), 0.9, "≥ 0.9"))
t.append(check("sgd (shuffled) ÷ C, pair shuffle", div(G("sgd-shuffled"), P("C", "sgd-pairs")), 0.9, "≥ 0.9"))
t.append(check("sgd (data order) ÷ numpy", div(G("sgd-inorder"), P("numpy", "sgd-inorder")), 50, "≥ 50"))
t.append(check("sgd ÷ scikit-learn, shuffle=False", div(G("sgd-inorder"), P("sklearn", "sgd-inorder")), 4, "≥ 4"))
t.append(check("sgd ÷ scikit-learn, shuffle=True", div(G("sgd-shuffled"), P("sklearn", "sgd-shuffled")), 4, "≥ 4"))
mb = G("minibatch32")
t.append(check("minibatch 32 shuffled, M points/s", mb / 1e6 if mb else None, 40, "≥ 40"))
t.append(check("minibatch 32 ÷ numpy", div(mb, P("numpy", "minibatch32")), 8, "≥ 8"))
# Issue 11: an optimiser's sgd epoch against plain sgd's, same order and history limit.
for order, label in (("inorder", "data order"), ("shuffled", "shuffled")):
    plain = G(f"sgd-{order}-lean")
    for rule in ("momentum", "adam"):
        t.append(check(f"sgd ({label}) with {rule} ÷ plain sgd", div(G(f"sgd-{order}-lean-{rule}"), plain), 0.5, "≥ 0.5"))
# The floor those rules meet in data order: the same chain in C, and C's own rule ÷ plain ratio.
for rule in ("momentum", "adam"):
    t.append(check(f"sgd (data order) with {rule} ÷ C, same chain", div(G(f"sgd-inorder-lean-{rule}"), P("C", f"sgd-inorder-{rule}")), 0.9, "≥ 0.9"))
    t.append(check(f"C: {rule} chain ÷ plain chain (what C itself reaches)", div(P("C", f"sgd-inorder-{rule}"), P("C", "sgd-inorder")), 0.5, "≥ 0.5"))
sw = val(("gd", "sweep", NS))
t.append(check("sweep ÷ numpy (1,000 × 50 × 1,000)", div(sw, val(("numpy", "sweep", NS))), 10, "≥ 10"))
t.append(check("sweep, 2 threads ÷ 1 thread", div(sw, val(("gd", "sweep-1thread", NS))), 1.7, "≥ 1.7"))
ld = val(("gd", "load", N7))
t.append(check("CSV load, MB/s", ld / 1e6 if ld else None, 500, "≥ 500"))
t.append(check("CSV load ÷ pandas", div(ld, val(("pandas", "load-pandas", N7))), 1.1, "≥ 1.1"))
peak = extra.get("peak_rss_mb")
if peak:
    ok = peak <= 320
    t.append(f"| peak memory, `gen 10000000; train sgd 3` | ≤ 320 MB | {peak:.0f} MB | {'met' if ok else '**missed**'} |")
for key, label in MODEL_VARIANTS:
    rr = affine_ratios.get(key)
    t.append(check(f"affine ÷ line, {label} (issue 10)", rr[0] if rr else None, 0.8, "≥ 0.8"))
one, four = extra.get("peak_one_mb"), extra.get("peak_compare_mb")
if one and four:
    ok = four / one <= 1.3
    t.append(f"| peak memory, compare on 10⁷ points ÷ one session (issue 10; {four:.0f} MB ÷ {one:.0f} MB) "
             f"| ≤ 1.3 | {four / one:.2f} | {'met' if ok else '**missed**'} |")
st = extra.get("startup_ms")
if st:
    t.append(f"| startup, `gd -c 'show w'` | < 20 ms | {st:.1f} ms | {'met' if st < 20 else '**missed**'} |")
sc = extra.get("script_ms")
if sc:
    t.append(f"| 10,000-line script | < 500 ms | {sc:.0f} ms | {'met' if sc < 500 else '**missed**'} |")
targets = "\n".join(t)

m = extra.get("machine", {})
md = []
md.append("# gd benchmarks")
md.append("")
md.append("Written by `scripts/bench` (do not edit by hand). Every figure is points (or bytes) "
          "per second of wall time, the median of "
          f"{extra.get('runs', '?')} interleaved runs in one invocation, with the range "
          "[slowest–fastest]; \"gd ÷ this\" compares medians. gd is timed by its own `time` "
          "command (wall time of the command, parsed from stderr); the peers by "
          "`time.perf_counter` / `clock_gettime` around the same work.")
md.append("")
md.append("## Machine")
md.append("")
for k in ("date", "cpu", "cores", "memory", "caches", "kernel", "swift", "gcc", "python", "numpy", "sklearn", "pandas", "load"):
    if k in m:
        md.append(f"- {k}: {m[k]}")
md.append("")
md.append("## Targets (issue 4)")
md.append("")
md.append(targets)
md.append("")
md.append("## Models (issue 10)")
md.append("")
md.append("Each model on data drawn from it (`gen 10000000 model=M seed=1`), the same commands for each; "
          "M points/s, median [range]. The sine model calls the C library's sin and cos; numpy's row runs "
          "the same batch arithmetic on the line data's columns.")
md.append("")
md.append(models_table)
md.append("")
md.append("## All measurements")
md.append("")
md.append(table)
md.append("")
if extra.get("agreement"):
    md.append("## Same numbers, bit for bit")
    md.append("")
    md.append("w after one epoch from w = 0.2, lr = 0.01 on the benchmark's data (n = 10⁵, "
              "`gen 100000 seed=1`), printed with 17 significant digits by each implementation:")
    md.append("")
    md.append("| epoch | gd | " + " | ".join(extra["agreement_peers"]) + " | |")
    md.append("| --- | --- | " + " | ".join("---" for _ in extra["agreement_peers"]) + " | --- |")
    for row in extra["agreement"]:
        vals = [row.get(p, "—") for p in extra["agreement_peers"]]
        same = all(v == row["gd"] for v in vals if v != "—")
        md.append(f"| {row['epoch']} | {row['gd']} | " + " | ".join(vals) + f" | {'identical' if same else '**differ**'} |")
    md.append("")
if extra.get("startup"):
    md.append("## Startup and scripts")
    md.append("")
    for line in extra["startup"]:
        md.append(f"- {line}")
    md.append("")
if extra.get("notes"):
    md.append("## Notes")
    md.append("")
    for line in extra["notes"]:
        md.append(f"- {line}")
    md.append("")
if splice:
    import os
    old = open(out_path).read().split("\n") if os.path.exists(out_path) else []
    section = load_section()
    if LOAD_HEADING in old:
        a = old.index(LOAD_HEADING)
        b = next((i for i in range(a + 1, len(old)) if old[i].startswith("## ")), len(old))
        old[a:b] = section
    else:
        b = next((i for i, l in enumerate(old) if l.startswith("## Same numbers")), len(old))
        old[b:b] = section
    open(out_path, "w").write("\n".join(old))
    print("\n".join(section))
    sys.exit(0)
at = md.index("## Same numbers, bit for bit") if "## Same numbers, bit for bit" in md else len(md)
md[at:at] = load_section()
open(out_path, "w").write("\n".join(md))
print(targets)
print()
print(models_table)
print()
print(table)
