# program: a hand-written tokenizer for a small expression language
KEYWORDS = {"let", "if", "then", "else", "fn"}
OPS = {"+", "-", "*", "/", "(", ")", "=", "==", "!=", "<", "<=", ">", ">=", ",", "->"}

class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"

class LexError(Exception):
    pass

def tokenize(src):
    i, out = 0, []
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(Token("FLOAT" if "." in text else "INT", text, i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            out.append(Token("KW" if word in KEYWORDS else "NAME", word, i))
            i = j
        elif ch == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise LexError(f"unterminated string at {i}")
            out.append(Token("STR", src[i + 1:j], i))
            i = j + 1
        elif src[i:i + 2] in OPS:
            out.append(Token("OP", src[i:i + 2], i))
            i += 2
        elif ch in OPS:
            out.append(Token("OP", ch, i))
            i += 1
        elif ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        else:
            raise LexError(f"unexpected character {ch!r} at {i}")
    out.append(Token("EOF", "", len(src)))
    return out

samples = [
    "let x = 42",
    "if x >= 10 then x * 2.5 else -x",
    'fn greet(name) -> "hello" + name  # comment',
    "a_1!=b_2,c==d<=e",
    "let s = \"unterminated",
    "let y = 3 $ 4",
]
for s in samples:
    try:
        toks = tokenize(s)
        print(toks)
        kinds = {}
        for t in toks:
            kinds[t.kind] = kinds.get(t.kind, 0) + 1
        print("  counts:", sorted(kinds.items()))
    except LexError as e:
        print("  LexError:", e)
