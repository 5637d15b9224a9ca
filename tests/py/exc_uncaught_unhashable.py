# uncaught TypeError: unhashable type used as dict key
d = {}
d[(1, 2)] = "tuple ok"
print(d)
d[[1, 2]] = "list not ok"
