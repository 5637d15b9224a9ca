#!/usr/bin/env bash
# Regenerate tests/py/expected/NAME.out (+ NAME.err on non-zero exit) by running
# every tests/py/*.py under CPython 3.11 (the oracle).
#
# Usage: scripts/regen-expected.sh [NAME ...]
#   NAME may be "lang_foo", "lang_foo.py" or "tests/py/lang_foo.py".
#   Without arguments every test is regenerated and expected files whose test
#   no longer exists are removed.
#
# Environment of each run (must match scripts/run-py-tests.py):
#   cwd = tests/py, argv = [python3, NAME.py], stdin = /dev/null,
#   PYTHONPATH=tests/py/lib (absolute), PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8
# .err format (only when exit status != 0):
#   exit: N
#   <last non-empty line of stderr>
set -euo pipefail

PY=${PYTHON:-python3}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TDIR="$ROOT/tests/py"
EXP="$TDIR/expected"
LIB="$TDIR/lib"
TIMEOUT=${REGEN_TIMEOUT:-60}

ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)"
if [ "$ver" != "3.11" ]; then
    echo "regen-expected.sh: need CPython 3.11.x as '$PY' (found '${ver:-nothing}'); refusing" >&2
    exit 2
fi
impl="$("$PY" -c 'import sys; print(sys.implementation.name)')"
if [ "$impl" != "cpython" ]; then
    echo "regen-expected.sh: '$PY' is $impl, not CPython; refusing" >&2
    exit 2
fi

mkdir -p "$EXP"
cd "$TDIR"

names=()
if [ $# -eq 0 ]; then
    for f in *.py; do
        [ -e "$f" ] || continue
        case "$f" in _*) continue ;; esac
        names+=("${f%.py}")
    done
    # drop expected files of tests that no longer exist
    for e in "$EXP"/*.out "$EXP"/*.err; do
        [ -e "$e" ] || continue
        b="$(basename "$e")"; b="${b%.*}"
        if [ ! -e "$TDIR/$b.py" ]; then
            echo "removing stale $(basename "$e")"
            rm -f "$e"
        fi
    done
else
    for a in "$@"; do
        a="$(basename "$a")"; a="${a%.py}"
        case "$a" in _*) echo "skipping helper module $a" >&2; continue ;; esac
        if [ ! -e "$TDIR/$a.py" ]; then
            echo "regen-expected.sh: no such test: tests/py/$a.py" >&2
            exit 2
        fi
        names+=("$a")
    done
fi

# regenerate one test; prints "TIMEOUT name" when the oracle did not finish
regen_one() {
    local n="$1" rc=0 errtmp last
    errtmp="$(mktemp)"
    env PYTHONPATH="$LIB" PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
        PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED= PYTHONWARNINGS= \
        LC_ALL=C.UTF-8 \
        timeout "$TIMEOUT" "$PY" "$n.py" </dev/null >"$EXP/$n.out" 2>"$errtmp" || rc=$?
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        # never record a timeout as the expected result
        rm -f "$EXP/$n.out" "$EXP/$n.err" "$errtmp"
        echo "TIMEOUT $n"
        return 0
    fi
    if [ "$rc" -ne 0 ]; then
        last="$(sed -e 's/[[:space:]]*$//' "$errtmp" | awk 'NF { l = $0 } END { print l }')"
        printf 'exit: %d\n%s\n' "$rc" "$last" >"$EXP/$n.err"
    else
        rm -f "$EXP/$n.err"
    fi
    rm -f "$errtmp"
}
export -f regen_one
export PY EXP LIB TIMEOUT

JOBS=${REGEN_JOBS:-$(nproc 2>/dev/null || echo 2)}
timeouts="$(printf '%s\n' "${names[@]}" | xargs -r -P "$JOBS" -I{} bash -c 'regen_one "$1"' _ {} | sort)"

nerr=0
for n in "${names[@]}"; do
    [ -e "$EXP/$n.err" ] && nerr=$((nerr + 1))
done
echo "regenerated ${#names[@]} tests ($nerr with non-zero exit status)"
if [ -n "$timeouts" ]; then
    echo "$timeouts" | sed -e "s/^TIMEOUT /regen-expected.sh: timed out after ${TIMEOUT}s (no expected file written): /" >&2
    exit 1
fi
