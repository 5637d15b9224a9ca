# uncaught custom exception with a custom __str__ and extra attributes
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line = line
        self.col = col
        self.msg = msg
    def __str__(self):
        return f"{self.line}:{self.col}: {self.msg}"

try:
    raise ParseError(1, 2, "caught one")
except ParseError as e:
    print("caught:", e, e.args)
raise ParseError(7, 13, "unexpected token ')'")
