# module objects: attributes, mutation through module, import inside functions, __name__ checks
import krait_helper_mod as h
import helperpkg.sub
print(h.add("a", "b"), h.Shape("x").kind)
h.NEW_ATTR = "added from importer"
import krait_helper_mod
print(krait_helper_mod.NEW_ATTR)
old = h.GREETING
h.GREETING = "patched"
from krait_helper_mod import GREETING
print(GREETING, old)
def f():
    import krait_helper_mod
    return krait_helper_mod.counter()
print(f(), f(), h.counter())
print(helperpkg.sub.triple(3), helperpkg.PKG_VALUE)
print(h.module_name_at_import == "krait_helper_mod", __name__ == "__main__")
import math, collections
print(math.gcd(12, 18), collections.Counter("aab").most_common(1))
from collections import namedtuple, defaultdict, deque
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x + p.y, p._replace(x=10))
dd = defaultdict(list)
dd["k"].append(1)
print(dict(dd))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
print(dq, list(dq))
from math import *
print(floor(3.5), sqrt(2) > 1.41, isclose(0.1 + 0.2, 0.3))
import sys
print(type(sys.argv).__name__, sys.argv[0])
print(h.__doc__)
print(isinstance(h, type(math)), type(h).__name__)
try:
    h.does_not_exist
except AttributeError as e:
    print(type(e).__name__, e)
