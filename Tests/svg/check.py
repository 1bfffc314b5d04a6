#!/usr/bin/env python3
"""Renders SVGs written by gd with rsvg-convert and reads the PNG pixels back (standard
library only: zlib and the PNG filters) to check that the points and the line are where
the data says; also checks that ten million points give a file of at most 1 MB.

Usage: check.py GD_BINARY. Prints one line per check and ends with "N passed, N failed".
"""
import os, re, struct, subprocess, sys, tempfile, time, zlib

gd = sys.argv[1]
passed = failed = 0


def check(ok, what):
    global passed, failed
    print(("ok    " if ok else "FAIL  ") + what)
    if ok:
        passed += 1
    else:
        failed += 1


def run_gd(commands):
    return subprocess.run([gd, "-c", commands], capture_output=True, text=True)


def read_png(path):
    """(width, height, rows of RGBA tuples) of an 8-bit RGBA or RGB non-interlaced PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG form"
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x:x + channels]) for x in range(0, stride, channels)])
        prev = line
    return width, height, rows


def near(colour, target, tolerance=60):
    return sum(abs(a - b) for a, b in zip(colour[:3], target)) <= tolerance


def found(rows, x, y, target, radius):
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            yy, xx = int(round(y)) + dy, int(round(x)) + dx
            if 0 <= yy < len(rows) and 0 <= xx < len(rows[0]) and near(rows[yy][xx], target):
                return True
    return False


def whole_inside(px, py, fx, fy, fw, fh, radius=3.5):
    """Whether a marker of `radius` at (px, py) clears the frame's 1 px line on every side."""
    return fx + 1 < px - radius and px + radius < fx + fw - 1 and fy + 1 < py - radius and py + radius < fy + fh - 1


def blank_bottom(rows, count=3):
    """Whether the last `count` pixel rows are all background: no text runs off the bottom."""
    return all(near(p, (255, 255, 255), 0) for row in rows[-count:] for p in row)


BLUE, RED = (31, 119, 180), (214, 39, 40)
folder = tempfile.mkdtemp()
points = [(0, 0.3), (1, 1.4), (2, 1.7), (3, 3.2), (4, 3.9)]
svg = os.path.join(folder, "fit.svg")
result = run_gd("data " + ", ".join(f"{x} {y}" for x, y in points) + f"; set w 1; plot fit to {svg}")
check(result.returncode == 0 and os.path.exists(svg), "gd writes plot fit to fit.svg")
png = os.path.join(folder, "fit.png")
rendered = subprocess.run(["rsvg-convert", "-f", "png", "-o", png, svg], capture_output=True)
check(rendered.returncode == 0, "rsvg-convert renders fit.svg")
text = open(svg).read()
frame = re.search(r'<rect id="frame" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*'
                  r'data-x="(\S+) (\S+)" data-y="(\S+) (\S+)"', text)
check(frame is not None, "fit.svg has its frame with the axis ranges")
width, height, rows = read_png(png)
fx, fy, fw, fh, xlo, xhi, ylo, yhi = map(float, frame.groups())


def pixel(x, y):
    return fx + (x - xlo) / (xhi - xlo) * fw, fy + fh - (y - ylo) / (yhi - ylo) * fh


for x, y in points:
    px, py = pixel(x, y)
    check(found(rows, px, py, BLUE, 1), f"point ({x}, {y}) is drawn at pixel ({px:.0f}, {py:.0f})")
    check(whole_inside(px, py, fx, fy, fw, fh), f"  ...and its marker is whole inside the frame, not on it")
for x in (0.25, 0.5, 1.5, 2.5, 3.5, 3.9):
    px, py = pixel(x, x)
    check(found(rows, px, py, RED, 1), f"the line y = 1·x passes pixel ({px:.0f}, {py:.0f}) at x = {x}")
# The checks can fail: nothing is drawn where the data is not.
px, py = pixel(0.5, 3.5)
check(not found(rows, px, py, BLUE, 3) and not found(rows, px, py, RED, 3), "nothing is drawn far from the data")
px, py = pixel(3.5, 0.5)
check(not found(rows, px, py, RED, 3), "the line does not pass below the points")

for kind in ("loss", "loss log", "path"):
    out = os.path.join(folder, kind.replace(" ", "-") + ".svg")
    result = run_gd(f"train batch 5; plot {kind} to {out}")
    ok = result.returncode == 0 and subprocess.run(["rsvg-convert", "-f", "png", "-o", out + ".png", out]).returncode == 0
    check(ok, f"plot {kind} writes an SVG that rsvg-convert renders")

# Every plot kind with a legend, in English and Korean: the legend's (and notes') last
# line has room under it, so descenders such as the "p" of "points" are not cut off.
kinds = [("fit", "train batch 2; plot fit"), ("loss", "train batch 2; plot loss"),
         ("loss-log", "train batch 2; plot loss log"), ("path", "train batch 2; plot path"),
         ("contour", "model affine; train batch 2; plot path"), ("compare", "compare 1 to"),
         ("sweep", "sweep -2 2 4 epochs=3 runs=2; plot sweep")]
for lang in ("en", "ko"):
    for name, commands in kinds:
        out = os.path.join(folder, f"legend-{name}-{lang}.svg")
        line = f"set lang {lang}; {commands} {out}" if commands.endswith(" to") else f"set lang {lang}; {commands} to {out}"
        result = run_gd(line)
        ok = result.returncode == 0 and subprocess.run(["rsvg-convert", "-f", "png", "-o", out + ".png", out]).returncode == 0
        if not ok:
            check(False, f"{name} ({lang}) writes an SVG that rsvg-convert renders: {result.stderr.strip()}")
            continue
        _, _, legend_rows = read_png(out + ".png")
        check(blank_bottom(legend_rows), f"{name} plot ({lang}): the last legend line's descenders are inside the image")

big = os.path.join(folder, "big.svg")
started = time.monotonic()
result = run_gd(f"gen 10000000 seed=1; plot fit to {big}")
elapsed = time.monotonic() - started
size = os.path.getsize(big) if os.path.exists(big) else -1
print(f"      10^7 points: gen and plot fit to big.svg took {elapsed:.2f} s in all, {size} bytes")
check(result.returncode == 0 and 0 < size <= 1_000_000, f"plot fit on 10^7 points writes at most 1 MB ({size} bytes)")
check(subprocess.run(["rsvg-convert", "-f", "png", "-o", big + ".png", big]).returncode == 0, "rsvg-convert renders big.svg")
again = os.path.join(folder, "big2.svg")
run_gd(f"gen 10000000 seed=1; plot fit to {again}")
check(os.path.exists(again) and open(big, "rb").read() == open(again, "rb").read(), "the same plot gives the same bytes")

# Every SVG an example writes (committed copies in docs/img/, which ReadmeSVGTests keeps equal
# to what the example writes) renders, and see-it's fit has the lecture's points and its line
# where the data says.
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
examples_out = os.path.join(root, "docs", "img")
shipped = sorted(n for n in os.listdir(examples_out) if n.endswith(".svg")) if os.path.isdir(examples_out) else []
check(len(shipped) > 0, f"the SVGs examples write are shipped in docs/img ({len(shipped)} files)")
for name in shipped:
    path = os.path.join(examples_out, name)
    out = os.path.join(folder, name + ".png")
    ok = subprocess.run(["rsvg-convert", "-f", "png", "-o", out, path], capture_output=True).returncode == 0
    check(ok and os.path.getsize(out) > 0, f"rsvg-convert renders docs/img/{name}")
    if name != "see-it-fit.svg" or not ok:
        continue
    text = open(path).read()
    frame = re.search(r'<rect id="frame" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*'
                      r'data-x="(\S+) (\S+)" data-y="(\S+) (\S+)"', text)
    slope = re.search(r"y = ([\d.]+)·x, now", text)
    check(frame is not None and slope is not None, "see-it-fit.svg has its frame and the current line's legend")
    if frame is None or slope is None:
        continue
    fx, fy, fw, fh, xlo, xhi, ylo, yhi = map(float, frame.groups())
    _, _, rows = read_png(out)
    at = lambda x, y: (fx + (x - xlo) / (xhi - xlo) * fw, fy + fh - (y - ylo) / (yhi - ylo) * fh)
    for x, y in [(0, 0.0), (1, 0.8), (2, 2.2), (3, 2.3), (4, 4.3), (5, 4.9)]:
        px, py = at(x, y)
        check(found(rows, px, py, BLUE, 1), f"see-it-fit: lecture point ({x}, {y}) at pixel ({px:.0f}, {py:.0f})")
        check(whole_inside(px, py, fx, fy, fw, fh), f"see-it-fit:   ...whole inside the frame, not on it")
    w = float(slope.group(1))
    for x in (0.5, 1.5, 2.5, 3.5, 4.5):
        px, py = at(x, w * x)
        check(found(rows, px, py, RED, 1), f"see-it-fit: the line y = {w}·x passes pixel ({px:.0f}, {py:.0f})")
    px, py = at(1, 4)
    check(not found(rows, px, py, BLUE, 3) and not found(rows, px, py, RED, 3), "see-it-fit: nothing drawn far from the data")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
