"""Submodule of helperpkg."""
from . import PKG_VALUE
from helperpkg import describe
print("helperpkg.sub runs")


def triple(x):
    return 3 * x


def uses_parent():
    return PKG_VALUE + 1, describe()
