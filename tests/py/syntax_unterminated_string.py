# syntax error: unterminated single-quoted string literal
s = "hello
print(s)
