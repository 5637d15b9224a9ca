# program: word frequency analysis with dicts, sorting by count then word, and simple stats
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
def words(text):
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            yield "".join(cur)
            cur = []
    if cur:
        yield "".join(cur)
freq = {}
for w in words(TEXT):
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("distinct:", len(freq), "total:", sum(freq.values()))
for w, c in ranked[:10]:
    print(f"{w:<12}{c:>3} {'#' * c}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
once = sorted(w for w, c in freq.items() if c == 1)
print("hapax:", once)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda k: (-letters[k], k))[:5]
print("top letters:", [(k, letters[k]) for k in top])
bigrams = {}
ws = list(words(TEXT))
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
lines = TEXT.split("\n")
print([len(l.split()) for l in lines], max(lines, key=len)[:20])
avg = sum(len(w) for w in ws) / len(ws)
print(f"average word length {avg:.3f}")
