//! Bytecode: opcodes ([`Op`]), instructions and code objects.
//!
//! The instruction set follows CPython 3.11's closely (stack machine,
//! exception *tables* instead of a block stack, `LOAD_METHOD`/`CALL`), so
//! that the trace recorder and optimizer of later issues can follow CPython's
//! designs. Each opcode's behaviour is a sequence of uops: see [`crate::uops`].

pub mod cache;
pub mod opcode;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::Cell;

pub use cache::InlineCache;
pub use opcode::Op;

use crate::objects::Value;

/// One instruction: opcode and a 32-bit argument (jump targets are absolute
/// instruction indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// An entry of a code object's exception table: an exception raised by an
/// instruction in `start..end` unwinds the value stack to `depth`, pushes
/// the exception and continues at `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// Code flags.
pub mod flags {
    /// Has `*args`.
    pub const VARARGS: u32 = 0x04;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x08;
    /// Is a generator function.
    pub const GENERATOR: u32 = 0x20;
    /// Is a nested function (not module or class body).
    pub const NESTED: u32 = 0x10;
}

/// A compiled code object: a function body, class body or module.
#[derive(Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    /// The instructions. The specializing interpreter rewrites an
    /// instruction in place between its generic and specialized forms (same
    /// argument, same stack effect), so they sit in cells.
    pub instrs: Box<[Cell<Instr>]>,
    /// One inline cache per instruction.
    pub caches: Box<[InlineCache]>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Names used by global/attribute/name instructions (as `str` values).
    pub names: Vec<Value>,
    /// Local variable names; parameters first.
    pub varnames: Vec<Rc<str>>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: the parameter's index.
    pub cell_args: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Maximum value-stack depth.
    pub stacksize: u32,
    pub exc_table: Vec<ExcEntry>,
    /// The docstring (first statement string literal), or `None`.
    pub docstring: Value,
}

/// The superinstruction that runs `first` and then `second` (the
/// instruction after it, which it then steps over), if there is one. Its
/// argument packs both arguments, 16 bits each (CPython 3.13 packs its
/// `LOAD_FAST_LOAD_FAST` likewise), so pairs with a larger argument stay
/// apart. Only instructions that are never rewritten are paired; the
/// second also stays in place, so a jump to it runs it alone.
pub fn superinstruction(first: Instr, second: Instr) -> Option<Op> {
    if first.arg > 0xffff || second.arg > 0xffff {
        return None;
    }
    Some(match (first.op, second.op) {
        (Op::LoadFast, Op::LoadFast) => Op::LoadFastLoadFast,
        (Op::StoreFast, Op::LoadFast) => Op::StoreFastLoadFast,
        (Op::LoadFast, Op::LoadConst) => Op::LoadFastLoadConst,
        // Pairs whose second half is specialized: each run looks at what
        // that instruction currently is.
        (Op::LoadFast, Op::LoadAttr) => Op::LoadFastLoadAttr,
        (Op::LoadFast, Op::LoadMethod) => Op::LoadFastLoadMethod,
        (Op::LoadFast, Op::StoreAttr) => Op::LoadFastStoreAttr,
        (Op::Copy, Op::LoadAttr) if first.arg == 1 => Op::CopyLoadAttr,
        (Op::Swap, Op::StoreAttr) if first.arg == 2 => Op::SwapStoreAttr,
        _ => return None,
    })
}

/// The superinstruction for `first` and `second` when `third` follows
/// them: two loads whose values a subscript, an arithmetic operator or a
/// comparison then uses (`seq[i]`, `seq[0]`, `seq[i] = v`, `a * b`,
/// `i + 1`, `i < n`). It runs the three at once while the third is
/// specialized for plain operands, else just the two loads.
pub fn operand_triple(first: Instr, second: Instr, third: Instr) -> Option<Op> {
    if first.arg > 0xffff || second.arg > 0xffff {
        return None;
    }
    Some(match (first.op, second.op, third.op) {
        (Op::LoadFast, Op::LoadFast, Op::BinarySubscr) => Op::LoadFastLoadFastBinarySubscr,
        (Op::LoadFast, Op::LoadConst, Op::BinarySubscr) => Op::LoadFastLoadConstBinarySubscr,
        (Op::LoadFast, Op::LoadFast, Op::StoreSubscr) => Op::LoadFastLoadFastStoreSubscr,
        (Op::LoadFast, Op::LoadFast, Op::BinaryOp) => Op::LoadFastLoadFastBinaryOp,
        (Op::LoadFast, Op::LoadConst, Op::BinaryOp) => Op::LoadFastLoadConstBinaryOp,
        (Op::LoadFast, Op::LoadFast, Op::CompareOp) => Op::LoadFastLoadFastCompareOp,
        (Op::LoadFast, Op::LoadConst, Op::CompareOp) => Op::LoadFastLoadConstCompareOp,
        (Op::Copy, Op::Copy, Op::BinarySubscr) if first.arg == 2 && second.arg == 2 => Op::CopyCopyBinarySubscr,
        (Op::Swap, Op::Swap, Op::StoreSubscr) if first.arg == 3 && second.arg == 2 => Op::SwapSwapStoreSubscr,
        _ => return None,
    })
}

/// Superinstructions that fuse a local with the attribute access after
/// it, or two loads with the subscript after them: a plain pair must not
/// absorb their first instruction.
fn is_preferred_pair(op: Op) -> bool {
    matches!(
        op,
        Op::LoadFastLoadAttr
            | Op::LoadFastLoadMethod
            | Op::LoadFastStoreAttr
            | Op::LoadFastLoadFastBinarySubscr
            | Op::LoadFastLoadConstBinarySubscr
            | Op::LoadFastLoadFastStoreSubscr
            | Op::LoadFastLoadFastBinaryOp
            | Op::LoadFastLoadConstBinaryOp
            | Op::LoadFastLoadFastCompareOp
            | Op::LoadFastLoadConstCompareOp
            | Op::CopyCopyBinarySubscr
            | Op::SwapSwapStoreSubscr
            | Op::CopyLoadAttr
            | Op::SwapStoreAttr
    )
}

impl Code {
    /// The instruction at `ip` (in its current, possibly specialized, form).
    #[inline(always)]
    pub fn instr(&self, ip: usize) -> Option<Instr> {
        self.instrs.get(ip).map(Cell::get)
    }

    /// The inline cache of instruction `ip`.
    #[inline(always)]
    pub fn cache(&self, ip: usize) -> Option<&InlineCache> {
        self.caches.get(ip)
    }

    /// Cells and caches for freshly compiled instructions, with common
    /// pairs of instructions turned into superinstructions (see
    /// [`superinstruction`]).
    pub fn quickenable(instrs: Vec<Instr>) -> (Box<[Cell<Instr>]>, Box<[InlineCache]>) {
        let caches = instrs.iter().map(|_| InlineCache::new()).collect();
        let mut quick = instrs.clone();
        let pairs: Vec<Option<Op>> = instrs
            .windows(2)
            .enumerate()
            .map(|(i, p)| match instrs.get(i + 2) {
                Some(third) => operand_triple(p[0], p[1], *third).or_else(|| superinstruction(p[0], p[1])),
                None => superinstruction(p[0], p[1]),
            })
            .collect();
        for (i, op) in pairs.iter().enumerate() {
            let Some(op) = *op else { continue };
            // A plain pair whose second instruction starts a preferred
            // pair would absorb it, and the better pair would never run.
            let next_is_preferred = matches!(pairs.get(i + 1), Some(Some(next)) if is_preferred_pair(*next));
            if is_preferred_pair(op) || !next_is_preferred {
                quick[i] = Instr { op, arg: instrs[i].arg | instrs[i + 1].arg << 16 };
            }
        }
        (quick.into_iter().map(Cell::new).collect(), caches)
    }

    /// Number of local slots (`varnames`).
    #[inline]
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Number of cell slots (own cells, then free variables).
    #[inline]
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// True for generator functions.
    #[inline]
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// The handler for an exception raised at instruction `ip`.
    pub fn handler_for(&self, ip: u32) -> Option<&ExcEntry> {
        // Entries are innermost-first for overlapping ranges.
        self.exc_table.iter().find(|e| e.start <= ip && ip < e.end)
    }

    /// The source line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstlineno)
    }
}
