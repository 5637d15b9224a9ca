//! # qemu-tests
//!
//! Bare-metal kernels for x86-64 (PVH boot) and AArch64 (`virt`) that link the
//! Krait VM and report over serial, plus the host-side runner that boots them
//! under QEMU.
//!
//! Not built yet: this crate arrives with the bare-metal issue and holds no
//! functionality until then.
#![no_std]
