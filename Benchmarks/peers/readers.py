"""CSV readers on the benchmark's CSV: pandas.read_csv (C engine) and numpy.loadtxt.

    python3 readers.py FILE.csv [pandas|loadtxt ...]

Prints `MEASURE SECONDS BYTES` lines for scripts/bench (rates are bytes of the file per
second; the file is read from a warm page cache, as gd's `load` is in the same run).
"""

import os
import sys
import time

import numpy as np


def main():
    path = sys.argv[1]
    which = sys.argv[2:] or ["pandas", "loadtxt"]
    size = os.path.getsize(path)
    for name in which:
        if name == "pandas":
            try:
                import pandas as pd
            except ImportError:
                print("# pandas missing", file=sys.stderr)
                continue
            t = time.perf_counter()
            frame = pd.read_csv(path, dtype={"x": np.float64, "y": np.float64}, engine="c")
            xs, ys = frame["x"].to_numpy(), frame["y"].to_numpy()
            seconds = time.perf_counter() - t
        else:
            t = time.perf_counter()
            xy = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64)
            xs, ys = xy[:, 0], xy[:, 1]
            seconds = time.perf_counter() - t
        assert len(xs) == len(ys)
        print(f"load-{name}", f"{seconds:.9f}", size, flush=True)


if __name__ == "__main__":
    main()
