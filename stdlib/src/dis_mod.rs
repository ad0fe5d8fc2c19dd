//! `_dis`: the native core of the `dis` and `opcode` modules (`py/dis.py`, `py/opcode.py`).
//!
//! Listings come from the compiler's own formatter (`pyco_compiler::dis`), the one behind
//! `pyco dis`, so `dis.dis(f)` inside a script prints what `python -m dis` would for the
//! same code. This module only turns the compiler's instructions into Python values.

use pyco_compiler::dis::{self as cdis, ArgKind, ArgVal, Marks};
use pyco_compiler::opcode::{Opcode, CMP_OP, HAVE_ARGUMENT};
use pyco_compiler::CodeObject;
use pyco_vm::object::*;
use pyco_vm::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("_dis");
    vm.add_function(&m, "opcodes", opcodes);
    vm.add_function(&m, "instructions", instructions);
    vm.add_function(&m, "listing", listing);
    vm.set_attr_str(&m, "HAVE_ARGUMENT", Value::Int(i64::from(HAVE_ARGUMENT)));
    let ext = Value::Int(Opcode::EXTENDED_ARG as i64);
    vm.set_attr_str(&m, "EXTENDED_ARG", ext);
    let cmp = CMP_OP.iter().map(|s| vm.new_str(*s)).collect();
    let cmp = vm.new_tuple(cmp);
    vm.set_attr_str(&m, "cmp_op", cmp);
    Ok(m)
}

/// `opcodes()`: `(name, number, kind)` for every assigned opcode in numeric order, `kind`
/// naming the `has*` list it belongs to ("const", "name", "jrel", "jabs", "local",
/// "compare", "free") or None.
fn opcodes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    vm.check_args("opcodes", args, kw, 0, 0)?;
    let rows = (0..=u8::MAX)
        .filter_map(Opcode::from_byte)
        .map(|op| {
            let kind = match cdis::arg_kind(op) {
                ArgKind::Const => Some("const"),
                ArgKind::Name => Some("name"),
                ArgKind::RelativeJump => Some("jrel"),
                ArgKind::AbsoluteJump => Some("jabs"),
                ArgKind::Local => Some("local"),
                ArgKind::Compare => Some("compare"),
                ArgKind::Free => Some("free"),
                ArgKind::Other => None,
            };
            let kind = kind.map_or(Value::None, |k| vm.new_str(k));
            vm.new_tuple(vec![vm.new_str(op.name()), Value::Int(op as i64), kind])
        })
        .collect();
    Ok(vm.new_list(rows))
}

/// The code object an argument holds, with its constants as the VM made them.
struct CodeArg {
    co: CodeObject,
    consts: Vec<Value>,
    /// Raw bytecode: there are no tables, so indices are shown as bare numbers.
    raw: bool,
}

/// A code object, or (`raw` allowed) bytes/bytearray as the bare `co_code` of a code object
/// with no names, constants or line table, as `dis.dis(b"...")` shows raw bytecode.
fn code_arg(vm: &Vm, fname: &str, v: &Value, raw: bool) -> PyResult<CodeArg> {
    if let Some(Payload::Code(c)) = v.payload() {
        return Ok(CodeArg {
            co: c.co.clone(),
            consts: c.consts.clone(),
            raw: false,
        });
    }
    match pyco_vm::types::bytes::as_bytes(v) {
        // dis.py reads the argument byte of every instruction that takes one.
        Some(code) if raw && code.len() % 2 == 1 && code[code.len() - 1] >= HAVE_ARGUMENT => {
            Err(vm.new_error("IndexError", "index out of range"))
        }
        Some(code) if raw => Ok(CodeArg {
            co: CodeObject {
                code,
                ..CodeObject::default()
            },
            consts: Vec::new(),
            raw: true,
        }),
        _ => Err(vm.type_error(format!(
            "{fname}() expected a code object, not {}",
            vm.type_name(v)
        ))),
    }
}

/// The compiler's instructions of `code`, with the repr of each code-object constant taken
/// from the VM's object (so the address matches `repr(const)` and the `Disassembly of`
/// headers), and whether they all resolved. The list stops before the first instruction
/// whose argument indexes past its table: dis.py fails there with IndexError, after the
/// instructions before it (the compiler's formatter would show the bare number instead).
fn resolved_instructions(vm: &mut Vm, code: &CodeArg) -> PyResult<(Vec<cdis::Instruction>, bool)> {
    let mut instrs = cdis::instructions(&code.co);
    if let Some(bad) = instrs.iter().position(|i| !resolves(code, i)) {
        instrs.truncate(bad);
        return Ok((instrs, false));
    }
    for instr in &mut instrs {
        if let Some(c) = vm_const(code, instr) {
            if matches!(c.payload(), Some(Payload::Code(_))) {
                instr.argrepr = vm.repr_string(&c)?;
            }
        }
    }
    Ok((instrs, true))
}

/// Whether dis.py finds the argument of `instr` in its table. The compiler reports an
/// index past the end as a plain number; raw bytecode has no tables but `cmp_op`.
fn resolves(code: &CodeArg, instr: &cdis::Instruction) -> bool {
    let Some(op) = Opcode::from_byte(instr.opcode) else {
        return true;
    };
    let indexed = match cdis::arg_kind(op) {
        ArgKind::Compare => true,
        ArgKind::Const | ArgKind::Name | ArgKind::Local | ArgKind::Free => !code.raw,
        _ => false,
    };
    !(indexed && matches!(instr.argval, ArgVal::Int(_)))
}

/// The IndexError dis.py raises for an argument past the end of its table.
fn past_table(vm: &Vm) -> PyErr {
    vm.new_error("IndexError", "tuple index out of range")
}

/// The VM constant a `LOAD_CONST` instruction loads.
fn vm_const(code: &CodeArg, instr: &cdis::Instruction) -> Option<Value> {
    if !matches!(instr.argval, ArgVal::Const(_)) {
        return None;
    }
    let index = usize::try_from(instr.arg?).ok()?;
    code.consts.get(index).cloned()
}

/// `instructions(code, line_offset)`: `(rows, error)`, the fields of each `dis.Instruction`
/// of `code` as 8-tuples (line numbers shifted by `line_offset`), and the exception to raise
/// after them (None when every instruction resolved).
fn instructions(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("instructions", args, kw, 2, 2)?;
    let code = code_arg(vm, "instructions", &a[0], false)?;
    let line_offset = vm.to_i64(&a[1])?;
    let (instrs, complete) = resolved_instructions(vm, &code)?;
    let rows = instrs
        .iter()
        .map(|instr| instruction_tuple(vm, &code, instr, line_offset))
        .collect();
    let rows = vm.new_list(rows);
    Ok(vm.new_tuple(vec![rows, error_value(vm, complete)]))
}

fn instruction_tuple(
    vm: &Vm,
    code: &CodeArg,
    instr: &cdis::Instruction,
    line_offset: i64,
) -> Value {
    let argval = vm_const(code, instr).unwrap_or_else(|| argval(vm, &instr.argval));
    let starts_line = instr.starts_line.map_or(Value::None, |l| {
        Value::Int(i64::from(l).saturating_add(line_offset))
    });
    vm.new_tuple(vec![
        vm.new_str(instr.opname.as_str()),
        Value::Int(i64::from(instr.opcode)),
        instr.arg.map_or(Value::None, int_value),
        argval,
        vm.new_str(instr.argrepr.as_str()),
        Value::Int(i64::from(instr.offset)),
        starts_line,
        Value::Bool(instr.is_jump_target),
    ])
}

/// `Instruction.argval` for everything but constants (which come from the VM's table).
fn argval(vm: &Vm, v: &ArgVal) -> Value {
    match v {
        ArgVal::None => Value::None,
        ArgVal::Int(n) => int_value(*n),
        ArgVal::Const(_) => Value::None,
        ArgVal::Name(s) => vm.new_str(s.as_str()),
        ArgVal::Compare(s) => vm.new_str(*s),
        ArgVal::Format {
            conversion,
            with_spec,
        } => {
            // dis.py shows the conversion as the builtin that performs it: str, repr, ascii.
            let builtins = Value::Obj(vm.builtins_dict());
            let func = conversion
                .and_then(|name| vm.dict_get_str(&builtins, name))
                .unwrap_or(Value::None);
            vm.new_tuple(vec![func, Value::Bool(*with_spec)])
        }
    }
}

/// An instruction argument as an int. Past i64 (only after 7+ EXTENDED_ARG prefixes) it
/// saturates rather than growing a long int.
fn int_value(n: u64) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The exception object to raise after a partial result, or None.
fn error_value(vm: &Vm, complete: bool) -> Value {
    if complete {
        return Value::None;
    }
    Value::Obj(past_table(vm))
}

/// `listing(code, lasti, line_offset)`: `(text, error)`, the text `dis.disassemble` prints
/// for `code` (a code object, or bytes as raw bytecode) with `-->` at offset `lasti` (none
/// if negative), and the exception to raise after printing it (None if all resolved).
fn listing(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("listing", args, kw, 3, 3)?;
    let code = code_arg(vm, "listing", &a[0], true)?;
    let lasti = u32::try_from(vm.to_i64(&a[1])?).ok();
    let line_offset = vm.to_i64(&a[2])?;
    let (instrs, complete) = resolved_instructions(vm, &code)?;
    let marks = Marks { lasti, line_offset };
    let text = vm.new_str(cdis::listing(&code.co, &instrs, marks));
    Ok(vm.new_tuple(vec![text, error_value(vm, complete)]))
}
