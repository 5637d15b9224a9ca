import sys, ast, json, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pydump import dump_module, Unsupported

import re
UNSUP = re.compile(r'^\s*(match|async)\b|^\s*except\s*\*', re.M)

def expect(src):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        if UNSUP.search(src):
            return 'UNSUPPORTED match/async/except*'
        if 'null bytes' in e.msg:
            return 'SKIP (CPython gives no position)'
        r = fmt(e)
        if e.msg.startswith('invalid') and ("f'" in src or 'f"' in src) and not r.startswith('~'):
            r = '~' + r
        return r
    except ValueError as e:
        return 'SKIP (CPython gives no position)'
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        if e.msg.startswith('duplicate argument'):
            return fmt(e)
    except Exception:
        pass
    try:
        return dump_module(tree, src)
    except Unsupported as u:
        return 'UNSUPPORTED ' + str(u)

STRING_PARSER = ("f-string: expecting '}'", "f-string: single '}'", "f-string: empty expression", "f-string: expression required",
    "f-string: invalid conversion", "f-string expression part", "f-string: unmatched", "f-string: closing parenthesis",
    "f-string: unterminated string", "f-string: expressions nested", "f-string: too many nested", "f-string: unexpected end")

def fmt(e):
    off = e.offset if e.offset is not None else 0
    end = e.end_offset if (e.end_offset or 0) > off else off + 1
    loose = e.msg.startswith('f-string') and not e.msg.startswith(STRING_PARSER)
    return '%s%s: %s @%s:%s-%s' % ('~' if loose else '', type(e).__name__, e.msg, e.lineno, off, end)

def rust_str(s):
    out = ['"']
    for c in s:
        o = ord(c)
        if c == '"': out.append('\\"')
        elif c == '\\': out.append('\\\\')
        elif c == '\n': out.append('\\n')
        elif c == '\t': out.append('\\t')
        elif c == '\r': out.append('\\r')
        elif 32 <= o < 127: out.append(c)
        else: out.append('\\u{%x}' % o)
    out.append('"')
    return ''.join(out)

if __name__ == '__main__':
    ns = {}
    exec(open(sys.argv[1]).read(), ns)
    print('&[')
    for src in ns['CASES']:
        print('    (%s, %s),' % (rust_str(src), rust_str(expect(src))))
    print(']')
