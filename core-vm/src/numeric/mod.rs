//! Shared floating-point machinery, one definition for the `**` operator
//! ([`crate::format`]), the `math` module and `random`'s distributions:
//!
//! - [`dd`]: double-double arithmetic (the [`dd::DD`] type and the
//!   error-free transformations it is built from).
//! - [`exact`]: exact decomposition of doubles and correctly rounded
//!   construction of a double from a big binary value.
//! - [`cr`]: correctly rounded `log`, `exp`, `sin`, `cos`, `acos` and their
//!   double-double kernels (argument reduction, `sin`/`cos`/`asin` series).
//! - [`pow`]: correctly rounded `pow`, with C99's and with Python's special
//!   cases.

pub mod cr;
pub mod dd;
pub mod exact;
pub mod pow;
