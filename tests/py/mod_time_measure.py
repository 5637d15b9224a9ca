# measuring elapsed time around work with perf_counter/monotonic/time; only relations are printed
import time
def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s
results = []
for n in (1000, 10000, 100000):
    start = time.perf_counter()
    v = work(n)
    end = time.perf_counter()
    results.append((n, v, end >= start))
print(results)
t0 = time.monotonic()
time.sleep(0.02)
t1 = time.monotonic()
print("slept at least 15ms:", t1 - t0 >= 0.015)
w0 = time.time()
time.sleep(0.0)
w1 = time.time()
print("wall clock not far backwards:", w1 - w0 > -1.0, type(w1 - w0).__name__)
class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self
    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False
with Timer() as t:
    work(5000)
print(t.elapsed >= 0, isinstance(t.elapsed, float))
deadline = time.monotonic() + 0.01
spins = 0
while time.monotonic() < deadline:
    spins += 1
print("spun:", spins > 0, time.monotonic() >= deadline)
print(callable(time.time), callable(time.sleep), hasattr(time, "perf_counter"), hasattr(time, "monotonic"))
try:
    time.time(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print(type(e).__name__, e)
