//! The object model: `Value` (unboxed small values or a reference-counted object), `Object`
//! (class + optional instance dict + a built-in payload) and `Type`.

use crate::dict::DictTable;
use crate::set::SetTable;
use num_bigint::BigInt;
use pyco_compiler::CodeObject;
use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

/// A Python value. `Int`, `Float` and `Bool` are exact built-in `int`/`float`/`bool`
/// values; ints that do not fit `i64` and instances of subclasses live in objects.
///
/// `repr(u64)` puts every payload at offset 8: with the default layout the `bool` sits at
/// offset 1 and moving any value copies bytes 1..8 piecewise, which stalls the CPU when
/// the value is then loaded whole (store forwarding) on every stack push.
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(Rc<Object>),
    Type(Rc<Type>),
}

impl Clone for Value {
    /// Written out (not derived) to be inlined everywhere, and as a whole 16-byte copy plus
    /// a reference count increment: building the clone field by field and then moving it
    /// as a whole stalls the CPU (store forwarding) on the eval loop's hottest paths.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            // SAFETY: the pointers come from live `Rc`s; the copy below owns the reference
            // added here.
            Value::Obj(o) => unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) },
            Value::Type(t) => unsafe { Rc::increment_strong_count(Rc::as_ptr(t)) },
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {}
        }
        // SAFETY: the other variants are plain data, and the `Rc` was counted above.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// The two 8-byte words of the value's memory layout (`repr(u64)`: the discriminant,
    /// then the payload), computed from the variant, so that writing them back as two
    /// words recreates the value. Ownership of an `Rc` passes to the words.
    #[inline(always)]
    pub fn into_words(self) -> (u64, u64) {
        match self {
            Value::None => (0, 0),
            Value::Bool(b) => (1, b as u64),
            Value::Int(i) => (2, i as u64),
            Value::Float(x) => (3, x.to_bits()),
            // SAFETY (both): an `Rc` is one non-null pointer; its bits are what the value
            // stores, and the words now own the reference.
            Value::Obj(o) => (4, unsafe { std::mem::transmute::<Rc<Object>, usize>(o) }
                as u64),
            Value::Type(t) => (5, unsafe { std::mem::transmute::<Rc<Type>, usize>(t) }
                as u64),
        }
    }

    /// The value itself, moved by words (`into_words`), for hot spots where it was just
    /// written piecewise inside a larger enum: a plain 16-byte move of it stalls the CPU.
    #[inline(always)]
    pub fn relocate(self) -> Value {
        let v = std::mem::ManuallyDrop::new(self);
        let p = &*v as *const Value as *const u64;
        // SAFETY: `v` is a live value, read once and never dropped itself. Only the payload
        // bytes its variant uses are read: the enclosing enum may have written them alone
        // (a `Bool`'s one byte), and a whole-word load of them would stall.
        unsafe {
            let payload = p.add(1);
            match p.read() {
                0 => Value::None,
                1 => Value::Bool((payload as *const bool).read()),
                2 => Value::Int((payload as *const i64).read()),
                3 => Value::Float((payload as *const f64).read()),
                4 => Value::Obj((payload as *const Rc<Object>).read()),
                _ => Value::Type((payload as *const Rc<Type>).read()),
            }
        }
    }

    /// Moves the value out of `p` as two word loads (see `into_words`), with no branch on
    /// the tag.
    ///
    /// # Safety
    /// `p` must point at a live value (8-aligned), which the caller then owns.
    #[inline(always)]
    pub unsafe fn read_words(p: *const u64) -> Value {
        // Two plain word loads, no branch on the tag: `MaybeUninit` because a `Bool` leaves
        // most of its payload word undefined, which the value never looks at.
        let p = p as *const std::mem::MaybeUninit<u64>;
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>([p.read(), p.add(1).read()])
    }
}

/// An exception in flight: always an instance of `BaseException`.
pub type PyErr = Rc<Object>;
pub type PyResult<T = Value> = Result<T, PyErr>;

pub struct Object {
    pub class: Rc<Type>,
    /// The instance `__dict__` (a dict object), for classes that have one.
    pub dict: OnceCell<Rc<Object>>,
    pub payload: Payload,
}

/// The built-in part of an object. Instances of a Python class get the payload of their
/// nearest built-in base (`class L(list)` instances hold a `List`).
pub enum Payload {
    Plain,
    Ellipsis,
    NotImplemented,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<DictTable>),
    Set(RefCell<SetTable>),
    FrozenSet(SetTable),
    Range(Range),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Method(Value, Value),
    Builtin(Box<Builtin>),
    MethodDescr(Box<MethodDescr>),
    Code(Rc<Code>),
    Cell(RefCell<Option<Value>>),
    Module(Box<str>),
    Exception(RefCell<ExcData>),
    Traceback(Box<Traceback>),
    Property(RefCell<Property>),
    ClassMethod(Value),
    StaticMethod(Value),
    Super(Box<SuperData>),
    Iter(RefCell<crate::types::iter::IterState>),
    Generator(Box<crate::types::generator::GenObject>),
    /// A dict view (`dict_keys` etc.): the dict it shows.
    View(Value),
    Native(Box<dyn Any>),
}

/// An immutable Python `str` with its hash and character count cached.
pub struct PyStr {
    /// A `String`, not a `Box<str>`: most strs are built in a `String`, and boxing it would
    /// reallocate whenever its capacity is not exact.
    pub s: String,
    pub nchars: usize,
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: impl Into<String>) -> PyStr {
        let s: String = s.into();
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(-1),
        }
    }
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }
}

/// FNV-1a over the UTF-8 bytes: CPython randomizes str hashes per process, so no value is
/// "right"; any fixed, well-mixed one will do.
pub fn str_hash(s: &str) -> i64 {
    // CPython's `_Py_HashBytes` gives 0 for the empty string, whatever the seed.
    if s.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub struct Range {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A code object as the VM runs it: the compiler's object plus its constants and names
/// already turned into values.
pub struct Code {
    pub co: CodeObject,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    /// For each cell variable that is also an argument, the argument's index.
    pub cell2arg: Vec<Option<usize>>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// The instructions, decoded (`co.code` stays for `dis` and `co_code`).
    pub instrs: Box<[crate::eval::Instr]>,
    /// LOAD_GLOBAL's cache, one slot per name.
    pub global_cache: crate::eval::GlobalCache,
    /// LOAD_ATTR/LOAD_METHOD/STORE_ATTR's caches, one slot per instruction.
    pub attr_cache: crate::eval::AttrCache,
    /// The Python object wrapping this code while one is alive (`Vm::code_object`), so
    /// that `f.__code__ is f.__code__` and a function's code is its constant in
    /// `co_consts`, as in CPython.
    pub object: RefCell<std::rc::Weak<Object>>,
    /// `Some(co_argcount)` when a call with exactly that many positional arguments just
    /// fills the first fast locals: no `*args`/`**kwargs`, keyword-only arguments or cell
    /// variables, and not a generator (the eval loop's fast call path).
    pub simple_argcount: Option<usize>,
    /// Set by `types.coroutine` on a generator function's code: CO_ITERABLE_COROUTINE,
    /// so that `await` takes its generators. (CPython gives the function a flagged copy of
    /// its code; pyco's functions keep their code, so the mark is on the code itself, and
    /// every function made from it shares it.)
    pub iterable_coroutine: std::cell::Cell<bool>,
}

impl Code {
    /// `co_flags`, with the mark `types.coroutine` may have added.
    pub fn flags(&self) -> u32 {
        let added = if self.iterable_coroutine.get() {
            pyco_compiler::code::flags::ITERABLE_COROUTINE
        } else {
            0
        };
        self.co.flags | added
    }
}

pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<Object>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<Rc<[Value]>>>,
    pub kwdefaults: RefCell<Option<Value>>,
    pub closure: Option<Rc<[Value]>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
}

/// Native functions take positional arguments followed by keyword values, and the keyword
/// names (vectorcall's layout).
pub type NativeFn = fn(&mut crate::Vm, &[Value], &[Value]) -> PyResult;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// `__self__`: the bound object for methods, the module for module functions.
    pub bound: Option<Value>,
    pub qualname_owner: Option<&'static str>,
}

/// A native method in a type's dict (`list.append`); binds to instances.
pub struct MethodDescr {
    pub name: &'static str,
    pub func: NativeFn,
    /// For getters: the setter, if the attribute is writable.
    pub setter: Option<NativeFn>,
    pub owner: Rc<Type>,
    pub kind: DescrKind,
    /// `__doc__`, when one was given (`Vm::set_doc`).
    pub doc: std::cell::Cell<Option<&'static str>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DescrKind {
    Method,
    ClassMethod,
    StaticMethod,
    /// A native getter (`int.real`): called with the instance.
    Getter,
}

pub struct ExcData {
    pub args: Value,
    pub traceback: Option<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

pub struct Traceback {
    pub next: Option<Value>,
    pub code: Rc<Code>,
    pub lasti: usize,
    pub lineno: Option<u32>,
    pub globals: Rc<Object>,
    /// The entry's frame once it has finished by raising (`Vm::retire_raised_frame`): its
    /// locals live as long as the traceback does, as a CPython frame object's do.
    pub frame: RefCell<Option<Box<crate::eval::Frame>>>,
    /// The entry's frame while it may still be running (the module frame, a caller that
    /// catches the exception), for `tb_frame` to read its live locals.
    pub live: crate::eval::LiveFrame,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub struct SuperData {
    pub ty: Rc<Type>,
    pub obj: Value,
    pub obj_type: Rc<Type>,
}

/// The built-in layout instances of a type carry (the nearest built-in base's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Other,
}

pub struct Type {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: Vec<Rc<Type>>,
    /// The MRO after the type itself (storing the type would make a cycle).
    pub mro_rest: Vec<Rc<Type>>,
    pub dict: crate::lookup_cache::TypeDict,
    /// The metaclass, `None` meaning `type`.
    pub meta: Option<Rc<Type>>,
    pub layout: Layout,
    /// Defined by a class statement (attributes can be set, instances have a `__dict__`).
    pub heap: bool,
    pub basetype: bool,
    pub flags: Cell<u32>,
    pub native: RefCell<Option<Rc<dyn Any>>>,
    /// Direct subclasses, in creation order (`__subclasses__`); weak so classes can die.
    pub subclasses: RefCell<Vec<std::rc::Weak<Type>>>,
    /// For built-in types (whose attributes cannot change once set up): whether calling
    /// the type is just its native `__new__` (`__init__` being `object.__init__`).
    pub native_new: Cell<NativeNew>,
}

/// See `Type::native_new`.
#[derive(Clone, Copy)]
pub enum NativeNew {
    Unknown,
    No,
    Only(NativeFn),
}

/// `Type::flags` bits, cached from the MRO when a class is made or a dunder is set.
pub mod tflags {
    pub const GETATTR: u32 = 1;
    pub const GETATTRIBUTE: u32 = 2;
    pub const SETATTR: u32 = 4;
    pub const DELATTR: u32 = 8;
    pub const DEL: u32 = 16;
    /// Every Python class in the MRO declares `__slots__` (without `__dict__`): instances
    /// accept only their slot attributes and have no visible `__dict__`.
    pub const SLOTS: u32 = 32;
    /// Instances match sequence patterns (`Py_TPFLAGS_SEQUENCE`, see runtime/pattern.rs).
    pub const SEQUENCE: u32 = 64;
    /// Instances match mapping patterns (`Py_TPFLAGS_MAPPING`).
    pub const MAPPING: u32 = 128;
    pub const COLLECTION: u32 = SEQUENCE | MAPPING;
}

impl Type {
    /// The MRO, starting with the type itself.
    pub fn mro(self: &Rc<Type>) -> impl Iterator<Item = &Rc<Type>> {
        std::iter::once(self).chain(self.mro_rest.iter())
    }

    pub fn is_subtype(self: &Rc<Type>, other: &Rc<Type>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_rest.iter().any(|t| Rc::ptr_eq(t, other))
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// Looks `name` up along the MRO (`_PyType_Lookup`).
    /// Inlined so a cache hit's value stays in registers.
    #[inline(always)]
    pub fn lookup(self: &Rc<Type>, name: &str) -> Option<Value> {
        match crate::lookup_cache::get(self, name) {
            Some(found) => found,
            None => self.lookup_and_cache(name),
        }
    }

    #[inline(never)]
    fn lookup_and_cache(self: &Rc<Type>, name: &str) -> Option<Value> {
        let found = self.lookup_uncached(name);
        crate::lookup_cache::put(self, name, found.clone());
        found
    }

    fn lookup_uncached(self: &Rc<Type>, name: &str) -> Option<Value> {
        let hash = str_hash(name);
        for t in self.mro() {
            if let Some(v) = t.dict.borrow().get_str(name, hash) {
                return Some(v);
            }
        }
        None
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
}

impl Object {
    pub fn new(class: Rc<Type>, payload: Payload) -> Object {
        Object {
            class,
            dict: OnceCell::new(),
            payload,
        }
    }

    pub fn instance_dict(&self) -> Option<&Rc<Object>> {
        self.dict.get()
    }
}

impl Value {
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn as_obj(&self) -> Option<&Rc<Object>> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The text of a `str` (or str subclass) value.
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(&s.s),
            _ => None,
        }
    }

    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }

    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self.payload() {
            Some(Payload::Tuple(t)) => Some(t),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&RefCell<Vec<Value>>> {
        match self.payload() {
            Some(Payload::List(l)) => Some(l),
            _ => None,
        }
    }

    pub fn as_dict(&self) -> Option<&RefCell<DictTable>> {
        match self.payload() {
            Some(Payload::Dict(d)) => Some(d),
            _ => None,
        }
    }

    pub fn as_type(&self) -> Option<&Rc<Type>> {
        match self {
            Value::Type(t) => Some(t),
            _ => None,
        }
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::Type(a), Value::Type(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable address for `id()` and reprs.
    pub fn id(&self) -> usize {
        match self {
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + *b as usize * 16,
            Value::Int(i) => (*i as usize)
                .wrapping_mul(32)
                .wrapping_add(0x7f00_0000_0000),
            Value::Float(f) => (f.to_bits() as usize) | 1,
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            Value::Type(t) => Rc::as_ptr(t) as *const u8 as usize,
        }
    }
}

#[cfg(test)]
mod words_tests {
    use super::*;

    /// `into_words` must match the enum's real layout: write the words, read a value back.
    #[test]
    fn words_rebuild_the_value() {
        let vm = crate::Vm::new();
        let values = [
            Value::None,
            Value::Bool(true),
            Value::Bool(false),
            Value::Int(-7),
            Value::Float(2.5),
            vm.new_str("x"),
            Value::Type(vm.types.object.clone()),
        ];
        for v in values {
            let (tag, bits) = v.clone().into_words();
            // SAFETY: what `into_words` promises; the read value owns the words' reference.
            let back: Value = unsafe { std::mem::transmute::<[u64; 2], Value>([tag, bits]) };
            assert!(back.is(&v));
            let (tag, bits) = back.into_words();
            let words = [tag, bits];
            let again = unsafe { Value::read_words(words.as_ptr()) };
            assert!(again.is(&v));
        }
    }
}
