//! The few built-in calls the hot loop makes without calling anything: `len()` of a
//! built-in container, `tuple()` of a list or tuple, `list.append` and `list.clear`, as
//! CPython 3.11's specialized calls do (`CALL_NO_KW_LEN`, `..._TUPLE_1`,
//! `..._LIST_APPEND`). Each
//! applies only when the callable is the built-in itself (a user's `len` is not) and the
//! argument an exact built-in type (a subclass may override `__len__` or `__iter__`),
//! and, for the calls CPython counts as a recursion level, below the recursion limit;
//! anything else takes the general call, which gives the same result.

use crate::object::{Object, Payload, Value};
use crate::Vm;
use std::rc::Rc;

/// The built-in objects the specialized calls recognize, found once the built-ins exist.
#[derive(Default)]
pub struct QuickCalls {
    len: Option<Rc<Object>>,
    list_append: Option<Rc<Object>>,
    list_clear: Option<Rc<Object>>,
}

#[inline(always)]
fn is(v: &Value, o: &Option<Rc<Object>>) -> bool {
    matches!((v, o), (Value::Obj(a), Some(b)) if Rc::ptr_eq(a, b))
}

impl Vm {
    /// Records the built-ins `QuickCalls` recognizes (after `builtins::init`).
    pub(crate) fn init_quick_calls(&mut self) {
        let len = self.dict_get_str(&Value::Obj(self.builtins_dict()), "len");
        let list_method = |name| {
            self.types
                .list
                .lookup(name)
                .and_then(|v| v.as_obj().cloned())
        };
        self.quick = QuickCalls {
            len: len.and_then(|v| v.as_obj().cloned()),
            list_append: list_method("append"),
            list_clear: list_method("clear"),
        };
    }

    /// The result of calling `func(arg)`, when it is a specialized built-in call.
    #[inline(never)]
    pub(super) fn quick_call1(&self, func: &Value, arg: &Value) -> Option<Value> {
        let Value::Obj(a) = arg else {
            return None;
        };
        // (A call of `len` counts a recursion level, as CPython's built-in functions do;
        // `tuple`, a type with a vectorcall, does not.)
        if is(func, &self.quick.len) && self.depth < self.recursion_limit {
            let t = &self.types;
            let n = match &a.payload {
                Payload::List(l) if Rc::ptr_eq(&a.class, &t.list) => l.borrow().len(),
                Payload::Tuple(items) if Rc::ptr_eq(&a.class, &t.tuple) => items.len(),
                Payload::Dict(d) if Rc::ptr_eq(&a.class, &t.dict) => d.borrow().len(),
                _ => return None,
            };
            return Some(Value::Int(n as i64));
        }
        let Value::Type(t) = func else {
            return None;
        };
        if !Rc::ptr_eq(t, &self.types.tuple) {
            return None;
        }
        match &a.payload {
            Payload::List(l) if Rc::ptr_eq(&a.class, &self.types.list) => {
                Some(self.new_tuple(l.borrow().clone()))
            }
            Payload::Tuple(_) if Rc::ptr_eq(&a.class, &self.types.tuple) => Some(arg.clone()),
            _ => None,
        }
    }

    /// Runs `method(obj, arg)` when it is a specialized built-in method call; whether it
    /// was (its result is None). (The test of `method` is inline: `send()` calls pass
    /// here too.)
    #[inline(always)]
    pub(super) fn quick_method1(&self, method: &Value, obj: &Value, arg: &Value) -> bool {
        is(method, &self.quick.list_append) && self.list_append_on(obj, arg)
    }

    /// `list.append(obj, arg)`, which applies to lists and their subclasses alike.
    #[inline(never)]
    fn list_append_on(&self, obj: &Value, arg: &Value) -> bool {
        if self.depth >= self.recursion_limit {
            return false;
        }
        match obj.as_list() {
            Some(l) => {
                l.borrow_mut().push(arg.clone());
                true
            }
            None => false,
        }
    }

    /// Runs `method(obj)` when it is a specialized built-in method call; whether it was
    /// (its result is None). (The test of `method` is inline, as for `quick_method1`.)
    #[inline(always)]
    pub(super) fn quick_method0(&self, method: &Value, obj: &Value) -> bool {
        is(method, &self.quick.list_clear) && self.list_clear_on(obj)
    }

    /// `list.clear(obj)`. The items die here; a finalizer one of them needs runs before
    /// the next instruction, as after any instruction.
    #[inline(never)]
    fn list_clear_on(&self, obj: &Value) -> bool {
        if self.depth >= self.recursion_limit {
            return false;
        }
        match obj.as_list() {
            Some(l) => {
                // The buffer goes too, as in CPython (and the `clear` method).
                let items = std::mem::take(&mut *l.borrow_mut());
                drop(items);
                true
            }
            None => false,
        }
    }
}
