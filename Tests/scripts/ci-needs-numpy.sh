#!/usr/bin/env bash
# scripts/test must not pass a stage it could not run: with a python3 on PATH that cannot
# import numpy, and pip, apt-get and venv all failing, the numpy stage fails the run under
# CI=true, and outside CI says SKIPPED and counts nothing as passed. crosscheck.py itself
# exits non-zero when numpy cannot be imported.
# Run by scripts/test (stage "script tests"); exits 1 on the first broken claim.
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $1"; echo "--- output:"; echo "$2"; exit 1; }

real_python="$(command -v python3)"
mkdir "$tmp/bin"
for tool in python3 python pip pip3 apt-get; do
  printf '#!/bin/sh\necho "stub %s: cannot import numpy, cannot install anything" >&2\nexit 1\n' "$tool" > "$tmp/bin/$tool"
  chmod +x "$tmp/bin/$tool"
done
run() { env PATH="$tmp/bin:$PATH" GD_TEST_STAGES=numpy GD_TEST_VENV="$tmp/venv" "$@" "$root/scripts/test" 2>&1; }

out=$(run CI=true); status=$?
[ "$status" -ne 0 ] || fail "CI=true: exit status 0 without numpy" "$out"
grep -q "numpy cross-check: CANNOT RUN under CI" <<< "$out" || fail "CI=true: no 'CANNOT RUN' line" "$out"
[ "$(tail -1 <<< "$out")" = "0 passed, 1 failed" ] || fail "CI=true: closing line is not '0 passed, 1 failed'" "$out"

out=$(run env -u CI); status=$?
[ "$status" -eq 0 ] || fail "outside CI: a skipped stage should not fail the run (status $status)" "$out"
grep -q "SKIPPED: numpy cross-check" <<< "$out" || fail "outside CI: no loud SKIPPED line" "$out"
[ "$(tail -1 <<< "$out")" = "0 passed, 0 failed, 1 skipped" ] || fail "outside CI: closing line" "$out"

# crosscheck.py on an interpreter without site-packages (so without numpy): exit 2.
out=$("$real_python" -S "$root/Tests/numpy/crosscheck.py" /bin/true 2>&1); status=$?
[ "$status" -eq 2 ] || fail "crosscheck.py without numpy exited $status, not 2" "$out"
grep -q "numpy cannot be imported" <<< "$out" || fail "crosscheck.py: no reason given" "$out"
echo "ok: the numpy stage fails under CI, is SKIPPED outside it; crosscheck.py exits 2 without numpy"
