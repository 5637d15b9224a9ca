# A first Krait script: run it with `cargo run --release -- examples/hello.py`.

def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


class Counter:
    """Counts words."""

    def __init__(self):
        self.counts = {}

    def add(self, text):
        for word in text.split():
            self.counts[word] = self.counts.get(word, 0) + 1
        return self

    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


print(greet("Krait"))
print(greet("world", "?"))
c = Counter().add("the quick brown fox jumps over the lazy dog the end")
print(c.most_common(3))
squares = [n * n for n in range(10) if n % 2 == 0]
print(squares, sum(squares), 2 ** 100)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
