"""Float: build many small Point objects from sin/cos of their index,
normalize each to unit length, then fold them into a component-wise
maximum.  Stresses object allocation, attribute access, method calls and
float math (math.sin, math.cos, math.sqrt)."""

import math
import sys

POINTS = 150000
ROUNDS = 3


class Point:
    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point %.6f %.6f %.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main(n):
    print("float points=%d rounds=%d" % (n, ROUNDS))
    for _ in range(ROUNDS):
        best = run(n)
    print(repr(best))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else POINTS)
