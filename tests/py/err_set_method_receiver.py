# set methods check their receiver by layout: subclasses of set are accepted,
# anything else gets CPython's descriptor error.
class S(set):
    pass
s = S(); s.add(3); print(sorted(s), isinstance(s, set))
for bad in (frozenset(), [], 1):
    try:
        set.add(bad, 1)
    except TypeError as e:
        print(e)
try:
    set.discard(frozenset({1}), 1)
except TypeError as e:
    print(e)
