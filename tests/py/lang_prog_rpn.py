# program: RPN calculator with a stack, error handling and user-defined words
class RPNError(Exception):
    pass
class Calc:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.ops = {
            "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
            "/": self._div, "%": lambda a, b: a % b, "^": lambda a, b: a ** b,
            "max": max, "min": min,
        }
    @staticmethod
    def _div(a, b):
        if b == 0:
            raise RPNError("division by zero")
        return a // b if isinstance(a, int) and isinstance(b, int) and a % b == 0 else a / b
    def pop(self):
        if not self.stack:
            raise RPNError("stack underflow")
        return self.stack.pop()
    def run(self, line):
        tokens = line.split()
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t == ":":
                end = tokens.index(";", i)
                self.words[tokens[i + 1]] = tokens[i + 2:end]
                i = end + 1
                continue
            if t in self.words:
                self.run(" ".join(self.words[t]))
            elif t in self.ops:
                b, a = self.pop(), self.pop()
                self.stack.append(self.ops[t](a, b))
            elif t == "dup":
                v = self.pop()
                self.stack += [v, v]
            elif t == "swap":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif t == "drop":
                self.pop()
            elif t == "neg":
                self.stack.append(-self.pop())
            else:
                try:
                    self.stack.append(int(t))
                except ValueError:
                    try:
                        self.stack.append(float(t))
                    except ValueError:
                        raise RPNError(f"unknown word {t!r}") from None
            i += 1
        return self.stack
programs = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 10 ^ 1000 -",
    "7 2 /",
    "8 2 /",
    "1.5 2 * neg",
    ": sq dup * ; 12 sq",
    ": cube dup sq * ; 3 cube 2 cube +",
    "1 2 swap - 10 max",
    "1 0 /",
    "+",
    "1 2 frob",
    "2 100 ^ 3 %",
]
calc = Calc()
for p in programs:
    calc.stack.clear()
    try:
        print(f"{p:36} -> {calc.run(p)}")
    except RPNError as e:
        print(f"{p:36} -> error: {e} (stack {calc.stack})")
print(sorted(calc.words.items()))
