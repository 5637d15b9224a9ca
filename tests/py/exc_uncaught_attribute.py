# uncaught AttributeError raised when accessing a missing attribute in a method
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.z)
p = Point(3, -4)
print(p.x, p.y)
print(p.norm1())
