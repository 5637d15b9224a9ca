//! Objects and memory: the value representation ([`Value`]), the heap object
//! kinds, the hash tables, exceptions as Rust values, and the built-in type
//! registry.

pub mod dict;
pub mod exc;
pub mod iter;
pub mod set;
pub mod str;
mod teardown;
pub mod types;
pub mod value;

pub use dict::Dict;
pub use exc::{ExcKind, PyErr, PyResult};
pub use set::SetTable;
pub use str::PyStr;
pub use types::BuiltinTypes;
pub use value::{Kind, Obj, PyObject, Value};
