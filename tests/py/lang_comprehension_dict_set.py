# dict and set comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({c: "abcabc".count(c) for c in "abcabc"})
print({i: [j for j in range(i)] for i in range(4)})
print({x % 3: x for x in range(10)})
print(sorted({x % 5 for x in range(100)}))
print({x * x for x in range(-3, 4)} == {0, 1, 4, 9})
print(sorted({len(w) for w in "a bb cc ddd eee f".split()}))
print({w: len(w) for w in ["hi", "hello", "hey"] if len(w) > 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: (v if v > 0 else 0) for k, v in zip("abc", [-1, 5, 0])})
squares = {n: n ** 2 for n in range(1, 11)}
print(squares[7], len(squares), list(squares)[:3], sum(squares.values()))
print({frozenset([i]) for i in range(2)} == {frozenset([0]), frozenset([1])})
inv = {}
for k, v in {"a": 1, "b": 1, "c": 2}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({k: sorted(v) for k, v in {"z": [3, 1], "y": [2, 0]}.items()})
print(sorted({c for c in "hello world" if c.isalpha()}))
print({i: chr(65 + i) for i in range(5)})
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(2, 1)], sorted(grid)[:4])
print(len({i % 7 for i in range(1000)}), {1: 1, **{x: x for x in range(2, 4)}})
