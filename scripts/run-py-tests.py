#!/usr/bin/env python3
"""Run the CPython-oracle tests in tests/py through a VM and compare.

Each test tests/py/NAME.py (names starting with '_' are helper modules, not
tests) is run as `KRAIT --leak-check [KRAIT_ARGS...] NAME.py` with
cwd=tests/py, stdin=/dev/null, KRAITPATH (and PYTHONPATH) = tests/py/lib,
PYTHONHASHSEED=0. `--leak-check` makes krait tear the VM down at exit and
fail (status 71, a census of what is alive on stderr) if any heap object
survived; it is left out when the VM is not krait (`--krait python3`) or
with --no-leak-check.

  * stdout must equal expected/NAME.out byte for byte;
  * if expected/NAME.err exists ("exit: N" + last non-empty stderr line) the
    exit status and the last non-empty stderr line must match; otherwise the
    exit status must be 0 (stderr is not compared).

The last output line is always `N passed, N failed`; exit status 1 if any
test failed or none ran.

  scripts/run-py-tests.py                      # all tests, target/release/krait
  scripts/run-py-tests.py --krait python3      # sanity check against CPython
  scripts/run-py-tests.py --krait-args=--jit=off 'lang_*' exc_try_basic
"""
import argparse
import difflib
import fnmatch
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TDIR = os.path.join(ROOT, "tests", "py")
EXP = os.path.join(TDIR, "expected")
LIB = os.path.join(TDIR, "lib")
DIFF_LINES = 30


def all_tests():
    return sorted(f[:-3] for f in os.listdir(TDIR)
                  if f.endswith(".py") and not f.startswith("_")
                  and os.path.isfile(os.path.join(TDIR, f)))


def select_tests(args):
    avail = all_tests()
    if not args:
        return avail, []
    chosen, missing = [], []
    for a in args:
        a = os.path.basename(a)
        if a.endswith(".py"):
            a = a[:-3]
        if any(c in a for c in "*?["):
            hits = fnmatch.filter(avail, a)
        else:
            hits = [a] if a in avail else []
        if not hits:
            missing.append(a)
        for h in hits:
            if h not in chosen:
                chosen.append(h)
    return chosen, missing


def resolve_vm(path):
    if os.sep in path or (os.altsep and os.altsep in path):
        for base in (os.getcwd(), ROOT):
            cand = os.path.abspath(os.path.join(base, path))
            if os.path.exists(cand):
                return cand
        return os.path.abspath(path)
    found = shutil.which(path)
    return found or path


def last_nonempty_line(data):
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def read_expected_err(name):
    p = os.path.join(EXP, name + ".err")
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as f:
        lines = f.read().splitlines()
    status = int(lines[0].split(":", 1)[1]) if lines else 1
    last = lines[1].rstrip() if len(lines) > 1 else ""
    return status, last


def short_diff(expected, actual, a_name, b_name):
    e = expected.decode("utf-8", "replace").splitlines(keepends=True)
    a = actual.decode("utf-8", "replace").splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(e, a, a_name, b_name, n=2):
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    if not out and expected != actual:
        out = ["(outputs differ only in bytes not shown: line endings/encoding)\n"]
    if len(out) > DIFF_LINES:
        extra = len(out) - DIFF_LINES
        out = out[:DIFF_LINES] + ["... (%d more diff lines)\n" % extra]
    return "".join(out)


def run_one(name, cmd, env, timeout):
    argv = cmd + [name + ".py"]
    t0 = time.monotonic()
    timed_out = False
    try:
        p = subprocess.Popen(argv, cwd=TDIR, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
    except OSError as e:
        return name, ["cannot start %s: %s" % (argv[0], e)], 0.0
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            p.kill()
        out, err = p.communicate()
    elapsed = time.monotonic() - t0
    problems = []
    if timed_out:
        problems.append("TIMEOUT after %gs" % timeout)
    rc = p.returncode
    exp_out_path = os.path.join(EXP, name + ".out")
    if not os.path.exists(exp_out_path):
        problems.append("missing expected/%s.out (run scripts/regen-expected.sh)" % name)
        return name, problems, elapsed
    with open(exp_out_path, "rb") as f:
        exp_out = f.read()
    exp_err = read_expected_err(name)
    if not timed_out:
        if exp_err is None:
            if rc != 0:
                problems.append("exit status %s, expected 0; stderr ends with: %s"
                                % (rc, last_nonempty_line(err) or "(empty)"))
        else:
            exp_rc, exp_last = exp_err
            if rc != exp_rc:
                problems.append("exit status %s, expected %s" % (rc, exp_rc))
            got_last = last_nonempty_line(err)
            if got_last != exp_last:
                problems.append("last stderr line differs:\n  expected: %s\n  got:      %s"
                                % (exp_last, got_last or "(empty)"))
    if out != exp_out:
        problems.append("stdout differs:\n" + short_diff(
            exp_out, out, "expected/%s.out" % name, "actual"))
    return name, problems, elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tests", nargs="*", help="test names or glob patterns (default: all)")
    ap.add_argument("--krait", default="target/release/krait",
                    help="VM command (default: target/release/krait)")
    ap.add_argument("--krait-args", default="",
                    help="extra VM arguments, placed before the script name")
    ap.add_argument("--no-leak-check", action="store_true",
                    help="do not pass --leak-check to krait")
    ap.add_argument("--timeout", type=float, default=30.0, help="per-test timeout in seconds")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--list-failures", metavar="FILE", help="write failing test names to FILE")
    ap.add_argument("--timing", action="store_true", help="print the 10 slowest tests")
    ap.add_argument("-q", "--quiet", action="store_true", help="no per-failure diffs")
    opts = ap.parse_args()

    names, missing = select_tests(opts.tests)
    for m in missing:
        print("no such test: %s" % m)

    vm = resolve_vm(opts.krait)
    cmd = [vm] + shlex.split(opts.krait_args)
    if not opts.no_leak_check and "krait" in os.path.basename(vm):
        cmd.insert(1, "--leak-check")
    env = dict(os.environ)
    env.update(KRAITPATH=LIB, PYTHONPATH=LIB, PYTHONHASHSEED="0",
               PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
               LC_ALL="C.UTF-8")

    if os.sep in vm and not os.access(vm, os.X_OK):
        print("VM not found or not executable: %s (build it, or pass --krait PATH)" % vm)
        if opts.list_failures:
            with open(opts.list_failures, "w") as f:
                f.writelines(n + "\n" for n in names + missing)
        print("0 passed, %d failed" % (len(names) + len(missing)))
        return 1

    results = []
    if names:
        with ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as ex:
            futs = [ex.submit(run_one, n, cmd, env, opts.timeout) for n in names]
            for f in futs:
                results.append(f.result())

    failed = [(n, probs) for n, probs, _ in results if probs]
    for n, probs in failed:
        print("FAIL %s" % n)
        if not opts.quiet:
            for p in probs:
                for line in p.rstrip("\n").split("\n"):
                    print("    " + line)
    if opts.timing and results:
        print("slowest tests:")
        for n, _, t in sorted(results, key=lambda r: -r[2])[:10]:
            print("  %7.3fs  %s" % (t, n))
    if opts.list_failures:
        with open(opts.list_failures, "w") as f:
            for n, _ in failed:
                f.write(n + "\n")
            for m in missing:
                f.write(m + "\n")
    npass = len(results) - len(failed)
    nfail = len(failed) + len(missing)
    print("%d passed, %d failed" % (npass, nfail))
    return 1 if (nfail or not results) else 0


if __name__ == "__main__":
    sys.exit(main())
