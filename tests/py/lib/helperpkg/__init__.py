"""Helper package for lang_imports* tests."""
print("helperpkg/__init__ runs")
PKG_VALUE = 99


def describe():
    return "package " + __name__
