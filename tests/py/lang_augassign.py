# augmented assignment on names, attributes, subscripts, slices; evaluation once
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
tup = (1,)
tup_alias = tup
tup += (2,)
print(tup, tup_alias)
class P:
    def __init__(self):
        self.count = 0
        self.items = []
p = P()
p.count += 1
p.count += 10
p.items += ["x"]
print(p.count, p.items)
d = {"a": 1}
d["a"] += 100
d.setdefault("b", 0)
d["b"] -= 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
calls = []
def key():
    calls.append("key")
    return "k"
def target():
    calls.append("target")
    return store
store = {"k": 1}
target()[key()] += 5
print(store, calls)
nums = [1, 2, 3, 4, 5]
nums[1:3] += [9]
print(nums)
x = 0b1100
x &= 0b1010; print(x)
x |= 0b0001; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
f = 7.0
f /= 2; print(f)
f //= 2; print(f)
f %= 2; print(f)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(sorted(st))
class Counter:
    total = 0
Counter.total += 1
Counter.total += 1
c = Counter()
c.total += 10
print(Counter.total, c.total)
try:
    undefined_aug += 1
except NameError as e:
    print(type(e).__name__, e)
