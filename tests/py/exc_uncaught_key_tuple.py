# uncaught KeyError with a tuple key (repr of the key in the message)
grid = {(0, 0): "origin", (1, 0): "east"}
for k in sorted(grid):
    print(k, grid[k])
print(grid[(2, 3)])
