//! Structural pattern matching (PEP 634) at run time: what MATCH_MAPPING, MATCH_SEQUENCE,
//! MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS do (ceval.c 3.10), and the
//! sequence/mapping type flags they read.
//!
//! CPython marks types with `Py_TPFLAGS_SEQUENCE` or `Py_TPFLAGS_MAPPING`: built-in ones
//! statically (list, tuple, range, memoryview, deque / dict, mappingproxy), an ABC through
//! `__abc_tpflags__` in its body (`collections.abc.Sequence` and `Mapping`), a class that an
//! ABC registers (with its subclasses), and any new class from the first base in its MRO that
//! has one. str, bytes and bytearray are deliberately not sequences.

use crate::object::*;
use crate::{PyResult, Vm};
use std::rc::Rc;

/// The bits `__abc_tpflags__` uses (`Py_TPFLAGS_SEQUENCE`, `Py_TPFLAGS_MAPPING`).
const ABC_SEQUENCE: i64 = 1 << 5;
const ABC_MAPPING: i64 = 1 << 6;

/// The flag a new class inherits: the first one found along its MRO (`inherit_patma_flags`).
pub fn inherited_collection_flag(t: &Rc<Type>) -> u32 {
    t.mro_rest
        .iter()
        .map(|b| b.flags.get() & tflags::COLLECTION)
        .find(|&f| f != 0)
        .unwrap_or(0)
}

/// Gives `t` exactly the collection flag `flag` (replacing the other one).
pub(crate) fn set_collection_flag(t: &Type, flag: u32) {
    t.flags.set((t.flags.get() & !tflags::COLLECTION) | flag);
}

/// `set_collection_flag_recursive`: what registering with an ABC does. Built-in (immutable)
/// types keep their own flags; classes already carrying `flag` stop the walk.
fn set_collection_flag_recursive(t: &Rc<Type>, flag: u32) {
    if !t.heap || t.flags.get() & tflags::COLLECTION == flag {
        return;
    }
    set_collection_flag(t, flag);
    let children: Vec<Rc<Type>> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    for c in &children {
        set_collection_flag_recursive(c, flag);
    }
}

/// Names of the built-in types whose subclasses may match one positional sub-pattern
/// against the subject itself (`_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(vm: &Vm, cls: &Rc<Type>) -> bool {
    let t = &vm.types;
    [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|b| cls.is_subtype(b))
}

impl Vm {
    /// Marks the built-in sequence and mapping types (at start-up).
    pub fn init_collection_flags(&self) {
        for t in [&self.types.list, &self.types.tuple, &self.types.range] {
            set_collection_flag(t, tflags::SEQUENCE);
        }
        for t in [&self.types.dict, &self.types.mappingproxy] {
            set_collection_flag(t, tflags::MAPPING);
        }
    }

    /// `_abc_init`'s part for patterns: an ABC declaring `__abc_tpflags__` takes those
    /// collection flags, and the attribute is removed from its namespace.
    pub fn abc_init_flags(&self, cls: &Rc<Type>) {
        let key = "__abc_tpflags__";
        let value = cls.dict.borrow().get_str(key, str_hash(key));
        let Some(value) = value else { return };
        if let Value::Int(bits) = value {
            let mut flag = 0;
            if bits & ABC_SEQUENCE != 0 {
                flag |= tflags::SEQUENCE;
            }
            if bits & ABC_MAPPING != 0 {
                flag |= tflags::MAPPING;
            }
            set_collection_flag(cls, flag);
        }
        cls.dict.borrow_mut().remove_str(key, str_hash(key));
    }

    /// `_abc_register`'s part for patterns: the registered class (and its subclasses) take
    /// the ABC's collection flag.
    pub fn abc_register_flags(&self, abc: &Rc<Type>, subclass: &Rc<Type>) {
        let flag = abc.flags.get() & tflags::COLLECTION;
        if flag != 0 {
            set_collection_flag_recursive(subclass, flag);
        }
    }

    /// MATCH_MAPPING's test.
    pub fn is_mapping_for_match(&self, v: &Value) -> bool {
        self.type_of(v).has_flag(tflags::MAPPING)
    }

    /// MATCH_SEQUENCE's test.
    pub fn is_sequence_for_match(&self, v: &Value) -> bool {
        self.type_of(v).has_flag(tflags::SEQUENCE)
    }

    /// MATCH_KEYS (`match_keys`): the tuple of `map`'s values for `keys`, looked up with
    /// `map.get(key, <sentinel>)`, or None if one is missing.
    pub fn match_keys(&mut self, map: &Value, keys: &Value) -> PyResult {
        let keys = tuple_items(keys);
        if keys.is_empty() {
            return Ok(self.new_tuple(vec![]));
        }
        let get = self.getattr_str(map, "get")?;
        let dummy = self.call(&Value::Type(self.types.object.clone()), &[], &[])?;
        let seen = self.new_set_from(vec![])?;
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if self.set_contains(&seen, &key)? {
                let r = self.repr_string(&key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            self.set_add(&seen, key.clone())?;
            let value = self.call(&get, &[key, dummy.clone()], &[])?;
            if value.is(&dummy) {
                return Ok(Value::None);
            }
            values.push(value);
        }
        Ok(self.new_tuple(values))
    }

    /// COPY_DICT_WITHOUT_KEYS: `dict(subject)` minus `keys` (for `**rest`).
    pub fn copy_dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult {
        let rest = self.new_dict();
        self.dict_update(&rest, subject)?;
        for key in tuple_items(keys) {
            if !self.dict_del(&rest, &key)? {
                return Err(self.key_error(key));
            }
        }
        Ok(rest)
    }

    /// MATCH_CLASS (`match_class`): if `subject` is an instance of `cls`, the tuple of its
    /// attributes for `nargs` positional sub-patterns (named by `cls.__match_args__`) and
    /// the keyword ones named in `kwargs`; None when it does not match.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        kwargs: &Value,
    ) -> PyResult<Option<Value>> {
        let Value::Type(t) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.isinstance(subject, cls)? {
            return Ok(None);
        }
        let mut seen: Vec<Value> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            match self.positional_match_attrs(subject, t, nargs, &mut seen)? {
                Some(found) => attrs.extend(found),
                None => return Ok(None),
            }
        }
        for name in tuple_items(kwargs) {
            match self.match_class_attr(subject, t, &name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(self.new_tuple(attrs)))
    }

    /// The attributes for positional sub-patterns, named by `__match_args__` (or the
    /// subject itself for the built-in "match self" types); None if one is missing.
    fn positional_match_attrs(
        &mut self,
        subject: &Value,
        t: &Rc<Type>,
        nargs: usize,
        seen: &mut Vec<Value>,
    ) -> PyResult<Option<Vec<Value>>> {
        let cls = Value::Type(t.clone());
        let (match_args, match_self) = match self.getattr_str(&cls, "__match_args__") {
            Ok(args) => {
                if !matches!(&args, Value::Obj(o) if Rc::ptr_eq(&o.class, &self.types.tuple)) {
                    let got = self.type_name(&args);
                    return Err(self.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {got})",
                        t.name()
                    )));
                }
                (tuple_items(&args), false)
            }
            Err(e) if self.is_instance_of(&e, "AttributeError") => {
                // Only without __match_args__ may a built-in type match itself.
                (Vec::new(), matches_self(self, t))
            }
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                t.name()
            )));
        }
        if match_self {
            return Ok(Some(vec![subject.clone()]));
        }
        let mut attrs = Vec::with_capacity(nargs);
        for name in &match_args[..nargs] {
            let is_exact_str =
                matches!(name, Value::Obj(o) if Rc::ptr_eq(&o.class, &self.types.str));
            if !is_exact_str {
                let got = self.type_name(name);
                return Err(self.type_error(format!(
                    "__match_args__ elements must be strings (got {got})"
                )));
            }
            match self.match_class_attr(subject, t, name, seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(attrs))
    }

    /// `match_class_attr`: `getattr(subject, name)`, None when it raises AttributeError; an
    /// attribute named twice in one class pattern is an error.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        t: &Rc<Type>,
        name: &Value,
        seen: &mut Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let text = name.as_str().unwrap_or_default().to_string();
        if seen.iter().any(|s| s.as_str() == Some(text.as_str())) {
            let r = self.repr_string(name)?;
            return Err(self.type_error(format!(
                "{}() got multiple sub-patterns for attribute {r}",
                t.name()
            )));
        }
        seen.push(name.clone());
        match self.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The items of a tuple the compiler built (keys, attribute names).
fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}
