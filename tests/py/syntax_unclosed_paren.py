# syntax error: an opening parenthesis that is never closed
print("this must never be printed")
values = [1, 2, 3]
total = sum(values
print(total)
x = 2
