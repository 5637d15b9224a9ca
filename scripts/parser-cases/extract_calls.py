import ast, sys, os
NAMES = {'check_syntax_error', '_check_error', 'compile', 'check', 'assertSyntaxError', 'check_ast_roundtrip', '_check_content', 'assertInvalidSingle', 'assertValidSingle', 'check_src_roundtrip', 'check_invalid', 'ast_parse', 'parse'}
res = []; seen = set()
for f in sys.argv[1:]:
    try: tree = ast.parse(open(f).read())
    except Exception: continue
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None
            if name in NAMES and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                s = node.args[0].value
                if s not in seen and len(s) < 2000:
                    seen.add(s); res.append(s)
print('CASES = ' + repr(res))
