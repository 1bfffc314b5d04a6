/*
 * limit.c: the machine's limit for gd's three variants, as tight C loops.
 *
 *   limit N REPS [modes...]
 *
 * Generates the same data as `gd -c 'gen N seed=1'` (xoshiro256** seeded through
 * SplitMix64, x = unit(), y = x + 0.1·normal() by Box–Muller on glibc's log and cos),
 * then for each mode runs REPS epochs from w = 0.2, lr = 0.01 (gd's defaults) and prints
 *
 *   MODE  seconds-per-epoch  w-after-the-first-epoch
 *
 * The w column lets the bench check that gd and this loop computed the same thing, bit
 * for bit (printed with %.17g). Shuffled modes draw each epoch's permutation with
 * xoshiro256** seeded 0 and Lemire's bounded draw, top-down Fisher–Yates, like gd's
 * default generator, and the shuffle is part of the timed epoch, as it is in gd.
 *
 * Modes:
 *   batch-pairwise   one update; Σ x(y−wx) and Σ (y−wx)² in numpy's pairwise order
 *   batch-plain      one update; the same two sums left to right (one accumulator each)
 *   sgd-inorder      n updates in data order, w ← w − (−2·lr)·(x·r): one multiplication
 *                    fewer on the dependency chain than the formula as written, and the
 *                    same double (multiplying by −2 is exact), so the fastest exact loop
 *   sgd-inorder-6op  the same with w ← w − lr·(−2·(x·r)) as written
 *   sgd-gather       n updates along a fresh permutation (int32 indices), the points
 *                    gathered 4096 at a time into scratch columns, then the chain
 *   sgd-pairs        Fisher–Yates applied to (x,y) pairs copied afresh each epoch (the
 *                    same order as permuting indices), then the chain over them
 *   mb32-gather      shuffled mini-batches of 32, gathered through the permutation
 *                    4096 points at a time (gd's strategy)
 *   mb32-pairs       shuffled mini-batches of 32: Fisher–Yates applied to (x,y) pairs
 *                    copied afresh each epoch, then contiguous slices (same order)
 *   mb1024-gather / mb1024-pairs    the same with 1024
 *   sgd-inorder-momentum  the chain with momentum (μ = 0.9): g = −2·(x·r); v ← μ·v + g;
 *                    w ← w − lr·v (PyTorch's rule, gd's `set optimizer momentum`)
 *   sgd-inorder-adam the chain with Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) once its bias
 *                    corrections have saturated (1 − βᵗ == 1, as after gd's untimed epoch):
 *                    m ← β₁·m + (1−β₁)·g; s ← β₂·s + (1−β₂)·g²; w ← w − lr·(m/(√s + ε)).
 *                    Timing only (the first epoch starts unsaturated, so no w is compared):
 *                    what the rule's dependency chain costs in C, the floor for gd's loop.
 *
 * Build: gcc -O3 -march=native -ffp-contract=off -o limit limit.c -lm
 * (-ffp-contract=off: GCC otherwise fuses a·b+c into FMA in GNU C mode, which changes the
 * results; no -ffast-math: the arithmetic must stay exact, as gd's default is.)
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>

/* Large buffers ask for transparent huge pages, as gd does (LargeArray.swift). */
static void *big(size_t bytes) {
    void *p = NULL;
    if (posix_memalign(&p, 1 << 21, bytes) != 0) { perror("posix_memalign"); exit(1); }
    madvise(p, bytes, MADV_HUGEPAGE);
    return p;
}

typedef struct { uint64_t s[4]; } xoshiro;

static uint64_t splitmix(uint64_t *sm) {
    *sm += 0x9E3779B97F4A7C15ull;
    uint64_t z = *sm;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void xs_seed(xoshiro *g, uint64_t seed) {
    uint64_t sm = seed;
    for (int i = 0; i < 4; i++) g->s[i] = splitmix(&sm);
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t xs_next(xoshiro *g) {
    uint64_t *s = g->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

static inline uint64_t xs_below(xoshiro *g, uint64_t bound) {
    if (bound <= 1) return 0;
    __uint128_t m = (__uint128_t)xs_next(g) * bound;
    if ((uint64_t)m < bound) {
        uint64_t threshold = (0 - bound) % bound;
        while ((uint64_t)m < threshold) m = (__uint128_t)xs_next(g) * bound;
    }
    return (uint64_t)(m >> 64);
}

static inline double xs_unit(xoshiro *g) { return (double)(xs_next(g) >> 11) * 0x1.0p-53; }

static double xs_normal(xoshiro *g) {
    double u1 = xs_unit(g);
    while (u1 <= 0) u1 = xs_unit(g);
    double u2 = xs_unit(g);
    return sqrt(-2 * log(u1)) * cos(2 * M_PI * u2);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ---- numpy's pairwise order, fused: terms x(y−wx) and squares (y−wx)² ---- */
typedef struct { double t, q; } sums;

static sums block(const double *x, const double *y, long n, double w) {
    sums s;
    if (n < 8) {
        double t = 0, q = 0;
        for (long i = 0; i < n; i++) {
            double r = y[i] - w * x[i];
            t += x[i] * r;
            q += r * r;
        }
        s.t = t; s.q = q;
        return s;
    }
    if (n <= 128) {
        /* numpy's 8 accumulators as the 8 lanes of one vector: lane k adds terms k, k+8, …
           exactly as accumulator r_k does (each operation rounded on its own). */
        typedef double v8 __attribute__((vector_size(64), aligned(8)));
        v8 wv = {w, w, w, w, w, w, w, w};
        v8 xv = *(const v8 *)x, rv = *(const v8 *)y - wv * xv;
        v8 t = xv * rv, q = rv * rv;
        long i = 8, end = n - n % 8;
        for (; i < end; i += 8) {
            xv = *(const v8 *)(x + i);
            rv = *(const v8 *)(y + i) - wv * xv;
            t += xv * rv;
            q += rv * rv;
        }
        double tt = ((t[0] + t[1]) + (t[2] + t[3])) + ((t[4] + t[5]) + (t[6] + t[7]));
        double qq = ((q[0] + q[1]) + (q[2] + q[3])) + ((q[4] + q[5]) + (q[6] + q[7]));
        for (; i < n; i++) {
            double r = y[i] - w * x[i];
            tt += x[i] * r;
            qq += r * r;
        }
        s.t = tt; s.q = qq;
        return s;
    }
    long half = n / 2;
    half -= half % 8;
    sums a = block(x, y, half, w), b = block(x + half, y + half, n - half, w);
    s.t = a.t + b.t; s.q = a.q + b.q;
    return s;
}

/* the same over interleaved pairs p[2i] = x, p[2i+1] = y */
static sums block_pairs(const double *p, long n, double w) {
    sums s;
    if (n < 8) {
        double t = 0, q = 0;
        for (long i = 0; i < n; i++) {
            double xi = p[2 * i], r = p[2 * i + 1] - w * xi;
            t += xi * r;
            q += r * r;
        }
        s.t = t; s.q = q;
        return s;
    }
    if (n <= 128) {
        double t[8], q[8];
        for (int k = 0; k < 8; k++) {
            double xi = p[2 * k], r = p[2 * k + 1] - w * xi;
            t[k] = xi * r;
            q[k] = r * r;
        }
        long i = 8, end = n - n % 8;
        for (; i < end; i += 8)
            for (int k = 0; k < 8; k++) {
                double xi = p[2 * (i + k)], r = p[2 * (i + k) + 1] - w * xi;
                t[k] += xi * r;
                q[k] += r * r;
            }
        double tt = ((t[0] + t[1]) + (t[2] + t[3])) + ((t[4] + t[5]) + (t[6] + t[7]));
        double qq = ((q[0] + q[1]) + (q[2] + q[3])) + ((q[4] + q[5]) + (q[6] + q[7]));
        for (; i < n; i++) {
            double xi = p[2 * i], r = p[2 * i + 1] - w * xi;
            tt += xi * r;
            qq += r * r;
        }
        s.t = tt; s.q = qq;
        return s;
    }
    long half = n / 2;
    half -= half % 8;
    sums a = block_pairs(p, half, w), b = block_pairs(p + 2 * half, n - half, w);
    s.t = a.t + b.t; s.q = a.q + b.q;
    return s;
}

static double sink;  /* keeps the loss sums alive */

static double update(double w, double lr, sums s, long n) {
    double gradient = -2 * (s.t / (double)n);
    sink += s.q / (double)n;
    return w - lr * gradient;
}

/* ---- state ---- */
static long n;
static double *X, *Y, *P, *G;  /* columns, pair buffer, gather scratch */
static uint32_t *O;            /* order */
static xoshiro rng;
static const double LR = 0.01;

static void fill_shuffle(void) {
    for (long i = 0; i < n; i++) O[i] = (uint32_t)i;
    for (long i = n - 1; i > 0; i--) {
        long j = (long)xs_below(&rng, (uint64_t)i + 1);
        uint32_t t = O[i]; O[i] = O[j]; O[j] = t;
    }
}

static double batch_pairwise(double w) { return update(w, LR, block(X, Y, n, w), n); }

static double batch_plain(double w) {
    double t = 0, q = 0;
    for (long i = 0; i < n; i++) {
        double r = Y[i] - w * X[i];
        t += X[i] * r;
        q += r * r;
    }
    sums s = {0.0 + t, 0.0 + q};
    return update(w, LR, s, n);
}

static double sgd_inorder_6op(double w) {
    double q = 0;
    for (long i = 0; i < n; i++) {
        double r = Y[i] - w * X[i];
        q += r * r;  /* the loss each update records, off the chain */
        w = w - LR * (-2 * (X[i] * r));
    }
    sink += q;
    return w;
}

/* The chain over contiguous columns (stride 1) or pairs (stride 2). */
static inline double chain(const double *x, const double *y, long stride, long m, double w) {
    const double c = -2 * LR;
    double q = 0;
    for (long k = 0; k < m; k++) {
        double xi = x[k * stride], r = y[k * stride] - w * xi;
        q += r * r;
        w = w - c * (xi * r);
    }
    sink += q;
    return w;
}

static double sgd_inorder(double w) { return chain(X, Y, 1, n, w); }

static double mom_v, adam_m, adam_s;  /* the rules' memory, kept across epochs as gd keeps it */
static double sgd_inorder_momentum(double w) {
    const double mu = 0.9;
    double q = 0, v = mom_v;
    for (long i = 0; i < n; i++) {
        double r = Y[i] - w * X[i];
        q += r * r;
        double g = -2 * (X[i] * r);
        v = mu * v + g;
        w = w - LR * v;
    }
    mom_v = v;
    sink += q;
    return w;
}

static double sgd_inorder_adam(double w) {
    const double b1 = 0.9, b2 = 0.999, c1 = 1 - b1, c2 = 1 - b2, eps = 1e-8;
    double q = 0, m = adam_m, s = adam_s;
    for (long i = 0; i < n; i++) {
        double r = Y[i] - w * X[i];
        q += r * r;
        double g = -2 * (X[i] * r);
        m = b1 * m + c1 * g;
        s = b2 * s + c2 * (g * g);
        w = w - LR * (m / (sqrt(s) + eps));
    }
    adam_m = m;
    adam_s = s;
    sink += q;
    return w;
}

#define CHUNK 4096
static double sgd_gather(double w) {
    fill_shuffle();
    double *gx = G, *gy = G + CHUNK;
    for (long start = 0; start < n; start += CHUNK) {
        long m = n - start < CHUNK ? n - start : CHUNK;
        for (long k = 0; k < m; k++) {
            long i = O[start + k];
            gx[k] = X[i];
            gy[k] = Y[i];
        }
        w = chain(gx, gy, 1, m, w);
    }
    return w;
}

static void shuffle_pairs(void) {
    for (long i = 0; i < n; i++) { P[2 * i] = X[i]; P[2 * i + 1] = Y[i]; }
    for (long i = n - 1; i > 0; i--) {
        long j = (long)xs_below(&rng, (uint64_t)i + 1);
        double tx = P[2 * i], ty = P[2 * i + 1];
        P[2 * i] = P[2 * j]; P[2 * i + 1] = P[2 * j + 1];
        P[2 * j] = tx; P[2 * j + 1] = ty;
    }
}

static double sgd_pairs(double w) {
    shuffle_pairs();
    return chain(P, P + 1, 2, n, w);
}

static double mb_gather(double w, long b) {
    fill_shuffle();
    /* whole slices, CHUNK points at a time (or one slice when b > CHUNK), as gd does */
    long chunk = b >= CHUNK ? b : CHUNK / b * b;
    double *gx = G, *gy = G + chunk;
    for (long start = 0; start < n; start += chunk) {
        long m = n - start < chunk ? n - start : chunk;
        for (long k = 0; k < m; k++) {
            long i = O[start + k];
            gx[k] = X[i];
            gy[k] = Y[i];
        }
        for (long s = 0; s < m; s += b) {
            long c = m - s < b ? m - s : b;
            w = update(w, LR, block(gx + s, gy + s, c, w), c);
        }
    }
    return w;
}

static double mb_pairs(double w, long b) {
    shuffle_pairs();
    for (long start = 0; start < n; start += b) {
        long m = n - start < b ? n - start : b;
        w = update(w, LR, block_pairs(P + 2 * start, m, w), m);
    }
    return w;
}

static double run(const char *mode, double w) {
    if (!strcmp(mode, "batch-pairwise")) return batch_pairwise(w);
    if (!strcmp(mode, "batch-plain")) return batch_plain(w);
    if (!strcmp(mode, "sgd-inorder")) return sgd_inorder(w);
    if (!strcmp(mode, "sgd-inorder-6op")) return sgd_inorder_6op(w);
    if (!strcmp(mode, "sgd-inorder-momentum")) return sgd_inorder_momentum(w);
    if (!strcmp(mode, "sgd-inorder-adam")) return sgd_inorder_adam(w);
    if (!strcmp(mode, "sgd-gather")) return sgd_gather(w);
    if (!strcmp(mode, "sgd-pairs")) return sgd_pairs(w);
    if (!strcmp(mode, "mb32-gather")) return mb_gather(w, 32);
    if (!strcmp(mode, "mb32-pairs")) return mb_pairs(w, 32);
    if (!strcmp(mode, "mb1024-gather")) return mb_gather(w, 1024);
    if (!strcmp(mode, "mb1024-pairs")) return mb_pairs(w, 1024);
    fprintf(stderr, "unknown mode %s\n", mode);
    exit(2);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: limit N REPS [modes...]\n");
        return 2;
    }
    n = atol(argv[1]);
    long reps = atol(argv[2]);
    static const char *all[] = {"batch-pairwise", "batch-plain", "sgd-inorder", "sgd-inorder-6op",
                                "sgd-gather", "sgd-pairs",
                                "mb32-gather", "mb32-pairs", "mb1024-gather", "mb1024-pairs",
                                "sgd-inorder-momentum", "sgd-inorder-adam"};
    const char **modes = argc > 3 ? (const char **)argv + 3 : all;
    int count = argc > 3 ? argc - 3 : (int)(sizeof all / sizeof *all);

    X = big(n * sizeof(double));
    Y = big(n * sizeof(double));
    P = big(2 * n * sizeof(double));
    G = malloc(2 * (CHUNK > 1024 ? CHUNK : 1024) * sizeof(double));
    O = big(n * sizeof(uint32_t));
    xoshiro data;
    xs_seed(&data, 1);
    for (long i = 0; i < n; i++) {
        double x = 0.0 + 1.0 * xs_unit(&data);
        X[i] = x;
        Y[i] = 1.0 * x + 0.1 * xs_normal(&data);
    }
    /* touch every buffer once so first-epoch page faults are not timed */
    memset(P, 0, 2 * n * sizeof(double));
    memset(O, 0, n * sizeof(uint32_t));

    for (int m = 0; m < count; m++) {
        xs_seed(&rng, 0);  /* gd's session generator after `gen N seed=1` */
        double w = 0.2, first = 0;
        double t0 = now();
        for (long r = 0; r < reps; r++) {
            w = run(modes[m], w);
            if (r == 0) first = w;
        }
        double t = (now() - t0) / reps;
        printf("%s %.9f %.17g\n", modes[m], t, first);
    }
    if (sink == 12345.0) puts("");
    return 0;
}
