# Benchmark-like: nbody-style float arithmetic over lists and tuples.
import math

bodies = [[float(i), float(i * 2), float(i * 3), 0.1 * i, 0.2, 0.3, 1.0 + i] for i in range(5)]


def advance(dt, steps):
    for _ in range(steps):
        for i in range(len(bodies)):
            b1 = bodies[i]
            for j in range(i + 1, len(bodies)):
                b2 = bodies[j]
                dx, dy, dz = b1[0] - b2[0], b1[1] - b2[1], b1[2] - b2[2]
                d2 = dx * dx + dy * dy + dz * dz + 0.01
                mag = dt / (d2 * math.sqrt(d2))
                b1[3] -= dx * b2[6] * mag
                b2[3] += dx * b1[6] * mag
        for b in bodies:
            b[0] += dt * b[3]


advance(0.01, 2000)
print("floats", round(sum(b[0] for b in bodies), 6))
