//! Native modules that scripts import (`math`, `random`, `sys`, ...). Each
//! module is a function building its namespace, registered by name.

mod array;
mod collections;
mod gc;
mod io;
mod krait;
mod math;
mod random;
pub mod random_core;
mod sys;
mod time;

use crate::vm::Vm;

/// Register every built-in native module with a new VM.
pub fn register_all(vm: &mut Vm) {
    vm.register_native_module("sys", sys::init);
    vm.register_native_module("math", math::init);
    vm.register_native_module("time", time::init);
    vm.register_native_module("random", random::init);
    vm.register_native_module("io", io::init);
    vm.register_native_module("array", array::init);
    vm.register_native_module("collections", collections::init);
    vm.register_native_module("krait", krait::init);
    vm.register_native_module("gc", gc::init);
}
