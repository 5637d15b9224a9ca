#!/usr/bin/env bash
# test.sh — install what the tests need (idempotently), then run every test:
#   1. the krait CLI (release build), the crates' unit tests and the
#      embedding example (examples/embed.rs);
#   2. core-vm's no_std builds for x86_64-unknown-none and aarch64-unknown-none;
#   3. the platform layer's W^X tests, natively and on AArch64 under QEMU
#      (scripts/test-platform.sh installs the cross tools and qemu-user);
#   4. the benchmark programs at small sizes (checksums as CPython's);
#   5. the CPython oracle suite: every tests/py/*.py through `krait`, compared
#      with the output CPython 3.11 produced (tests/py/expected/).
# The last line is the oracle suite's "N passed, N failed".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

log() { printf '\n==> %s\n' "$*"; }

# ---------------------------------------------------------------- installing
ensure_tools() {
    if ! command -v cargo >/dev/null; then
        echo "test.sh: cargo is required (rustup toolchain)" >&2
        exit 1
    fi
    local installed
    installed="$(rustup target list --installed)"
    for t in x86_64-unknown-none aarch64-unknown-none; do
        grep -qx "$t" <<<"$installed" || rustup target add "$t"
    done
    if ! python3 -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
        echo "test.sh: the oracle needs CPython 3.11 as python3" >&2
        exit 1
    fi
}

ensure_tools

log "cargo build --release (krait CLI)"
cargo build --release --locked -p krait

log "unit tests (core-vm, krait)"
cargo test --release --locked -p core-vm -p krait

log "embedding example (cargo run --release --example embed)"
embed_out="$(cargo run --release --locked --example embed)"
printf '%s\n' "$embed_out"
for marker in 'ErrorKind::BudgetExceeded' 'ErrorKind::Interrupted' 'VM still usable' 'embed example: ok'; do
    if ! grep -qF "$marker" <<<"$embed_out"; then
        echo "test.sh: the embed example's output lacks '$marker'" >&2
        exit 1
    fi
done

log "no_std builds of core-vm"
cargo build --locked -p core-vm --target x86_64-unknown-none
cargo build --locked -p core-vm --target aarch64-unknown-none

log "platform layer (W^X), x86-64 and AArch64"
scripts/test-platform.sh

log "benchmark programs (benches/py) under krait: checksums match CPython"
scripts/bench.sh --check --krait "$CARGO_TARGET_DIR/release/krait"

log "CPython oracle suite (tests/py)"
python3 scripts/run-py-tests.py --krait "$CARGO_TARGET_DIR/release/krait"
