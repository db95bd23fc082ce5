# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
#
# Shared by the scripts of the Debian 13 leg (scripts/test-debian13). Source it; it defines:
#   d13_log MSG...             a line prefixed with the elapsed time of the whole leg
#   d13_step NAME CMD...       runs CMD, prints "== NAME" and "== NAME: ok|FAILED after N s",
#                              records the duration for d13_summary
#   d13_summary                prints every step's duration (also on failure)
#   d13_mirror                 the Debian mirror URL this host's apt uses (read at run time)
#   d13_packages FILE          the package names of a list file, comma-separated
#
# The mirror is never written into the repository: it is read from this host's apt sources
# (deb822 *.sources first, then sources.list), the same ones apt-get uses.

D13_START=${D13_START:-$(date +%s)}
export D13_START
D13_STEPS_FILE=${D13_STEPS_FILE:-}

d13_now() { date +%s; }

d13_log() {
    local t=$(( $(d13_now) - D13_START ))
    printf '[debian13 %3d:%02d] %s\n' $((t / 60)) $((t % 60)) "$*"
}

d13_die() { d13_log "ERROR: $*" >&2; exit 1; }

# d13_step NAME CMD... : runs CMD (a function or a command) and records its duration.
# The step runs as a background job in a process group of its own and the script waits for it:
# a signal to the script is handled at once (bash defers traps while a foreground command runs),
# and d13_kill_step ends the whole step, whatever it started.
D13_STEP_PID=
d13_step() {
    local name=$1; shift
    local t0 rc
    t0=$(d13_now)
    d13_log "== $name"
    set +e
    set -m
    ( set -e; "$@" ) </dev/null &
    D13_STEP_PID=$!
    set +m
    wait "$D13_STEP_PID"
    rc=$?
    D13_STEP_PID=
    set -e
    local dt=$(( $(d13_now) - t0 ))
    if [ $rc -eq 0 ]; then
        d13_log "== $name: ok after ${dt} s"
        [ -z "$D13_STEPS_FILE" ] || printf '%s\t%s\tok\n' "$name" "$dt" >> "$D13_STEPS_FILE"
    else
        d13_log "== $name: FAILED (exit $rc) after ${dt} s"
        [ -z "$D13_STEPS_FILE" ] || printf '%s\t%s\tFAILED\n' "$name" "$dt" >> "$D13_STEPS_FILE"
    fi
    return $rc
}

# Ends a running step's whole process group (from a trap).
d13_kill_step() {
    [ -n "${D13_STEP_PID:-}" ] || return 0
    d13_log "stopping the running step (process group $D13_STEP_PID)"
    kill -TERM -- -"$D13_STEP_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 20); do
        kill -0 -- -"$D13_STEP_PID" 2>/dev/null || break
        sleep 0.5
    done
    kill -KILL -- -"$D13_STEP_PID" 2>/dev/null || true
    D13_STEP_PID=
}

d13_summary() {
    [ -n "$D13_STEPS_FILE" ] && [ -f "$D13_STEPS_FILE" ] || return 0
    local total=$(( $(d13_now) - D13_START ))
    echo "---- Debian 13 leg: step timings (seconds) ----"
    awk -F'\t' '{ printf "  %-34s %6d  %s\n", $1, $2, $3 }' "$D13_STEPS_FILE"
    printf '  %-34s %6d\n' "total (wall clock)" "$total"
}

# The first http(s) Debian archive URI of this host's apt configuration ("…/debian", not the
# security archive). Override with D13_MIRROR.
d13_mirror() {
    if [ -n "${D13_MIRROR:-}" ]; then echo "$D13_MIRROR"; return 0; fi
    local f uri
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        uri=$(awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }' "$f" \
              | grep -E '^https?://' | grep -v -- '-security' | head -n1 || true)
        [ -n "$uri" ] && { echo "${uri%/}"; return 0; }
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\//) { print $i; break } }' "$f" \
              | grep -v -- '-security' | head -n1 || true)
        [ -n "$uri" ] && { echo "${uri%/}"; return 0; }
    done
    return 1
}

# Package list files: one name per line, '#' comments.
d13_packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$1" | grep -v '^$' | paste -sd, -
}

# Seconds until a command succeeds, or failure after a deadline: d13_wait_for SECONDS CMD...
d13_wait_for() {
    local limit=$1; shift
    local deadline=$(( $(d13_now) + limit ))
    until "$@" >/dev/null 2>&1; do
        [ "$(d13_now)" -lt "$deadline" ] || return 1
        sleep 1
    done
}
