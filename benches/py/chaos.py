"""Chaos: the chaos game on an iterated function system whose maps are
built from cubic B-splines.  Each map sends the unit square onto a thick
band along one spline: x picks the position along the curve (evaluated with
de Boor's algorithm) and y the offset along the curve's normal.  A seeded
`random` picks the map for every step; the visited points are counted in a
grid.  Exercises small vector objects with operator overloading, list
manipulation in de Boor's recurrence and random number generation.  Only
+ - * / and sqrt touch the floats, so every implementation visits exactly
the same cells."""

import math
import random
import sys

STEPS = 40000
GRID = 64
THICKNESS = 0.5


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def lerp(self, o, t):
        s = 1.0 - t
        return Vec(self.x * s + o.x * t, self.y * s + o.y * t)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Spline:
    """A clamped uniform B-spline of the given degree."""

    def __init__(self, points, degree=3):
        if len(points) <= degree:
            raise ValueError("a spline needs more points than its degree")
        self.points = points
        self.degree = degree
        n = len(points)
        inner = n - degree
        self.knots = ([0.0] * degree + [float(i) for i in range(inner + 1)]
                      + [float(inner)] * degree)
        self.domain = float(inner)

    def span(self, u):
        """The knot interval k with knots[k] <= u < knots[k + 1]."""
        knots = self.knots
        last = len(self.points) - 1
        if u >= knots[last + 1]:
            return last
        lo = self.degree
        hi = last + 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if knots[mid] <= u:
                lo = mid
            else:
                hi = mid
        return lo

    def __call__(self, u):
        p = self.degree
        k = self.span(u)
        knots = self.knots
        d = self.points[k - p:k + 1]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                alpha = (u - left) / (knots[j + 1 + k - r] - left)
                d[j] = d[j - 1].lerp(d[j], alpha)
        return d[p]

    def approx_length(self, samples=64):
        total = 0.0
        prev = self(0.0)
        for i in range(1, samples + 1):
            cur = self(self.domain * i / samples)
            total += (cur - prev).length()
            prev = cur
        return total


class ChaosGame:
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        lengths = [s.approx_length() for s in splines]
        total = sum(lengths)
        acc = 0.0
        self.cumulative = []
        for length in lengths:
            acc += length / total
            self.cumulative.append(acc)
        self.cumulative[-1] = 1.0
        # bounding box of the figure, widened by the band thickness
        xs = []
        ys = []
        for s in splines:
            for i in range(65):
                q = s(s.domain * i / 64)
                xs.append(q.x)
                ys.append(q.y)
        pad = thickness
        self.minx = min(xs) - pad
        self.miny = min(ys) - pad
        self.width = max(xs) + pad - self.minx
        self.height = max(ys) + pad - self.miny

    def pick(self):
        r = random.random()
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.splines[i]
        return self.splines[-1]

    def transform(self, spline, point):
        """Map a point of the unit square onto the band along spline."""
        x = point.x
        if random.randrange(2):
            x = 1.0 - x           # walk the curve either way
        u = x * spline.domain
        h = 0.01 * spline.domain
        a = spline(max(0.0, u - h))
        b = spline(min(spline.domain, u + h))
        tangent = b - a
        tl = tangent.length()
        if tl == 0.0:
            normal = Vec(0.0, 0.0)
        else:
            normal = Vec(-tangent.y / tl, tangent.x / tl)
        q = spline(u) + normal * ((point.y - 0.5) * self.thickness)
        # back to the unit square
        nx = (q.x - self.minx) / self.width
        ny = (q.y - self.miny) / self.height
        return Vec(min(1.0, max(0.0, nx)), min(1.0, max(0.0, ny)))

    def run(self, steps, grid):
        cells = [[0] * grid for _ in range(grid)]
        point = Vec(0.5, 0.5)
        for _ in range(steps):
            spline = self.pick()
            point = self.transform(spline, point)
            gx = min(grid - 1, int(point.x * grid))
            gy = min(grid - 1, int(point.y * grid))
            cells[gy][gx] += 1
        return cells, point


def figure():
    stem = Spline([Vec(0.0, 0.0), Vec(0.3, 1.0), Vec(0.1, 2.0),
                   Vec(0.6, 3.0), Vec(0.5, 4.0), Vec(1.0, 4.6)])
    leaf = Spline([Vec(0.3, 1.6), Vec(1.2, 1.9), Vec(2.0, 1.4),
                   Vec(2.6, 2.2), Vec(2.2, 3.0)])
    curl = Spline([Vec(0.5, 3.2), Vec(-0.6, 3.4), Vec(-1.4, 2.6),
                   Vec(-1.0, 1.8), Vec(-0.3, 2.1), Vec(-0.5, 2.6),
                   Vec(-0.9, 2.4)])
    return [stem, leaf, curl]


def main(steps):
    random.seed(1234)
    game = ChaosGame(figure(), THICKNESS)
    cells, last = game.run(steps, GRID)
    hit = 0
    weighted = 0
    for y in range(GRID):
        for x in range(GRID):
            c = cells[y][x]
            if c:
                hit += 1
                weighted += c * ((y * GRID + x) % 97 + 1)
    busiest = max(max(row) for row in cells)
    print("chaos steps=%d grid=%d" % (steps, GRID))
    print("cells hit=%d busiest=%d weighted=%d" % (hit, busiest, weighted))
    print("last point %.6f %.6f" % (last.x, last.y))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else STEPS)
