#!/usr/bin/env bash
# bench.sh — run the benchmark programs of benches/py/ and compare Krait with
# CPython (python3) and PyPy (pypy3).
#
# Timing mode (the default):
#   scripts/bench.sh [--runs N] [--size small] [--krait PATH] [names...]
#   Builds krait (cargo build --release -p krait, honouring CARGO_TARGET_DIR,
#   default <repo>/target) unless --krait is given, installs Debian's pypy3
#   when it is missing (skipped with a message if that fails), then runs each
#   benchmark N times (default 3) under `krait --jit=off`, python3 and pypy3,
#   interleaved.  Every run's output is compared with the checksum CPython
#   printed (benches/py/expected/); a mismatch or a crash marks that
#   implementation FAILED for that benchmark.  Prints the wall-clock medians,
#   the ratios to python3 and their geometric means.
#
# Instruction-count mode:
#   scripts/bench.sh --callgrind [--krait PATH] [names...]
#   Runs krait only, under valgrind --tool=callgrind, at each benchmark's
#   small size, and prints the instructions executed (Ir).  Stable from run
#   to run: use it to compare krait against itself.
#
# Check mode (used by scripts/test.sh):
#   scripts/bench.sh --check [--krait PATH] [names...]
#   Runs krait only, once per benchmark at its small size, and fails unless
#   every checksum matches CPython's.
#
# Either mode:
#   --save FILE      write the results (Ir, or krait's median seconds) to FILE
#   --compare FILE   show the change against a file written by --save
#   --regen-expected regenerate benches/py/expected/ with python3 and exit
#
# See docs/benchmarks.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/benches/py"
EXPECTED_DIR="$BENCH_DIR/expected"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

ALL_BENCHES=(chaos deltablue fannkuch float go nbody nqueens raytrace richards spectral_norm)

# The size passed as argv[1] for --size small and --callgrind: a few tens of
# milliseconds of work on CPython, so that callgrind finishes in seconds.
declare -A SMALL_SIZE=(
    [chaos]=1000
    [deltablue]=30
    [fannkuch]=7
    [float]=5000
    [go]=6
    [nbody]=2000
    [nqueens]=8
    [raytrace]=24
    [richards]=1
    [spectral_norm]=40
)

RUN_TIMEOUT=600          # seconds; a run taking longer counts as FAILED

# ------------------------------------------------------------------ options
usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

RUNS=3
KRAIT=""
SIZE="default"
MODE="time"
SAVE_FILE=""
COMPARE_FILE=""
REGEN=0
NAMES=()

while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs)        RUNS="${2:?--runs needs a number}"; shift 2 ;;
        --runs=*)      RUNS="${1#*=}"; shift ;;
        --krait)       KRAIT="${2:?--krait needs a path}"; shift 2 ;;
        --krait=*)     KRAIT="${1#*=}"; shift ;;
        --size)        SIZE="${2:?--size needs small or default}"; shift 2 ;;
        --size=*)      SIZE="${1#*=}"; shift ;;
        --callgrind)   MODE="callgrind"; shift ;;
        --check)       MODE="check"; shift ;;
        --save)        SAVE_FILE="${2:?--save needs a file}"; shift 2 ;;
        --save=*)      SAVE_FILE="${1#*=}"; shift ;;
        --compare)     COMPARE_FILE="${2:?--compare needs a file}"; shift 2 ;;
        --compare=*)   COMPARE_FILE="${1#*=}"; shift ;;
        --regen-expected) REGEN=1; shift ;;
        -h|--help)     usage; exit 0 ;;
        -*)            echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *)             NAMES+=("$1"); shift ;;
    esac
done

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: --runs wants a positive integer" >&2; exit 2; }
[[ "$SIZE" == small || "$SIZE" == default ]] || { echo "bench.sh: --size is small or default" >&2; exit 2; }
if [[ "$MODE" == callgrind || "$MODE" == check ]]; then SIZE="small"; fi
if [[ ${#NAMES[@]} -eq 0 ]]; then NAMES=("${ALL_BENCHES[@]}"); fi
for n in "${NAMES[@]}"; do
    [[ -f "$BENCH_DIR/$n.py" && -n "${SMALL_SIZE[$n]:-}" ]] ||
        { echo "bench.sh: no benchmark '$n' (have: ${ALL_BENCHES[*]})" >&2; exit 2; }
done

log() { printf '==> %s\n' "$*" >&2; }

# The arguments a benchmark gets (into the array ARGS), and the file holding
# its expected output.
set_args() { ARGS=(); if [[ "$SIZE" == small ]]; then ARGS=("${SMALL_SIZE[$1]}"); fi; }
expected_file() {
    if [[ "$SIZE" == small ]]; then echo "$EXPECTED_DIR/$1.small.txt"
    else echo "$EXPECTED_DIR/$1.txt"; fi
}

# ------------------------------------------------------------------ tools
command -v python3 >/dev/null || { echo "bench.sh: python3 is required" >&2; exit 1; }
# The interpreter itself, not a wrapper such as a pyenv shim (a shell script
# that would add ~0.1 s to every python3 run).
PYTHON3="$(python3 -c 'import sys; print(sys.executable)')"

if [[ $REGEN -eq 1 ]]; then
    "$PYTHON3" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' ||
        echo "bench.sh: warning: expected outputs should come from CPython 3.11" >&2
    for n in "${NAMES[@]}"; do
        log "expected output of $n (default and small sizes)"
        "$PYTHON3" "$BENCH_DIR/$n.py" > "$EXPECTED_DIR/$n.txt"
        "$PYTHON3" "$BENCH_DIR/$n.py" "${SMALL_SIZE[$n]}" > "$EXPECTED_DIR/$n.small.txt"
    done
    exit 0
fi

apt_install() {   # apt_install PACKAGE: quietly, refreshing the lists once if needed
    apt-get install -y -qq "$1" >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$1" >/dev/null 2>&1; }
}

if [[ -z "$KRAIT" ]]; then
    log "cargo build --release -p krait (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
    (cd "$ROOT" && cargo build --release -p krait)
    KRAIT="$CARGO_TARGET_DIR/release/krait"
fi
[[ -x "$KRAIT" ]] || { echo "bench.sh: krait binary not found at $KRAIT" >&2; exit 1; }

HAVE_PYPY=1
if [[ "$MODE" == time ]] && ! command -v pypy3 >/dev/null; then
    log "installing pypy3 (apt-get)"
    if ! apt_install pypy3 || ! command -v pypy3 >/dev/null; then
        log "pypy3 could not be installed: its column is skipped"
        HAVE_PYPY=0
    fi
fi
if [[ "$MODE" == callgrind ]] && ! command -v valgrind >/dev/null; then
    log "installing valgrind (apt-get)"
    apt_install valgrind || true
    command -v valgrind >/dev/null || { echo "bench.sh: valgrind is required for --callgrind" >&2; exit 1; }
fi

TIMEOUT=()
if command -v timeout >/dev/null; then TIMEOUT=(timeout "$RUN_TIMEOUT"); fi

if [[ "$MODE" == check ]]; then
    failed=0
    for n in "${NAMES[@]}"; do
        set_args "$n"
        if out="$("${TIMEOUT[@]}" "$KRAIT" --jit=off "$BENCH_DIR/$n.py" "${ARGS[@]}" 2>&1)" &&
            [[ "$out" == "$(cat "$(expected_file "$n")")" ]]; then
            printf '%-14s ok\n' "$n"
        else
            printf '%-14s FAILED (output differs from CPython)\n' "$n"
            failed=1
        fi
    done
    exit "$failed"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# check_output BENCH IMPL FILE RC: 0 when the run succeeded with the expected
# output; otherwise reports the failure loudly and returns 1.
check_output() {
    local bench="$1" impl="$2" out="$3" rc="$4" want
    want="$(expected_file "$bench")"
    if [[ ! -f "$want" ]]; then
        echo "!!! $bench: no expected output $want (run --regen-expected)" >&2
        return 1
    fi
    if [[ "$rc" -ne 0 ]] || ! cmp -s "$want" "$out"; then
        {
            echo "!!! FAILED: $bench under $impl (exit status $rc)"
            echo "!!! --- expected / +++ got:"
            diff "$want" "$out" | head -n 20 | sed 's/^/!!!   /' || true
            if [[ -s "$out.err" ]]; then
                echo "!!! stderr:"
                tail -n 10 "$out.err" | sed 's/^/!!!   /'
            fi
        } >&2
        return 1
    fi
    return 0
}

# ------------------------------------------------------------------ callgrind
declare -A RESULT=()     # bench -> Ir (callgrind) or krait median seconds

run_callgrind() {
    local n ir rc out
    printf '%-14s %16s\n' "benchmark" "krait Ir" > "$WORK/table"
    for n in "${NAMES[@]}"; do
        set_args "$n"
        out="$WORK/$n.cg.out"
        log "callgrind: $n ${ARGS[*]}"
        rc=0
        valgrind --tool=callgrind --callgrind-out-file="$WORK/$n.callgrind" \
            "$KRAIT" --jit=off "$BENCH_DIR/$n.py" "${ARGS[@]}" > "$out" 2> "$out.err" || rc=$?
        if check_output "$n" "krait" "$out" "$rc"; then
            ir="$(awk '/^(summary|totals):/ { print $2; exit }' "$WORK/$n.callgrind")"
            RESULT[$n]="$ir"
            printf '%-14s %16s\n' "$n" "$ir" >> "$WORK/table"
        else
            printf '%-14s %16s\n' "$n" "FAILED" >> "$WORK/table"
        fi
    done
    echo
    cat "$WORK/table"
}

# ------------------------------------------------------------------ timing
declare -A TIMES=()      # "bench impl" -> space-separated nanoseconds
declare -A FAILED=()     # "bench impl" -> 1

# time_run BENCH IMPL CMD...: one run, timed by the wall clock
time_run() {
    local bench="$1" impl="$2"; shift 2
    local out="$WORK/$bench.$impl.out" rc=0 t0 t1
    t0="$(date +%s%N)"
    "${TIMEOUT[@]}" "$@" > "$out" 2> "$out.err" || rc=$?
    t1="$(date +%s%N)"
    if check_output "$bench" "$impl" "$out" "$rc"; then
        TIMES["$bench $impl"]+="$((t1 - t0)) "
    else
        FAILED["$bench $impl"]=1
    fi
}

# median NS...: the median, in seconds
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
              printf "%.3f\n", m / 1e9 }'
}

run_timing() {
    local impls=(krait python3) n r impl
    if [[ $HAVE_PYPY -eq 1 ]]; then impls+=(pypy3); fi
    for n in "${NAMES[@]}"; do
        set_args "$n"
        log "$n: $RUNS run(s) each of ${impls[*]}${ARGS[*]:+ (size ${ARGS[*]})}"
        for ((r = 1; r <= RUNS; r++)); do
            for impl in "${impls[@]}"; do
                if [[ -n "${FAILED["$n $impl"]:-}" ]]; then continue; fi   # failed once: skip
                case "$impl" in
                    krait)   time_run "$n" krait "$KRAIT" --jit=off "$BENCH_DIR/$n.py" "${ARGS[@]}" ;;
                    python3) time_run "$n" python3 "$PYTHON3" "$BENCH_DIR/$n.py" "${ARGS[@]}" ;;
                    pypy3)   time_run "$n" pypy3 pypy3 "$BENCH_DIR/$n.py" "${ARGS[@]}" ;;
                esac
            done
        done
    done

    # one line per benchmark: name, then each implementation's median or FAILED/-
    local rows="$WORK/rows" cell
    : > "$rows"
    for n in "${NAMES[@]}"; do
        printf '%s' "$n" >> "$rows"
        for impl in krait python3 pypy3; do
            if [[ -n "${FAILED["$n $impl"]:-}" ]]; then cell="FAILED"
            elif [[ -n "${TIMES["$n $impl"]:-}" ]]; then
                # shellcheck disable=SC2086
                cell="$(median ${TIMES["$n $impl"]})"
            else cell="-"; fi
            printf ' %s' "$cell" >> "$rows"
            if [[ "$impl" == krait && "$cell" != FAILED && "$cell" != - ]]; then
                RESULT[$n]="$cell"
            fi
        done
        printf '\n' >> "$rows"
    done

    echo
    echo "wall-clock medians of $RUNS run(s), size: $SIZE; python3 is $("$PYTHON3" -V 2>&1)"
    awk '
        function ratio(a, b) { return (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) ? a / b : -1 }
        BEGIN {
            fmt = "%-14s %10s %10s %10s %13s %13s\n"
            printf fmt, "benchmark", "krait s", "python3 s", "pypy3 s", "krait/python3", "pypy3/python3"
            printf fmt, "---------", "-------", "---------", "-------", "-------------", "-------------"
        }
        {
            kr = ratio($2, $3); pr = ratio($4, $3)
            ks = (kr < 0) ? "-" : sprintf("%.2fx", kr)
            ps = (pr < 0) ? "-" : sprintf("%.2fx", pr)
            if (kr > 0) { klog += log(kr); kn++ }
            if (pr > 0) { plog += log(pr); pn++ }
            printf fmt, $1, $2, $3, $4, ks, ps
        }
        END {
            kg = kn ? sprintf("%.2fx", exp(klog / kn)) : "-"
            pg = pn ? sprintf("%.2fx", exp(plog / pn)) : "-"
            printf fmt, "geomean", "", "", "", kg, pg
            if (kn < NR || pn < NR)
                printf "(geomeans over the benchmarks where both columns have a time: krait %d, pypy3 %d of %d)\n", kn, pn, NR
        }' "$rows"
}

# ------------------------------------------------------------------ main
if [[ "$MODE" == callgrind ]]; then
    run_callgrind
    WHAT="Ir"
else
    run_timing
    WHAT="krait_s"
fi

if [[ -n "$COMPARE_FILE" ]]; then
    echo
    if ! grep -q "^# bench.sh $MODE results ($WHAT), size $SIZE," "$COMPARE_FILE"; then
        echo "bench.sh: warning: $COMPARE_FILE was not saved in this mode and size:" >&2
        head -n 1 "$COMPARE_FILE" >&2
    fi
    echo "krait against $COMPARE_FILE ($WHAT; negative is better):"
    printf '%-14s %16s %16s %9s\n' "benchmark" "before" "after" "change"
    for n in "${NAMES[@]}"; do
        before="$(awk -v n="$n" '$1 == n { print $2 }' "$COMPARE_FILE")"
        after="${RESULT[$n]:-}"
        if [[ -n "$before" && -n "$after" ]]; then
            change="$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%+.2f%%", (b - a) * 100 / a }')"
        else
            change="-"
        fi
        printf '%-14s %16s %16s %9s\n' "$n" "${before:--}" "${after:-FAILED}" "$change"
    done
fi

if [[ -n "$SAVE_FILE" ]]; then
    {
        echo "# bench.sh $MODE results ($WHAT), size $SIZE, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
        for n in "${NAMES[@]}"; do
            if [[ -n "${RESULT[$n]:-}" ]]; then printf '%s\t%s\n' "$n" "${RESULT[$n]}"; fi
        done
    } > "$SAVE_FILE"
    log "saved to $SAVE_FILE"
fi

# a failed benchmark makes the whole run fail (after the table is shown)
if [[ ${#FAILED[@]} -gt 0 ]]; then
    echo "bench.sh: FAILED (benchmark implementation): $(printf '[%s] ' "${!FAILED[@]}")" >&2
    exit 1
fi
if [[ "$MODE" == callgrind && ${#RESULT[@]} -lt ${#NAMES[@]} ]]; then
    exit 1
fi
