import ast, sys
tree = ast.parse(open(sys.argv[1]).read())
out = []
for node in ast.walk(tree):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ('assertAllRaise',):
        for a in node.args:
            if isinstance(a, (ast.List, ast.Tuple)):
                for e in a.elts:
                    if isinstance(e, ast.Constant) and isinstance(e.value, str):
                        out.append(e.value)
seen = set(); res = []
for c in out:
    if c not in seen: seen.add(c); res.append(c)
print('CASES = ' + repr(res))
