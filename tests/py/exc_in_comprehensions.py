# exceptions inside comprehensions, generator expressions, lambdas and map/filter
def safe(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(safe(lambda: [1 / x for x in [1, 2, 0, 4]]))
print(safe(lambda: {k: d[k] for d in [{"a": 1}] for k in ["a", "b"]}))
print(safe(lambda: {int(s) for s in ["1", "2", "three"]}))
print(safe(lambda: list(x[0] for x in [[1], [], [3]])))
print(safe(lambda: list(map(int, ["4", "5", "x6"]))))
print(safe(lambda: list(filter(lambda v: v.startswith("a"), ["ab", 3]))))
print(safe(lambda: sorted([3, "a", 1])))
print(safe(lambda: max([])))
print(safe(lambda: [undefined_name for _ in range(2)]))
print(safe(lambda: sum(x for x in ["a"])))
def partial_results():
    out = []
    try:
        for v in ["1", "2", "x", "4"]:
            out.append(int(v))
    except ValueError as e:
        return out, str(e)
print(partial_results())
def try_in_comprehension(items):
    def conv(s):
        try:
            return int(s)
        except ValueError:
            return None
    return [conv(s) for s in items]
print(try_in_comprehension(["1", "a", "3"]))
gen = (10 // x for x in [5, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print("gen error:", e)
try:
    next(gen)
except StopIteration:
    print("generator finished after error")
results = []
for item in [[1, 2], "ab", 5, None, (3,)]:
    try:
        results.append([v * 2 for v in item])
    except TypeError as e:
        results.append(str(e))
print(results)
print(safe(lambda: [y for x in [1, 2] for y in x]))
print(safe(lambda: dict([(1, 2), (3,)])))
print(safe(lambda: [(lambda q: q.upper())(s) for s in ["a", 1]]))
