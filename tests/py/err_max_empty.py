# uncaught ValueError "max() arg is an empty sequence"
print(max([3, 9, 2]), min([3, 9, 2]), max("abc"), max(1, 2, 3), max([], default="none"))
print(max([(1, "a"), (1, "b")]), min([5, 3], key=lambda v: -v))
try:
    min([])
except ValueError as e:
    print("caught:", e)
try:
    max(())
except ValueError as e:
    print("caught:", e)
def best(scores):
    return max(scores) if scores else None
print(best([70, 85]), best([]))
groups = {"a": [1, 5], "b": [], "c": [2]}
for k, v in groups.items():
    print(k, max(v, default=-1))
nums = [x for x in range(10) if x > 20]
print("filtered:", nums)
print(sum(nums), len(nums), any(nums))
print("max of empty list")
print(max(nums))
print("unreachable")
