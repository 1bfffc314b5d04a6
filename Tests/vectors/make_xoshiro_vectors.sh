#!/usr/bin/env bash
# Prints the xoshiro256** / SplitMix64 check vectors hard-coded in
# Tests/GDCoreTests/XoshiroReferenceTests.swift, from the reference C code of the
# algorithms' authors (D. Blackman and S. Vigna, prng.di.unimi.it: splitmix64.c and
# xoshiro256starstar.c, both public domain), compiled here with cc:
#
#     Tests/vectors/make_xoshiro_vectors.sh > Tests/vectors/xoshiro256starstar.txt
#
# The two C files below are the published algorithms as written there (state, constants,
# shifts and rotations), wrapped in a main that seeds xoshiro's state with four
# consecutive SplitMix64 outputs, as the authors advise and as gd's Xoshiro256(seed:) does.
# C, not Swift: the check must not be a second copy of gd's own code.
set -euo pipefail
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

cat > "$dir/splitmix64.c" <<'C'
#include <stdint.h>
/* SplitMix64 (Vigna, after Steele, Lea and Flood's SplittableRandom). */
static uint64_t x; /* The state can be seeded with any value. */
uint64_t splitmix64_next(void) {
	uint64_t z = (x += 0x9e3779b97f4a7c15);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}
void splitmix64_seed(uint64_t seed) { x = seed; }
C

cat > "$dir/xoshiro256starstar.c" <<'C'
#include <stdint.h>
/* xoshiro256** 1.0 (Blackman and Vigna). */
static inline uint64_t rotl(const uint64_t x, int k) {
	return (x << k) | (x >> (64 - k));
}
uint64_t s[4];
uint64_t next(void) {
	const uint64_t result = rotl(s[1] * 5, 7) * 9;
	const uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}
C

cat > "$dir/main.c" <<'C'
#include <inttypes.h>
#include <stdio.h>
uint64_t splitmix64_next(void);
void splitmix64_seed(uint64_t);
extern uint64_t s[4];
uint64_t next(void);
int main(void) {
	const uint64_t seeds[] = {0, 1, 42, 123456789, UINT64_MAX};
	for (unsigned k = 0; k < sizeof seeds / sizeof seeds[0]; k++) {
		splitmix64_seed(seeds[k]);
		printf("seed %" PRIu64 "\nsplitmix64:", seeds[k]);
		for (int i = 0; i < 4; i++) { s[i] = splitmix64_next(); printf(" 0x%016" PRIx64, s[i]); }
		printf("\nxoshiro256starstar:");
		for (int i = 0; i < 8; i++) printf(" 0x%016" PRIx64, next());
		for (int i = 8; i < 999; i++) next();
		printf("\nxoshiro256starstar[999]: 0x%016" PRIx64 "\n", next());
	}
	return 0;
}
C
cc -O1 -std=c99 -Wall -o "$dir/vectors" "$dir/main.c" "$dir/splitmix64.c" "$dir/xoshiro256starstar.c"
echo "# made by Tests/vectors/make_xoshiro_vectors.sh ($(cc --version | head -1))"
"$dir/vectors"
