# syntax error: unterminated triple-quoted string literal
print("this must never be printed")
doc = """this string
never ends
print(doc)
