CASES = [
# required
"x = (1 +", "x = [1, 2", "x = {1: 2", "foo(1 2)", "foo(\n  a\n  b)", "x = )", "x = ]", "x = }", "(]", "[)", "{)", "(\n]",
"\"abc", "x = 'abc\ny'", "'''abc\n", "'''abc\ndef", "x = (\n\"abc",
" x = 1", "x = 1\n    y = 2", "if x:\n  a\n b", "if x:\n\ta\n        b", "if x:\n        a\n\tb",
"if x:\n", "if x:", "if x\n", "if x:\npass", "for x in y:\npass", "while x:\npass", "def f():\npass", "class A:\npass",
"try:\npass", "try:\n  pass\nexcept:\npass", "try:\n  pass\nexcept E as e:\npass", "if x:\n  pass\nelse:\npass", "if x:\n  pass\nelif y:\npass",
"try:\n  pass\nfinally:\npass", "with x:\npass", "def f():", "class A:", "for x in y:", "while 1:", "with a:",
"1 = x", "1 = 2 = 3", "x = 1 = 2", "f() = 1", "x + 1 = 2", "f() += 1", "x = 1€", "1abc", "print \"x\"", "print x", "exec \"x\"", "print x, y",
"f(a=1, 2)", "f(**a, *b)", "def f(a=1, b): pass", "def f(x, x): pass", "lambda x, x: 1", "def f(a, *, a): pass",
"f\"{}\"", "f\"{x\"", "f\"}\"", "f\"{x} }\"", "f\"{ }\"", "f\"{!r}\"", "f\"{=}\"", "f\"{:x}\"", "f\"{x!}\"", "f\"{x!z}\"", "f\"{x:\"", "f\"{x!r\"",
"f\"{#}\"", "f\"{\\\"a\\\"}\"", "f\"{a[}\"", "f\"{a)}\"", "f\"{a:{b:{c}}}\"", "f\"{x}\" f\"{}\"", "x = 1\ny = f\"abc{x:{}}\"",
"x = 1 + \\", "x = 1 + \\\n", "x = 1 \\ 2", "y = 2\nx = 1 \\ 2",
# numbers
"1€", "a€b", "x = 1\xa0", "1a", "1_a", "0x1g", "0xg", "1e5a", "1.5a", "1jx", "0b12", "0b2", "0o8", "0o18", "09", "0777", "0_7", "1__0", "1_", "0x", "1e", "1e+",
"a $ b", "a ? b", "a ! b", "x = `b`",
# strings
"\"\\x4\"", "\"\\x4g\" + 1", "\"\\u12\"", "\"\\U1234567\"", "\"\\U00110000\"", "\"\\N{foo}\"", "\"\\N\"", "b\"é\"", "\"a\" b\"b\"", "b\"a\" f\"b\"", "x = (1,\n \"\\x4\")", "x = 1 +\n\"\\x4\"", "b\"\\x4\"", "'é\\x4'",
# assignment
"x, 1 = y", "1, x = y", "x, f() = 1", "(x, 1) = y", "[x, 1] = y", "f() = x if y else z", "f() = not x", "f() = 1, 2", "f() = 1 == 2", "x + 1 = 2 + 3", "x + 1 = y = 2",
"[1] + x = 3", "[x for x in y] = 3", "True = 1", "None = 1", "... = 1", "\"a\" = 1", "f\"{x}\" = 1", "x.y + 1 = 2", "-x = 1", "not x = 1", "a and b = 1", "a < b = 1",
"lambda: 1 = 1", "x if y else z = 1", "(yield) = 1", "x = yield = 1", "yield x = 1", "{a: b} = 1", "{a} = 1", "(a for a in b) = 1", "a := 1", "(a := 1) = 2", "x.y := 1",
"x, y: int", "[x]: int", "(x, y): int", "f(): int", "1: int", "x, y += 1", "[x] += 1", "1 += 1", "(a, b) += 1",
"del f()", "del (a, 1)", "del *a", "del a + b", "del x +", "del a < b",
"for 1 in x: pass", "for f() in x: pass", "for x, 1 in y: pass", "with a as 1: pass", "with a as f(): pass", "[x for 1 in y]", "[x for f() in y]", "for a + b in c: pass",
"x = (*a)", "x = (**a)", "if x = 1: pass", "if x.y = 1: pass", "if 1 = x: pass", "while x = 1: pass", "[x = 1]", "f(x.y=1)", "f(True=1)", "f(x=1 for y in z)",
"f(a for a in b, c)", "f(c, a for a in b)", "f(a for a in b for c in d, 1)", "f(**a, b)", "f(**a, b=1, c)", "f(*a, b=1, c)", "f(a=1, **b, *c)", "f(a, b=1, c)", "f(a=1, 2, 3)",
# blocks & headers
"a, b = 1 +", "try:\n  pass\nx = 1", "try:\n  pass\n", "try:\n  pass", "try x", "else", "def f:", "def f()", "def f() -> int\n  pass", "class A\n", "class A(B)\n", "class A x",
"for x in y\n", "for x in y x", "while x\n", "with a\n", "with (a, b)\n", "except", "try:\n  pass\nexcept A, B:\n  pass", "try:\n  pass\nexcept A\n  pass", "try:\n  pass\nexcept\n  pass",
"try:\n  pass\nfinally\n  pass", "try:\n  pass\nexcept:\n  pass\nelse\n  pass", "if x:\n  pass\nelif y\n  pass", "if x:\n  pass\nelse\n  pass", "@dec\nx = 1", "@dec\n",
"import a.b as c.d", "from . import a, b,", "from x import (*)", "import *", "from x import a as", "from x import", "import", "from . import", "from .x import (a, b",
"def f(*): pass", "def f(*, **k): pass", "def f(*a=1): pass", "def f(**a=1): pass", "def f(**a, b): pass", "def f(**a, *b): pass", "def f(*a, *b): pass", "def f(/, a): pass",
"def f(a, /, b, /): pass", "def f(*, a, /): pass", "def f(a=): pass", "def f((a, b)): pass", "lambda (a, b): 1", "def f(a, (b)): pass", "lambda *: 1", "lambda *a=1: 1", "def f(a b): pass", "def f(a=1 2): pass", "def f(a, /*): pass",
"def f(a, a=1, /): pass", "def f(**k, **j): pass", "lambda **k, a: 1", "lambda a=1, b: 1", "def f(a, *, b=1, c): pass",
# comma
"(a, b c)", "[a + b c]", "[x if y else z w]", "[lambda: x y]", "[not a b]", "[print x]", "[f(a) g(b)]", "[1 2 3]", "(kf\"x\")", "x = 1 y", "{a: b c}", "{a b}", "f(a=1 2)", "x[a b]", "[*a b]", "[x for x in y w]", "x = [1, 2\ny = 3", "x = [1, 2\n\ny = 3\n", "x = (1, 2\nif x:\n  pass\n", "(a b +)",
"[x if y]", "x = a if b", "[x if y: z]",
# dict/set/comprehension
"{a: *b}", "{a:}", "{a: 1, b}", "{**a for x in y}", "[*a for a in b]", "[a, b for a in c]", "[a, for a in c]", "{a: 1, b: }", "{a, b for a in c}", "(*a for a in b)",
# misc
"async def f(): pass", "async with a: pass", "match x:\n    case 1: pass", "x = 1 if", "x = not", "x = [", "x = (", "(", ")", "]", "}", "def", "class", "if", "lambda", "lambda x", "x.", "x.1", "x..y", "import a.", "@", "return return",
"x = 1\n  y", "if x:\n    a\n  b", "def f():\n  return\n    x",
"\"\"\"\n\n", "x = '''", "x = f'{'", "f'{a!r:{b!s}}'", "f'{a!r=}'",
"if x:\n    pass\n  else:\n    pass", "x = (\n1\n2\n)", "print(f'{x')",
"True: int = 1", "x = True = 1", "def f(True): pass", "def True(): pass", "class None: pass", "import True", "from x import None", "x.True", "f(a, True=1)", "for True in x: pass",
"a = b = c +", "x = 1 = f()", "a + 1 += 1", "f(a, *b, c=1, d)", "f(**a, *b, c)", "del (a, f())", "del [a, b + c]",
"with a as b c: pass", "with (a as b) c: pass", "x = lambda: yield", "x = *a", "*a = 1, b",
"def f() -> : pass", "def f() -> int pass", "class A(x for x in y): pass", "class A(1 2): pass",
"x = (yield) = 1", "x = 1 if 2 else", "x = [i for i in]", "x = [i for in y]", "x = {1: 2, 3}", "x = {1, 2: 3}",
"nonlocal", "global x,", "global 1", "assert", "raise from x", "del", "return from",
"a.b.c = d.e.f = g(", "{a: *b} # c", "{a: *b,\n c: d}", "x = {a: *b}", "class A(a, x for x in y): pass", "del (x +)", "del x, f() +", "del [x] +", "def f() -> *a: pass", "x = \"é\\x4\"", "if x:\n\n  \n", "if x:\n# c\n",
]
CASES += [
"for i in range(10) print(i)", "def f(x):\n    return x +\n", "print('hello'", "if True:\nprint(1)", "while True print(1)", "x = [1, 2, 3", "d = {'a': 1 'b': 2}",
"def f(x) -> int\n    return x", "class A(object) pass", "if x == 1\n    pass", "elif x:\n    pass", "else:\n    pass", "x = 1 +* 2", "x = 'unterminated",
"print(f\"{x\")", "print(f'{x!q}')", "import os, sys,", "from os import path,", "return", "x == = 1", "x = (1, 2))", "def f():\n    pass\n  return 1",
"if x:\n    pass\n    else:\n    pass", "x = {1, 2", "f(1, 2,, 3)", "[1, 2,, 3]", "x = 1 if 2", "lambda x: yield x", "a b c", "x.1", "1 + 1 = 2", "'a' + = 'b'",
"def f(self, *, ): pass", "def f(a, b, a=1): pass", "try:\n    x\nfinally:\n    y\nexcept:\n    z", "with open('f') as f, open('g') as f2\n    pass",
"x = 1\ny = 2\nz = (x +\n     y\nprint(z)", "if x:\n    a = 1\n   b = 2", "def f():\n\treturn 1\n        return 2", "class A:\n    def f(self):\n    pass",
"x = [i for i in range(10) if i % 2 == 0 else 1]", "x = {**a, **b,}", "f(**a, **b, *c)", "f(x=1, x=2)", "del 1", "nonlocal x, ", "assert (x, 'msg'", "raise ValueError from",
"x: int, y: int = 1, 2", "print(1 2)", "True = False", "__debug__ = 1", "f() = 3", "x + = 1", "x =+ 1", "x = 08", "x = 1__000", "x = 0b", "x = 0o", "x = 1e", "x = 1.2.3",
]
