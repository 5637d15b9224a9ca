# dict() construction forms, comprehensions, and construction errors
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("abc", range(3))))
print(dict([("a", 1), ("a", 2)]), dict([["k", "v"]]), dict(["xy", "zw"]), dict({1: 2}.items()), dict([]))
print(dict(((1, 2), (3, 4))), dict(a=1, **{"b": 2}), dict({"a": 1}, a=5), dict(iter([(0, 0)])))
print({k: v for k, v in [("a", 1), ("b", 2)]}, {i: i * i for i in range(5)}, {c: ord(c) for c in "abc"})
print({i % 3: i for i in range(10)}, {k: len(k) for k in ["one", "three"] if len(k) > 3}, {x: y for x, y in {}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)}, {v: k for k, v in {"a": 1, "b": 2}.items()})
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
for args in [(5,), ([1, 2],), ([(1,)],), ([(1, 2, 3)],), (None,), ("ab",), ([[1, 2], 3],), ({"a": 1}, {"b": 2})]:
    try:
        print(dict(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({[1]: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(dict([([1], 2)]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({[]: 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({k: 1 for k in [[1]]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(dict(**{1: 2}))
except TypeError as e:
    print(type(e).__name__, e)
keys = ["name", "age", "city"]
vals = ["Ann", 30, "Oslo"]
person = dict(zip(keys, vals))
print(person, dict(zip(keys, vals[:2])), dict(enumerate("xyz")), dict(enumerate("ab", 10)))
print(dict.fromkeys(keys, "?"), dict(sorted({"b": 1, "a": 2}.items())), dict(reversed(list(person.items()))))
big = {i: str(i) for i in range(1000)}
print(len(big), big[999], sum(big), list(big)[:5], list(big.values())[-3:])
