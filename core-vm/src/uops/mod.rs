//! The uop table: the one definition of every operation's semantics.
//!
//! A *uop* is a Rust function `fn(&mut Vm, &mut Frame, oparg) -> UopResult`
//! in [`defs`]. A *bytecode* is a sequence of uops (CPython's
//! macro-instructions). From the two tables below the macros generate:
//! - [`Uop`], the enum of uops, and [`exec_uop`], which runs one uop — the
//!   uop interpreter of the tracing tier runs traces with it;
//! - [`uops_of`], a bytecode's uop sequence — what the trace recorder
//!   translates instructions into;
//! - [`exec_bytecode`], the tier-1 handler of each bytecode, which is
//!   exactly its uops run in order.
//! The stencils of the JIT (later) are compiled from the same functions, so
//! there is no second copy of any semantics.

pub mod defs;
pub mod specialized;

use crate::bytecode::Op;
use crate::interp::frame::Frame;
use crate::objects::PyErr;
use crate::vm::Vm;
use alloc::boxed::Box;

/// What a uop asks the interpreter loop to do next.
pub enum Control {
    /// Go on with the next uop / instruction.
    Next,
    /// Push this frame and run it (a Python-to-Python call).
    Call(Box<Frame>),
    /// Return from the current frame the value on top of its stack (left
    /// there so that this enum, and so every uop's result, fits in two
    /// registers).
    Return,
    /// Yield the value on top of the stack from the current (generator)
    /// frame.
    Yield,
    /// A guard failed: what a specialized instruction assumed does not
    /// hold. Tier 1 rewrites the instruction to its generic form and runs
    /// that; a trace leaves through a side exit.
    Deopt,
}

/// Result of a uop.
pub type UopResult = Result<Control, PyErr>;

// Two words.
const _: () = assert!(core::mem::size_of::<UopResult>() == 16);

/// A [`UopResult`] flattened into one enum: what an out-of-line bytecode
/// handler returns to the dispatch loop.
///
/// `Result<Control, PyErr>` nests two enums, so its layout is not a scalar
/// pair and the Rust ABI returns it through memory: the caller passes a
/// pointer, the handler stores to it, the loop loads it back. A flat enum of
/// a tag and one pointer is returned in two registers.
pub enum Step {
    /// `Ok(Control::Next)`.
    Next,
    /// `Ok(Control::Call(frame))`.
    Call(Box<Frame>),
    /// `Ok(Control::Return)`.
    Return,
    /// `Ok(Control::Yield)`.
    Yield,
    /// `Ok(Control::Deopt)`.
    Deopt,
    /// `Err(e)`.
    Err(PyErr),
}

const _: () = assert!(core::mem::size_of::<Step>() == 16);

impl Step {
    /// Flatten a uop's answer.
    #[inline(always)]
    pub fn of(r: UopResult) -> Step {
        match r {
            Ok(Control::Next) => Step::Next,
            Ok(Control::Call(callee)) => Step::Call(callee),
            Ok(Control::Return) => Step::Return,
            Ok(Control::Yield) => Step::Yield,
            Ok(Control::Deopt) => Step::Deopt,
            Err(e) => Step::Err(e),
        }
    }

    /// Back to a uop's answer.
    #[inline(always)]
    pub fn into_result(self) -> UopResult {
        match self {
            Step::Next => Ok(Control::Next),
            Step::Call(callee) => Ok(Control::Call(callee)),
            Step::Return => Ok(Control::Return),
            Step::Yield => Ok(Control::Yield),
            Step::Deopt => Ok(Control::Deopt),
            Step::Err(e) => Err(e),
        }
    }
}

macro_rules! uop_table {
    ($( $(#[$doc:meta])* $uop:ident = $func:ident ),* $(,)?) => {
        /// Every uop.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Uop { $( $(#[$doc])* $uop ),* }

        impl Uop {
            /// All uops in table order.
            pub const ALL: &'static [Uop] = &[ $( Uop::$uop ),* ];

            /// The uop's name (the name of its definition in `defs`).
            pub fn name(self) -> &'static str {
                match self { $( Uop::$uop => stringify!($func) ),* }
            }
        }

        /// Run one uop.
        #[inline(always)]
        pub fn exec_uop(uop: Uop, vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
            match uop { $( Uop::$uop => defs::$func(vm, f, arg) ),* }
        }
    };
}

/// The body of a bytecode's handler: each uop in turn, returning early on
/// any answer but `Control::Next`; the last uop's answer is returned as is.
macro_rules! uop_sequence {
    ($vm:ident, $f:ident, $arg:ident;) => { Ok(Control::Next) };
    ($vm:ident, $f:ident, $arg:ident; $last:ident) => { exec_uop(Uop::$last, $vm, $f, $arg) };
    ($vm:ident, $f:ident, $arg:ident; $first:ident, $( $rest:ident ),+) => {{
        let r = exec_uop(Uop::$first, $vm, $f, $arg);
        if let Ok(Control::Next) = r {
            // Nothing to drop: skip the drop glue call.
            core::mem::forget(r);
        } else {
            return r;
        }
        uop_sequence!($vm, $f, $arg; $( $rest ),+)
    }};
}

macro_rules! bytecode_table {
    ($( $op:ident $( ( $generic:ident ) )? => $( $inl:ident )? [ $( $uop:ident ),* ] ),* $(,)?) => {
        /// The uops a bytecode is made of, in order.
        pub fn uops_of(op: Op) -> &'static [Uop] {
            match op { $( Op::$op => &[ $( Uop::$uop ),* ] ),* }
        }

        /// The generic instruction a specialized one stands for (itself
        /// for generic instructions).
        pub fn generic_of(op: Op) -> Op {
            match op { $( Op::$op => { let _g = Op::$op; $( let _g = Op::$generic; )? _g } ),* }
        }

        /// Tier 1: run bytecode `op` by running its uops in order: the
        /// first answer other than `Control::Next` ends it, and the last
        /// uop's answer is the bytecode's.
        #[inline(always)]
        pub fn exec_bytecode(op: Op, vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
            match op {
                $( Op::$op => bytecode_handler!($( $inl )?; vm, f, arg; $( $uop ),*) ),*
            }
        }
    };
}

/// How the loop runs one bytecode's uops.
///
/// By default in a function of their own: the dispatch loop stays small
/// enough to keep its state in registers, and each handler is
/// register-allocated on its own. The answer comes back in two registers
/// as a [`Step`].
///
/// Bytecodes marked `inline` (a few tiny, very common ones: local and
/// constant loads, stores, jumps) run in the loop itself, which saves the
/// call, the return and the answer's round trip through memory.
macro_rules! bytecode_handler {
    (inline; $vm:ident, $f:ident, $arg:ident; $( $uop:ident ),*) => {{
        uop_sequence!($vm, $f, $arg; $( $uop ),*)
    }};
    (; $vm:ident, $f:ident, $arg:ident; $( $uop:ident ),*) => {{
        #[inline(always)]
        fn body(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
            let _ = (&vm, &f, arg);
            uop_sequence!(vm, f, arg; $( $uop ),*)
        }
        #[inline(never)]
        fn handler(vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
            Step::of(body(vm, f, arg))
        }
        handler($vm, $f, $arg).into_result()
    }};
}

uop_table! {
    PopTop = pop_top,
    PushNull = push_null,
    Copy = copy,
    Swap = swap,
    LoadConst = load_const,
    LoadFast = load_fast,
    /// The halves of a superinstruction, whose argument packs two (see
    /// `bytecode::superinstruction`): `LoadFast` / `StoreFast` of the low
    /// half, and `LoadFast` / `LoadConst` of the high half, which also
    /// steps over the absorbed instruction.
    LoadFastLo = load_fast_lo,
    StoreFastLo = store_fast_lo,
    LoadFastHi = load_fast_hi,
    LoadConstHi = load_const_hi,
    LoadFastLoadAttr = load_fast_load_attr,
    LoadFastLoadMethod = load_fast_load_method,
    LoadFastStoreAttr = load_fast_store_attr,
    LoadFastLoadFastBinarySubscr = load_fast_load_fast_binary_subscr,
    LoadFastLoadConstBinarySubscr = load_fast_load_const_binary_subscr,
    LoadFastLoadFastStoreSubscr = load_fast_load_fast_store_subscr,
    LoadFastLoadFastBinaryOp = load_fast_load_fast_binary_op,
    LoadFastLoadConstBinaryOp = load_fast_load_const_binary_op,
    LoadFastLoadFastCompareOp = load_fast_load_fast_compare_op,
    LoadFastLoadConstCompareOp = load_fast_load_const_compare_op,
    CopyCopyBinarySubscr = copy_copy_binary_subscr,
    SwapSwapStoreSubscr = swap_swap_store_subscr,
    CopyLoadAttr = copy_load_attr,
    SwapStoreAttr = swap_store_attr,
    StoreFast = store_fast,
    DeleteFast = delete_fast,
    LoadDeref = load_deref,
    StoreDeref = store_deref,
    DeleteDeref = delete_deref,
    LoadClosure = load_closure,
    LoadClassDeref = load_classderef,
    LoadGlobal = load_global,
    StoreGlobal = store_global,
    DeleteGlobal = delete_global,
    LoadName = load_name,
    StoreName = store_name,
    DeleteName = delete_name,
    LoadAttr = load_attr,
    StoreAttr = store_attr,
    DeleteAttr = delete_attr,
    LoadMethod = load_method,
    BinaryOp = binary_op,
    UnaryNegative = unary_negative,
    UnaryPositive = unary_positive,
    UnaryInvert = unary_invert,
    UnaryNot = unary_not,
    CompareOp = compare_op,
    IsOp = is_op,
    ContainsOp = contains_op,
    BinarySubscr = binary_subscr,
    StoreSubscr = store_subscr,
    DeleteSubscr = delete_subscr,
    BuildSlice = build_slice,
    BuildTuple = build_tuple,
    BuildList = build_list,
    BuildSet = build_set,
    BuildMap = build_map,
    ListAppend = list_append,
    SetAdd = set_add,
    MapAdd = map_add,
    ListExtend = list_extend,
    SetUpdate = set_update,
    DictUpdate = dict_update,
    DictMerge = dict_merge,
    ListToTuple = list_to_tuple,
    BuildString = build_string,
    FormatValue = format_value,
    UnpackSequence = unpack_sequence,
    UnpackEx = unpack_ex,
    Jump = jump,
    PopJumpIfFalse = pop_jump_if_false,
    PopJumpIfTrue = pop_jump_if_true,
    JumpIfFalseOrPop = jump_if_false_or_pop,
    JumpIfTrueOrPop = jump_if_true_or_pop,
    PopJumpIfNone = pop_jump_if_none,
    PopJumpIfNotNone = pop_jump_if_not_none,
    GetIter = get_iter,
    ForIter = for_iter,
    Call = call,
    CallKw = call_kw,
    CallEx = call_ex,
    MakeFunction = make_function,
    ReturnValue = return_value,
    YieldValue = yield_value,
    GetYieldFromIter = get_yield_from_iter,
    Send = send,
    Raise = raise,
    Reraise = reraise,
    PushExcInfo = push_exc_info,
    PopExcept = pop_except,
    CheckExcMatch = check_exc_match,
    LoadBuildClass = load_build_class,
    ImportName = import_name,
    ImportFrom = import_from,
    ImportStar = import_star,
    BeforeWith = before_with,
    WithExceptStart = with_except_start,
    LoadAssertionError = load_assertion_error,
    PrintExpr = print_expr,
    // Specialization: counting and rewriting generic instructions.
    SpecializeBinaryOp = specialize_binary_op,
    SpecializeCompareOp = specialize_compare_op,
    SpecializeLoadGlobal = specialize_load_global,
    SpecializeLoadAttr = specialize_load_attr,
    SpecializeStoreAttr = specialize_store_attr,
    SpecializeLoadMethod = specialize_load_method,
    SpecializeCall = specialize_call,
    SpecializeForIter = specialize_for_iter,
    SpecializeBinarySubscr = specialize_binary_subscr,
    SpecializeStoreSubscr = specialize_store_subscr,
    // Guards of specialized instructions (they only read).
    GuardBothInt = guard_both_int,
    GuardBothFloat = guard_both_float,
    GuardMixedNumbers = guard_mixed_numbers,
    GuardBinaryPyMethod = guard_binary_py_method,
    BinaryPyMethod = binary_py_method,
    GuardGlobalsVersion = guard_globals_version,
    GuardBuiltinsVersion = guard_builtins_version,
    GuardTypeVersion = guard_type_version,
    GuardInstanceValues = guard_instance_values,
    GuardModuleVersion = guard_module_version,
    GuardClassVersion = guard_class_version,
    GuardPyExactArgs = guard_py_exact_args,
    GuardPyWithDefaults = guard_py_with_defaults,
    GuardPyGenerator = guard_py_generator,
    GuardBuiltin = guard_builtin,
    GuardListAppend = guard_list_append,
    GuardLen = guard_len,
    GuardClassInit = guard_class_init,
    GuardIterRange = guard_iter_range,
    GuardIterList = guard_iter_list,
    GuardIterTuple = guard_iter_tuple,
    GuardListInt = guard_list_int,
    GuardTupleInt = guard_tuple_int,
    GuardDict = guard_dict,
    // Bodies of specialized instructions.
    BinaryAddInt = binary_add_int,
    BinarySubInt = binary_sub_int,
    BinaryMulInt = binary_mul_int,
    BinaryAddFloat = binary_add_float,
    BinarySubFloat = binary_sub_float,
    BinaryMulFloat = binary_mul_float,
    BinaryDivFloat = binary_div_float,
    BinaryIntOp = binary_int_op,
    BinaryFloatOp = binary_float_op,
    BinaryNumberOp = binary_number_op,
    CompareNumber = compare_number,
    /// Compare two numbers and act as the `POP_JUMP_IF_*` after it.
    CompareNumberJump = compare_number_jump,
    LoadGlobalModule = load_global_module,
    LoadGlobalBuiltin = load_global_builtin,
    LoadAttrInstanceValue = load_attr_instance_value,
    StoreAttrInstanceValue = store_attr_instance_value,
    StoreAttrInstanceAdd = store_attr_instance_add,
    LoadAttrModule = load_attr_module,
    LoadAttrClassCached = load_attr_class_cached,
    LoadMethodModule = load_method_module,
    LoadMethodCached = load_method_cached,
    CallPyPositional = call_py_positional,
    CallPyExact = call_py_exact,
    CallPyGenerator = call_py_generator,
    CallBuiltin = call_builtin,
    CallListAppend = call_list_append,
    CallLen = call_len,
    CallAllocAndEnterInit = call_alloc_and_enter_init,
    ForIterFast = for_iter_fast,
    BinarySubscrSeqInt = binary_subscr_seq_int,
    BinarySubscrDict = binary_subscr_dict,
    StoreSubscrListInt = store_subscr_list_int,
    StoreSubscrDict = store_subscr_dict,
}

bytecode_table! {
    Nop => [],
    PopTop => inline [PopTop],
    PushNull => inline [PushNull],
    Copy => inline [Copy],
    Swap => inline [Swap],
    LoadConst => inline [LoadConst],
    LoadFast => inline [LoadFast],
    StoreFast => inline [StoreFast],
    DeleteFast => [DeleteFast],
    LoadDeref => [LoadDeref],
    StoreDeref => [StoreDeref],
    DeleteDeref => [DeleteDeref],
    LoadClosure => [LoadClosure],
    LoadClassDeref => [LoadClassDeref],
    LoadGlobal => [SpecializeLoadGlobal, LoadGlobal],
    StoreGlobal => [StoreGlobal],
    DeleteGlobal => [DeleteGlobal],
    LoadName => [LoadName],
    StoreName => [StoreName],
    DeleteName => [DeleteName],
    LoadAttr => [SpecializeLoadAttr, LoadAttr],
    StoreAttr => [SpecializeStoreAttr, StoreAttr],
    DeleteAttr => [DeleteAttr],
    LoadMethod => [SpecializeLoadMethod, LoadMethod],
    BinaryOp => [SpecializeBinaryOp, BinaryOp],
    UnaryNegative => [UnaryNegative],
    UnaryPositive => [UnaryPositive],
    UnaryInvert => [UnaryInvert],
    UnaryNot => [UnaryNot],
    CompareOp => [SpecializeCompareOp, CompareOp],
    IsOp => inline [IsOp],
    ContainsOp => [ContainsOp],
    BinarySubscr => [SpecializeBinarySubscr, BinarySubscr],
    StoreSubscr => [SpecializeStoreSubscr, StoreSubscr],
    DeleteSubscr => [DeleteSubscr],
    BuildSlice => [BuildSlice],
    BuildTuple => [BuildTuple],
    BuildList => [BuildList],
    BuildSet => [BuildSet],
    BuildMap => [BuildMap],
    ListAppend => [ListAppend],
    SetAdd => [SetAdd],
    MapAdd => [MapAdd],
    ListExtend => [ListExtend],
    SetUpdate => [SetUpdate],
    DictUpdate => [DictUpdate],
    DictMerge => [DictMerge],
    ListToTuple => [ListToTuple],
    BuildString => [BuildString],
    FormatValue => [FormatValue],
    UnpackSequence => [UnpackSequence],
    UnpackEx => [UnpackEx],
    Jump => inline [Jump],
    PopJumpIfFalse => inline [PopJumpIfFalse],
    PopJumpIfTrue => inline [PopJumpIfTrue],
    JumpIfFalseOrPop => [JumpIfFalseOrPop],
    JumpIfTrueOrPop => [JumpIfTrueOrPop],
    PopJumpIfNone => [PopJumpIfNone],
    PopJumpIfNotNone => [PopJumpIfNotNone],
    GetIter => [GetIter],
    ForIter => [SpecializeForIter, ForIter],
    Call => [SpecializeCall, Call],
    CallKw => [CallKw],
    CallEx => [CallEx],
    MakeFunction => [MakeFunction],
    ReturnValue => inline [ReturnValue],
    ReturnConst => inline [LoadConst, ReturnValue],
    YieldValue => [YieldValue],
    GetYieldFromIter => [GetYieldFromIter],
    Send => [Send],
    Raise => [Raise],
    Reraise => [Reraise],
    PushExcInfo => [PushExcInfo],
    PopExcept => [PopExcept],
    CheckExcMatch => [CheckExcMatch],
    LoadBuildClass => [LoadBuildClass],
    ImportName => [ImportName],
    ImportFrom => [ImportFrom],
    ImportStar => [ImportStar],
    BeforeWith => [BeforeWith],
    WithExceptStart => [WithExceptStart],
    LoadAssertionError => [LoadAssertionError],
    PrintExpr => [PrintExpr],
    BinaryOpAddInt(BinaryOp) => inline [GuardBothInt, BinaryAddInt],
    BinaryOpSubtractInt(BinaryOp) => inline [GuardBothInt, BinarySubInt],
    BinaryOpMultiplyInt(BinaryOp) => [GuardBothInt, BinaryMulInt],
    BinaryOpAddFloat(BinaryOp) => [GuardBothFloat, BinaryAddFloat],
    BinaryOpSubtractFloat(BinaryOp) => [GuardBothFloat, BinarySubFloat],
    BinaryOpMultiplyFloat(BinaryOp) => [GuardBothFloat, BinaryMulFloat],
    BinaryOpTrueDivideFloat(BinaryOp) => [GuardBothFloat, BinaryDivFloat],
    BinaryOpOtherInt(BinaryOp) => [GuardBothInt, BinaryIntOp],
    BinaryOpOtherFloat(BinaryOp) => [GuardBothFloat, BinaryFloatOp],
    BinaryOpMixedNumbers(BinaryOp) => [GuardMixedNumbers, BinaryNumberOp],
    BinaryOpPyMethod(BinaryOp) => [GuardBinaryPyMethod, BinaryPyMethod],
    CompareOpInt(CompareOp) => [GuardBothInt, CompareNumber],
    CompareOpFloat(CompareOp) => [GuardBothFloat, CompareNumber],
    CompareOpIntJump(CompareOp) => inline [GuardBothInt, CompareNumberJump],
    CompareOpFloatJump(CompareOp) => [GuardBothFloat, CompareNumberJump],
    LoadGlobalModule(LoadGlobal) => inline [GuardGlobalsVersion, LoadGlobalModule],
    LoadGlobalBuiltin(LoadGlobal) => [GuardGlobalsVersion, GuardBuiltinsVersion, LoadGlobalBuiltin],
    LoadAttrInstanceValue(LoadAttr) => [GuardInstanceValues, LoadAttrInstanceValue],
    LoadAttrModule(LoadAttr) => [GuardModuleVersion, LoadAttrModule],
    LoadAttrClass(LoadAttr) => [GuardClassVersion, LoadAttrClassCached],
    StoreAttrInstanceValue(StoreAttr) => [GuardInstanceValues, StoreAttrInstanceValue],
    StoreAttrInstanceAdd(StoreAttr) => [GuardInstanceValues, StoreAttrInstanceAdd],
    LoadMethodWithValues(LoadMethod) => [GuardInstanceValues, LoadMethodCached],
    LoadMethodNoDict(LoadMethod) => [GuardTypeVersion, LoadMethodCached],
    LoadMethodModule(LoadMethod) => [GuardModuleVersion, LoadMethodModule],
    CallPyExactArgs(Call) => [GuardPyExactArgs, CallPyExact],
    CallPyWithDefaults(Call) => [GuardPyWithDefaults, CallPyPositional],
    CallPyGenerator(Call) => [GuardPyGenerator, CallPyGenerator],
    CallBuiltin(Call) => [GuardBuiltin, CallBuiltin],
    CallListAppend(Call) => [GuardListAppend, CallListAppend],
    CallLen(Call) => [GuardLen, CallLen],
    CallAllocAndEnterInit(Call) => [GuardClassInit, CallAllocAndEnterInit],
    ForIterRange(ForIter) => [GuardIterRange, ForIterFast],
    ForIterList(ForIter) => [GuardIterList, ForIterFast],
    ForIterTuple(ForIter) => [GuardIterTuple, ForIterFast],
    BinarySubscrListInt(BinarySubscr) => [GuardListInt, BinarySubscrSeqInt],
    BinarySubscrTupleInt(BinarySubscr) => [GuardTupleInt, BinarySubscrSeqInt],
    BinarySubscrDict(BinarySubscr) => [GuardDict, BinarySubscrDict],
    StoreSubscrListInt(StoreSubscr) => [GuardListInt, StoreSubscrListInt],
    StoreSubscrDict(StoreSubscr) => [GuardDict, StoreSubscrDict],
    LoadFastLoadFast => inline [LoadFastLo, LoadFastHi],
    StoreFastLoadFast => inline [StoreFastLo, LoadFastHi],
    LoadFastLoadConst => inline [LoadFastLo, LoadConstHi],
    LoadFastLoadAttr => [LoadFastLoadAttr],
    LoadFastLoadMethod => [LoadFastLoadMethod],
    LoadFastStoreAttr => [LoadFastStoreAttr],
    LoadFastLoadFastBinarySubscr => [LoadFastLoadFastBinarySubscr],
    LoadFastLoadConstBinarySubscr => [LoadFastLoadConstBinarySubscr],
    LoadFastLoadFastStoreSubscr => [LoadFastLoadFastStoreSubscr],
    LoadFastLoadFastBinaryOp => [LoadFastLoadFastBinaryOp],
    LoadFastLoadConstBinaryOp => [LoadFastLoadConstBinaryOp],
    LoadFastLoadFastCompareOp => [LoadFastLoadFastCompareOp],
    LoadFastLoadConstCompareOp => [LoadFastLoadConstCompareOp],
    CopyCopyBinarySubscr => [CopyCopyBinarySubscr],
    SwapSwapStoreSubscr => [SwapSwapStoreSubscr],
    CopyLoadAttr => [CopyLoadAttr],
    SwapStoreAttr => [SwapStoreAttr],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_uop_is_used_by_some_bytecode() {
        // Enumerate opcodes through the bytecode table's coverage of uops.
        let mut used = alloc::vec::Vec::new();
        for op in crate::bytecode::opcode::ALL_OPS {
            used.extend_from_slice(uops_of(*op));
        }
        for u in Uop::ALL {
            assert!(used.contains(u), "uop {} is not part of any bytecode", u.name());
        }
    }
}
