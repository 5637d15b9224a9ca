# Does not fit under any small limit: keeps everything it makes.
keep = []
i = 0
while True:
    keep.append({"n": i, "s": "x" * 100, "l": [i] * 10})
    i += 1
