# imports: stdlib modules, aliases, from-import, user modules from KRAITPATH/PYTHONPATH and the script dir
import math
import math as m
from math import sqrt as s, pi
from math import floor, ceil
import collections as c
print(math.sqrt(16), m.sqrt(25), s(36), round(pi, 5), floor(2.7), ceil(2.1), math is m)
print(c.OrderedDict([("a", 1)]), c.deque([1, 2]).pop())
import krait_helper_mod
print(krait_helper_mod.GREETING, krait_helper_mod.add(2, 3), krait_helper_mod.__name__)
import krait_helper_mod as khm
print(khm is krait_helper_mod, khm.counter())
import krait_helper_mod
print("second import does not re-run module code; load count =", krait_helper_mod.LOAD_COUNT)
from krait_helper_mod import add, Shape as S, GREETING
print(add(10, 20), S("square").describe(), GREETING)
from krait_helper_mod import counter
print(counter(), counter(), khm.counter())
import helperpkg
print(helperpkg.__name__, helperpkg.PKG_VALUE, helperpkg.describe())
from helperpkg import sub
print(sub.__name__, sub.triple(7), sub.uses_parent())
import helperpkg.sub as hs
print(hs is sub, hs.triple(2))
from helperpkg.sub import triple
print(triple(11))
import _local_helper
print(_local_helper.__name__, _local_helper.where(), _local_helper.VALUE)
print(__name__)
if __name__ == "__main__":
    print("running as main script")
print(krait_helper_mod.module_name_at_import)
print(sorted(n for n in dir(krait_helper_mod) if not n.startswith("_")))
print(type(math).__name__, hasattr(math, "tau"))
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from krait_helper_mod import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import helperpkg.nosuchsub
except ImportError as e:
    print(type(e).__name__, e)
def local_import():
    import random as rnd
    return type(rnd).__name__
print(local_import(), "rnd" in globals())
import sys
print("krait_helper_mod" in sys.modules, "helperpkg.sub" in sys.modules)
