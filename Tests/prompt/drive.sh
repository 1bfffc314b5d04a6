#!/usr/bin/env bash
# Drives the real gd binary at its interactive prompt in tmux, as a person would,
# and checks what the screen shows: banner and prompt, Tab completion, error carets,
# history (arrows, Ctrl-R, across sessions, the file), Ctrl-C at the prompt and
# during a long run (train keeps its updates; gen says it was interrupted, with no caret),
# Ctrl-D/quit exit status, non-ASCII input, record -> replay
# round trips, and an unwritable history file.
#
# Usage: Tests/prompt/drive.sh GD_BINARY
#   e.g. swift build --product gd && Tests/prompt/drive.sh .build/debug/gd
#
# Prints one "ok"/"FAIL" line per check (FAIL shows the screen), then
# "N passed, N failed"; exits 1 if any check failed, 2 on a usage/setup problem.
#
# Self-contained: its own tmux server on a socket inside a temp dir (never the
# user's tmux), its own HOME and GD_HISTORY there, all removed at exit.
# No fixed sleeps for synchronisation: every step polls the screen for the
# text it expects, with a timeout.
set -u

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 GD_BINARY (an executable gd)" >&2
  exit 2
fi
GD=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

if ! command -v tmux >/dev/null 2>&1; then
  echo "tmux not found; installing it with apt-get" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux; } >/dev/null 2>&1
  command -v tmux >/dev/null 2>&1 || { echo "cannot install tmux" >&2; exit 2; }
fi

# tmux must run in a UTF-8 locale, or it mangles the non-ASCII keys we send.
export LANG=C.UTF-8 LC_ALL=C.UTF-8

TMP=$(mktemp -d "${TMPDIR:-/tmp}/gd-prompt.XXXXXX")
WORK=$TMP/work          # the sessions' working directory
HOMEDIR=$TMP/home       # their HOME (so no ~/.editrc or ~/.gd_history of the user's applies)
HIST=$TMP/history       # their GD_HISTORY
RC=$TMP/rc              # the exit status of the last gd, written by the bash wrapper
mkdir -p "$WORK/examples" "$HOMEDIR"
printf 'x,y\n1,2\n2,4\n' > "$WORK/points.csv"

TM="tmux -u -S $TMP/tmux.sock"
cleanup() {
  $TM kill-server >/dev/null 2>&1   # the private server in $TMP only
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs gd in the pane under a bash that records its exit status (tmux's own
# #{pane_dead_status} is sometimes left empty; bash, unlike dash, survives the
# terminal's SIGINT while its child handles it). "-" as the history path runs
# without GD_HISTORY (so ~/.gd_history, in the temp HOME, is used).
cat > "$TMP/run-gd" <<'EOF'
#!/usr/bin/env bash
rc=$1 hist=$2; shift 2
export HOME=$GD_TEST_HOME LANG=C.UTF-8
if [ -n "$GD_TEST_STDERR" ]; then exec 2>"$GD_TEST_STDERR"; fi
unset LC_ALL LC_CTYPE LC_MESSAGES GD_LANG GD_TEST_HOME GD_TEST_STDERR
if [ "$hist" = - ]; then unset GD_HISTORY; else export GD_HISTORY=$hist; fi
"$@"
echo $? > "$rc"
EOF
chmod +x "$TMP/run-gd"

# An idle session keeps the private server up: killing the last session makes the
# server exit, and a new-session racing with that exit fails.
$TM -f /dev/null new-session -d -s keep -x 80 -y 10 'sleep 3600' || { echo "cannot start tmux" >&2; exit 2; }
$TM set-option -g history-limit 100000 >/dev/null
$TM set-option -g remain-on-exit on >/dev/null   # a pane that exits stays to be read

passed=0; failed=0; MARK=0
ok()   { passed=$((passed+1)); echo "ok   $1"; }
bad()  { failed=$((failed+1)); echo "FAIL $1"; }   # without the screen
fail() {
  bad "$1"
  echo "----- screen (since the check started; blank lines left out) -----"
  since | grep -v '^$' | tail -n 30
  echo "-------------------------------------------------------------------"
}

# ---- the screen ----
# Every line of the pane, scrollback included, trailing blanks stripped.
lines() { $TM capture-pane -p -t gd -S - -E - 2>/dev/null | sed -e 's/[[:space:]]*$//'; }
# Remembers the line the cursor is on (absolute, counting the scrollback):
# checks look only at what appears from there on.
mark() {
  local h y
  read -r h y < <($TM display-message -p -t gd '#{history_size} #{cursor_y}')
  MARK=$((h + y))
}
since() { lines | tail -n +$((MARK + 1)); }
last_line() { since | grep -v '^$' | tail -n 1; }
cursor_x() { $TM display-message -p -t gd '#{cursor_x}'; }

# ---- predicates over the screen since the mark ----
has()       { since | grep -qF -- "$1"; }
has_line()  { since | grep -qxF -- "$1"; }
has_re()    { since | grep -qE -- "$1"; }
last_is()   { [ "$(last_line)" = "$1" ]; }
# The line being edited reads TEXT and the cursor is at column COL (shows trailing spaces).
editing()   { last_is "$1" && [ "$(cursor_x)" = "$2" ]; }
# A fresh, empty prompt below the line the mark was taken on.
prompt_back() { [ "$(since | grep -c -v '^$')" -ge 2 ] && last_is "gd>"; }
exited()    { [ -s "$RC" ]; }

# poll [-t SECONDS] PREDICATE ARGS...: true once PREDICATE holds, false after the timeout.
poll() {
  local timeout=10
  if [ "$1" = -t ]; then timeout=$2; shift 2; fi
  local deadline=$((SECONDS + timeout))
  while :; do
    "$@" && return 0
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.05
  done
}
# check [-t SECONDS] NAME PREDICATE ARGS...: one ok/FAIL line.
check() {
  local t=10; if [ "$1" = -t ]; then t=$2; shift 2; fi
  local name=$1; shift
  if poll -t "$t" "$@"; then ok "$name"; else fail "$name"; fi
}

# ---- typing ----
keys()  { $TM send-keys -t gd "$@"; }         # key names: Tab Enter Up C-c ...
text()  { $TM send-keys -t gd -l -- "$1"; }   # literal text
# cmd LINE: at a ready prompt, types LINE and Enter, and waits for the next prompt.
cmd() {
  mark; text "$1"; keys Enter
  poll -t 20 prompt_back || { fail "prompt back after '$1'"; return 1; }
}
# clear_line: Ctrl-U empties the line being edited.
clear_line() { keys C-u; poll last_is "gd>"; }

# start_gd HISTORY ARGS...: a fresh pane running gd ARGS with GD_HISTORY=HISTORY
# (stderr to the file $STDERR_TO when that is set).
start_gd() {
  local hist=$1; shift
  rm -f "$RC"
  $TM kill-session -t gd 2>/dev/null
  $TM new-session -d -s gd -x 200 -y 50 -c "$WORK" \
    env GD_TEST_HOME="$HOMEDIR" GD_TEST_STDERR="${STDERR_TO:-}" "$TMP/run-gd" "$RC" "$hist" "$GD" "$@"
  MARK=0
}
# exit_status: gd's exit status once it has exited (waits), "none" if it did not.
exit_status() { if poll exited; then cat "$RC"; else echo none; fi; }

banner="gd $("$GD" --version) — gradient descent console; 'help' lists the commands, Ctrl-D leaves"

# =====================================================================
echo "# 1. banner and prompt"
start_gd "$HIST"
check "banner appears" has_line "$banner"
check "prompt 'gd> ' appears after it, cursor after the space" editing "gd>" 4
cmd 'show w'
check "show w prints w = 0.2 (the lecture's start)" has_line "w = 0.2"

# =====================================================================
echo "# 8. non-ASCII"
cmd 'echo θ 한국어'
check "echo θ 한국어 prints it intact" has_line "θ 한국어"

# =====================================================================
echo "# 2. Tab completion"
mark; text 'tr'; keys Tab
check "tr<Tab> completes the command: 'train '" editing "gd> train" 10
clear_line
mark; text 'step s'; keys Tab
check "step s<Tab> completes the variant: 'step sgd '" editing "gd> step sgd" 13
clear_line
mark; text 's'; keys Tab Tab
listing_s() {
  since | grep -v '^gd>' | awk '{ n = split($0, w, " "); if (n != 6) next; delete seen
    for (i = 1; i <= n; i++) seen[w[i]] = 1
    if (seen["set"] && seen["show"] && seen["source"] && seen["step"] && seen["save"] && seen["sweep"]) found = 1 }
    END { exit !found }'
}
check "s<Tab><Tab> lists save/set/show/source/step/sweep" listing_s
check "  ...and redraws the line below the list" editing "gd> s" 5
clear_line
mark; text 'set rn'; keys Tab
check "set rn<Tab> completes the setting: 'set rng ' (rho also starts with r)" editing "gd> set rng" 12
clear_line
mark; text 'set hi'; keys Tab
check "set hi<Tab> completes 'set history-limit '" editing "gd> set history-limit" 22
clear_line
mark; text 'load po'; keys Tab
check "load po<Tab> completes the file: 'load points.csv '" editing "gd> load points.csv" 20
clear_line
mark; text 'load ex'; keys Tab
check "load ex<Tab> completes a folder: 'load examples/' (no space)" editing "gd> load examples/" 18
clear_line
mark; text 'load le'; keys Tab
check "load le<Tab> offers lecture: 'load lecture '" editing "gd> load lecture" 17
clear_line
mark; text 'load '; keys Tab
check "load <Tab> lists lecture with the files" has_re '^(.*[[:space:]])?lecture([[:space:]].*)?$'
check "  ...and points.csv and examples/" has_re 'examples/ +.*points\.csv|points\.csv +.*examples/'
clear_line

# =====================================================================
echo "# 3. an error with a caret"
typed='step sdg'
cmd "$typed"
col=$(( $(awk -v s="$typed" 'BEGIN { print index(s, "sdg") }') ))   # 1-based column of sdg
caret=$(printf '%*s^~~' $((4 + col - 1)) '')                       # caret at column 4 + col
check "step sdg: caret line '^~~' at column $((4 + col)) (under sdg)" has_line "$caret"
under_sdg() {  # the caret line directly follows the input line and its ^ is under the s of sdg
  since | awk -v input="gd> $typed" -v caret="$caret" '
    prev == input && $0 == caret { found = 1 } { prev = $0 } END { exit !found }' || return 1
  local input_col caret_col
  input_col=$(since | grep -m1 -xF "gd> $typed" | awk '{ print index($0, "sdg") }')
  caret_col=$(since | grep -m1 -xF "$caret" | awk '{ print index($0, "^") }')
  [ -n "$input_col" ] && [ "$input_col" = "$caret_col" ]
}
check "  ...directly under 'sdg' on the screen" under_sdg
check "  ...then the error with a suggestion" has_line "error: unknown variant 'sdg'; did you mean 'sgd'?"
check "  ...and a fresh prompt" last_is "gd>"
cmd 'show'
check "the failed command made no step" has_re '^6 points \(.*\), 0 steps, 0 epochs$'
cmd 'show w'
check "  ...and left w unchanged (w = 0.2)" has_line "w = 0.2"

# =====================================================================
echo "# 4. history"
mark; keys Up
check "Up recalls the previous command" editing "gd> show w" 10
keys Enter; poll -t 5 prompt_back
check "  ...and Enter runs it again" has_line "w = 0.2"
cmd '   '
cmd ''
mark; keys C-r; text 'echo'
check "Ctrl-R shows the incremental search" has "bck:echo"
check "  ...and finds an older line" has "echo θ 한국어"
keys Enter
check "  ...which Enter runs" has_line "θ 한국어"
poll prompt_back

# =====================================================================
echo "# 5. Ctrl-C at the prompt"
mark; text 'step sg'
poll editing "gd> step sg" 11     # Ctrl-C flushes unread input: let the text arrive first
keys C-c
check "Ctrl-C on a half-typed line prints ^C after it" has_line "gd> step sg^C"
check "  ...and gives a fresh prompt" prompt_back
exited && fail "  ...and gd is still running" || ok "  ...and gd is still running"
cmd 'show w'
check "  ...which runs commands (the dropped line did not run)" has_line "w = 0.2"
mark; keys C-c
check "Ctrl-C at an empty prompt prints ^C" has_line "gd> ^C"
check "  ...and a fresh prompt" prompt_back
cmd 'echo still here'
check "  ...and does not exit" has_line "still here"

# =====================================================================
echo "# 7. Ctrl-D exits 0"
mark; text 'x'; poll editing "gd> x" 5; keys C-d
text 'y'   # still editing after it? (keys are handled in order, so no settling sleep)
check "Ctrl-D on a non-empty line does not exit" last_is "gd> xy"
clear_line
keys C-d
st=$(exit_status)
[ "$st" = 0 ] && ok "Ctrl-D on an empty line exits with status 0" || fail "Ctrl-D on an empty line exits with status 0 (got: $st)"

# ---- the history file the session left ----
hist_entries() { tail -n +2 "$HIST"; }
head -n 1 "$HIST" 2>/dev/null | grep -qx '_HiStOrY_V2_' \
  && ok "history written to \$GD_HISTORY" || bad "history written to \$GD_HISTORY"
[ ! -e "$HOMEDIR/.gd_history" ] && ok "  ...and not to ~/.gd_history" || bad "  ...and not to ~/.gd_history"
hist_entries | grep -qE '^(\\040|\\t| )*$' \
  && { bad "blank lines are not stored"; cat "$HIST"; } || ok "blank lines are not stored"
dups=$(hist_entries | uniq -d)
[ -z "$dups" ] && ok "immediate duplicates are not stored" || { bad "immediate duplicates are not stored: $dups"; cat "$HIST"; }
[ "$(hist_entries | grep -cx 'show\\040w')" = 3 ] \
  && ok "  ...but a repeat after other commands is (show w: 3 entries)" \
  || { bad "  ...but a repeat after other commands is (show w: 3 entries)"; cat "$HIST"; }
hist_entries | grep -q '^step\\040sg$' \
  && bad "a line dropped by Ctrl-C is not stored" || ok "a line dropped by Ctrl-C is not stored"

# =====================================================================
echo "# 4. history across sessions; 7. quit"
start_gd "$HIST"
poll last_is "gd>"
mark; keys Up
check "Up in a new session recalls the last line of the previous one" editing "gd> echo still here" 19
keys Up Up
check "  ...and Up Up the one before (non-ASCII intact)" editing "gd> echo θ 한국어" 17
clear_line
mark; keys C-r; text 'sdg'
check "Ctrl-R finds an older line from the previous session" has "step sdg"
keys Enter
check "  ...which Enter runs" has_line "error: unknown variant 'sdg'; did you mean 'sgd'?"
poll prompt_back
mark; text 'quit'; keys Enter
st=$(exit_status)
[ "$st" = 0 ] && ok "quit exits with status 0" || fail "quit exits with status 0 (got: $st)"

echo "# 4. ~/.gd_history when GD_HISTORY is unset"
start_gd -
poll last_is "gd>"
cmd 'echo from home'
keys C-d
st=$(exit_status)
grep -qx 'echo\\040from\\040home' "$HOMEDIR/.gd_history" 2>/dev/null \
  && ok "without GD_HISTORY the history goes to ~/.gd_history" \
  || bad "without GD_HISTORY the history goes to ~/.gd_history"

echo "# 4. GD_HISTORY a symbolic link: the history is written through it"
ln -sfn "$TMP/history-target" "$TMP/history-link"
start_gd "$TMP/history-link"
poll last_is "gd>"
cmd 'echo through a link'
keys C-d
st=$(exit_status)
[ -L "$TMP/history-link" ] && grep -qx 'echo\\040through\\040a\\040link' "$TMP/history-target" 2>/dev/null \
  && ok "a GD_HISTORY symlink stays a link and its target gets the history" \
  || bad "a GD_HISTORY symlink stays a link and its target gets the history"

# =====================================================================
echo "# 6. Ctrl-C during a long run"
start_gd "$HIST"
poll last_is "gd>"
cmd 'gen 2000000 seed=1'
check "gen 2000000 seed=1" has_line "2000000 points generated"
mark; text 'train sgd 1000'; keys Enter
started=${EPOCHREALTIME/[.,]/}
# Ctrl-C goes in once updates are surely being made, after the first epoch's line (each
# epoch first shuffles 2M indices, and a Ctrl-C then stops it with 0 updates, which
# would prove nothing about keeping finished updates), and no sooner than 1 s in.
check -t 30 "train sgd 1000 makes progress (epoch 1 done)" has_re '^epoch 1: sgd, 2000000 updates: '
left=$(( 1000000 - (${EPOCHREALTIME/[.,]/} - started) ))
[ "$left" -gt 0 ] && sleep "$(printf '0.%06d' "$left")"   # deliberate: let it run ~1 s
prompt_back && fail "  ...and is still running when Ctrl-C is sent" || ok "  ...and is still running when Ctrl-C is sent"
keys C-c
check -t 20 "Ctrl-C stops it: 'interrupted after N updates; w = W'" \
  has_re 'interrupted after [0-9]+ updates?; w = -?[0-9.e+-]+$'
check "  ...on a line of its own (not run into the terminal's ^C)" has_re '^interrupted after [0-9]+ updates?; '
check "  ...and gives a prompt" prompt_back
summary=$(since | grep -oE 'interrupted after .*' | tail -n 1)
N=$(sed -E 's/^interrupted after ([0-9]+) .*/\1/' <<<"$summary")
W=$(sed -E 's/.*; w = //' <<<"$summary")
[ -n "$N" ] && [ "$N" -ge 2000000 ] && [ "$N" -lt 2000000000 ] \
  && ok "  ...part-way (N = $N updates of 2000000000)" || fail "  ...part-way (N = '$N')"
cmd 'show'
check "show: the step count is N (the finished updates are kept)" \
  has_re "^2000000 points \(generated\), $N steps?, "
cmd 'show w'
check "show w: w is W" has_line "w = $W"
cmd 'echo alive'
check "  ...and the session goes on" has_line "alive"
keys C-d
st=$(exit_status)
[ "$st" = 0 ] && ok "  ...and exits 0" || fail "  ...and exits 0 (got: $st)"

# =====================================================================
echo "# 13. Ctrl-C during gen: a failed command, but no caret"
start_gd "$HIST"
poll last_is "gd>"
mark; text 'gen 20000000 seed=1'; keys Enter
# gen prints nothing while it draws: send Ctrl-C ~0.5 s in (deliberate), and check that
# it was still running then, so an interrupt that came too late fails instead of passing.
sleep 0.5
prompt_back && fail "gen 20000000 is still running when Ctrl-C is sent" || ok "gen 20000000 is still running when Ctrl-C is sent"
keys C-c
check -t 20 "Ctrl-C stops it: 'error: interrupted; no points generated'" has_re 'interrupted; no points generated$'
check "  ...on a line of its own (not run into the terminal's ^C)" has_line "error: interrupted; no points generated"
since | grep -qE '(^ *\^$)|\^~' && fail "  ...with no caret line under the command" || ok "  ...with no caret line under the command"
since | grep -qE '\^C.*\^' && fail "  ...and nothing after the echoed ^C" || ok "  ...and nothing after the echoed ^C"
check "  ...and gives a prompt" prompt_back
cmd 'show loss'
check "  ...and the data are unchanged (the lecture's loss)" has_line "loss = 5.658333333333334"
keys C-d
st=$(exit_status)

# =====================================================================
echo "# 9. record -> replay"
# replays NAME FILE: `gd test FILE` (in the work dir) passes.
replays() {
  local name=$1 file=$2 out
  out=$(cd "$WORK" && "$GD" test "$file" 2>&1); local status=$?
  if [ "$status" = 0 ] && grep -qx '1 passed, 0 failed' <<<"$out"; then ok "$name"
  else
    bad "$name (exit $status)"
    echo "$out" | head -n 40 | sed 's/^/    /'
    echo "    ----- $file -----"; sed 's/^/    /' "$WORK/$file"
  fi
}
# clean NAME FILE: the transcript holds none of what only the terminal shows.
clean() {
  local file=$WORK/$2
  grep -qF "$banner" "$file" && bad "$1: no banner in it" || ok "$1: no banner in it"
  grep -qF '^C' "$file" && bad "$1: no ^C in it" || ok "$1: no ^C in it"
  grep -q 'time:' "$file" && bad "$1: no time: line in it" || ok "$1: no time: line in it"
}
ends_exit65() {
  [ "$(tail -n 1 "$WORK/$1" 2>/dev/null)" = "[exit 65]" ] \
    && ok "$1 ends with [exit 65] (a command failed)" || bad "$1 ends with [exit 65] (a command failed)"
}
# the same keys in both recordings: a failure, steps, a long table, a timing, a Ctrl-C
session_keys() {
  cmd 'step sdg'
  cmd 'step sgd 2'
  check "step sgd 2 runs" has_line "step 1: sgd {2}: w 0.2 → 0.272, loss 4.678653333333333"
  cmd 'train minibatch 2 3'
  cmd 'show history'
  cmd 'time step batch'
  check "time step batch shows a time: line on the screen" has_re '^time: '
  mark; text 'echo half'; poll editing "gd> echo half" 13; keys C-c
  check "Ctrl-C while recording prints ^C" has_line "gd> echo half^C"
  poll prompt_back
}

start_gd "$HIST"
poll last_is "gd>"
cmd 'record session.gdt'
check "record session.gdt starts a transcript" has "recording to session.gdt"
session_keys
cmd 'record stop'
check "record stop ends it" has "recorded session.gdt"
keys C-d
st=$(exit_status)
[ "$st" = 0 ] && ok "  ...and Ctrl-D exits 0" || fail "  ...and Ctrl-D exits 0 (got: $st)"
[ -s "$WORK/session.gdt" ] && ok "session.gdt written" || bad "session.gdt written"
ends_exit65 "session.gdt"
clean "session.gdt" session.gdt
replays "gd test session.gdt: 1 passed, 0 failed" session.gdt

start_gd "$HIST" --record s2.gdt
check "gd --record s2.gdt opens the prompt" last_is "gd>"
session_keys
keys C-d
st=$(exit_status)
[ "$st" = 0 ] && ok "  ...and Ctrl-D exits 0" || fail "  ...and Ctrl-D exits 0 (got: $st)"
[ -s "$WORK/s2.gdt" ] && ok "s2.gdt written" || bad "s2.gdt written"
ends_exit65 "s2.gdt"
clean "s2.gdt" s2.gdt
replays "gd test s2.gdt: 1 passed, 0 failed" s2.gdt

# =====================================================================
echo "# 10. unwritable history location"
for where in /proc/gd_history /nonexistent-gd-dir/history; do
  start_gd "$where"
  poll last_is "gd>"
  cmd 'show w'
  mark; keys C-d
  st=$(exit_status)
  poll has "cannot save history"   # the pane may lag behind the process a little
  warnings=$(since | grep -c 'history')
  [ "$warnings" = 1 ] && ok "GD_HISTORY=$where: exactly one warning line at exit" \
    || fail "GD_HISTORY=$where: exactly one warning line at exit (got $warnings)"
  check -t 0 "  ...reading 'gd: cannot save history to $where: …'" has_re "^gd: cannot save history to $where: [A-Za-z]"
  [ "$st" = 0 ] && ok "  ...and exit status 0" || fail "  ...and exit status 0 (got: $st)"
done

# =====================================================================
echo "# 1. the banner goes to stderr, the prompt to the terminal"
STDERR_TO=$TMP/stderr start_gd "$HIST"
check "with stderr to a file the prompt still appears" editing "gd>" 4
has_line "$banner" && bad "  ...without the banner" || ok "  ...without the banner"
grep -qxF "$banner" "$TMP/stderr" && ok "  ...which is in the stderr file" || bad "  ...which is in the stderr file"
keys C-d
st=$(exit_status)

# =====================================================================
echo "# 11. -i opens the prompt even when the script fails"
printf 'show w\nstep sdg\n' > "$WORK/bad.gd"
start_gd "$HIST" -i bad.gd
check "the script's error is shown" has "bad.gd:2:6: error: unknown variant 'sdg'"
check "  ...and the prompt opens after it" editing "gd>" 4
cmd 'show loss'
check "  ...and runs commands" has_line "loss = 5.658333333333334"
keys C-d
st=$(exit_status)
[ "$st" = 65 ] && ok "  ...and exits with the script's status, 65" || fail "  ...and exits with the script's status, 65 (got: $st)"

echo "# 12. stdout to a pipe (gd | tee log): still a prompt, on stderr"
cat > "$TMP/gd-tee" <<EOF2
#!/usr/bin/env bash
"$GD" "\$@" | tee "$TMP/tee.log"
EOF2
chmod +x "$TMP/gd-tee"
rm -f "$TMP/tee.log"
GD=$TMP/gd-tee start_gd "$HIST"
check "the banner shows" has_line "$banner"
check "  ...and the prompt 'gd> '" editing "gd>" 4
mark; text 'show w'; keys Enter
check "typed commands run, their output through tee" has "w = 0.2"
logged() { grep -qxF "w = 0.2" "$TMP/tee.log" 2>/dev/null; }
check "  ...and in the log" logged
grep -qF 'gd>' "$TMP/tee.log" && bad "  ...which holds no prompt" || ok "  ...which holds no prompt"
keys C-d
st=$(exit_status)
[ "$st" = 0 ] && ok "  ...and Ctrl-D leaves (status 0)" || fail "  ...and Ctrl-D leaves (status 0, got: $st)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
