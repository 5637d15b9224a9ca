# syntax error: invalid decimal literal (digits followed by letters)
print("this must never be printed")
x = 1abc
