# if / elif / else chains, nested ifs, truthiness in conditions
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
print([grade(s) for s in [95, 90, 85, 72, 60, 59, 0]])
def classify(n):
    if n > 0:
        if n % 2 == 0:
            kind = "positive even"
        else:
            kind = "positive odd"
    elif n < 0:
        kind = "negative"
    else:
        kind = "zero"
    return kind
print([classify(v) for v in [4, 3, -2, 0]])
for v in [[], [0], "", "0", 0.0, None, {}, {"a": 1}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x: print("one-line if")
if not x: print("never")
else: print("one-line else")
if x > 3 and x < 10 or x == 100:
    print("compound")
if (x > 3
        and x < 10):
    print("multi-line condition")
def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
print(" ".join(fizz(20)))
if []:
    pass
elif 0:
    pass
print("empty branches fine")
val = 0
if val == 0:
    pass
else:
    print("unreachable")
count = 0
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    count += i
print(count)
