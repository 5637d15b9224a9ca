# program: matrix class with multiplication, transpose, determinant, identity and power
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} * {other.n}x{other.m}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])
    __rmul__ = __mul__
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __eq__(self, other):
        return self.rows == other.rows
    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(self.n))
    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])
    def __repr__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(w) for v in r) + "]" for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A * B)
print(B * A)
print(A + B)
print(A * 3)
print(2 * A)
print(A.T())
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix.identity(4).det())
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10).rows[0][1], (fib ** 90).rows[0][1])
print(A * Matrix.identity(2) == A, A ** 0 == Matrix.identity(2), A ** 3)
C = Matrix([[1, 2, 3], [4, 5, 6]])
print(C * C.T())
print(C.T() * C)
try:
    C * C
except ValueError as e:
    print(type(e).__name__, e)
M = Matrix([[0.5, 0.25], [0.125, 1.0]])
print(M * M)
