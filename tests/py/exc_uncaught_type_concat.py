# uncaught TypeError: str concatenation with int
name = "krait"
version = 3
print("name:", name)
print(name + version)
