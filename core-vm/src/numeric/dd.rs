//! Double-double arithmetic: a value is the unevaluated sum `hi + lo` of two
//! doubles (~106 significant bits). Built from the error-free transformations
//! [`two_sum`], [`fast_two_sum`] and [`two_prod`] (Dekker's splitting, so no
//! fused multiply-add is needed). Every operation is a fixed sequence of
//! IEEE operations, so results are the same on every target.

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi)/2`.
#[derive(Clone, Copy, Debug)]
pub struct DD {
    /// The leading double (the value rounded to 53 bits).
    pub hi: f64,
    /// The trailing correction.
    pub lo: f64,
}

/// `(s, e)` with `s = fl(a + b)` and `a + b = s + e` exactly.
#[inline]
pub fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// [`two_sum`] for `|a| >= |b|` (or `a == 0`), in three operations.
#[inline]
pub fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

/// Dekker's split of `a` into two 26-bit halves with `a = hi + lo`.
#[inline]
fn split(a: f64) -> (f64, f64) {
    let t = 134_217_729.0 * a;
    let hi = t - (t - a);
    (hi, a - hi)
}

/// `(p, e)` with `p = fl(a * b)` and `a * b = p + e` exactly (barring
/// overflow and underflow).
#[inline]
pub fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

// Named methods rather than `core::ops` impls: the chains spell out the exact
// evaluation order the error analyses of the callers rely on.
#[allow(clippy::should_implement_trait)]
impl DD {
    /// The double-double `1`.
    pub const ONE: DD = DD { hi: 1.0, lo: 0.0 };

    /// `x` exactly.
    #[inline]
    pub fn new(x: f64) -> DD {
        DD { hi: x, lo: 0.0 }
    }

    /// Normalizes `a + b` for `|a| >= |b|`.
    #[inline]
    pub fn norm(a: f64, b: f64) -> DD {
        let (hi, lo) = fast_two_sum(a, b);
        DD { hi, lo }
    }

    /// `self + b`.
    #[inline]
    pub fn add(self, b: DD) -> DD {
        let (s1, s2) = two_sum(self.hi, b.hi);
        let (t1, t2) = two_sum(self.lo, b.lo);
        let (s1, s2) = fast_two_sum(s1, s2 + t1);
        DD::norm(s1, s2 + t2)
    }

    /// `-self`.
    #[inline]
    pub fn neg(self) -> DD {
        DD {
            hi: -self.hi,
            lo: -self.lo,
        }
    }

    /// `self - b`.
    #[inline]
    pub fn sub(self, b: DD) -> DD {
        self.add(b.neg())
    }

    /// `self * b`.
    #[inline]
    pub fn mul(self, b: DD) -> DD {
        let (p1, p2) = two_prod(self.hi, b.hi);
        DD::norm(p1, p2 + (self.hi * b.lo + self.lo * b.hi))
    }

    /// `self * b` for a double `b`.
    #[inline]
    pub fn mul_f(self, b: f64) -> DD {
        let (p1, p2) = two_prod(self.hi, b);
        DD::norm(p1, p2 + self.lo * b)
    }

    /// `self * s` for a power of two `s` (exact unless it over/underflows).
    #[inline]
    pub fn scale(self, s: f64) -> DD {
        DD {
            hi: self.hi * s,
            lo: self.lo * s,
        }
    }

    /// `self / b` for a double `b`.
    pub fn div_f(self, b: f64) -> DD {
        let q1 = self.hi / b;
        let (p1, p2) = two_prod(q1, b);
        let (s, e) = two_sum(self.hi, -p1);
        let e = e + self.lo - p2;
        let q2 = (s + e) / b;
        DD::norm(q1, q2)
    }

    /// `self / b` (three quotient digits).
    pub fn div(self, b: DD) -> DD {
        let q1 = self.hi / b.hi;
        let r = self.sub(b.mul_f(q1));
        let q2 = r.hi / b.hi;
        let r = r.sub(b.mul_f(q2));
        let q3 = r.hi / b.hi;
        DD::norm(q1, q2).add(DD::new(q3))
    }

    /// `1 / d` for a double `d`.
    pub fn recip(d: f64) -> DD {
        let hi = 1.0 / d;
        let (p, e) = two_prod(hi, d);
        let r = (1.0 - p) - e;
        DD::norm(hi, r / d)
    }

    /// `sqrt(t)` for a double `t >= 0` (one Newton correction of `libm::sqrt`).
    pub fn sqrt(t: f64) -> DD {
        let s0 = libm::sqrt(t);
        if s0 == 0.0 {
            return DD::new(s0);
        }
        let (p, e) = two_prod(s0, s0);
        let resid = (t - p) - e;
        DD::norm(s0, resid / (2.0 * s0))
    }
}
