#!/usr/bin/env bash
# Files, writes and signals (issue 9, items 5, 7, 8, 9, 12, 14), checked against the
# built binary in a scratch folder: device nodes and FIFOs made there with mknod/mkfifo
# (the machine's /dev is never written), signals sent to a gd blocked on a FIFO.
# Usage: Tests/files/safety.sh PATH/TO/gd. Ends with "N passed, N failed".
set -u
gd=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export SWIFT_BACKTRACE=enable=no
dir=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1
passed=0 failed=0
check() {  # check NAME COMMAND...: passes when the command succeeds
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok    $name"; else failed=$((failed + 1)); echo "FAIL  $name"; fi
}
type_of() { stat -c %F "$1"; }
# Waits (up to 10 s) until process $1 sleeps in a FIFO or pipe, so a signal finds it there.
wait_blocked() {
  for _ in $(seq 100); do
    grep -qE 'pipe|fifo|partner' "/proc/$1/wchan" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# 5: a character device or FIFO is written through, never replaced by a regular file.
if [ "$(id -u)" -eq 0 ]; then
  mknod full c 1 7 && mknod null c 1 3
  "$gd" -c 'save data full' 2> err; status=$?
  check "save to a full device fails with 73" test "$status" -eq 73
  check "...and says why" grep -q "no space left on the device" err
  check "...and the device is still a device" test "$(type_of full)" = "character special file"
  "$gd" -c 'save data null; save history null' > /dev/null
  check "save to a null device succeeds and keeps the device" test "$(type_of null)" = "character special file"
else
  echo "skipped: mknod needs root"
fi
mkfifo fifo
timeout 10 "$gd" -c 'save data fifo' 2> err; status=$?
check "save to a FIFO nobody reads fails at once (73), no hang" test "$status" -eq 73
cat fifo > got & reader=$!
wait_blocked "$reader"
timeout 10 "$gd" -c 'save data fifo' > /dev/null; status=$?
[ "$status" -eq 0 ] || kill "$reader" 2> /dev/null   # else cat ends at gd's close
wait "$reader"
check "save to a FIFO with a reader writes through" test "$status" -eq 0 -a "$(head -1 got)" = "x,y"
check "...and the FIFO stays a FIFO" test "$(type_of fifo)" = "fifo"

# 7: the transcript is never the script being run.
printf 'show w\n' > lesson.gd
"$gd" --record lesson.gd lesson.gd 2> err; status=$?
check "--record onto the script being run is refused (64)" test "$status" -eq 64
check "...and the script is intact" test "$(cat lesson.gd)" = "show w"
ln -s lesson.gd alias.gd
"$gd" --record alias.gd lesson.gd 2> /dev/null
check "...also under another name" test "$(cat lesson.gd)" = "show w"

# 8: a failed write is an error with status 73.
if [ "$(id -u)" -eq 0 ] && mknod full8 c 1 7; then
  "$gd" --record full8 -c 'show w' > /dev/null 2> err; status=$?
  check "--record to a full device exits 73" test "$status" -eq 73
  "$gd" -c 'show w; show loss' > full8 2> err; status=$?
  check "standard output on a full device exits 73" test "$status" -eq 73
  check "...and says so on standard error" grep -q "cannot write standard output: no space left on the device" err
fi

# 9: save writes through a symbolic link.
printf 'old\n' > real.csv; ln -s real.csv link.csv
"$gd" -c 'save data link.csv' > /dev/null
check "save through a symlink keeps the link" test -L link.csv
check "...and writes its target" test "$(head -1 real.csv)" = "x,y"

# 12: Ctrl-C stops a read blocked on a slow pipe, and 'record' to a FIFO without a
# reader does not hang.
rm -f fifo; mkfifo fifo; exec 3<> fifo   # a writer that never writes
timeout 20 "$gd" -c 'load fifo; show w' > out 2> err & pid=$!
sleep 0.2; gdpid=$(pgrep -P "$pid" -x gd || echo "$pid")
wait_blocked "$gdpid"; kill -INT "$gdpid"; wait "$pid"; status=$?
check "Ctrl-C during 'load' from a slow pipe exits 130" test "$status" -eq 130
check "...and stops the rest of the line" test ! -s out
exec 3>&-
rm -f fifo; mkfifo fifo   # no writer: opening it to read blocks
timeout 20 "$gd" -c 'load fifo; show w' > out 2> err & pid=$!
sleep 0.2; gdpid=$(pgrep -P "$pid" -x gd || echo "$pid")
wait_blocked "$gdpid"; kill -INT "$gdpid"; wait "$pid"; status=$?
check "Ctrl-C while opening a FIFO nobody writes exits 130 (not 'error 4', 66)" test "$status" -eq 130
check "...saying it was interrupted" grep -q "interrupted while reading 'fifo'" err
timeout 20 "$gd" fifo > out 2> err & pid=$!
sleep 0.2; gdpid=$(pgrep -P "$pid" -x gd || echo "$pid")
wait_blocked "$gdpid"; kill -INT "$gdpid"; wait "$pid"; status=$?
check "Ctrl-C while opening a script FIFO exits 130" test "$status" -eq 130
rm -f fifo; mkfifo fifo
timeout 10 "$gd" -c 'record fifo; show w' > /dev/null 2> err; status=$?
check "record to a FIFO nobody reads fails at once (73)" test "$status" -eq 73
check "...saying nobody reads it" grep -q "no process is reading this FIFO" err

# 14: a closed standard output stops gd quietly with status 0 (as 'yes | head' does);
# gd is never killed by SIGPIPE, and the rest of the script does not run.
{ for _ in $(seq 20000); do echo 'echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'; done; echo 'save data after.csv'; } > long.gd
"$gd" long.gd | head -1 > /dev/null; status=${PIPESTATUS[0]}
check "'gd long.gd | head -1' exits 0, not 141" test "$status" -eq 0
check "...and stops there: the later save did not run" test ! -e after.csv
"$gd" --record piped.gdt long.gd | head -1 > /dev/null
check "...closing the transcript it was recording" grep -q '^gd> echo' piped.gdt

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
