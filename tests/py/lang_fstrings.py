# f-strings: conversions, format specs, nested specs, = debugging, expressions, quoting
x = 42
name = "Krait"
pi = 3.14159265
print(f"{x}", f"{name}", f"{x!r}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"[{x:>10}]", f"[{x:<10}]", f"[{x:^10}]", f"[{x:*^10}]", f"[{x:010}]", f"[{x:+}]", f"[{-x:=+8}]")
print(f"{pi:.2f}", f"{pi:10.3f}|", f"{pi:e}", f"{pi:.0f}", f"{1234567.891:,.2f}", f"{0.25:.1%}")
print(f"{x:b}", f"{x:o}", f"{x:x}", f"{x:X}", f"{x:#x}", f"{x:#b}", f"{255:08b}", f"{1000000:_}")
w, p = 12, 4
print(f"[{pi:{w}.{p}f}]", f"[{name:>{w}}]", f"[{x:{'^'}{w}}]", f"[{pi:.{p - 2}f}]")
print(f"{x=}", f"{name=}", f"{x + 1=}", f"{pi=:.2f}", f"{name = }", f"{x=!s}")
items = [1, 2, 3]
d = {"key": "value", "n": 5}
print(f"{items[0]} {items[-1]} {d['key']} {d['n'] * 2} {len(items)}")
print(f"{'nested ' + name}", f"{x if x > 40 else 0}", f"{[i * i for i in items]}", f"{(lambda v: v * 2)(3)}")
print(f"{{literal braces}}", f"{{{x}}}", f"{{}}", f"a{{b}}c{x}")
print(f"multi {x} and {name} and {pi:.1f} in {'one'} {'string'}")
print(f'single {name!r}', f"""triple "{name}" """, f'''{x}''')
print(F"capital F {x}", rf"raw\n{x}", fr"{name}\t")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
print(f"{P()}", f"{P():abc}", f"{P()!r}", f"{P()!r:>6}")
print(f"{x:{w}}|", f"{name:.2}", f"{name:>8.3}|", f"{3:3}{4:3}")
val = None
print(f"{val}", f"{val!r}", f"{True}", f"{True:d}" if False else f"{int(True)}", f"{[None, 'a']}")
print(f"{x:,}", f"{10 ** 12:,}", f"{-1234.5:,.1f}", f"{2 ** 70}")
width = 5
for i in range(1, 4):
    print(f"{i:>{width}}|{i * i:<{width}}|{i ** 3:^{width}}|")
print(f"{'a' 'b'}", f"{x}" f"{x}", "plain" f"{x}")
newline = "\n"
print(f"joined: {newline.join(['l1', 'l2'])}")
print(f"{3.0}", f"{1e20}", f"{1/3}", f"{-0.0}", f"{float('inf')}", f"{10**20 / 3:g}")
