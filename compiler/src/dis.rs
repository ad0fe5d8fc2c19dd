//! The `dis` text format of CPython 3.10's Lib/dis.py, as a function of a code object.
//!
//! Every function returns the text `dis` would print, each line ending in `\n`.
//! Malformed code (indices out of range, a missing final argument byte) never panics: an
//! index that points nowhere is shown as the bare number, as dis.py does when it has no table.

use crate::code::CodeObject;
use crate::constant::{str_repr, ConstValue};
use crate::opcode::{Opcode, CMP_OP, HAVE_ARGUMENT};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// `dis.FORMAT_VALUE_CONVERTERS` names, indexed by `arg & 3`.
const FORMAT_CONVERSIONS: [&str; 4] = ["", "str", "repr", "ascii"];
/// `dis.MAKE_FUNCTION_FLAGS`, one per argument bit.
const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// The resolved argument of an instruction (`Instruction.argval` in dis.py).
#[derive(Clone, Debug, PartialEq)]
pub enum ArgVal {
    /// The instruction takes no argument.
    None,
    /// A plain number: counts, flags, jump targets, and indices that point nowhere.
    Int(u64),
    /// `co_consts[arg]`.
    Const(ConstValue),
    /// A name from `co_names`, `co_varnames` or the cell and free variables.
    Name(String),
    /// A `COMPARE_OP` operator.
    Compare(&'static str),
    /// `FORMAT_VALUE`: the conversion (`str`, `repr`, `ascii` or none) and whether a format
    /// spec is on the stack.
    Format {
        conversion: Option<&'static str>,
        with_spec: bool,
    },
}

impl ArgVal {
    /// `repr(argval)` as CPython shows it.
    pub fn repr(&self) -> String {
        match self {
            ArgVal::None => "None".to_string(),
            ArgVal::Int(n) => n.to_string(),
            ArgVal::Const(c) => c.repr(),
            ArgVal::Name(s) => str_repr(s),
            ArgVal::Compare(s) => str_repr(s),
            ArgVal::Format {
                conversion,
                with_spec,
            } => {
                let func = match *conversion {
                    None => "None",
                    Some("str") => "<class 'str'>",
                    Some("repr") => "<built-in function repr>",
                    Some(_) => "<built-in function ascii>",
                };
                let flag = if *with_spec { "True" } else { "False" };
                format!("({func}, {flag})")
            }
        }
    }
}

/// One decoded instruction (`dis.Instruction`).
#[derive(Clone, Debug, PartialEq)]
pub struct Instruction {
    /// The opcode name, or `<N>` for an unassigned number.
    pub opname: String,
    pub opcode: u8,
    /// The argument including any `EXTENDED_ARG` prefixes; `None` below `HAVE_ARGUMENT`.
    pub arg: Option<u64>,
    pub argval: ArgVal,
    /// Human-readable form of the argument; empty when there is nothing to add.
    pub argrepr: String,
    pub offset: u32,
    /// The source line this instruction starts, if any.
    pub starts_line: Option<u32>,
    pub is_jump_target: bool,
}

/// The `(offset, opcode, arg)` triples of `co_code` (dis.py's `_unpack_opargs`).
/// `EXTENDED_ARG` shifts its value into the next instruction's argument only.
fn unpack_opargs(code: &[u8]) -> Vec<(u32, u8, Option<u64>)> {
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut extended: u64 = 0;
    for (i, pair) in code.chunks(2).enumerate() {
        let op = pair[0];
        let arg = if op >= HAVE_ARGUMENT {
            let arg = u64::from(pair.get(1).copied().unwrap_or(0)) | extended;
            // Python ints never overflow; wrapping only matters after 7+ prefixes.
            extended = if op == Opcode::EXTENDED_ARG as u8 {
                arg.wrapping_shl(8)
            } else {
                0
            };
            Some(arg)
        } else {
            extended = 0;
            None
        };
        out.push(((i * 2) as u32, op, arg));
    }
    out
}

/// Where a jump at `offset` with argument `arg` lands, if `op` is a jump.
fn jump_target(op: Option<Opcode>, offset: u32, arg: u64) -> Option<u64> {
    let op = op?;
    if op.is_relative_jump() {
        Some(u64::from(offset) + 2 + arg.wrapping_mul(2))
    } else if op.is_absolute_jump() {
        Some(arg.wrapping_mul(2))
    } else {
        None
    }
}

/// dis.py's `findlabels`: every offset some jump points at.
fn find_labels(ops: &[(u32, u8, Option<u64>)]) -> HashSet<u64> {
    ops.iter()
        .filter_map(|&(offset, op, arg)| jump_target(Opcode::from_byte(op), offset, arg?))
        .collect()
}

fn lookup_name(names: &[String], arg: u64) -> (ArgVal, String) {
    match usize::try_from(arg).ok().and_then(|i| names.get(i)) {
        Some(name) => (ArgVal::Name(name.clone()), name.clone()),
        None => (ArgVal::Int(arg), arg.to_string()),
    }
}

/// What an instruction's argument means: the `has*` lists of CPython's `opcode.py`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// An index into `co_consts` (`hasconst`).
    Const,
    /// An index into `co_names` (`hasname`).
    Name,
    /// A jump relative to the next instruction (`hasjrel`).
    RelativeJump,
    /// A jump to an absolute instruction index (`hasjabs`).
    AbsoluteJump,
    /// An index into `co_varnames` (`haslocal`).
    Local,
    /// An index into `cmp_op` (`hascompare`).
    Compare,
    /// An index into `co_cellvars + co_freevars` (`hasfree`).
    Free,
    /// Anything else: counts, flags, or no argument at all.
    Other,
}

/// The kind of `op`'s argument.
pub fn arg_kind(op: Opcode) -> ArgKind {
    use Opcode::*;
    if op.is_relative_jump() {
        return ArgKind::RelativeJump;
    }
    if op.is_absolute_jump() {
        return ArgKind::AbsoluteJump;
    }
    match op {
        LOAD_CONST => ArgKind::Const,
        STORE_NAME | DELETE_NAME | STORE_ATTR | DELETE_ATTR | STORE_GLOBAL | DELETE_GLOBAL
        | LOAD_NAME | LOAD_ATTR | IMPORT_NAME | IMPORT_FROM | LOAD_GLOBAL | LOAD_METHOD => {
            ArgKind::Name
        }
        LOAD_FAST | STORE_FAST | DELETE_FAST => ArgKind::Local,
        COMPARE_OP => ArgKind::Compare,
        LOAD_CLOSURE | LOAD_DEREF | STORE_DEREF | DELETE_DEREF | LOAD_CLASSDEREF => ArgKind::Free,
        _ => ArgKind::Other,
    }
}

/// `argval` and `argrepr` for an argument, by opcode class (`_get_instructions_bytes`).
fn describe_arg(code: &CodeObject, op: Opcode, offset: u32, arg: u64) -> (ArgVal, String) {
    let index = usize::try_from(arg).ok();
    if let Some(target) = jump_target(Some(op), offset, arg) {
        return (ArgVal::Int(target), format!("to {target}"));
    }
    match arg_kind(op) {
        ArgKind::Const => match index.and_then(|i| code.consts.get(i)) {
            Some(c) => (ArgVal::Const(c.clone()), c.repr()),
            None => (ArgVal::Int(arg), arg.to_string()),
        },
        ArgKind::Name => lookup_name(&code.names, arg),
        ArgKind::Local => lookup_name(&code.varnames, arg),
        ArgKind::Compare => match index.and_then(|i| CMP_OP.get(i)) {
            Some(&cmp) => (ArgVal::Compare(cmp), cmp.to_string()),
            None => (ArgVal::Int(arg), arg.to_string()),
        },
        ArgKind::Free => cell_name(code, arg),
        _ if op == Opcode::FORMAT_VALUE => format_value_arg(arg),
        _ if op == Opcode::MAKE_FUNCTION => {
            let names: Vec<&str> = MAKE_FUNCTION_FLAGS
                .iter()
                .enumerate()
                .filter(|&(bit, _)| arg & (1 << bit) != 0)
                .map(|(_, &name)| name)
                .collect();
            (ArgVal::Int(arg), names.join(", "))
        }
        _ => (ArgVal::Int(arg), String::new()),
    }
}

/// Cell and free variables share one index space: `co_cellvars + co_freevars`.
fn cell_name(code: &CodeObject, arg: u64) -> (ArgVal, String) {
    let cells = code.cellvars.len() as u64;
    if arg < cells {
        lookup_name(&code.cellvars, arg)
    } else {
        match lookup_name(&code.freevars, arg - cells) {
            (ArgVal::Name(n), r) => (ArgVal::Name(n), r),
            _ => (ArgVal::Int(arg), arg.to_string()),
        }
    }
}

fn format_value_arg(arg: u64) -> (ArgVal, String) {
    let name = FORMAT_CONVERSIONS[(arg & 3) as usize];
    let with_spec = arg & 4 != 0;
    let mut argrepr = name.to_string();
    if with_spec {
        if !argrepr.is_empty() {
            argrepr.push_str(", ");
        }
        argrepr.push_str("with format");
    }
    let conversion = (!name.is_empty()).then_some(name);
    (
        ArgVal::Format {
            conversion,
            with_spec,
        },
        argrepr,
    )
}

/// The instructions of `code` with their resolved arguments (`dis.get_instructions`).
pub fn instructions(code: &CodeObject) -> Vec<Instruction> {
    let ops = unpack_opargs(&code.code);
    let labels = find_labels(&ops);
    let starts: HashMap<u32, u32> = code.line_starts().into_iter().collect();
    ops.into_iter()
        .map(|(offset, opcode, arg)| {
            let op = Opcode::from_byte(opcode);
            let opname = match op {
                Some(op) => op.name().to_string(),
                None => format!("<{opcode}>"),
            };
            let (argval, argrepr) = match (op, arg) {
                (Some(op), Some(arg)) => describe_arg(code, op, offset, arg),
                (None, Some(arg)) => (ArgVal::Int(arg), String::new()),
                (_, None) => (ArgVal::None, String::new()),
            };
            Instruction {
                opname,
                opcode,
                arg,
                argval,
                argrepr,
                offset,
                starts_line: starts.get(&offset).copied(),
                is_jump_target: labels.contains(&u64::from(offset)),
            }
        })
        .collect()
}

/// How one listing numbers and marks its lines: dis.py's `line_offset` (from
/// `Bytecode(first_line=...)`, added to every line number) and `lasti` (the instruction
/// shown with `-->`, as `distb` and `Bytecode(current_offset=...)` do).
#[derive(Clone, Copy, Debug, Default)]
pub struct Marks {
    pub lasti: Option<u32>,
    pub line_offset: i64,
}

/// Column widths of one listing.
#[derive(Clone, Copy, Debug)]
pub struct Widths {
    /// 0 when the code has no line numbers at all (the column is left out).
    pub lineno: usize,
    pub offset: usize,
}

impl Widths {
    /// dis.py's rule: 3 for line numbers unless the largest (shifted by `line_offset`) is
    /// ≥ 1000, 4 for offsets unless the last offset is ≥ 10000; wider columns fit the largest
    /// value. Like dis.py, this looks at every line start in the table, even one at no
    /// instruction.
    pub fn of(code: &CodeObject, line_offset: i64) -> Widths {
        let lineno = match code.line_starts().iter().map(|&(_, line)| line).max() {
            None => 0,
            Some(max) => {
                let max = i64::from(max).saturating_add(line_offset);
                if max >= 1000 {
                    max.to_string().len()
                } else {
                    3
                }
            }
        };
        let max_offset = code.code.len() as i64 - 2;
        let offset = if max_offset >= 10000 {
            max_offset.to_string().len()
        } else {
            4
        };
        Widths { lineno, offset }
    }
}

impl Instruction {
    /// One listing line without its newline (`Instruction._disassemble`).
    pub fn format(&self, widths: Widths, marks: Marks) -> String {
        let mut line = String::new();
        if widths.lineno > 0 {
            match self.starts_line {
                Some(n) => {
                    let n = i64::from(n).saturating_add(marks.line_offset);
                    let _ = write!(line, "{n:>w$} ", w = widths.lineno);
                }
                None => line.push_str(&" ".repeat(widths.lineno + 1)),
            }
        }
        let is_current = marks.lasti == Some(self.offset);
        line.push_str(if is_current { "--> " } else { "    " });
        line.push_str(if self.is_jump_target { ">> " } else { "   " });
        let _ = write!(
            line,
            "{:>ow$} {:<nw$}",
            self.offset,
            self.opname,
            ow = widths.offset,
            nw = OPNAME_WIDTH
        );
        if let Some(arg) = self.arg {
            let _ = write!(line, " {arg:>OPARG_WIDTH$}");
            if !self.argrepr.is_empty() {
                let _ = write!(line, " ({})", self.argrepr);
            }
        }
        line.truncate(line.trim_end().len());
        line
    }
}

/// The listing of one code object (`dis.disassemble`).
pub fn disassemble(code: &CodeObject) -> String {
    listing(code, &instructions(code), Marks::default())
}

/// The listing of `instrs`, the instructions of `code` (possibly with argument reprs the
/// caller resolved itself), numbered and marked as `marks` says.
pub fn listing(code: &CodeObject, instrs: &[Instruction], marks: Marks) -> String {
    let widths = Widths::of(code, marks.line_offset);
    let mut out = String::new();
    for instr in instrs {
        if widths.lineno > 0 && instr.starts_line.is_some() && instr.offset > 0 {
            out.push('\n');
        }
        out.push_str(&instr.format(widths, marks));
        out.push('\n');
    }
    out
}

/// What `python -m dis` prints for a module's code: the code itself, then each code object
/// in `co_consts`, depth-first, after a blank line and a `Disassembly of <code ...>:` header.
pub fn dis_recursive(code: &CodeObject) -> String {
    let mut out = disassemble(code);
    // An explicit stack instead of recursion: nesting depth comes from the source.
    let mut pending: Vec<&ConstValue> = nested_code(code).rev().collect();
    while let Some(value) = pending.pop() {
        if let ConstValue::Code(inner) = value {
            let _ = writeln!(out, "\nDisassembly of {}:", value.repr());
            out.push_str(&disassemble(inner));
            pending.extend(nested_code(inner).rev());
        }
    }
    out
}

fn nested_code(code: &CodeObject) -> impl DoubleEndedIterator<Item = &ConstValue> {
    code.consts
        .iter()
        .filter(|c| matches!(c, ConstValue::Code(_)))
}

#[cfg(test)]
mod tests;
