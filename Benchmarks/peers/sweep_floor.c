/* The sweep's work in plain C, for the per-update floor (issue 13; not run by scripts/bench).
 *
 * The same work as `sweep -5 5 1000` on `gen 1000 model=sine w=1.3 noise=0.1 x=0..5`:
 * 1,000 starts x 50 epochs x 1,000 points for each of batch, sgd and mini-batch of 2, on one
 * thread, with glibc's sin and cos (the only ones gd may use: its numbers must not change),
 * a fresh shuffle per epoch, and LANES runs in lockstep (1: one run at a time). Prints the
 * CPU time per variant and per point evaluated. The data is made here (same shape, not the
 * same values), which does not matter for the timing.
 *
 *   gcc -O2 -fno-builtin -DLANES=4 -DSINCOS=1 -o sweep_floor sweep_floor.c -lm && ./sweep_floor
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#ifndef LANES
#define LANES 1
#endif
#ifndef SINCOS
#define SINCOS 0
#endif

static double cpu(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}
static uint64_t s[4] = {1, 2, 3, 4};
static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
static inline uint64_t next(void) { /* xoshiro256** */
    uint64_t r = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45);
    return r;
}
static inline uint64_t below(uint64_t n) { return (uint64_t)(((__uint128_t)next() * n) >> 64); }

int main(void) {
    enum { N = 1000, S = 1000, E = 50, B = 2 };
    const double lr = 0.01;
    static double x[N], y[N], gx[LANES][N], gy[LANES][N];
    static int order[N];
    for (int i = 0; i < N; i++) {
        x[i] = 5.0 * i / N + 0.0013;
        y[i] = sin(1.3 * x[i]) + 0.1 * ((double)(next() >> 11) * 0x1p-53 - 0.5);
    }
    double total = 0, check = 0;
    const char *names[] = {"batch", "sgd", "minibatch"};
    for (int v = 0; v < 3; v++) {
        const int b = v == 0 ? N : (v == 1 ? 1 : B);
        const double t0 = cpu();
        for (int k = 0; k < S; k += LANES) {
            double w[LANES];
            for (int l = 0; l < LANES; l++) w[l] = -5 + 10.0 * (k + l) / (S - 1);
            for (int e = 0; e < E; e++) {
                for (int l = 0; l < LANES; l++) {
                    if (v == 0) {
                        for (int i = 0; i < N; i++) { gx[l][i] = x[i]; gy[l][i] = y[i]; }
                        continue;
                    }
                    for (int i = 0; i < N; i++) order[i] = i;
                    for (int i = N - 1; i > 0; i--) { int j = (int)below(i + 1), t = order[i]; order[i] = order[j]; order[j] = t; }
                    for (int i = 0; i < N; i++) { gx[l][i] = x[order[i]]; gy[l][i] = y[order[i]]; }
                }
                for (int start = 0; start < N; start += b) {
                    const int m = b < N - start ? b : N - start;
                    for (int l = 0; l < LANES; l++) {
                        double g = 0;
                        for (int j = start; j < start + m; j++) {
                            const double a = w[l] * gx[l][j];
                            double sn, cs;
#if SINCOS
                            sincos(a, &sn, &cs);
#else
                            sn = sin(a);
                            cs = cos(a);
#endif
                            const double r = gy[l][j] - sn;
                            g += (r * cs) * gx[l][j];
                        }
                        w[l] -= lr * (-2 * (g / m));
                    }
                }
            }
            for (int l = 0; l < LANES; l++) check += w[l];
        }
        const double t = cpu() - t0;
        total += t;
        printf("%-9s %.2f s CPU, %.1f ns per point\n", names[v], t, t / ((double)S * E * N) * 1e9);
    }
    printf("all       %.2f s CPU, %.1f ns per point (lanes %d, sincos %d; check %g)\n", total,
           total / (3.0 * S * E * N) * 1e9, LANES, SINCOS, check);
    return 0;
}
