//! The opcodes. Stack effects are written `[before] -> [after]`, top last.

/// A bytecode operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum Op {
    Nop,
    /// `[a] -> []`
    PopTop,
    /// `[] -> [NULL]` (the empty "self" slot of a call).
    PushNull,
    /// `[.., x(n-th from top)] -> [.., x, x]`; `arg = n >= 1`.
    Copy,
    /// Swap TOS with the `arg`-th item from the top (`arg >= 2`).
    Swap,
    LoadConst,
    /// Push local `arg`; `UnboundLocalError` when unbound.
    LoadFast,
    StoreFast,
    DeleteFast,
    /// Push the contents of cell `arg` (own cells, then free variables).
    LoadDeref,
    StoreDeref,
    DeleteDeref,
    /// Push cell `arg` itself (to build a closure).
    LoadClosure,
    /// Class body: the name from the class namespace, else cell `arg`.
    LoadClassDeref,
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    /// Class body / module namespace lookups.
    LoadName,
    StoreName,
    DeleteName,
    /// `[obj] -> [obj.name]`
    LoadAttr,
    /// `[value, obj] -> []`
    StoreAttr,
    DeleteAttr,
    /// `[obj] -> [func, obj]` for a method, or `[attr, NULL]`.
    LoadMethod,
    /// `[a, b] -> [a op b]`; `arg` = `BinOp` (+13 for the in-place form).
    BinaryOp,
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    UnaryNot,
    /// `arg` = `CmpOp` (`<`, `<=`, `==`, `!=`, `>`, `>=`).
    CompareOp,
    /// `is` (`arg = 0`) / `is not` (`arg = 1`).
    IsOp,
    /// `in` (`arg = 0`) / `not in` (`arg = 1`).
    ContainsOp,
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    DeleteSubscr,
    /// `arg` = 2 or 3 values.
    BuildSlice,
    BuildTuple,
    BuildList,
    BuildSet,
    /// `arg` key/value pairs.
    BuildMap,
    /// Append TOS to the list `arg` below it (comprehensions).
    ListAppend,
    SetAdd,
    /// `[.., map, .., key, value] -> [.., map, ..]`
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    /// Like `DictUpdate` but rejects duplicate keys (for `**kwargs`).
    DictMerge,
    ListToTuple,
    /// Concatenate `arg` strings.
    BuildString,
    /// f-string field: `arg & 3` = conversion (0 none, 1 str, 2 repr, 3
    /// ascii); `arg & 4` = a format spec is on the stack.
    FormatValue,
    UnpackSequence,
    /// `arg = before | (after << 8)`.
    UnpackEx,
    Jump,
    PopJumpIfFalse,
    PopJumpIfTrue,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    PopJumpIfNone,
    PopJumpIfNotNone,
    GetIter,
    /// `[it] -> [it, next]`, or pop `it` and jump to `arg` when exhausted.
    ForIter,
    /// `[callable, self_or_null, args...] -> [result]`; `arg` = number of args.
    Call,
    /// Like `Call`, with a tuple of keyword names on top: the last
    /// `len(names)` arguments are keyword arguments.
    CallKw,
    /// `[callable, self_or_null, args_tuple, (kwargs_dict)] -> [result]`;
    /// `arg & 1` = a kwargs dict is present.
    CallEx,
    /// `[(defaults), (kwdefaults), (closure), code] -> [function]`; `arg` bits:
    /// 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple.
    MakeFunction,
    ReturnValue,
    /// `RETURN_VALUE` of constant `arg` (what `LOAD_CONST; RETURN_VALUE`
    /// and a jump to either become, see `compiler::codegen`).
    ReturnConst,
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from` (generators stay as is).
    GetYieldFromIter,
    /// `[sub, value] -> [sub, yielded]`, or `[result]` and jump to `arg` when
    /// the subiterator finishes.
    Send,
    /// `arg` = 0 (re-raise the handled exception), 1 (`raise x`), 2 (`raise x from y`).
    Raise,
    /// Re-raise TOS (an exception); `arg = 1`: also restore the saved state.
    Reraise,
    /// `[exc] -> [prev_exc, exc]`, making `exc` the handled exception.
    PushExcInfo,
    /// `[prev_exc] -> []`, restoring the handled exception.
    PopExcept,
    /// `[exc, type] -> [exc, bool]`
    CheckExcMatch,
    LoadBuildClass,
    /// `[level, fromlist] -> [module]`
    ImportName,
    /// `[module] -> [module, module.name]`
    ImportFrom,
    ImportStar,
    /// `[mgr] -> [exit, mgr.__enter__()]`
    BeforeWith,
    /// `[exit, .., exc] -> [exit, .., exc, exit(type, exc, tb)]`
    WithExceptStart,
    LoadAssertionError,
    /// REPL: print the repr of TOS unless it is `None`.
    PrintExpr,

    // Specialized forms (written by the specializer over their generic
    // instruction, same argument and stack effect; see `uops::generic_of`).
    BinaryOpAddInt,
    BinaryOpSubtractInt,
    BinaryOpMultiplyInt,
    BinaryOpAddFloat,
    BinaryOpSubtractFloat,
    BinaryOpMultiplyFloat,
    BinaryOpTrueDivideFloat,
    BinaryOpOtherInt,
    BinaryOpOtherFloat,
    BinaryOpMixedNumbers,
    /// Both operands instances of one user class whose forward dunder is a
    /// plain Python function (`Vector + Vector`): it is called straight
    /// from the cache.
    BinaryOpPyMethod,
    CompareOpInt,
    CompareOpFloat,
    CompareOpIntJump,
    CompareOpFloatJump,
    LoadGlobalModule,
    LoadGlobalBuiltin,
    LoadAttrInstanceValue,
    LoadAttrModule,
    LoadAttrClass,
    StoreAttrInstanceValue,
    StoreAttrInstanceAdd,
    LoadMethodWithValues,
    LoadMethodNoDict,
    LoadMethodModule,
    CallPyExactArgs,
    CallPyWithDefaults,
    CallPyGenerator,
    CallBuiltin,
    CallListAppend,
    CallLen,
    CallAllocAndEnterInit,
    ForIterRange,
    ForIterList,
    ForIterTuple,
    BinarySubscrListInt,
    BinarySubscrTupleInt,
    BinarySubscrDict,
    StoreSubscrListInt,
    StoreSubscrDict,

    // Superinstructions (written by `Code::quickenable` over the first of
    // a pair of instructions, which it then runs both of; the second keeps
    // its own form for jumps to it; see `uops::defs::take_next_arg`).
    LoadFastLoadFast,
    StoreFastLoadFast,
    LoadFastLoadConst,
    LoadFastLoadAttr,
    LoadFastLoadMethod,
    LoadFastStoreAttr,
    /// `LOAD_FAST seq; LOAD_FAST index` before a `BINARY_SUBSCR`: when that
    /// is specialized for a list or tuple with an int index, the item is
    /// read straight from the two locals (and the subscript stepped over).
    LoadFastLoadFastBinarySubscr,
    /// `LOAD_FAST seq; LOAD_CONST index` before a `BINARY_SUBSCR` (as
    /// above, with a constant index: `b[0]`).
    LoadFastLoadConstBinarySubscr,
    /// `LOAD_FAST seq; LOAD_FAST index` before a `STORE_SUBSCR`: when that
    /// is specialized for a list with an int index, the value on top is
    /// stored straight into the list held by the local.
    LoadFastLoadFastStoreSubscr,
    /// `LOAD_FAST a; LOAD_FAST b` before a `BINARY_OP`: when that is
    /// specialized for `+`, `-` or `*` on ints or `+`, `-`, `*`, `/` on
    /// floats and the locals fit it, the result is computed from the
    /// locals and the operator stepped over.
    LoadFastLoadFastBinaryOp,
    /// `LOAD_FAST a; LOAD_CONST b` before a `BINARY_OP` (`i + 1`).
    LoadFastLoadConstBinaryOp,
    /// `LOAD_FAST a; LOAD_FAST b` before a `COMPARE_OP` specialized as a
    /// number comparison fused with its conditional jump: compare the
    /// locals and jump (or not) at once.
    LoadFastLoadFastCompareOp,
    /// `LOAD_FAST a; LOAD_CONST b` before such a `COMPARE_OP` (`r != 1`).
    LoadFastLoadConstCompareOp,
    /// `COPY 2; COPY 2` before a `BINARY_SUBSCR` (the read of `seq[i] += v`):
    /// when that is specialized for a list or tuple with an int index, the
    /// item is pushed after the two operands without copying them.
    CopyCopyBinarySubscr,
    /// `SWAP 3; SWAP 2` before a `STORE_SUBSCR` (the write of `seq[i] += v`,
    /// `[seq, i, v]` on the stack): when that is specialized for a list
    /// with an int index, `v` is stored without the swaps.
    SwapSwapStoreSubscr,
    /// `COPY 1` before a `LOAD_ATTR` (the read of `obj.name += v`): when
    /// that is specialized for an instance value and its guards hold, the
    /// value is pushed after `obj` without copying it.
    CopyLoadAttr,
    /// `SWAP 2` before a `STORE_ATTR` (the write of `obj.name += v`,
    /// `[obj, v]` on the stack): when that is specialized for an existing
    /// instance value and its guards hold, `v` is stored without the swap.
    SwapStoreAttr,
}

/// Every opcode, in definition order.
pub const ALL_OPS: &[Op] = &[
    Op::Nop,
    Op::PopTop,
    Op::PushNull,
    Op::Copy,
    Op::Swap,
    Op::LoadConst,
    Op::LoadFast,
    Op::StoreFast,
    Op::DeleteFast,
    Op::LoadDeref,
    Op::StoreDeref,
    Op::DeleteDeref,
    Op::LoadClosure,
    Op::LoadClassDeref,
    Op::LoadGlobal,
    Op::StoreGlobal,
    Op::DeleteGlobal,
    Op::LoadName,
    Op::StoreName,
    Op::DeleteName,
    Op::LoadAttr,
    Op::StoreAttr,
    Op::DeleteAttr,
    Op::LoadMethod,
    Op::BinaryOp,
    Op::UnaryNegative,
    Op::UnaryPositive,
    Op::UnaryInvert,
    Op::UnaryNot,
    Op::CompareOp,
    Op::IsOp,
    Op::ContainsOp,
    Op::BinarySubscr,
    Op::StoreSubscr,
    Op::DeleteSubscr,
    Op::BuildSlice,
    Op::BuildTuple,
    Op::BuildList,
    Op::BuildSet,
    Op::BuildMap,
    Op::ListAppend,
    Op::SetAdd,
    Op::MapAdd,
    Op::ListExtend,
    Op::SetUpdate,
    Op::DictUpdate,
    Op::DictMerge,
    Op::ListToTuple,
    Op::BuildString,
    Op::FormatValue,
    Op::UnpackSequence,
    Op::UnpackEx,
    Op::Jump,
    Op::PopJumpIfFalse,
    Op::PopJumpIfTrue,
    Op::JumpIfFalseOrPop,
    Op::JumpIfTrueOrPop,
    Op::PopJumpIfNone,
    Op::PopJumpIfNotNone,
    Op::GetIter,
    Op::ForIter,
    Op::Call,
    Op::CallKw,
    Op::CallEx,
    Op::MakeFunction,
    Op::ReturnValue,
    Op::ReturnConst,
    Op::YieldValue,
    Op::GetYieldFromIter,
    Op::Send,
    Op::Raise,
    Op::Reraise,
    Op::PushExcInfo,
    Op::PopExcept,
    Op::CheckExcMatch,
    Op::LoadBuildClass,
    Op::ImportName,
    Op::ImportFrom,
    Op::ImportStar,
    Op::BeforeWith,
    Op::WithExceptStart,
    Op::LoadAssertionError,
    Op::PrintExpr,
    Op::BinaryOpAddInt,
    Op::BinaryOpSubtractInt,
    Op::BinaryOpMultiplyInt,
    Op::BinaryOpAddFloat,
    Op::BinaryOpSubtractFloat,
    Op::BinaryOpMultiplyFloat,
    Op::BinaryOpTrueDivideFloat,
    Op::BinaryOpOtherInt,
    Op::BinaryOpOtherFloat,
    Op::BinaryOpMixedNumbers,
    Op::BinaryOpPyMethod,
    Op::CompareOpInt,
    Op::CompareOpFloat,
    Op::CompareOpIntJump,
    Op::CompareOpFloatJump,
    Op::LoadGlobalModule,
    Op::LoadGlobalBuiltin,
    Op::LoadAttrInstanceValue,
    Op::LoadAttrModule,
    Op::LoadAttrClass,
    Op::StoreAttrInstanceValue,
    Op::StoreAttrInstanceAdd,
    Op::LoadMethodWithValues,
    Op::LoadMethodNoDict,
    Op::LoadMethodModule,
    Op::CallPyExactArgs,
    Op::CallPyWithDefaults,
    Op::CallPyGenerator,
    Op::CallBuiltin,
    Op::CallListAppend,
    Op::CallLen,
    Op::CallAllocAndEnterInit,
    Op::ForIterRange,
    Op::ForIterList,
    Op::ForIterTuple,
    Op::BinarySubscrListInt,
    Op::BinarySubscrTupleInt,
    Op::BinarySubscrDict,
    Op::StoreSubscrListInt,
    Op::StoreSubscrDict,
    Op::LoadFastLoadFast,
    Op::StoreFastLoadFast,
    Op::LoadFastLoadConst,
    Op::LoadFastLoadAttr,
    Op::LoadFastLoadMethod,
    Op::LoadFastStoreAttr,
    Op::LoadFastLoadFastBinarySubscr,
    Op::LoadFastLoadConstBinarySubscr,
    Op::LoadFastLoadFastStoreSubscr,
    Op::LoadFastLoadFastBinaryOp,
    Op::LoadFastLoadConstBinaryOp,
    Op::LoadFastLoadFastCompareOp,
    Op::LoadFastLoadConstCompareOp,
    Op::CopyCopyBinarySubscr,
    Op::SwapSwapStoreSubscr,
    Op::CopyLoadAttr,
    Op::SwapStoreAttr,
];
