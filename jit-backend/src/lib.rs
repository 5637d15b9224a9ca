//! # jit-backend
//!
//! The copy-and-patch emitter of Krait's tracing JIT: it lays out a trace's
//! stencils in a writable code buffer, patches each hole, builds exit stubs and
//! veneers, and publishes the buffer read+execute through the `Platform`.
//!
//! Not built yet: this crate arrives with the copy-and-patch issue. It holds
//! no functionality until then (see `ARCHITECTURE.md`, "W^X and linking").
#![no_std]
