//! Methods of the built-in types, one file per type family.

mod dict;
mod dunders;
pub(crate) mod list;
mod object;
mod set;
mod slice;
pub(crate) mod str;

use crate::vm::Vm;

/// Register every built-in type's methods.
pub fn install(vm: &mut Vm) {
    object::install(vm);
    dunders::install(vm);
    str::install(vm);
    list::install(vm);
    dict::install(vm);
    set::install(vm);
    slice::install(vm);
}
