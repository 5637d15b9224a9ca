# while/for with else, break and continue, nested loops
for i in range(3):
    print("for", i)
else:
    print("for-else runs when no break")
for i in range(10):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("never printed")
for i in []:
    print("never")
else:
    print("else on empty loop")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
n = 0
while True:
    n += 1
    if n > 4:
        break
print("after while True", n)
while n > 0:
    n -= 1
    if n == 2:
        break
else:
    print("not printed")
print("n =", n)
def find(items, target):
    for idx, v in enumerate(items):
        if v == target:
            break
    else:
        return -1
    return idx
print(find([5, 6, 7], 6), find([5, 6, 7], 9))
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print("pair", i, j)
primes = []
for cand in range(2, 30):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
outer_done = False
for a in range(5):
    for b in range(5):
        if a * b == 6:
            outer_done = True
            break
    if outer_done:
        break
print("found", a, b)
count = 0
while count < 3: count += 1
print(count)
for ch in "abc": print(ch, end=" ")
print()
