# nested loops building tables, searching, and early exits via flags/functions
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))
for i in range(1, 5):
    print("*" * i + " " * (4 - i) + "|")
for i in range(3, 0, -1):
    print(" " * (3 - i) + "#" * (2 * i - 1))
pairs = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                pairs.append((a, b, c))
print(pairs)
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([3, 2, 4], 6), find_pair([1, 2], 10))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in matrix:
    for v in row:
        if v % 2 == 0:
            continue
        total += v
print(total)
transposed = []
for c in range(3):
    new_row = []
    for r in range(3):
        new_row.append(matrix[r][c])
    transposed.append(new_row)
print(transposed)
count = 0
i = 0
while i < 4:
    j = 0
    while j < 4:
        if (i + j) % 3 == 0:
            count += 1
        j += 1
    i += 1
print(count)
words = ["abc", "bcd", "cde"]
common = []
for ch in "abcde":
    if all(ch in w for w in words):
        common.append(ch)
print(common)
for x in range(3):
    for y in range(3):
        if y == 2:
            break
    else:
        print("never")
    print("x", x, "y", y)
