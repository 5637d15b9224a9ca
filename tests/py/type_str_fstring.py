# f-strings: expressions, conversions, format specs, nested specs, '=' debugging
x, y, name = 10, 3.14159, "World"
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"Hello, {name}!", f"{x + 5}", f"{x * y:.3f}", f"{x}{x}", f"{{x}}", f"{{{x}}}")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{name:>10}", f"{name!r:>10}")
print(f"{items}", f"{items[1]}", f"{d['k']}", f"{d['n'] ** 2}", f"{len(items)}")
print(f"{x:5d}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:x}|{x:#b}|{x:,}|{x:e}")
print(f"{y:.2f}|{y:10.4f}|{y:<10.1f}|{y:e}|{y:.2%}|{y:g}|{-y:+.3}")
w, p = 12, 3
print(f"[{y:{w}.{p}f}]", f"[{name:{'*'}^{w}}]", f"[{x:{'0'}{w}}]")
print(f"{x=}", f"{y=:.2f}", f"{name=!r}", f"{x + 1 = }", f"{items[0]=}", f"{ name = }")
print(f"{'nested ' + f'{x}'}", f"{f'{y:.1f}':>6}", f"{[i * 2 for i in items]}")
print(f"{x if x > 5 else 0}", f"{(lambda a: a * 2)(x)}", f"{'yes' if items else 'no'}")
print(f"{x!r:>5}", f"{3.0!s}", f"{None}", f"{True:d}", f"{True!s:>6}", f"{[]!r}")
print(f"{{}}", f"{{", f"}}", f"a{x}b{y:.0f}c", f"{''}", f"", f"{x}" f"{y}")
print(f"{'{'}", f"{'}'}", f"{'a' 'b'}", f"{chr(65)}", f"{ x }", f"{x:{''}>4}")
print(f"""multi
{x}
line""", f'''{name}''')
print(F"{x}", rf"\n{x}", fr"{name}\t", f"\t{x}\n".strip())
n = 0
def bump():
    global n
    n += 1
    return n
print(f"{bump()} {bump()} {bump()}", n)
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
c = C()
print(f"{c}", f"{c:xyz}", f"{c!s}", f"{c!r}", f"{c:{w}}", format(c, "q"), "{:abc}".format(c))
for val, spec in [(x, "s"), (name, "d"), (y, "x")]:
    try:
        print(f"{val:{spec}}")
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f"{d['missing']}")
except KeyError as e:
    print(type(e).__name__, e)
print(f"{2 ** 100:,}", f"{-0.0:.1f}", f"{1e-9:.2e}", f"{1 / 3:.50f}")
print(f"{-0.0:z.1f}", f"{-0.001:z.2f}", f"{-0.001:.2f}")
