#!/usr/bin/env bash
# The optimiser cross-checks can fail: one ulp moved in gd's adam history fails
# Tests/numpy/crosscheck_optimizers.py, and 1e-9 moved in gd's invscaling history fails
# Tests/numpy/sklearn_invscaling.py. Needs a python3 with numpy and scikit-learn
# (scripts/test's numpy stage provides one); says so and passes without.
# Run by scripts/test (stage "script tests"); exits 1 on the first broken claim.
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
gd="$root/.build/debug/gd"
py="${GD_TEST_PYTHON:-python3}"
if ! "$py" -c 'import numpy, sklearn' 2>/dev/null; then
  echo "no python3 with numpy and scikit-learn here; the numpy stage covers the unperturbed checks"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $1"; echo "--- output:"; echo "$2"; exit 1; }

out=$("$py" "$root/Tests/numpy/crosscheck_optimizers.py" "$gd" --perturb 2>&1); status=$?
[ "$status" -eq 1 ] || fail "crosscheck_optimizers.py --perturb exited $status, not 1" "$out"
grep -q "^FAIL adam .*w_after gd" <<< "$out" || fail "no FAIL line for the perturbed w_after" "$out"

"$gd" -c "set shuffle off; set schedule invscaling 0.25; train sgd 1; show w_history" \
  | sed -n 's/^w_history = \[\(.*\)\]$/\1/p' | tr ',' '\n' | tr -d ' ' > "$tmp/history"
out=$("$py" "$root/Tests/numpy/sklearn_invscaling.py" --history "$tmp/history" 2>&1); status=$?
[ "$status" -eq 0 ] || fail "sklearn_invscaling.py on gd's history exited $status, not 0" "$out"
out=$("$py" "$root/Tests/numpy/sklearn_invscaling.py" --history "$tmp/history" --perturb 2>&1); status=$?
[ "$status" -eq 1 ] || fail "sklearn_invscaling.py --perturb exited $status, not 1" "$out"
echo "ok: both cross-checks fail when gd's numbers are moved"
