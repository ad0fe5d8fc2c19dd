//! The code object: the compiler's output, laid out as CPython 3.10's `PyCodeObject`.

use crate::constant::ConstValue;

/// `co_flags` bits.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub nlocals: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// Wordcode: (opcode, arg) byte pairs.
    pub code: Vec<u8>,
    pub consts: Vec<ConstValue>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub freevars: Vec<String>,
    pub cellvars: Vec<String>,
    pub filename: String,
    pub name: String,
    /// Not a 3.10 code attribute (3.10 passes it to MAKE_FUNCTION as a constant); kept for
    /// reprs of generators and functions made from this code.
    pub qualname: String,
    pub firstlineno: u32,
    /// `co_linetable` in the 3.10 format (see `Objects/lnotab_notes.txt`).
    pub linetable: Vec<u8>,
}

impl CodeObject {
    /// `co_lines()`: the `(start, end, line)` byte ranges of `co_linetable`, with `None` for
    /// ranges that have no line. Zero-length ranges are skipped; a truncated table just ends.
    pub fn lines(&self) -> Vec<(u32, u32, Option<u32>)> {
        let mut out = Vec::new();
        let mut end: u32 = 0;
        let mut line = i64::from(self.firstlineno);
        for pair in self.linetable.chunks_exact(2) {
            let start = end;
            end = end.saturating_add(u32::from(pair[0]));
            let delta = pair[1] as i8;
            let this_line = if delta == -128 {
                None
            } else {
                line += i64::from(delta);
                u32::try_from(line).ok()
            };
            if start != end {
                out.push((start, end, this_line));
            }
        }
        out
    }

    /// `co_lnotab`, the pre-3.10 table 3.10 still derives from `co_linetable`
    /// (`code_getlnotab`): `(offset delta, line delta)` byte pairs, one (or more, for big
    /// deltas) wherever the running line number changes. Ranges without a line keep the
    /// running number, as 3.10's decoder does.
    pub fn lnotab(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let (mut end, mut computed) = (0i64, i64::from(self.firstlineno));
        let (mut last_offset, mut last_line) = (0i64, computed);
        for pair in self.linetable.chunks_exact(2) {
            let start = end;
            end += i64::from(pair[0]);
            if pair[1] as i8 != -128 {
                computed += i64::from(pair[1] as i8);
            }
            if start != end && computed != last_line {
                push_lnotab_delta(&mut out, start - last_offset, computed - last_line);
                (last_offset, last_line) = (start, computed);
            }
        }
        out
    }

    /// `dis.findlinestarts`: `(offset, line)` where a range's line differs from the last one
    /// reported (ranges with no line are passed over without resetting it).
    pub fn line_starts(&self) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut last = None;
        for (start, _, line) in self.lines() {
            if line.is_some() && line != last {
                last = line;
                out.extend(line.map(|l| (start, l)));
            }
        }
        out
    }
}

impl CodeObject {
    /// Whether two code objects are equal as constants (`code_richcompare` in 3.10): the
    /// compiler merges equal ones, so two identical lambdas on one line share one constant.
    /// The line table, file name and qualified name take no part.
    pub fn same_constant(&self, other: &CodeObject) -> bool {
        self.name == other.name
            && self.argcount == other.argcount
            && self.posonlyargcount == other.posonlyargcount
            && self.kwonlyargcount == other.kwonlyargcount
            && self.nlocals == other.nlocals
            && self.flags == other.flags
            && self.firstlineno == other.firstlineno
            && self.code == other.code
            && self.consts == other.consts
            && self.names == other.names
            && self.varnames == other.varnames
            && self.freevars == other.freevars
            && self.cellvars == other.cellvars
    }

    /// A hash consistent with `same_constant`. It leaves out the constants so that hashing
    /// stays linear in the code size however deeply code objects nest.
    pub fn constant_hash<H: std::hash::Hasher>(&self, state: &mut H) {
        use std::hash::Hash;
        self.name.hash(state);
        self.firstlineno.hash(state);
        self.flags.hash(state);
        self.code.hash(state);
        self.names.hash(state);
        self.varnames.hash(state);
    }
}

/// Appends one lnotab entry, split into several pairs when a delta does not fit in a byte
/// (`emit_delta` in 3.10's codeobject.c: offsets first, then the line in steps of 127/-128).
fn push_lnotab_delta(out: &mut Vec<u8>, mut offset: i64, mut line: i64) {
    while offset > 255 {
        out.extend([255, 0]);
        offset -= 255;
    }
    while line > 127 {
        out.extend([offset as u8, 127]);
        offset = 0;
        line -= 127;
    }
    while line < -128 {
        out.extend([offset as u8, (-128i8) as u8]);
        offset = 0;
        line += 128;
    }
    out.extend([offset as u8, line as i8 as u8]);
}
