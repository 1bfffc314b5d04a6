"""Loading and saving peers for scripts/bench's load/save rows (issue 15).

    python3 load_save.py load CSV TSV WS NPY   # pandas.read_csv on each text file, numpy.load
    python3 load_save.py save NPYX NPYY OUTDIR # DataFrame.to_csv and a savetxt-with-repr equivalent

Everything runs in this one, already started Python: the clock starts when the call
starts (imports are done before). Prints `MEASURE SECONDS BYTES` lines: bytes of the file
read, or of the file written.
"""

import os
import sys
import time

import numpy as np


def load(csv, tsv, ws, npy):
    import pandas as pd

    for measure, path, sep in (("load-csv", csv, ","), ("load-tsv", tsv, "\t"), ("load-ws", ws, r"\s+")):
        t = time.perf_counter()
        frame = pd.read_csv(path, sep=sep, dtype={"x": np.float64, "y": np.float64}, engine="c")
        xs, ys = frame["x"].to_numpy(), frame["y"].to_numpy()
        seconds = time.perf_counter() - t
        assert len(xs) == len(ys)
        print(measure, f"{seconds:.9f}", os.path.getsize(path), flush=True)
        del frame, xs, ys
    t = time.perf_counter()
    pairs = np.load(npy)
    xs, ys = pairs[:, 0].copy(), pairs[:, 1].copy()  # two columns, as gd keeps them
    seconds = time.perf_counter() - t
    print("load-npy", f"{seconds:.9f}", os.path.getsize(npy), flush=True)


def save(npy_x, npy_y, out):
    import pandas as pd

    xs, ys = np.load(npy_x), np.load(npy_y)
    frame = pd.DataFrame({"x": xs, "y": ys})
    path = os.path.join(out, "saved-pandas.csv")
    t = time.perf_counter()
    frame.to_csv(path, index=False)  # float64 as repr: shortest round-trip digits
    seconds = time.perf_counter() - t
    print("save-pandas", f"{seconds:.9f}", os.path.getsize(path), flush=True)
    os.remove(path)

    # numpy.savetxt(fmt="%r") formats row by row in Python; this is the same text
    # (repr of each float64) built with numpy's own repr-digit formatter, vectorised.
    path = os.path.join(out, "saved-numpy.csv")
    t = time.perf_counter()
    with open(path, "w") as f:
        f.write("x,y\n")
        step = 1_000_000
        for start in range(0, len(xs), step):
            a = np.char.add(np.char.add(xs[start:start + step].astype(str), ","), ys[start:start + step].astype(str))
            f.write("\n".join(a.tolist()))
            f.write("\n")
    seconds = time.perf_counter() - t
    print("save-numpy", f"{seconds:.9f}", os.path.getsize(path), flush=True)
    os.remove(path)


if __name__ == "__main__":
    if sys.argv[1] == "load":
        load(*sys.argv[2:6])
    else:
        save(*sys.argv[2:5])
