#!/usr/bin/env python3
"""Prints the numpy check vectors hard-coded in Tests/GDCoreTests/NumpyRandomTests.swift.

Run with numpy 2.x (the vectors were taken from numpy 2.4.6):

    python3 Tests/numpy/make_rng_vectors.py

Each line is `name: values`, values in the order the Swift test expects them. numpy's
legacy `np.random.seed` / `np.random.shuffle` and `default_rng` / `permutation` streams
are covered by numpy's stream-compatibility policy for the legacy API; the Generator
stream (PCG64 + SeedSequence + random_interval) has been stable since 1.17.
"""
import numpy as np


def show(name, values):
    print(f"{name}: [{', '.join(str(int(v)) for v in values)}]")


def mt_bitgen(seed):
    """The MT19937 bit generator exactly as np.random.seed(seed) leaves it."""
    return np.random.RandomState(seed)._bit_generator


# --- legacy: np.random.seed(S) -> MT19937 init_genrand, np.random.shuffle ---------------
show("mt42_raw32_first10", mt_bitgen(42).random_raw(10))
bg = mt_bitgen(42)
# numpy's own compiled mt19937_next64 (high word first), through its ctypes interface.
show("mt42_next64_first3", [bg.ctypes.next_uint64(bg.ctypes.state) for _ in range(3)])

np.random.seed(42)
for k in range(3):
    a = np.arange(6)
    np.random.shuffle(a)
    show(f"legacy42_shuffle6_call{k + 1}", a)

np.random.seed(7)
show("legacy7_permutation20", np.random.permutation(20))
np.random.seed(4294967295)
show("legacy4294967295_permutation10", np.random.permutation(10))

# random_interval's 64-bit branch: legacy randint(dtype=uint64) uses the same masked
# rejection with mt19937_next64, so it exposes bounded(max) for max > 2**32 - 1.
rs = np.random.RandomState(1)
show("legacy1_bounded_2pow40plus12345_x3",
     [rs.randint(0, 2**40 + 12345 + 1, dtype=np.uint64) for _ in range(3)])

# --- Generator: default_rng(S) -> SeedSequence -> PCG64, permutation ----------------------
show("seedseq42_state32_4", np.random.SeedSequence(42).generate_state(4, np.uint32))
show("seedseq42_state64_4", np.random.SeedSequence(42).generate_state(4, np.uint64))
show("seedseq2pow63plus5_state64_2",
     np.random.SeedSequence(2**63 + 5).generate_state(2, np.uint64))
show("pcg42_raw64_first10", np.random.PCG64(42).random_raw(10))

rng = np.random.default_rng(42)
for k in range(3):
    show(f"gen42_permutation6_call{k + 1}", rng.permutation(6))

show("gen0_permutation20", np.random.default_rng(0).permutation(20))
show("gen2pow63plus5_permutation20", np.random.default_rng(2**63 + 5).permutation(20))
show("gen4294967295_permutation10", np.random.default_rng(2**32 - 1).permutation(10))

# The 32-bit buffer carries across calls: permutation(2) uses one 32-bit draw (the low
# half), so the next permutation starts from the buffered high half.
rng = np.random.default_rng(5)
show("gen5_permutation2_then7_a", rng.permutation(2))
show("gen5_permutation2_then7_b", rng.permutation(7))
