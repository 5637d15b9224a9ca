# program: recursive pretty-printer / serializer for nested data (JSON-like) and a parser back
def dumps(obj, indent=0, step=2):
    pad = " " * indent
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            out += {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}.get(ch, ch)
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = [" " * (indent + step) + dumps(v, indent + step, step) for v in obj]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = [" " * (indent + step) + dumps(str(k)) + ": " + dumps(v, indent + step, step) for k, v in obj.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == "{":
            pos += 1
            d = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return d
            while True:
                k = value()
                ws(); pos += 1
                d[k] = value()
                ws()
                if s[pos] == "}":
                    pos += 1
                    return d
                pos += 1
        if ch == "[":
            pos += 1
            lst = []
            ws()
            if s[pos] == "]":
                pos += 1
                return lst
            while True:
                lst.append(value())
                ws()
                if s[pos] == "]":
                    pos += 1
                    return lst
                pos += 1
        if ch == '"':
            pos += 1
            out = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    out += {"n": "\n", "t": "\t"}.get(s[pos], s[pos])
                else:
                    out += s[pos]
                pos += 1
            pos += 1
            return out
        for lit, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.e":
            pos += 1
        num = s[start:pos]
        return float(num) if any(c in num for c in ".e") else int(num)
    return value()
data = {"name": "Krait", "version": [0, 1, 2], "tags": ["vm", "jit"], "meta": {"stable": False, "score": 9.5,
        "notes": None, "empty": [], "nested": {"deep": [1, {"x": "q\"uote"}]}}, "big": 2 ** 70, "neg": -3.25e-5,
        "text": "line1\nline2\ttab"}
text = dumps(data)
print(text)
back = loads(text)
print(back == data, back["meta"]["nested"]["deep"][1]["x"], back["big"])
print(dumps([]), dumps({}), dumps([[], [[]]], step=1))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
