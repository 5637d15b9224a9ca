"""Helper module for lang_imports* tests (found via KRAITPATH / PYTHONPATH)."""
print("krait_helper_mod: module code runs (once)")
GREETING = "hello from krait_helper_mod"
LOAD_COUNT = 0
LOAD_COUNT += 1
module_name_at_import = __name__
_calls = 0


def add(a, b):
    return a + b


def counter():
    global _calls
    _calls += 1
    return _calls


class Shape:
    def __init__(self, kind):
        self.kind = kind

    def describe(self):
        return "shape: " + self.kind


if __name__ == "__main__":
    print("never printed when imported")
