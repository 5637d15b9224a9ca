#!/usr/bin/env bash
# Regenerate core-vm/src/syntax/parser/cases.rs from corpus/*.py with CPython 3.11.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
python3 -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' || { echo "needs CPython 3.11 as python3" >&2; exit 1; }
out=../../core-vm/src/syntax/parser/cases.rs
{
    cat header.txt
    for pair in VALID:valid INVALID:invalid TEST_SYNTAX:test_syntax TEST_FSTRING:test_fstring TEST_CALLS:test_calls; do
        name=${pair%%:*}; file=${pair##*:}
        printf 'static %s: &[(&str, &str)] = ' "$name"
        python3 -W ignore gen_cases.py "corpus/$file.py" | sed '$ s/\]$/];/'
        echo
    done
} > "$out.new"
mv "$out.new" "$out"
echo "wrote $out"
