# program: a tiny recursive-descent parser and tree-walking interpreter with variables and functions
class Parser:
    def __init__(self, text):
        self.toks = self.lex(text)
        self.i = 0
    @staticmethod
    def lex(text):
        toks, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                toks.append(("num", int(text[i:j])))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                toks.append(("id", text[i:j]))
                i = j
            else:
                toks.append(("op", c))
                i += 1
        return toks + [("eof", None)]
    def peek(self):
        return self.toks[self.i]
    def take(self, val=None):
        t = self.toks[self.i]
        if val is not None and t[1] != val:
            raise SyntaxError(f"expected {val!r}, got {t[1]!r}")
        self.i += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "id":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                return ("call", val, args)
            return ("var", val)
        if val == "(":
            node = self.expr()
            self.take(")")
            return node
        if val == "-":
            return ("neg", self.factor())
        raise SyntaxError(f"unexpected {val!r}")

FUNCS = {"max": max, "min": min, "sq": lambda v: v * v}

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
            "/": lambda: a // b, "%": lambda: a % b}[kind]()

env = {"x": 7, "y": 3}
program = ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 4 % 3", "-x + sq(y)", "max(x, y, 10) - min(2, y)",
           "100 / (x - 7)", "z + 1", "2 * (3 + ", "2 ** 3", "sq(sq(sq(2)))"]
for src in program:
    try:
        tree = Parser(src).expr()
        print(f"{src:28} => {evaluate(tree, env)}")
    except ZeroDivisionError as e:
        print(f"{src:28} => ZeroDivisionError: {e}")
    except (NameError, SyntaxError) as e:
        print(f"{src:28} => {type(e).__name__}: {e}")
print(Parser("a + b * 2").expr())
