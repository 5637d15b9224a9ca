import re, sys
src = open(sys.argv[1]).read()
cases = []
cur = None
for line in src.split('\n'):
    s = line.strip()
    if s.startswith('>>> '):
        if cur is not None: cases.append('\n'.join(cur))
        cur = [s[4:]]
    elif s.startswith('...') and cur is not None and (s == '...' or s.startswith('... ')):
        cur.append(s[4:])
    else:
        if cur is not None: cases.append('\n'.join(cur)); cur = None
seen = set(); out = []
for c in cases:
    if c not in seen and c.strip():
        seen.add(c); out.append(c)
print('CASES = ' + repr(out))
