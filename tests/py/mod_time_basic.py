# time module: types of time()/perf_counter()/monotonic(), monotonicity, sleep(0); never print values
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t1).__name__, type(p1).__name__, type(m1).__name__)
print(t1 > 1.6e9, p1 >= 0 or p1 < 0, m1 == m1)
total = 0
for i in range(100000):
    total += i
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
print(total, p2 >= p1, m2 >= m1, t2 >= t1 - 1)
r = time.sleep(0)
print(r, time.perf_counter() >= p2)
time.sleep(0.01)
p3 = time.perf_counter()
m3 = time.monotonic()
print(p3 - p2 >= 0.009, m3 - m2 >= 0.005, p3 > p2)
ns = time.time_ns()
pns = time.perf_counter_ns()
mns = time.monotonic_ns()
print(type(ns).__name__, type(pns).__name__, type(mns).__name__, ns > 10 ** 18, time.monotonic_ns() >= mns)
for bad in (-1, "1", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
stamps = [time.perf_counter() for _ in range(50)]
print(all(b >= a for a, b in zip(stamps, stamps[1:])), len(stamps))
mono = [time.monotonic() for _ in range(50)]
print(all(b >= a for a, b in zip(mono, mono[1:])))
elapsed = time.perf_counter() - p1
print(type(elapsed).__name__, elapsed > 0, elapsed < 60)
