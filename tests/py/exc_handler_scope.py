# the "as" name is deleted at the end of the except block; handlers in loops
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as ne:
    print("after handler:", type(ne).__name__, ne)

def keep_copy():
    saved = None
    try:
        raise KeyError("kept")
    except KeyError as err:
        saved = err
    return saved
print(repr(keep_copy()))

results = []
for i in range(6):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        elif i % 3 == 1:
            raise TypeError(i)
        results.append(("ok", i))
    except ValueError as err:
        results.append(("V", err.args[0]))
    except TypeError as err:
        results.append(("T", err.args[0]))
print(results)

def retry(attempts):
    for n in range(1, attempts + 1):
        try:
            if n < 3:
                raise ConnectionError(f"attempt {n} failed")
            return f"succeeded on attempt {n}"
        except ConnectionError as err:
            print(" ", err)
    return "gave up"
print(retry(2))
print(retry(5))

x = 0
while True:
    try:
        x += 1
        if x > 3:
            raise StopIteration
    except StopIteration:
        print("stopping at", x)
        break
    else:
        continue
    finally:
        print("  finally", x)
