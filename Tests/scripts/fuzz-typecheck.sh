#!/usr/bin/env bash
# scripts/fuzz builds the fuzz targets with swiftc by hand (not SwiftPM), so a new module or
# search path the package gains can break it unseen (the CSinCos module map did: the fuzzers
# stopped building and nothing said so). Compile-check every target as the script builds it,
# without the sanitizers, and fail on any error.
# Run by scripts/test (stage "script tests"); exits 1 on the first broken claim.
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out=$("$root/scripts/fuzz" --typecheck 2>&1); status=$?
if [ "$status" -ne 0 ] || [ "$(grep -c ': type-checks$' <<<"$out")" -ne 3 ]; then
  echo "FAIL: scripts/fuzz --typecheck exited $status"; echo "--- output:"; echo "$out"; exit 1
fi
echo "$out"
