#!/usr/bin/env bash
# test-platform.sh — install what the `platform` crate's tests need, then run
# them: natively on x86-64, cross-compiled for AArch64 under
# qemu-aarch64-static, and the `no_std` builds for both bare-metal targets.
#
# Idempotent and runnable from any directory. Installs only what is missing
# (checked with `command -v`, `dpkg -s` and `rustup target list`), so a second
# run needs no network. Called by scripts/test.sh.
#
#   scripts/test-platform.sh               install if needed, then test
#   scripts/test-platform.sh --no-install  test only (steps fail if tools are missing)
#   scripts/test-platform.sh --install-only
#
# Cargo's build directory: $CARGO_TARGET_DIR if set, else <repo>/target.
# The AArch64 linker and runner are set in this script's environment only
# (not in a .cargo/config.toml), so no other crate's build is affected.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

DO_INSTALL=1
DO_TEST=1
for arg in "$@"; do
    case "$arg" in
        --no-install) DO_INSTALL=0 ;;
        --install-only) DO_TEST=0 ;;
        -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "test-platform.sh: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

AARCH64_SYSROOT=/usr/aarch64-linux-gnu
RUST_TARGETS=(aarch64-unknown-linux-gnu aarch64-unknown-none x86_64-unknown-none)

log() { printf '\n==> %s\n' "$*"; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    SUDO=(sudo)
fi

# ---------------------------------------------------------------- installing

ensure_rust_targets() {
    local installed t
    installed="$(rustup target list --installed)"
    for t in "${RUST_TARGETS[@]}"; do
        if ! grep -qx "$t" <<<"$installed"; then
            log "rustup target add $t"
            rustup target add "$t"
        fi
    done
}

APT_UPDATED=0
apt_update_once() {
    if [ "$APT_UPDATED" -eq 0 ]; then
        log "apt-get update"
        "${SUDO[@]}" apt-get update
        APT_UPDATED=1
    fi
}

apt_source_files() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && printf '%s\n' "$f"
    done
    return 0
}

have_backports_source() {
    local f
    while IFS= read -r f; do
        case "$f" in
            *.sources)
                grep -Eq '^[[:space:]]*Suites:.*(^|[[:space:]])bookworm-backports([[:space:]]|$)' "$f" && return 0 ;;
            *)
                grep -Eq '^[[:space:]]*deb[[:space:]].*[[:space:]]bookworm-backports([[:space:]]|$)' "$f" && return 0 ;;
        esac
    done < <(apt_source_files)
    return 1
}

# Adds bookworm-backports with the mirror and components of the existing
# `bookworm` entry, in the same format (deb822 `.sources` or one-line `.list`).
ensure_backports_source() {
    have_backports_source && return 0
    local f entry uris comps signed
    while IFS= read -r f; do
        case "$f" in
            *.sources)
                entry="$(awk '
                    function flush() {
                        if (!done && types ~ /(^|[ \t])deb([ \t]|$)/ && (" " suites " ") ~ /[ \t]bookworm[ \t]/) {
                            print uris "|" comps "|" signed; done = 1
                        }
                        types = ""; suites = ""; uris = ""; comps = ""; signed = ""
                    }
                    /^[ \t]*$/ { flush(); next }
                    /^[ \t]*#/ { next }
                    /^Types:/      { sub(/^Types:[ \t]*/, "");      types = $0 }
                    /^Suites:/     { sub(/^Suites:[ \t]*/, "");     suites = $0 }
                    /^URIs:/       { sub(/^URIs:[ \t]*/, "");       uris = $0 }
                    /^Components:/ { sub(/^Components:[ \t]*/, ""); comps = $0 }
                    /^Signed-By:/  { sub(/^Signed-By:[ \t]*/, "");  signed = $0 }
                    END { flush() }' "$f")"
                if [ -n "$entry" ]; then
                    IFS='|' read -r uris comps signed <<<"$entry"
                    log "adding apt source bookworm-backports ($uris, $comps) in deb822 format"
                    {
                        echo "Types: deb"
                        echo "URIs: $uris"
                        echo "Suites: bookworm-backports"
                        echo "Components: ${comps:-main}"
                        [ -n "$signed" ] && echo "Signed-By: $signed"
                    } | "${SUDO[@]}" tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
                    APT_UPDATED=0
                    return 0
                fi
                ;;
            *)
                entry="$(grep -E '^[[:space:]]*deb[[:space:]].*[[:space:]]bookworm([[:space:]]|$)' "$f" | head -n1 || true)"
                if [ -n "$entry" ]; then
                    entry="$(sed -E 's/[[:space:]]bookworm([[:space:]]|$)/ bookworm-backports\1/' <<<"$entry")"
                    log "adding apt source: $entry"
                    echo "$entry" | "${SUDO[@]}" tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
                    APT_UPDATED=0
                    return 0
                fi
                ;;
        esac
    done < <(apt_source_files)
    log "no bookworm entry found; adding deb.debian.org bookworm-backports"
    printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        | "${SUDO[@]}" tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
    APT_UPDATED=0
}

ensure_apt_packages() {
    export DEBIAN_FRONTEND=noninteractive
    # QEMU from bookworm-backports (QEMU 10, matching the qemu-utils already
    # on the machine; Debian's 7.2 will not install beside it). The system
    # emulators are for the bare-metal tests; installed in the same step.
    local qemu_missing=0
    command -v qemu-aarch64-static >/dev/null || qemu_missing=1
    command -v qemu-system-x86_64 >/dev/null || qemu_missing=1
    command -v qemu-system-aarch64 >/dev/null || qemu_missing=1
    if [ "$qemu_missing" -eq 1 ]; then
        ensure_backports_source
        apt_update_once
        log "installing QEMU (user mode + system) from bookworm-backports"
        "${SUDO[@]}" apt-get install -y -t bookworm-backports \
            qemu-user-static qemu-system-x86 qemu-system-arm
    fi
    local cross=()
    command -v aarch64-linux-gnu-gcc >/dev/null || cross+=(gcc-aarch64-linux-gnu)
    dpkg -s libc6-dev-arm64-cross >/dev/null 2>&1 || cross+=(libc6-dev-arm64-cross)
    if [ "${#cross[@]}" -gt 0 ]; then
        apt_update_once
        log "installing ${cross[*]}"
        "${SUDO[@]}" apt-get install -y "${cross[@]}"
    fi
}

if [ "$DO_INSTALL" -eq 1 ]; then
    ensure_rust_targets
    ensure_apt_packages
fi
[ "$DO_TEST" -eq 1 ] || exit 0

# ------------------------------------------------------------------- testing

export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER="qemu-aarch64-static -L $AARCH64_SYSROOT"

PASSED=0
FAILED=0
RESULTS=()
step() {
    local name="$1"; shift
    log "$name: $*"
    if "$@"; then
        PASSED=$((PASSED + 1)); RESULTS+=("PASS  $name")
    else
        FAILED=$((FAILED + 1)); RESULTS+=("FAIL  $name")
    fi
}

step "unit tests, no features (x86-64)" \
    cargo test -p platform
step "all tests, host implementation (x86-64 native)" \
    cargo test -p platform --features std
step "all tests, host implementation (aarch64, qemu-aarch64-static)" \
    cargo test -p platform --features std --target aarch64-unknown-linux-gnu
step "no_std build x86_64-unknown-none" \
    cargo build -p platform --target x86_64-unknown-none
step "no_std build aarch64-unknown-none" \
    cargo build -p platform --target aarch64-unknown-none
step "docs build without warnings" \
    env RUSTDOCFLAGS="-D warnings" cargo doc -p platform --features std --no-deps

echo
echo "==> platform summary"
for r in "${RESULTS[@]}"; do echo "    $r"; done
echo "platform: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
