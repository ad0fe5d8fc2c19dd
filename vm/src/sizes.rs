//! `object.__sizeof__` and `sys.getsizeof`: the sizes CPython 3.10 reports on a 64-bit
//! build. pyco's own layouts differ, but scripts print these numbers (a list against a
//! generator is the classic comparison), so they follow CPython's structs: the object
//! header, the variable part (list over-allocation, dict and set tables, str storage) and,
//! in `getsizeof` only, the 16-byte header of objects the garbage collector tracks.

use crate::object::*;
use crate::types::generator::GenKind;
use crate::types::iter::IterState;
use num_bigint::BigInt;

/// `PyObject_HEAD`: reference count and type pointer.
const HEAD: i64 = 16;
/// One pointer (or `Py_ssize_t`).
const WORD: i64 = 8;
/// `PyGC_Head`, added by `sys.getsizeof` for objects the collector tracks.
pub const GC_HEAD: i64 = 16;

/// `obj.__sizeof__()` for the built-in layouts (user classes: the instance with its
/// `__dict__` and weak-reference pointers).
pub fn sizeof(v: &Value) -> i64 {
    match v {
        Value::None => HEAD,
        Value::Bool(b) => int_size(i64::from(*b).unsigned_abs().into()),
        Value::Int(i) => int_size(i.unsigned_abs().into()),
        Value::Float(_) => HEAD + WORD,
        // sizeof(PyHeapTypeObject) for classes (CPython adds their cached attribute-name
        // table, not modelled), sizeof(PyTypeObject) for built-in types.
        Value::Type(t) if t.heap => 888,
        Value::Type(_) => 408,
        Value::Obj(o) => payload_size(&o.payload, o.class.heap),
    }
}

/// Whether CPython's collector tracks objects like `v` (their `getsizeof` adds `GC_HEAD`).
pub fn gc_tracked(v: &Value) -> bool {
    let Value::Obj(o) = v else {
        return matches!(v, Value::Type(t) if t.heap);
    };
    match &o.payload {
        Payload::Plain => o.class.heap,
        Payload::List(_)
        | Payload::Tuple(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Function(_)
        | Payload::Method(..)
        | Payload::Builtin(_)
        | Payload::Generator(_)
        | Payload::Cell(_)
        | Payload::Module(_)
        | Payload::Exception(_)
        | Payload::Traceback(_)
        | Payload::Property(_)
        | Payload::ClassMethod(_)
        | Payload::StaticMethod(_)
        | Payload::Super(_)
        | Payload::Slice(_) => true,
        Payload::Iter(state) => !matches!(
            &*state.borrow(),
            IterState::Range(..) | IterState::BigRange(..)
        ),
        _ => false,
    }
}

fn payload_size(p: &Payload, heap: bool) -> i64 {
    match p {
        Payload::Int(b) => int_size(b.magnitude().clone().into()),
        Payload::Float(_) => HEAD + WORD,
        Payload::Complex(..) => HEAD + 2 * WORD,
        Payload::Str(s) => str_size(&s.s, s.nchars),
        Payload::Bytes(b) => HEAD + 2 * WORD + 1 + b.len() as i64,
        Payload::ByteArray(b) => bytearray_size(b.borrow().len()),
        Payload::List(l) => list_size(&l.borrow()),
        Payload::Tuple(t) => HEAD + WORD + WORD * t.len() as i64,
        Payload::Dict(d) => dict_size(d.borrow().len()),
        Payload::Set(s) => set_size(s.borrow().table_size()),
        Payload::FrozenSet(s) => set_size(s.table_size()),
        Payload::Range(_) => HEAD + 4 * WORD,
        Payload::Slice(_) => HEAD + 3 * WORD,
        Payload::Function(_) => HEAD + 14 * WORD,
        Payload::Method(..) => HEAD + 4 * WORD,
        Payload::Builtin(_) => HEAD + 5 * WORD,
        Payload::Cell(_) => HEAD + WORD,
        Payload::Module(_) => HEAD + 5 * WORD,
        Payload::Exception(_) => HEAD + 6 * WORD,
        Payload::Generator(g) => generator_size(&g.kind),
        // A bare object() has nothing past its header.
        Payload::Plain if !heap => HEAD,
        Payload::Iter(state) => iterator_size(&state.borrow()),
        // An instance of a class: its `__dict__` and `__weakref__` pointers.
        Payload::Plain => HEAD + 2 * WORD,
        _ => HEAD + 2 * WORD,
    }
}

/// An int: the header, the digit count and one 4-byte digit per 30 bits (none for 0).
fn int_size(magnitude: BigInt) -> i64 {
    let digits = magnitude.bits().div_ceil(30) as i64;
    HEAD + WORD + 4 * digits
}

/// A compact str: `PyASCIIObject` (48 bytes) for ASCII text, `PyCompactUnicodeObject`
/// (72) otherwise, then the characters at 1, 2 or 4 bytes each and a terminator.
fn str_size(s: &str, nchars: usize) -> i64 {
    let widest = s.chars().map(u32::from).max().unwrap_or(0);
    let (header, width) = match widest {
        0..=0x7f => (48, 1),
        0x80..=0xff => (72, 1),
        0x100..=0xffff => (72, 2),
        _ => (72, 4),
    };
    header + width * (nchars as i64 + 1)
}

/// A bytearray: its header plus the buffer (the bytes and a terminator, none when empty).
fn bytearray_size(len: usize) -> i64 {
    let buffer = if len == 0 { 0 } else { len as i64 + 1 };
    HEAD + 5 * WORD + buffer
}

/// A list: one pointer per allocated slot. A list that grew one item at a time (append,
/// comprehension, list(generator)) is over-allocated as CPython's `list_resize` does; pyco
/// knows it grew that way when its vector has spare capacity. Other lists are exact.
fn list_size(items: &Vec<Value>) -> i64 {
    let allocated = if items.capacity() > items.len() {
        appended_allocation(items.len())
    } else {
        items.len()
    };
    HEAD + 3 * WORD + WORD * allocated as i64
}

/// The slots CPython 3.10 has allocated after `len` appends to an empty list.
fn appended_allocation(len: usize) -> usize {
    let mut allocated = 0;
    for size in 1..=len {
        if size > allocated {
            allocated = (size + (size >> 3) + 6) & !3;
        }
    }
    allocated
}

/// A dict: the object, then (once it holds a key) its keys table of `size` slots, as
/// inserting `len` keys one by one into a new dict leaves it: 8 slots, growing to the
/// next power of two above three times the count whenever the usable two thirds are full.
fn dict_size(len: usize) -> i64 {
    let object = HEAD + 4 * WORD;
    if len == 0 {
        return object;
    }
    let mut size: usize = 8;
    while len > size * 2 / 3 {
        let needed = (size * 2 / 3) * 3;
        while size <= needed {
            size <<= 1;
        }
    }
    let index_width = match size {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xffff_ffff => 4,
        _ => 8,
    };
    let usable = (size * 2 / 3) as i64;
    let keys = 5 * WORD + index_width * size as i64 + 3 * WORD * usable;
    object + keys
}

/// A set: the object with its 8-entry inline table, plus the table when it outgrew that.
fn set_size(table: usize) -> i64 {
    // fill, used, mask, table, hash, finger, 8 inline (key, hash) entries, weakreflist.
    let object = HEAD + 6 * WORD + 8 * 2 * WORD + WORD;
    if table > 8 {
        object + 2 * WORD * table as i64
    } else {
        object
    }
}

/// Generators carry their frame, code, weak-reference list, names and saved exception
/// state; coroutines add their origin; async generators their finalizer and three flags.
fn generator_size(kind: &GenKind) -> i64 {
    let generator = HEAD + 5 * WORD + 4 * WORD;
    match kind {
        GenKind::Generator => generator,
        GenKind::Coroutine => generator + WORD,
        GenKind::AsyncGenerator => generator + WORD + 2 * WORD,
    }
}

fn iterator_size(state: &IterState) -> i64 {
    match state {
        IterState::Range(..) => HEAD + 4 * WORD,
        IterState::BigRange(..) => HEAD + 4 * WORD,
        IterState::Dict(..) | IterState::DictKeys(..) => HEAD + 5 * WORD,
        IterState::Set(..) => HEAD + 4 * WORD,
        IterState::Zip(..) | IterState::Enumerate(..) => HEAD + 4 * WORD,
        _ => HEAD + 2 * WORD,
    }
}
