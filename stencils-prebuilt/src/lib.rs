//! # stencils-prebuilt
//!
//! Generated tables of stencil bytes and holes for x86-64 and AArch64, made
//! from the uop definitions in `core-vm` by the generator that will live in
//! this crate, and checked in with a fingerprint of their inputs.
//!
//! Not built yet: this crate arrives with the stencil-generator issue and
//! holds no functionality until then.
#![no_std]
