#!/usr/bin/env python3
"""Per-bytecode instruction counts of tier 1, from a callgrind profile.

Each bytecode's handler is its own function (see docs/architecture.md), so a
callgrind profile knows what every handler cost, inclusive of what it
called. This maps the handlers back to opcodes through the dispatch jump
table in `interp::run_frames` and prints, per opcode: the instructions
spent in its handler (inclusive), the share, the executions and the
instructions per execution (the dispatch loop's own ~15 per instruction
are not included).

usage:
  valgrind --tool=callgrind --demangle=no --callgrind-out-file=/tmp/cg.out \
      target/release/krait benches/py/richards.py 1
  scripts/profile-ops.py target/release/krait /tmp/cg.out [ROWS] [OP,OP,...]

The optional OP list prints those opcodes' handler addresses (for
`objdump -d --start-address=...`). It reads the binary with `nm` and
`objdump` (x86-64 builds), and relies on the dispatch being a jump table
whose entries call the handlers: if the compiler lays the loop out
otherwise it finds no handlers and says so.
"""
import os, re, subprocess, sys, struct
if len(sys.argv) < 3:
    sys.exit(__doc__)
binary, cg = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(root, 'core-vm/src/bytecode/opcode.rs')).read()
body = src[src.index('pub enum Op {'):]
body = body[:body.index('\n}')]
ops = [m.group(1) for m in re.finditer(r'^\s{4}([A-Z][A-Za-z0-9]*)\s*(?:=.*)?,', body, re.M)]
nm = subprocess.run(['nm', binary], capture_output=True, text=True).stdout
addr_of = {}
for l in nm.splitlines():
    p = l.split()
    if len(p) == 3: addr_of.setdefault(p[2], int(p[0], 16))
rl = [s for s in addr_of if 'run_frames' in s][0]
start = addr_of[rl]
dis = subprocess.run(['objdump', '-d', '--no-show-raw-insn', binary, '--start-address=%#x' % start, '--stop-address=%#x' % (start + 0x200)], capture_output=True, text=True).stdout
m = re.search(r'lea\s+-?0x[0-9a-f]+\(%rip\),%(\w+)\s+# ([0-9a-f]+)', dis)
table = int(m.group(2), 16)
# read the table from the ELF
import mmap
secs = subprocess.run(['objdump', '-h', binary], capture_output=True, text=True).stdout
data = open(binary, 'rb').read()
def file_off(va):
    for l in secs.splitlines():
        p = l.split()
        if len(p) >= 7 and p[0].isdigit():
            vma, size, off = int(p[3], 16), int(p[2], 16), int(p[5], 16)
            if vma <= va < vma + size: return off + va - vma
fo = file_off(table)
if fo is None:
    sys.exit('profile-ops: no dispatch jump table found in run_frames')
handler_of = {}
for i, op in enumerate(ops):
    rel = struct.unpack('<i', data[fo + 4 * i: fo + 4 * i + 4])[0]
    tgt = table + rel
    d = subprocess.run(['objdump', '-d', '--no-show-raw-insn', binary, '--start-address=%#x' % tgt, '--stop-address=%#x' % (tgt + 40)], capture_output=True, text=True).stdout
    c = re.search(r'call\s+([0-9a-f]+)', d)
    if c: handler_of[int(c.group(1), 16)] = op
sym_op = {}
for s, a in addr_of.items():
    if a in handler_of: sym_op[s] = handler_of[a]

txt = open(cg).read()
names = dict(re.findall(r'^c?fn=\((\d+)\) (\S+)', txt, re.M))
calls = {}; agg = {}
cur = None; lines = txt.splitlines(); k = 0
while k < len(lines):
    l = lines[k]
    if l.startswith('cfn='):
        m2 = re.match(r'cfn=\((\d+)\)(?: (\S+))?', l)
        cur = m2.group(2) or names.get(m2.group(1))
    elif l.startswith('calls=') and cur in sym_op:
        op = sym_op[cur]
        calls[op] = calls.get(op, 0) + int(l.split('=')[1].split()[0])
        cost = int(lines[k + 1].split()[-1])
        agg[op] = agg.get(op, 0) + cost
        k += 1
    k += 1
if not agg:
    sys.exit('profile-ops: no handler calls found (was the profile made with --demangle=no from this binary?)')
tot = sum(agg.values())
print("%-28s %12s %6s %10s %8s" % ("op", "incl Ir", "%", "count", "Ir/exec"))
for op, c in sorted(agg.items(), key=lambda x: -x[1])[:int(sys.argv[3]) if len(sys.argv) > 3 else 30]:
    n = calls.get(op, 0)
    print("%-28s %12d %5.1f%% %10d %8.0f" % (op, c, 100.0 * c / tot, n, c / n if n else 0))
if len(sys.argv) > 4:
    for a, op in handler_of.items():
        if op in sys.argv[4].split(','):
            print(op, hex(a))
