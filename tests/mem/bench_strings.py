# Benchmark-like: string building, dict counting, sorting.
words = {}
text = []
for i in range(20000):
    w = "w%d" % (i * 7919 % 1000)
    words[w] = words.get(w, 0) + 1
    text.append(w)
s = " ".join(text)
top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("strings", len(s), top)
