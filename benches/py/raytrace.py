"""Raytrace: a small Whitted-style ray tracer.  A scene of spheres over a
checkered plane, lit by two point lights, with Lambert and Phong shading,
hard shadows and mirror reflections, is rendered into an in-memory pixel
buffer (a flat list of RGB floats).  Exercises a Vector class with operator
overloading, many short-lived objects, polymorphic intersect() methods and
recursion.  The checksum is the per-channel sum of the image."""

import math
import sys

WIDTH = 140
MAX_DEPTH = 3
EPSILON = 1e-6


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)


BLACK = Color(0.0, 0.0, 0.0)
WHITE = Color(1.0, 1.0, 1.0)
SKY = Color(0.25, 0.35, 0.55)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, size, diffuse, specular, shininess,
                 reflect):
        Material.__init__(self, color, diffuse, specular, shininess, reflect)
        self.other = other
        self.size = size

    def color_at(self, point):
        cx = math.floor(point.x / self.size)
        cz = math.floor(point.z / self.size)
        if (cx + cz) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """Distance along the ray to the nearest hit in front, or None."""
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []

    def nearest_hit(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def in_shadow(self, point, light_dir, light_dist):
        ray = Ray(point, light_dir)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < light_dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest_hit(ray)
        if obj is None:
            # a simple vertical gradient for the sky
            k = 0.5 * (ray.direction.y + 1.0)
            return SKY * (1.0 - k) + WHITE * (0.6 * k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = obj.material
        base = mat.color_at(point)
        result = base * 0.08                       # ambient
        lift = point + normal * (EPSILON * 100.0)  # avoid self-shadowing
        for light in self.lights:
            to_light = light.position - point
            dist = to_light.length()
            ldir = to_light * (1.0 / dist)
            if self.in_shadow(lift, ldir, dist):
                continue
            lambert = normal.dot(ldir)
            if lambert > 0.0:
                result = result + base.tint(light.color) * (lambert * mat.diffuse)
            half = (ldir - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0 and mat.specular > 0.0:
                result = result + light.color * (mat.specular * spec ** mat.shininess)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            rdir = ray.direction.reflect(normal)
            bounced = self.trace(Ray(lift, rdir), depth + 1)
            result = result + bounced * mat.reflect
        return result


def build_scene():
    scene = Scene()
    floor = Checker(Color(0.9, 0.9, 0.9), Color(0.15, 0.15, 0.2), 1.0,
                    0.8, 0.2, 16, 0.25)
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor))
    scene.objects.append(Sphere(Vector(0.0, 1.0, 3.0), 1.0,
                                Material(Color(0.8, 0.2, 0.2), 0.7, 0.6, 32, 0.3)))
    scene.objects.append(Sphere(Vector(-2.2, 0.7, 4.2), 0.7,
                                Material(Color(0.2, 0.7, 0.3), 0.9, 0.3, 8, 0.1)))
    scene.objects.append(Sphere(Vector(1.9, 0.5, 2.2), 0.5,
                                Material(Color(0.3, 0.4, 0.9), 0.6, 0.9, 64, 0.5)))
    scene.objects.append(Sphere(Vector(0.8, 2.6, 5.5), 0.9,
                                Material(Color(0.9, 0.8, 0.3), 0.8, 0.5, 16, 0.0)))
    scene.lights.append(Light(Vector(-4.0, 6.0, -2.0), Color(0.9, 0.9, 0.85)))
    scene.lights.append(Light(Vector(5.0, 4.0, 1.0), Color(0.4, 0.4, 0.5)))
    return scene


class Camera:
    def __init__(self, eye, look_at, up, fov_degrees, width, height):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized() * -1.0
        self.up = self.right.cross(self.forward) * -1.0
        half = math.tan(math.radians(fov_degrees) / 2.0)
        self.half_w = half
        self.half_h = half * height / width
        self.width = width
        self.height = height

    def ray_for(self, px, py):
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * self.half_w
        sy = (1.0 - 2.0 * (py + 0.5) / self.height) * self.half_h
        d = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, d.normalized())


def render(width, height):
    scene = build_scene()
    camera = Camera(Vector(0.0, 1.6, -3.0), Vector(0.0, 0.9, 3.0),
                    Vector(0.0, 1.0, 0.0), 60.0, width, height)
    pixels = [0.0] * (width * height * 3)
    i = 0
    for py in range(height):
        for px in range(width):
            c = scene.trace(camera.ray_for(px, py), 0)
            pixels[i] = min(1.0, c.r)
            pixels[i + 1] = min(1.0, c.g)
            pixels[i + 2] = min(1.0, c.b)
            i += 3
    return pixels


def main(width):
    height = width * 3 // 4
    pixels = render(width, height)
    r = sum(pixels[0::3])
    g = sum(pixels[1::3])
    b = sum(pixels[2::3])
    print("raytrace %dx%d" % (width, height))
    print("sum r=%.6f g=%.6f b=%.6f" % (r, g, b))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else WIDTH)
