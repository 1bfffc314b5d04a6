#!/usr/bin/env python3
"""Prints the numpy values hard-coded in Tests/GDCoreTests/KernelTests.swift.

    python3 Tests/numpy/make_kernel_vectors.py

The data are KernelTests.values(n, seed:) (a 64-bit LCG, rewritten here with Python
integers: every step is exact), and each line is numpy's
(-2 * np.mean(x * (y - w * x)), np.mean((y - w * x) ** 2)) for n points at w = 0.37,
the batch gradient and loss the lecture's reference code computes.
"""
import numpy as np

NS = [1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 255, 256, 257, 1000, 4099]
W = 0.37


def values(n, seed):
    s, out = seed, []
    for _ in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
        mantissa = float(s >> 11) * 2.0**-53 - 0.5
        scale = [1e-3, 1.0, 1e3, 1e8][(s >> 3) % 4]
        out.append(mantissa * scale)
    return np.array(out)


for n in NS:
    x, y = values(n, 1), values(n, 2)
    gradient = -2 * np.mean(x * (y - W * x))
    loss = np.mean((y - W * x) ** 2)
    print(f"        {n}: ({float(gradient)!r}, {float(loss)!r}),")
