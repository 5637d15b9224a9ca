# uncaught TypeError: unsupported operand types for +
items = [1, 2, 3]
total = 0
for it in items:
    total += it
print("total", total)
print(total + "4")
