//! The interpreter state: built-in types, the builtins and sys modules, the recursion
//! counter, the exception being handled, and output streams.

use crate::dict::DictTable;
use crate::object::*;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// Creates a native module; registered by name, run on first import.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Rc<Object>>;

macro_rules! builtin_types {
    ($($field:ident),* $(,)?) => {
        /// The built-in types the VM refers to directly.
        pub struct Types { $(pub $field: Rc<Type>,)* }
    };
}

builtin_types!(
    object,
    type_,
    int,
    bool_,
    float,
    complex,
    str,
    bytes,
    bytearray,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    none,
    ellipsis,
    not_implemented,
    function,
    method,
    builtin_function,
    method_descr,
    getset_descr,
    classmethod_descr,
    code,
    cell,
    module,
    traceback,
    property,
    classmethod,
    staticmethod,
    super_,
    iterator,
    generator,
    coroutine,
    async_generator,
    async_generator_asend,
    async_generator_athrow,
    async_generator_wrapped_value,
    frame,
    mappingproxy,
    native,
    base_exception,
    dict_keys,
    dict_values,
    dict_items,
);

/// The deepest recursion allowed whatever `sys.setrecursionlimit` says. CPython's C stack
/// overflows (a segfault) long before this; here Python frames live on the heap, so without
/// a ceiling `def f(): f()` under a limit of 10**9 would eat all memory and abort.
pub const MAX_RECURSION_DEPTH: usize = 1_000_000;

/// The iterator types of `Vm::iter_types`, by slot.
pub(crate) const ITER_TYPES: [&str; 7] = [
    "list_iterator",
    "tuple_iterator",
    "str_iterator",
    "range_iterator",
    "dict_keyiterator",
    "set_iterator",
    "bytes_iterator",
];

pub struct Vm {
    pub types: Types,
    /// Exception classes by name (`exc("TypeError")`).
    pub exceptions: HashMap<&'static str, Rc<Type>>,
    pub builtins: Rc<Object>,
    pub sys: Option<Rc<Object>>,
    /// `sys.modules`.
    pub modules: Rc<Object>,
    pub native_modules: HashMap<String, ModuleInit>,
    /// Embedded Python sources of modules (name -> source), compiled on import.
    pub frozen_modules: HashMap<String, &'static str>,
    /// The depth at which RecursionError is raised: `sys.setrecursionlimit`'s value, at
    /// most `MAX_RECURSION_DEPTH`.
    pub recursion_limit: usize,
    /// What `sys.getrecursionlimit()` reports.
    pub requested_recursion_limit: usize,
    /// `sys.set_coroutine_origin_tracking_depth`: how many frames `cr_origin` records.
    pub coroutine_origin_depth: usize,
    pub depth: usize,
    /// Lowest native stack address nested calls may reach before RecursionError (0: no
    /// check); see `set_native_stack`.
    pub stack_floor: usize,
    /// The frames being executed, innermost last (read-only views for `locals()` etc.).
    pub frames: Vec<*const crate::eval::Frame>,
    /// The generators a `yield from` chain passes through while its innermost frame runs
    /// (`LinkKind::Chain`), outermost first: marked running, their frames left in place.
    /// Each is owned by the level above (its delegate, on its value stack), which nothing
    /// runs or changes until the chain is released or unfolded (`eval/chain.rs`).
    pub(crate) skipped: Vec<*const Object>,
    /// The built-ins the hot loop calls without a call (`eval/quick.rs`).
    pub(crate) quick: crate::eval::QuickCalls,
    /// Finished frames kept for their allocations (see `Vm::new_frame`).
    pub frame_pool: Vec<Box<crate::eval::Frame>>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub stdout: RefCell<crate::io::OutStream>,
    pub stderr: RefCell<crate::io::OutStream>,
    pub pending_finalizers: RefCell<Vec<Value>>,
    pub has_pending: Cell<bool>,
    pub interrupted: Rc<Cell<bool>>,
    pub argv: Vec<String>,
    pub path: Vec<String>,
    /// Less-used built-in types by name (see `aux_type`).
    pub aux_types: RefCell<HashMap<String, Rc<Type>>>,
    /// The iterator types `iter()` makes for built-in containers, looked up once (every
    /// `for` loop over a list makes one iterator): see `Vm::iter`.
    pub(crate) iter_types: [std::cell::OnceCell<Rc<Type>>; ITER_TYPES.len()],
    /// Source lines of files, for tracebacks.
    pub source_cache: RefCell<HashMap<String, Option<Rc<Vec<String>>>>>,
    pub warnings_filters: Vec<Value>,
    pub warn_registry: RefCell<HashMap<String, ()>>,
    pub main_path: Option<String>,
    pub singletons: Singletons,
    /// Interned strings (identifiers of code objects): equal names are then one object,
    /// which namespace lookups compare by address first.
    pub interned: RefCell<HashMap<Box<str>, Value>>,
    /// Ids of containers whose repr is being computed (`[...]` for self-references).
    pub repr_guard: RefCell<Vec<usize>>,
    /// `sys.set_asyncgen_hooks`.
    pub asyncgen_hooks: crate::types::asyncgen::Hooks,
}

pub struct Singletons {
    pub ellipsis: Value,
    pub not_implemented: Value,
    pub empty_tuple: Value,
}

impl Vm {
    pub fn new() -> Vm {
        let types = crate::bootstrap::make_types();
        let mut vm = crate::bootstrap::make_vm(types);
        crate::bootstrap::init_types(&mut vm);
        vm
    }

    /// Declares that the calling thread has `size` bytes of stack. With a huge
    /// `sys.setrecursionlimit` the depth count alone would let native recursion (repr,
    /// comparisons, `__add__` calling `+`...) overflow the stack, which kills the process:
    /// past the last eighth of it, recursion raises RecursionError instead.
    pub fn set_native_stack(&mut self, size: usize) {
        let here = stack_address();
        self.stack_floor = here.saturating_sub(size - size / 8);
    }

    pub fn exc(&self, name: &str) -> Rc<Type> {
        self.exceptions
            .get(name)
            .unwrap_or_else(|| panic!("no built-in exception {name}"))
            .clone()
    }

    pub fn register_module(&mut self, name: &str, init: ModuleInit) {
        self.native_modules.insert(name.to_string(), init);
    }

    pub fn register_frozen(&mut self, name: &str, source: &'static str) {
        self.frozen_modules.insert(name.to_string(), source);
    }

    /// A `Value` for a new object of class `cls`.
    pub fn obj(&self, cls: &Rc<Type>, payload: Payload) -> Value {
        Value::Obj(new_object(cls.clone(), payload))
    }

    pub fn new_str(&self, s: impl Into<String>) -> Value {
        self.obj(&self.types.str, Payload::Str(PyStr::new(s)))
    }

    /// The one str object for identifier `s`.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = self.new_str(s);
        self.interned.borrow_mut().insert(s.into(), v.clone());
        v
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        self.obj(&self.types.list, Payload::List(RefCell::new(items)))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.singletons.empty_tuple.clone();
        }
        self.obj(&self.types.tuple, Payload::Tuple(items.into_boxed_slice()))
    }

    pub fn new_dict(&self) -> Value {
        self.obj(
            &self.types.dict,
            Payload::Dict(RefCell::new(DictTable::new())),
        )
    }

    pub fn new_dict_obj(&self) -> Rc<Object> {
        Rc::new(Object::new(
            self.types.dict.clone(),
            Payload::Dict(RefCell::new(DictTable::new())),
        ))
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        self.obj(&self.types.bytes, Payload::Bytes(b.into_boxed_slice()))
    }

    pub fn new_float(&self, f: f64) -> Value {
        Value::Float(f)
    }

    pub fn new_bigint(&self, i: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match i.to_i64() {
            Some(small) => Value::Int(small),
            None => self.obj(&self.types.int, Payload::Int(i)),
        }
    }

    pub fn new_cell(&self, v: Option<Value>) -> Value {
        self.obj(&self.types.cell, Payload::Cell(RefCell::new(v)))
    }

    /// A native function object (`builtin_function_or_method`).
    pub fn new_builtin(&self, name: &'static str, func: NativeFn, bound: Option<Value>) -> Value {
        self.obj(
            &self.types.builtin_function,
            Payload::Builtin(Box::new(Builtin {
                name,
                func,
                bound,
                qualname_owner: None,
            })),
        )
    }

    /// The class of a value.
    pub fn type_of(&self, v: &Value) -> Rc<Type> {
        match v {
            Value::None => self.types.none.clone(),
            Value::Bool(_) => self.types.bool_.clone(),
            Value::Int(_) => self.types.int.clone(),
            Value::Float(_) => self.types.float.clone(),
            Value::Obj(o) => o.class.clone(),
            Value::Type(t) => t.meta.clone().unwrap_or_else(|| self.types.type_.clone()),
        }
    }

    /// `type(v).__name__` without cloning the type.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Obj(o) => o.class.name(),
            Value::Type(t) => t.meta.as_ref().map_or_else(|| "type".into(), |m| m.name()),
        }
    }

    pub fn isinstance_type(&self, v: &Value, t: &Rc<Type>) -> bool {
        match v {
            Value::Obj(o) => o.class.is_subtype(t),
            _ => self.type_of(v).is_subtype(t),
        }
    }

    /// Sets a module attribute or builtin.
    pub fn set_attr_str(&self, module: &Rc<Object>, name: &str, value: Value) {
        let dict = module.dict.get().expect("module has a dict");
        if let Payload::Dict(d) = &dict.payload {
            d.borrow_mut().set_str(self.new_str(name), value);
        }
    }

    /// Queues a value whose finalization runs Python code (never run inside `Drop`).
    pub fn queue_finalizer(&self, v: Value) {
        self.pending_finalizers.borrow_mut().push(v);
        self.has_pending.set(true);
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// An address in the current stack frame (the stack grows down on every supported target).
#[inline(always)]
pub fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// `Rc::new(Object::new(class, payload))`, with the object written field by field into its
/// allocation: built on the stack and then moved, it was copied in 16-byte blocks right
/// after being written in smaller pieces, which stalls the CPU on every object made.
#[inline]
pub fn new_object(class: Rc<Type>, payload: Payload) -> Rc<Object> {
    let mut rc = Rc::<Object>::new_uninit();
    let p = Rc::get_mut(&mut rc)
        .expect("a new Rc is unique")
        .as_mut_ptr();
    // SAFETY: every field is written once before `assume_init`.
    unsafe {
        std::ptr::addr_of_mut!((*p).class).write(class);
        std::ptr::addr_of_mut!((*p).dict).write(std::cell::OnceCell::new());
        std::ptr::addr_of_mut!((*p).payload).write(payload);
        rc.assume_init()
    }
}
