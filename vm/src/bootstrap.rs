//! Creating the built-in types, the exception hierarchy and the builtins module.

use crate::object::*;
use crate::types::typeobj::new_static_type;
use crate::vm::{Singletons, Types, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub fn make_types() -> Types {
    let object = new_static_type("object", None, Layout::Object, true);
    let t = |name: &str, layout: Layout, basetype: bool| {
        new_static_type(name, Some(&object), layout, basetype)
    };
    let int = t("int", Layout::Int, true);
    let base_exception = t("BaseException", Layout::Exception, true);
    Types {
        type_: t("type", Layout::Type, true),
        bool_: new_static_type("bool", Some(&int), Layout::Bool, false),
        int,
        float: t("float", Layout::Float, true),
        complex: t("complex", Layout::Complex, true),
        str: t("str", Layout::Str, true),
        bytes: t("bytes", Layout::Bytes, true),
        bytearray: t("bytearray", Layout::ByteArray, true),
        list: t("list", Layout::List, true),
        tuple: t("tuple", Layout::Tuple, true),
        dict: t("dict", Layout::Dict, true),
        set: t("set", Layout::Set, true),
        frozenset: t("frozenset", Layout::FrozenSet, true),
        range: t("range", Layout::Other, false),
        slice: t("slice", Layout::Other, false),
        none: t("NoneType", Layout::Other, false),
        ellipsis: t("ellipsis", Layout::Other, false),
        not_implemented: t("NotImplementedType", Layout::Other, false),
        function: t("function", Layout::Other, false),
        method: t("method", Layout::Other, false),
        builtin_function: t("builtin_function_or_method", Layout::Other, false),
        method_descr: t("method_descriptor", Layout::Other, false),
        getset_descr: t("getset_descriptor", Layout::Other, false),
        classmethod_descr: t("classmethod_descriptor", Layout::Other, false),
        code: t("code", Layout::Other, false),
        cell: t("cell", Layout::Other, false),
        module: t("module", Layout::Other, true),
        traceback: t("traceback", Layout::Other, false),
        property: t("property", Layout::Other, true),
        classmethod: t("classmethod", Layout::Other, true),
        staticmethod: t("staticmethod", Layout::Other, true),
        super_: t("super", Layout::Other, true),
        iterator: t("iterator", Layout::Other, false),
        generator: t("generator", Layout::Other, false),
        coroutine: t("coroutine", Layout::Other, false),
        async_generator: t("async_generator", Layout::Other, false),
        async_generator_asend: t("async_generator_asend", Layout::Other, false),
        async_generator_athrow: t("async_generator_athrow", Layout::Other, false),
        async_generator_wrapped_value: t("async_generator_wrapped_value", Layout::Other, false),
        frame: t("frame", Layout::Other, false),
        mappingproxy: t("mappingproxy", Layout::Other, false),
        native: t("native", Layout::Other, false),
        dict_keys: t("dict_keys", Layout::Other, false),
        dict_values: t("dict_values", Layout::Other, false),
        dict_items: t("dict_items", Layout::Other, false),
        base_exception,
        object,
    }
}

pub fn make_vm(types: Types) -> Vm {
    let empty_tuple = Value::Obj(Rc::new(Object::new(
        types.tuple.clone(),
        Payload::Tuple(Box::new([])),
    )));
    let ellipsis = Value::Obj(Rc::new(Object::new(
        types.ellipsis.clone(),
        Payload::Ellipsis,
    )));
    let not_implemented = Value::Obj(Rc::new(Object::new(
        types.not_implemented.clone(),
        Payload::NotImplemented,
    )));
    let modules = Rc::new(Object::new(
        types.dict.clone(),
        Payload::Dict(RefCell::new(crate::dict::DictTable::new())),
    ));
    let builtins = Rc::new(Object::new(
        types.module.clone(),
        Payload::Module("builtins".into()),
    ));
    Vm {
        types,
        exceptions: HashMap::new(),
        aux_types: RefCell::new(HashMap::new()),
        iter_types: Default::default(),
        builtins,
        sys: None,
        modules,
        native_modules: HashMap::new(),
        frozen_modules: HashMap::new(),
        recursion_limit: 1000,
        requested_recursion_limit: 1000,
        coroutine_origin_depth: 0,
        depth: 0,
        stack_floor: 0,
        frames: Vec::new(),
        skipped: Vec::new(),
        quick: Default::default(),
        frame_pool: Vec::new(),
        exc_info: Value::None,
        stdout: RefCell::new(crate::io::OutStream::stdout()),
        stderr: RefCell::new(crate::io::OutStream::stderr()),
        pending_finalizers: RefCell::new(Vec::new()),
        has_pending: Cell::new(false),
        interrupted: Rc::new(Cell::new(false)),
        argv: Vec::new(),
        path: Vec::new(),
        warnings_filters: Vec::new(),
        warn_registry: RefCell::new(HashMap::new()),
        main_path: None,
        source_cache: RefCell::new(HashMap::new()),
        repr_guard: RefCell::new(Vec::new()),
        interned: RefCell::new(HashMap::new()),
        asyncgen_hooks: Default::default(),
        singletons: Singletons {
            ellipsis,
            not_implemented,
            empty_tuple,
        },
    }
}

pub fn init_types(vm: &mut Vm) {
    crate::types::exception::init_hierarchy(vm);
    let bd = vm.new_dict_obj();
    let _ = vm.builtins.dict.set(bd);
    crate::types::init(vm);
    crate::builtins::init(vm);
    vm.init_quick_calls();
    vm.init_collection_flags();
    let object = vm.types.object.clone();
    vm.fill_missing_docs(&object);
    let b = Value::Obj(vm.builtins.clone());
    let modules = Value::Obj(vm.modules.clone());
    vm.dict_set_str(&modules, "builtins", b);
}

impl Vm {
    /// A less-used built-in type by name (iterator types, `dict_keys`...), made on demand.
    pub fn aux_type(&self, name: &str) -> Rc<Type> {
        if let Some(t) = self.aux_types.borrow().get(name) {
            return t.clone();
        }
        let t = new_static_type(name, Some(&self.types.object), Layout::Other, false);
        crate::types::init_aux(self, name, &t);
        self.fill_missing_docs(&t);
        self.aux_types
            .borrow_mut()
            .insert(name.to_string(), t.clone());
        t
    }

    /// Gives `t` and the built-in types below it a `__doc__` of None where they have none
    /// of their own, as CPython's types all have one (so their instances do not find
    /// `object`'s docstring).
    pub(crate) fn fill_missing_docs(&self, t: &Rc<Type>) {
        let key = "__doc__";
        if !t.heap && t.dict.borrow().get_str(key, str_hash(key)).is_none() {
            self.add_type_attr(t, key, Value::None);
        }
        let subclasses: Vec<Rc<Type>> = t
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for s in subclasses {
            self.fill_missing_docs(&s);
        }
    }

    /// Adds a native method to a type's dict.
    pub fn add_method(&self, t: &Rc<Type>, name: &'static str, func: NativeFn) {
        self.add_descr(t, name, func, DescrKind::Method, None);
    }

    pub fn add_classmethod(&self, t: &Rc<Type>, name: &'static str, func: NativeFn) {
        self.add_descr(t, name, func, DescrKind::ClassMethod, None);
    }

    pub fn add_staticmethod(&self, t: &Rc<Type>, name: &'static str, func: NativeFn) {
        self.add_descr(t, name, func, DescrKind::StaticMethod, None);
    }

    /// Adds a native attribute (a getter, optionally writable).
    pub fn add_getter(
        &self,
        t: &Rc<Type>,
        name: &'static str,
        get: NativeFn,
        set: Option<NativeFn>,
    ) {
        self.add_descr(t, name, get, DescrKind::Getter, set);
    }

    fn add_descr(
        &self,
        t: &Rc<Type>,
        name: &'static str,
        func: NativeFn,
        kind: DescrKind,
        setter: Option<NativeFn>,
    ) {
        let cls = match kind {
            DescrKind::Getter => &self.types.getset_descr,
            DescrKind::ClassMethod => &self.types.classmethod_descr,
            _ => &self.types.method_descr,
        };
        let d = self.obj(
            cls,
            Payload::MethodDescr(Box::new(MethodDescr {
                name,
                func,
                setter,
                owner: t.clone(),
                kind,
                doc: std::cell::Cell::new(None),
            })),
        );
        t.dict.borrow_mut().set_str(self.new_str(name), d);
    }

    /// Adds a read-only native attribute that CPython makes a member (`PyMemberDef`
    /// READONLY): setting or deleting it says "readonly attribute".
    pub fn add_member(&self, t: &Rc<Type>, name: &'static str, get: NativeFn) {
        self.add_descr(t, name, get, DescrKind::Getter, Some(readonly_member));
    }

    /// Gives the native method or attribute `name` of `t` its `__doc__`.
    pub fn set_doc(&self, t: &Rc<Type>, name: &str, doc: &'static str) {
        let d = t.dict.borrow().get_str(name, crate::object::str_hash(name));
        if let Some(Payload::MethodDescr(md)) = d.as_ref().and_then(|d| d.payload()) {
            md.doc.set(Some(doc));
        }
    }

    /// Sets a plain attribute in a type's dict.
    pub fn add_type_attr(&self, t: &Rc<Type>, name: &str, v: Value) {
        t.dict.borrow_mut().set_str(self.new_str(name), v);
    }

    /// Adds a function to a module.
    pub fn add_function(&self, module: &Rc<Object>, name: &'static str, func: NativeFn) {
        let f = self.new_builtin(name, func, Some(Value::Obj(module.clone())));
        self.set_attr_str(module, name, f);
    }
}

/// The setter of a read-only member.
fn readonly_member(vm: &mut Vm, _: &[Value], _: &[Value]) -> PyResult {
    Err(vm.new_error("AttributeError", "readonly attribute"))
}
