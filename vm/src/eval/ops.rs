//! One instruction at a time: the body of the eval loop.

use super::cache::Instr;
use super::frame::StackCall;
use super::op::Op;
use super::{Block, BlockKind, Flow, Frame, Raise};
use crate::object::*;
use crate::runtime::number::fast_binop;
use crate::runtime::BinOp;
use crate::types::iter::IterState;
use crate::Vm;
use std::rc::Rc;

type R = Result<Flow, Raise>;

macro_rules! pop {
    ($f:expr) => {
        pop(&mut $f.stack)
    };
}

macro_rules! top {
    ($f:expr) => {
        $f.stack.last().expect("value stack underflow")
    };
}

fn name(code: &Code, i: u32) -> &Value {
    &code.names[i as usize]
}

impl Vm {
    #[inline(always)]
    pub(super) fn execute(
        &mut self,
        f: &mut Frame,
        ip: &mut usize,
        code: &Code,
        op: Op,
        arg: u32,
    ) -> R {
        match op {
            // EXTENDED_ARG's argument is already folded into the next instruction's.
            Op::NOP | Op::EXTENDED_ARG => {}
            // (The hot loop returns at END itself.)
            Op::END => {
                *ip -= 1;
                return Ok(Flow::Return(Value::None));
            }
            Op::INVALID => {
                return Err(self
                    .new_error("SystemError", format!("unknown opcode {arg}"))
                    .into())
            }
            Op::LOAD_FAST => match load_fast(&f.fast[arg as usize]) {
                Some(v) => push(&mut f.stack, v),
                None => {
                    let n = code.co.varnames[arg as usize].clone();
                    return Err(self
                        .new_error(
                            "UnboundLocalError",
                            format!("local variable '{n}' referenced before assignment"),
                        )
                        .into());
                }
            },
            Op::STORE_FAST => store_fast(&mut f.fast[arg as usize], pop!(f)),
            Op::DELETE_FAST => {
                if f.fast[arg as usize].take().is_none() {
                    let n = code.co.varnames[arg as usize].clone();
                    return Err(self
                        .new_error(
                            "UnboundLocalError",
                            format!("local variable '{n}' referenced before assignment"),
                        )
                        .into());
                }
            }
            Op::LOAD_CONST => push(&mut f.stack, code.consts[arg as usize].clone()),
            Op::POP_TOP => {
                pop!(f);
            }
            Op::ROT_TWO => {
                let n = f.stack.len();
                f.stack.swap(n - 1, n - 2);
            }
            // Rotations by swaps: `Vec::insert` is an out-of-line memmove.
            Op::ROT_THREE => rotate_top(&mut f.stack, 3),
            Op::ROT_FOUR => rotate_top(&mut f.stack, 4),
            Op::ROT_N => rotate_top(&mut f.stack, arg as usize),
            Op::DUP_TOP => {
                let v = top!(f).clone();
                push(&mut f.stack, v);
            }
            Op::DUP_TOP_TWO => {
                let n = f.stack.len();
                let a = f.stack[n - 2].clone();
                let b = f.stack[n - 1].clone();
                push(&mut f.stack, a);
                push(&mut f.stack, b);
            }
            Op::UNARY_POSITIVE | Op::UNARY_NEGATIVE | Op::UNARY_INVERT => {
                let v = pop!(f);
                let r = match op {
                    Op::UNARY_POSITIVE => self.pos(&v)?,
                    Op::UNARY_NEGATIVE => self.neg(&v)?,
                    _ => self.invert(&v)?,
                };
                push(&mut f.stack, r);
            }
            Op::UNARY_NOT => {
                let v = pop!(f);
                let b = self.truthy(&v)?;
                push(&mut f.stack, Value::Bool(!b));
            }
            Op::BINARY_ADD
            | Op::BINARY_SUBTRACT
            | Op::BINARY_MULTIPLY
            | Op::BINARY_TRUE_DIVIDE
            | Op::BINARY_FLOOR_DIVIDE
            | Op::BINARY_MODULO
            | Op::BINARY_POWER
            | Op::BINARY_MATRIX_MULTIPLY
            | Op::BINARY_LSHIFT
            | Op::BINARY_RSHIFT
            | Op::BINARY_AND
            | Op::BINARY_OR
            | Op::BINARY_XOR => {
                let b = pop!(f);
                let a = pop!(f);
                let bop = binop_of(op);
                let r = match fast_binop(&a, &b, bop) {
                    Some(r) => r,
                    None => match self.str_concat(&a, &b, bop) {
                        Some(r) => r,
                        None => self.binary_op(&a, &b, bop)?,
                    },
                };
                push(&mut f.stack, r);
            }
            Op::INPLACE_ADD
            | Op::INPLACE_SUBTRACT
            | Op::INPLACE_MULTIPLY
            | Op::INPLACE_TRUE_DIVIDE
            | Op::INPLACE_FLOOR_DIVIDE
            | Op::INPLACE_MODULO
            | Op::INPLACE_POWER
            | Op::INPLACE_MATRIX_MULTIPLY
            | Op::INPLACE_LSHIFT
            | Op::INPLACE_RSHIFT
            | Op::INPLACE_AND
            | Op::INPLACE_OR
            | Op::INPLACE_XOR => {
                let b = pop!(f);
                let a = pop!(f);
                // Ints and floats are immutable: `a op= b` is `a op b`.
                let bop = binop_of(op);
                let r = match fast_binop(&a, &b, bop) {
                    Some(r) => r,
                    None => match self.str_concat(&a, &b, bop) {
                        Some(r) => r,
                        None => self.inplace_op(&a, &b, bop)?,
                    },
                };
                push(&mut f.stack, r);
            }
            Op::BINARY_SUBSCR => {
                let k = pop!(f);
                let c = pop!(f);
                let r = match self.fast_getitem(&c, &k) {
                    Some(v) => v,
                    None => self.getitem(&c, &k)?,
                };
                push(&mut f.stack, r);
            }
            Op::STORE_SUBSCR => {
                let k = pop!(f);
                let c = pop!(f);
                let v = pop!(f);
                if let Some(v) = self.fast_setitem(&c, &k, v) {
                    self.setitem(&c, &k, v)?;
                }
            }
            Op::DELETE_SUBSCR => {
                let k = pop!(f);
                let c = pop!(f);
                self.delitem(&c, &k)?;
            }
            Op::COMPARE_OP => {
                let b = pop!(f);
                let a = pop!(f);
                let r = match (&a, &b) {
                    // CPython's comparison counts one level of recursion even for ints.
                    (Value::Int(_), Value::Int(_)) if self.depth >= self.recursion_limit => {
                        self.compare(&a, &b, cmp_of(arg))?
                    }
                    (Value::Int(x), Value::Int(y)) => Value::Bool(compare_with(arg, x, y)),
                    (Value::Float(x), Value::Float(y)) => Value::Bool(compare_with(arg, x, y)),
                    _ => self.compare(&a, &b, cmp_of(arg))?,
                };
                push(&mut f.stack, r);
            }
            Op::IS_OP => {
                let b = pop!(f);
                let a = pop!(f);
                push(&mut f.stack, Value::Bool(a.is(&b) != (arg == 1)));
            }
            Op::CONTAINS_OP => {
                let c = pop!(f);
                let v = pop!(f);
                let r = self.contains(&c, &v)?;
                push(&mut f.stack, Value::Bool(r != (arg == 1)));
            }
            Op::JUMP_FORWARD => *ip += arg as usize,
            Op::JUMP_ABSOLUTE => {
                *ip = arg as usize;
                if *ip <= f.lasti {
                    self.check_interrupt()?;
                }
            }
            Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                let v = pop!(f);
                let b = match v {
                    Value::Bool(b) => b,
                    _ => self.truthy(&v)?,
                };
                if b == (op == Op::POP_JUMP_IF_TRUE) {
                    *ip = arg as usize;
                    if *ip <= f.lasti {
                        self.check_interrupt()?;
                    }
                }
            }
            Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                let b = self.truthy(top!(f))?;
                if b == (op == Op::JUMP_IF_TRUE_OR_POP) {
                    *ip = arg as usize;
                } else {
                    pop!(f);
                }
            }
            Op::GET_ITER => {
                let v = pop!(f);
                let it = self.iter(&v)?;
                push(&mut f.stack, it);
            }
            Op::GET_YIELD_FROM_ITER => {
                let v = pop!(f);
                let it = self.get_yield_from_iter(&v, &code.co)?;
                push(&mut f.stack, it);
            }
            Op::FOR_ITER => {
                if let Some(v) = fast_next(top!(f)) {
                    push(&mut f.stack, v);
                    return Ok(Flow::Next);
                }
                if let Some(frame) = self.for_iter_resume(f) {
                    return Ok(Flow::Resume(frame));
                }
                let it = top!(f).clone();
                match self.next(&it)? {
                    Some(v) => push(&mut f.stack, v),
                    None => {
                        pop!(f);
                        *ip += arg as usize;
                    }
                }
            }
            Op::LOAD_GLOBAL => {
                let v = match code.global_cache.get(arg as usize, &f.globals, &f.builtins) {
                    Some(v) => v,
                    None => self.load_global_and_cache(f, code, arg as usize)?,
                };
                push(&mut f.stack, v);
            }
            Op::STORE_GLOBAL => {
                let v = pop!(f);
                self.dict_set(&Value::Obj(f.globals.clone()), name(code, arg).clone(), v)?;
            }
            Op::DELETE_GLOBAL => {
                let n = name(code, arg);
                if !self.dict_del(&Value::Obj(f.globals.clone()), n)? {
                    let s = n.as_str().unwrap_or_default().to_string();
                    return Err(self.name_error(&s, f).into());
                }
            }
            Op::LOAD_NAME => {
                let n = name(code, arg);
                let v = self.load_name(f, n)?;
                push(&mut f.stack, v);
            }
            Op::STORE_NAME => {
                let v = pop!(f);
                let n = name(code, arg).clone();
                match &f.locals {
                    Some(l) => {
                        let l = l.clone();
                        self.setitem(&l, &n, v)?
                    }
                    None => return Err(self.new_error("SystemError", "no locals").into()),
                }
            }
            Op::DELETE_NAME => {
                let n = name(code, arg).clone();
                let l = f.locals.clone().unwrap_or(Value::None);
                if let Err(e) = self.delitem(&l, &n) {
                    if self.is_instance_of(&e, "KeyError") {
                        let s = n.as_str().unwrap_or_default().to_string();
                        return Err(self.name_error(&s, f).into());
                    }
                    return Err(e.into());
                }
            }
            Op::LOAD_ATTR => {
                let o = pop!(f);
                let v = self.load_attr_cached(code, f.lasti, &o, name(code, arg))?;
                push(&mut f.stack, v);
            }
            Op::STORE_ATTR => {
                let o = pop!(f);
                let v = pop!(f);
                self.store_attr_cached(code, f.lasti, &o, name(code, arg), v)?;
            }
            Op::DELETE_ATTR => {
                let o = pop!(f);
                self.delattr(&o, name(code, arg))?;
            }
            Op::LOAD_METHOD => {
                let o = pop!(f);
                match self.load_method_cached(code, f.lasti, &o, name(code, arg))? {
                    (Some(func), obj) => {
                        push(&mut f.stack, func);
                        push(&mut f.stack, obj);
                    }
                    (None, attr) => {
                        push(&mut f.stack, Value::None);
                        push(&mut f.stack, attr);
                    }
                }
            }
            Op::CALL_METHOD => {
                let n = arg as usize;
                let base = f.stack.len() - n - 2;
                // [method, self, args...] or [NULL(None marker), callable, args...]
                let callee = base + is_null_marker(&f.stack[base]) as usize;
                // (The call of `send` counts a recursion level first, as in CPython.)
                if n == 1 && callee == base && self.depth + 1 < self.recursion_limit {
                    if let Some(frame) = self.send_inline(f, base) {
                        return Ok(Flow::Resume(frame));
                    }
                }
                match self.stack_call(f, callee, base) {
                    Some(StackCall::Run(frame)) => return Ok(Flow::Call(frame)),
                    Some(StackCall::Pushed) => return Ok(Flow::Next),
                    None => {}
                }
                let meth = f.stack[base].clone();
                let flow = if is_null_marker(&meth) {
                    let callable = f.stack[base + 1].clone();
                    self.call_from_stack(f, &callable, base + 2, base, &[])?
                } else {
                    self.call_from_stack(f, &meth, base + 1, base, &[])?
                };
                return Ok(flow);
            }
            Op::CALL_FUNCTION => {
                let n = arg as usize;
                let base = f.stack.len() - n - 1;
                match self.stack_call(f, base, base) {
                    Some(StackCall::Run(frame)) => return Ok(Flow::Call(frame)),
                    Some(StackCall::Pushed) => return Ok(Flow::Next),
                    None => {}
                }
                // A class whose `__init__` is a Python function: that frame, the new
                // instance waiting on this frame's stack.
                if let Some(frame) = self.init_call(f, base) {
                    return Ok(Flow::Call(frame?));
                }
                let callable = f.stack[base].clone();
                return Ok(self.call_from_stack(f, &callable, base + 1, base, &[])?);
            }
            Op::CALL_FUNCTION_KW => {
                let names = pop!(f);
                let kwnames: Vec<Value> = names.as_tuple().unwrap_or(&[]).to_vec();
                let n = arg as usize;
                let base = f.stack.len() - n - 1;
                let callable = f.stack[base].clone();
                return Ok(self.call_from_stack(f, &callable, base + 1, base, &kwnames)?);
            }
            Op::CALL_FUNCTION_EX => {
                let kwargs = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                let args = pop!(f);
                let func = pop!(f);
                let r = self.call_ex(&func, &args, kwargs.as_ref())?;
                push(&mut f.stack, r);
            }
            Op::MAKE_FUNCTION => {
                let qualname = pop!(f);
                let codev = pop!(f);
                let closure = if arg & 8 != 0 { Some(pop!(f)) } else { None };
                let annotations = if arg & 4 != 0 { Some(pop!(f)) } else { None };
                let kwdefaults = if arg & 2 != 0 { Some(pop!(f)) } else { None };
                let defaults = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                let func = self.make_function(
                    &codev,
                    qualname,
                    f.globals.clone(),
                    defaults,
                    kwdefaults,
                    annotations,
                    closure,
                )?;
                push(&mut f.stack, func);
            }
            Op::RETURN_VALUE => {
                let v = pop!(f);
                return Ok(Flow::Return(v));
            }
            Op::BUILD_TUPLE => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                let t = self.new_tuple(items);
                push(&mut f.stack, t);
            }
            Op::BUILD_LIST => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                let l = self.new_list(items);
                push(&mut f.stack, l);
            }
            Op::BUILD_SET => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                let s = self.new_set_from(items)?;
                push(&mut f.stack, s);
            }
            Op::BUILD_MAP => {
                let items = f.stack.split_off(f.stack.len() - 2 * arg as usize);
                let d = self.new_dict();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                push(&mut f.stack, d);
            }
            Op::BUILD_CONST_KEY_MAP => {
                let keys = pop!(f);
                let values = f.stack.split_off(f.stack.len() - arg as usize);
                let d = self.new_dict();
                for (k, v) in keys.as_tuple().unwrap_or(&[]).iter().zip(values) {
                    self.dict_set(&d, k.clone(), v)?;
                }
                push(&mut f.stack, d);
            }
            Op::BUILD_STRING => {
                let parts = f.stack.split_off(f.stack.len() - arg as usize);
                let mut s = String::new();
                for p in &parts {
                    s.push_str(p.as_str().unwrap_or_default());
                }
                let v = self.new_str(s);
                push(&mut f.stack, v);
            }
            Op::BUILD_SLICE => {
                let step = if arg == 3 { pop!(f) } else { Value::None };
                let stop = pop!(f);
                let start = pop!(f);
                let s = self.obj(
                    &self.types.slice,
                    Payload::Slice(Box::new([start, stop, step])),
                );
                push(&mut f.stack, s);
            }
            Op::LIST_APPEND => {
                let v = pop!(f);
                let l = &f.stack[f.stack.len() - arg as usize];
                if let Some(l) = l.as_list() {
                    l.borrow_mut().push(v);
                }
            }
            Op::SET_ADD => {
                let v = pop!(f);
                let s = f.stack[f.stack.len() - arg as usize].clone();
                self.set_add(&s, v)?;
            }
            Op::MAP_ADD => {
                let v = pop!(f);
                let k = pop!(f);
                let d = f.stack[f.stack.len() - arg as usize].clone();
                self.dict_set(&d, k, v)?;
            }
            Op::LIST_EXTEND => {
                let it = pop!(f);
                let l = f.stack[f.stack.len() - arg as usize].clone();
                self.list_extend_op(&l, &it)?;
            }
            Op::SET_UPDATE => {
                let it = pop!(f);
                let s = f.stack[f.stack.len() - arg as usize].clone();
                self.set_update(&s, &it)?;
            }
            Op::DICT_UPDATE => {
                let other = pop!(f);
                let d = f.stack[f.stack.len() - arg as usize].clone();
                if let Err(e) = self.dict_update(&d, &other) {
                    if self.is_instance_of(&e, "AttributeError") {
                        let t = self.type_name(&other);
                        return Err(self
                            .type_error(format!("'{t}' object is not a mapping"))
                            .into());
                    }
                    return Err(e.into());
                }
            }
            Op::DICT_MERGE => {
                let other = pop!(f);
                let d = f.stack[f.stack.len() - arg as usize].clone();
                let func = f.stack[f.stack.len() - arg as usize - 2].clone();
                self.dict_merge_kwargs(&d, &other, &func)?;
            }
            Op::LIST_TO_TUPLE => {
                let l = pop!(f);
                let items = l.as_list().map(|l| l.borrow().clone()).unwrap_or_default();
                let t = self.new_tuple(items);
                push(&mut f.stack, t);
            }
            Op::UNPACK_SEQUENCE => {
                let seq = pop!(f);
                let n = arg as usize;
                // Exact-length tuples and lists go straight onto the stack (subclasses
                // may define `__iter__`: CPython checks the exact types too).
                let exact = matches!(&seq, Value::Obj(o)
                    if Rc::ptr_eq(&o.class, &self.types.tuple) || Rc::ptr_eq(&o.class, &self.types.list));
                if let Some(t) = seq.as_tuple().filter(|t| exact && t.len() == n) {
                    for v in t.iter().rev() {
                        push(&mut f.stack, v.clone());
                    }
                } else if let Some(l) = seq
                    .as_list()
                    .and_then(|l| l.try_borrow().ok())
                    .filter(|l| exact && l.len() == n)
                {
                    for v in l.iter().rev() {
                        push(&mut f.stack, v.clone());
                    }
                } else {
                    let items = self.unpack(&seq, n)?;
                    f.stack.extend(items.into_iter().rev());
                }
            }
            Op::UNPACK_EX => {
                let seq = pop!(f);
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let items = self.unpack_ex(&seq, before, after)?;
                f.stack.extend(items.into_iter().rev());
            }
            Op::FORMAT_VALUE => {
                let spec = if arg & 4 != 0 { Some(pop!(f)) } else { None };
                let v = pop!(f);
                let v = match arg & 3 {
                    1 => self.to_str(&v)?,
                    2 => self.repr(&v)?,
                    3 => self.ascii(&v)?,
                    _ => v,
                };
                let r = match (&v, &spec) {
                    (Value::Obj(o), None)
                        if matches!(o.payload, Payload::Str(_))
                            && Rc::ptr_eq(&o.class, &self.types.str) =>
                    {
                        v.clone()
                    }
                    _ => {
                        let spec = spec.unwrap_or_else(|| self.new_str(""));
                        self.format(&v, &spec)?
                    }
                };
                push(&mut f.stack, r);
            }
            Op::SETUP_FINALLY => f.blocks.push(Block {
                kind: BlockKind::Finally,
                handler: *ip + arg as usize,
                level: f.stack.len(),
            }),
            Op::POP_BLOCK => {
                f.blocks.pop();
            }
            Op::POP_EXCEPT => {
                match f.blocks.pop() {
                    Some(b) if b.kind == BlockKind::ExceptHandler => {}
                    _ => {
                        return Err(self
                            .new_error("SystemError", "popped block is not an except handler")
                            .into())
                    }
                }
                let _tp = pop!(f);
                let val = pop!(f);
                let _tb = pop!(f);
                self.exc_info = f.restored_exc(val);
            }
            Op::RERAISE => {
                let _tp = pop!(f);
                let val = pop!(f);
                let _tb = pop!(f);
                return match val {
                    Value::Obj(e) => Err(Raise::Reraise(e)),
                    _ => Err(self
                        .new_error("SystemError", "RERAISE without exception")
                        .into()),
                };
            }
            Op::SETUP_WITH => {
                let mgr = pop!(f);
                let enter = self.special_method(&mgr, "__enter__", "__enter__")?;
                let exit = self.special_method(&mgr, "__exit__", "__exit__")?;
                push(&mut f.stack, exit);
                let res = self.call(&enter, &[], &[])?;
                f.blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: *ip + arg as usize,
                    level: f.stack.len(),
                });
                push(&mut f.stack, res);
            }
            Op::WITH_EXCEPT_START => {
                let n = f.stack.len();
                let exit = f.stack[n - 7].clone();
                let (tp, val, tb) = (
                    f.stack[n - 1].clone(),
                    f.stack[n - 2].clone(),
                    f.stack[n - 3].clone(),
                );
                let r = self.call(&exit, &[tp, val, tb], &[])?;
                push(&mut f.stack, r);
            }
            Op::JUMP_IF_NOT_EXC_MATCH => {
                let right = pop!(f);
                let left = pop!(f);
                if !self.exception_matches(&left, &right)? {
                    *ip = arg as usize;
                }
            }
            Op::LOAD_ASSERTION_ERROR => {
                push(&mut f.stack, Value::Type(self.exc("AssertionError")));
            }
            Op::RAISE_VARARGS => {
                let e = match arg {
                    0 => match &self.exc_info {
                        Value::Obj(e) => return Err(Raise::Reraise(e.clone())),
                        _ => self.new_error("RuntimeError", "No active exception to reraise"),
                    },
                    1 => {
                        let exc = pop!(f);
                        self.make_raise(exc, None)?
                    }
                    _ => {
                        let cause = pop!(f);
                        let exc = pop!(f);
                        self.make_raise(exc, Some(cause))?
                    }
                };
                // (A raised exception object is chained even if it was raised before.)
                self.set_context(&e);
                return Err(Raise::Error(e));
            }
            Op::LOAD_CLOSURE => push(&mut f.stack, f.cells[arg as usize].clone()),
            Op::LOAD_DEREF => {
                let v = cell_get(&f.cells[arg as usize]);
                match v {
                    Some(v) => push(&mut f.stack, v),
                    None => return Err(self.unbound_deref(code, arg).into()),
                }
            }
            Op::LOAD_CLASSDEREF => {
                let i = arg as usize;
                let ncell = code.co.cellvars.len();
                let nm = code.co.freevars[i - ncell].clone();
                let key = self.new_str(nm);
                let from_locals = match &f.locals {
                    Some(l) => {
                        let l = l.clone();
                        self.mapping_get(&l, &key)?
                    }
                    None => None,
                };
                match from_locals.or_else(|| cell_get(&f.cells[i])) {
                    Some(v) => push(&mut f.stack, v),
                    None => return Err(self.unbound_deref(code, arg).into()),
                }
            }
            Op::STORE_DEREF => {
                let v = pop!(f);
                if let Some(Payload::Cell(c)) = f.cells[arg as usize].payload() {
                    *c.borrow_mut() = Some(v);
                }
            }
            Op::DELETE_DEREF => {
                let had = match f.cells[arg as usize].payload() {
                    Some(Payload::Cell(c)) => c.borrow_mut().take().is_some(),
                    _ => false,
                };
                if !had {
                    return Err(self.unbound_deref(code, arg).into());
                }
            }
            Op::LOAD_BUILD_CLASS => {
                let v = self.builtin_value(f, "__build_class__")?;
                push(&mut f.stack, v);
            }
            Op::SETUP_ANNOTATIONS => {
                let key = self.new_str("__annotations__");
                let l = f.locals.clone().unwrap_or(Value::None);
                if self.mapping_get(&l, &key)?.is_none() {
                    let d = self.new_dict();
                    self.setitem(&l, &key, d)?;
                }
            }
            Op::IMPORT_NAME => {
                let fromlist = pop!(f);
                let level = pop!(f);
                let m = self.import_name_op(f, name(code, arg), &fromlist, &level)?;
                push(&mut f.stack, m);
            }
            Op::IMPORT_FROM => {
                let m = top!(f).clone();
                let v = self.import_from(&m, name(code, arg))?;
                push(&mut f.stack, v);
            }
            Op::IMPORT_STAR => {
                let m = pop!(f);
                let l = f.locals.clone().unwrap_or(Value::None);
                self.import_star(&m, &l)?;
            }
            Op::PRINT_EXPR => {
                let v = pop!(f);
                self.display_hook(&v)?;
            }
            Op::GET_LEN => {
                let n = self.len(top!(f))?;
                push(&mut f.stack, Value::Int(n as i64));
            }
            Op::GEN_START => {
                pop!(f);
            }
            Op::YIELD_VALUE => {
                let mut v = pop!(f);
                if code.co.flags & pyco_compiler::code::flags::ASYNC_GENERATOR != 0 {
                    // Told apart from what its awaits pass through (PEP 525).
                    v = crate::types::asyncgen::wrap_value(self, v);
                }
                return Ok(Flow::Yield(v));
            }
            Op::YIELD_FROM => {
                f.yielding_from = false;
                let v = pop!(f);
                let v = match self.yield_from_resume(f, v) {
                    Ok(frame) => return Ok(Flow::Resume(frame)),
                    Err(v) => v,
                };
                let receiver = top!(f).clone();
                match self.yield_from_step(&receiver, v)? {
                    Ok(value) => {
                        // Delegate yielded: re-execute this instruction on resume.
                        *ip -= 1;
                        f.yielding_from = true;
                        return Ok(Flow::Yield(value));
                    }
                    Err(result) => {
                        pop!(f);
                        push(&mut f.stack, result);
                    }
                }
            }
            Op::GET_AWAITABLE => {
                let v = pop!(f);
                let a = self.get_awaitable(&v, &code.co, f.lasti)?;
                push(&mut f.stack, a);
            }
            Op::GET_AITER => {
                let v = pop!(f);
                let a = self.get_aiter(&v)?;
                push(&mut f.stack, a);
            }
            Op::GET_ANEXT => {
                let a = top!(f).clone();
                let r = self.get_anext(&a)?;
                push(&mut f.stack, r);
            }
            Op::END_ASYNC_FOR => {
                let _tp = pop!(f);
                let val = pop!(f);
                let _tb = pop!(f);
                let is_stop = matches!(&val, Value::Obj(e) if e.class.is_subtype(&self.exc("StopAsyncIteration")));
                if is_stop {
                    // Pop the except-handler block and the saved state, then the iterator.
                    f.blocks.pop();
                    let _ = pop!(f);
                    let old = pop!(f);
                    let _ = pop!(f);
                    self.exc_info = f.restored_exc(old);
                    pop!(f);
                } else if let Value::Obj(e) = val {
                    return Err(Raise::Reraise(e));
                }
            }
            Op::BEFORE_ASYNC_WITH => {
                let mgr = pop!(f);
                let enter = self.special_method(&mgr, "__aenter__", "__aenter__")?;
                let exit = self.special_method(&mgr, "__aexit__", "__aexit__")?;
                push(&mut f.stack, exit);
                let res = self.call(&enter, &[], &[])?;
                push(&mut f.stack, res);
            }
            Op::SETUP_ASYNC_WITH => {
                let res = pop!(f);
                f.blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: *ip + arg as usize,
                    level: f.stack.len(),
                });
                push(&mut f.stack, res);
            }
            // Handled by `dispatch` (superinstructions reach here as their first half).
            Op::LOAD_FAST__LOAD_FAST
            | Op::LOAD_FAST__LOAD_CONST
            | Op::LOAD_CONST__LOAD_FAST
            | Op::STORE_FAST__LOAD_FAST
            | Op::STORE_FAST__STORE_FAST
            | Op::COMPARE_OP__POP_JUMP_IF_FALSE
            | Op::COMPARE_OP__POP_JUMP_IF_TRUE
            | Op::IS_OP__POP_JUMP_IF_FALSE
            | Op::IS_OP__POP_JUMP_IF_TRUE
            | Op::LOAD_FAST__YIELD_VALUE => {}
            // Pattern matching (runtime/pattern.rs). The subject stays below the result.
            Op::MATCH_MAPPING => {
                let is = self.is_mapping_for_match(top!(f));
                f.stack.push(Value::Bool(is));
            }
            Op::MATCH_SEQUENCE => {
                let is = self.is_sequence_for_match(top!(f));
                f.stack.push(Value::Bool(is));
            }
            Op::MATCH_KEYS => {
                // subject, keys -> subject, keys, values-or-None, found
                let n = f.stack.len();
                let values = self.match_keys(&f.stack[n - 2], &f.stack[n - 1])?;
                let found = !matches!(values, Value::None);
                f.stack.push(values);
                f.stack.push(Value::Bool(found));
            }
            Op::MATCH_CLASS => {
                // subject, cls, names -> attrs, True | subject, False
                let names = pop!(f);
                let cls = pop!(f);
                let n = f.stack.len();
                let found = self.match_class(&f.stack[n - 1], &cls, arg as usize, &names)?;
                let matched = found.is_some();
                if let Some(attrs) = found {
                    f.stack[n - 1] = attrs;
                }
                f.stack.push(Value::Bool(matched));
            }
            Op::COPY_DICT_WITHOUT_KEYS => {
                // subject, keys -> subject, rest
                let n = f.stack.len();
                let rest = self.copy_dict_without_keys(&f.stack[n - 2], &f.stack[n - 1])?;
                f.stack[n - 1] = rest;
            }
        }
        Ok(Flow::Next)
    }

    /// Calls `callable` with `f.stack[args_from..]` (the last `kwnames.len()` being keyword
    /// values), replacing `f.stack[base..]` with the result; Python functions run inline.
    fn call_from_stack(
        &mut self,
        f: &mut Frame,
        callable: &Value,
        args_from: usize,
        base: usize,
        kwnames: &[Value],
    ) -> Result<Flow, PyErr> {
        if let Value::Obj(o) = callable {
            if let Payload::Function(func) = &o.payload {
                if kwnames.is_empty() {
                    if let Some(frame) = self.simple_frame(func, None, &f.stack[args_from..]) {
                        f.stack.truncate(base);
                        return Ok(Flow::Call(frame));
                    }
                }
                if func.code.co.flags & GENERATOR_LIKE == 0 {
                    let frame = self.function_frame(o, func, &f.stack[args_from..], kwnames)?;
                    f.stack.truncate(base);
                    return Ok(Flow::Call(frame));
                }
            }
            // A bound method of a Python function: same, with self first.
            if let Payload::Method(Value::Obj(fo), obj) = &o.payload {
                if let Payload::Function(pf) = &fo.payload {
                    if kwnames.is_empty() {
                        let args = &f.stack[args_from..];
                        if let Some(frame) = self.simple_frame(pf, Some(obj), args) {
                            f.stack.truncate(base);
                            return Ok(Flow::Call(frame));
                        }
                    }
                    if pf.code.co.flags & GENERATOR_LIKE == 0 {
                        let mut args = Vec::with_capacity(f.stack.len() - args_from + 1);
                        args.push(obj.clone());
                        args.extend_from_slice(&f.stack[args_from..]);
                        let frame = self.function_frame(fo, pf, &args, kwnames)?;
                        f.stack.truncate(base);
                        return Ok(Flow::Call(frame));
                    }
                }
            }
        }
        if let Value::Type(t) = callable {
            if Rc::ptr_eq(t, &self.types.super_) && f.stack.len() == args_from {
                let s = self.zero_arg_super(f)?;
                f.stack.truncate(base);
                push(&mut f.stack, s);
                return Ok(Flow::Next);
            }
        }
        let r = self.call(callable, &f.stack[args_from..], kwnames)?;
        f.stack.truncate(base);
        push(&mut f.stack, r);
        Ok(Flow::Next)
    }

    /// `a + b` for two exact strs (neither has `__add__`/`__radd__` of its own to call).
    #[inline]
    fn str_concat(&self, a: &Value, b: &Value, op: BinOp) -> Option<Value> {
        if op != BinOp::Add {
            return None;
        }
        let (x, y) = (self.exact_str(a)?, self.exact_str(b)?);
        let mut s = String::with_capacity(x.len() + y.len());
        s.push_str(x);
        s.push_str(y);
        Some(self.new_str(s))
    }

    fn exact_str<'a>(&self, v: &'a Value) -> Option<&'a str> {
        match v {
            Value::Obj(o) if Rc::ptr_eq(&o.class, &self.types.str) => v.as_str(),
            _ => None,
        }
    }

    /// `c[k]` for an exact list or tuple and an in-range int index, else `None`.
    #[inline]
    pub(super) fn fast_getitem(&self, c: &Value, k: &Value) -> Option<Value> {
        let (Value::Obj(o), Value::Int(i)) = (c, k) else {
            return None;
        };
        match &o.payload {
            Payload::List(l) if Rc::ptr_eq(&o.class, &self.types.list) => {
                // (A list being sorted is borrowed: the slow path reports that.)
                let l = l.try_borrow().ok()?;
                l.get(seq_index(*i, l.len())?).cloned()
            }
            Payload::Tuple(t) if Rc::ptr_eq(&o.class, &self.types.tuple) => {
                t.get(seq_index(*i, t.len())?).cloned()
            }
            _ => None,
        }
    }

    /// `c[k] = v` for an exact list and an in-range int index; gives `v` back otherwise.
    #[inline]
    pub(super) fn fast_setitem(&self, c: &Value, k: &Value, v: Value) -> Option<Value> {
        if let (Value::Obj(o), Value::Int(i)) = (c, k) {
            if let Payload::List(l) = &o.payload {
                if let (true, Ok(mut items)) =
                    (Rc::ptr_eq(&o.class, &self.types.list), l.try_borrow_mut())
                {
                    if let Some(ix) = seq_index(*i, items.len()) {
                        let old = std::mem::replace(&mut items[ix], v);
                        drop(items);
                        drop(old);
                        return None;
                    }
                }
            }
        }
        Some(v)
    }

    fn unbound_deref(&self, code: &Code, i: u32) -> PyErr {
        let i = i as usize;
        let ncell = code.co.cellvars.len();
        if i < ncell {
            let n = &code.co.cellvars[i];
            self.new_error(
                "UnboundLocalError",
                format!("local variable '{n}' referenced before assignment"),
            )
        } else {
            let n = &code.co.freevars[i - ncell];
            let e = self.new_error(
                "NameError",
                format!("free variable '{n}' referenced before assignment in enclosing scope"),
            );
            // As `format_exc_check_arg`: a NameError carries the name for suggestions.
            self.set_exc_attr(&e, "name", self.new_str(n.as_str()));
            e
        }
    }

    fn load_global(&mut self, f: &Frame, n: &Value) -> PyResult {
        let s = n.as_pystr().expect("names are str");
        if let Payload::Dict(d) = &f.globals.payload {
            if let Some(v) = d.borrow().get_str(&s.s, s.hash()) {
                return Ok(v);
            }
        }
        if let Payload::Dict(d) = &f.builtins.payload {
            if let Some(v) = d.borrow().get_str(&s.s, s.hash()) {
                return Ok(v);
            }
        }
        let name = s.s.to_string();
        Err(self.name_error(&name, f))
    }

    /// LOAD_GLOBAL's slow path: looks name `i` up and fills the cache slot.
    fn load_global_and_cache(&mut self, f: &Frame, code: &Code, i: usize) -> PyResult {
        let s = code.names[i].as_pystr().expect("names are str");
        let cache = &code.global_cache;
        if let Payload::Dict(d) = &f.globals.payload {
            let d = d.borrow();
            if let Some(ix) = d.index_of_str(&s.s, s.hash()) {
                cache.set(i, &f.globals, None, ix);
                return Ok(d.entry(ix).expect("live entry").value.clone());
            }
        }
        if let Payload::Dict(d) = &f.builtins.payload {
            let d = d.borrow();
            if let Some(ix) = d.index_of_str(&s.s, s.hash()) {
                cache.set(i, &f.globals, Some(&f.builtins), ix);
                return Ok(d.entry(ix).expect("live entry").value.clone());
            }
        }
        let name = s.s.to_string();
        Err(self.name_error(&name, f))
    }

    fn load_name(&mut self, f: &Frame, n: &Value) -> PyResult {
        if let Some(l) = &f.locals {
            if let Some(d) = l.as_dict() {
                let s = n.as_pystr().expect("names are str");
                if let Some(v) = d.borrow().get_str(&s.s, s.hash()) {
                    return Ok(v);
                }
            } else if let Some(v) = self.mapping_get(l, n)? {
                return Ok(v);
            }
        }
        self.load_global(f, n)
    }

    fn builtin_value(&mut self, f: &Frame, n: &str) -> PyResult {
        if let Payload::Dict(d) = &f.builtins.payload {
            if let Some(v) = d.borrow().get_str(n, str_hash(n)) {
                return Ok(v);
            }
        }
        Err(self.new_error("NameError", format!("{n} not found")))
    }
}

const GENERATOR_LIKE: u32 = pyco_compiler::code::flags::GENERATOR
    | pyco_compiler::code::flags::COROUTINE
    | pyco_compiler::code::flags::ASYNC_GENERATOR;

/// The next item of a built-in range or list iterator that has one (the common steps of
/// `iter_next`, done inline); `None` leaves everything else, and the end, to `Vm::next`.
#[inline(always)]
pub(super) fn fast_next(it: &Value) -> Option<Value> {
    let Value::Obj(o) = it else {
        return None;
    };
    let Payload::Iter(state) = &o.payload else {
        return None;
    };
    if o.class.heap {
        return None;
    }
    let mut st = state.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Range(cur, stop, step) if *step > 0 && *cur < *stop => {
            let v = *cur;
            *cur = cur.saturating_add(*step);
            Some(Value::Int(v))
        }
        IterState::Seq(seq, i) => {
            let Some(Payload::List(l)) = seq.payload() else {
                return None;
            };
            let v = l.try_borrow().ok()?.get(*i).cloned()?;
            *i += 1;
            Some(v)
        }
        _ => None,
    }
}

/// The position a possibly negative index `i` designates in a sequence of `len` items.
#[inline]
fn seq_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// LOAD_METHOD pushes `None` below a plain callable; a real method never is `None`.
fn is_null_marker(v: &Value) -> bool {
    v.is_none()
}

pub(super) fn cell_get(cell: &Value) -> Option<Value> {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => None,
    }
}

/// A rich comparison of two values of one ordered Rust type (COMPARE_OP's argument).
#[inline(always)]
pub(super) fn compare_with<T: PartialOrd>(arg: u32, x: T, y: T) -> bool {
    match arg {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// The tag `Option<Value>` uses for `None`: the first value no variant of `Value` uses.
pub(super) const UNBOUND_TAG: u64 = 6;
/// `Value`'s tags (`Value::into_words`) of the variants that hold a reference.
pub(super) const OBJ_TAG: u64 = 4;
pub(super) const TYPE_TAG: u64 = 5;

/// A fast local's value (cloned), read by words like the stack's values (see `push`).
#[inline(always)]
pub(super) fn load_fast(slot: &Option<Value>) -> Option<Value> {
    let p = slot as *const Option<Value> as *const u64;
    // SAFETY: `Option<Value>` is a `Value` whose unused tag stands for `None` (checked by
    // the test below), so a slot that is not `None` holds a live value at the same place.
    unsafe {
        if p.read() == UNBOUND_TAG {
            return None;
        }
        Some((*(p as *const Value)).clone())
    }
}

/// `*slot = Some(v)`, written by words (see `push`).
#[inline(always)]
pub(super) fn store_fast(slot: &mut Option<Value>, v: Value) {
    let (tag, bits) = v.into_words();
    let p = slot as *mut Option<Value> as *mut u64;
    // SAFETY: as in `load_fast`; the old value is moved out before the slot is overwritten
    // and dropped afterwards (a drop runs no Python code, so it cannot see the slot).
    unsafe {
        let (old_tag, old_bits) = (p.read(), p.add(1).read());
        p.write(tag);
        p.add(1).write(bits);
        // Only objects and types own anything (tested here: `drop` was left a call).
        if old_tag == OBJ_TAG || old_tag == TYPE_TAG {
            drop(Value::read_words([old_tag, old_bits].as_ptr()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_value_layout() {
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
        let none: Option<Value> = None;
        let p = &none as *const Option<Value> as *const u64;
        assert_eq!(unsafe { p.read() }, UNBOUND_TAG);
        let some = Some(Value::Int(7));
        let p = &some as *const Option<Value> as *const u64;
        assert_eq!(unsafe { (p.read(), p.add(1).read()) }, (2, 7));
        assert!(matches!(load_fast(&some), Some(Value::Int(7))));
        let mut slot = None;
        store_fast(&mut slot, Value::Int(9));
        assert!(matches!(slot, Some(Value::Int(9))));
    }
}

/// Moves the top of the stack `n - 1` places down (ROT_THREE, ROT_FOUR, ROT_N), word by
/// word: the slots were just written as two words each (`push`), and a 16-byte reload of
/// one stalls (see `push`). Volatile accesses keep LLVM from fusing the word pairs again.
#[inline(always)]
fn rotate_top(stack: &mut [Value], n: usize) {
    let len = stack.len();
    if n < 2 || n > len {
        return;
    }
    let p = stack.as_mut_ptr() as *mut std::mem::MaybeUninit<u64>;
    // SAFETY: all indices are below `len`; the values are permuted, none duplicated or lost.
    unsafe {
        let word = |i: usize| p.add(i).read_volatile();
        let (tag, bits) = (word(2 * (len - 1)), word(2 * (len - 1) + 1));
        for i in (len - n + 1..len).rev() {
            p.add(2 * i).write_volatile(word(2 * (i - 1)));
            p.add(2 * i + 1).write_volatile(word(2 * (i - 1) + 1));
        }
        p.add(2 * (len - n)).write_volatile(tag);
        p.add(2 * (len - n) + 1).write_volatile(bits);
    }
}

/// `stack.push(v)`, kept inline in the dispatch loop (LLVM stops inlining `Vec::push`
/// into a function this big). Frames reserve `co_stacksize` slots, so the capacity check
/// practically always passes.
#[inline(always)]
pub(crate) fn push(stack: &mut Vec<Value>, v: Value) {
    let len = stack.len();
    if len < stack.capacity() {
        // SAFETY: `len < capacity`, so the slot is allocated and unused; writing it and
        // then growing the length by one keeps the vector's invariants.
        // The value goes in as two 8-byte words taken from registers: copying it as one
        // 16-byte block from where it was just built (piecewise) stalls the CPU (failed
        // store forwarding), and pushes are the loop's most frequent store.
        let (tag, bits) = v.into_words();
        unsafe {
            let p = stack.as_mut_ptr().add(len) as *mut u64;
            p.write(tag);
            p.add(1).write(bits);
            stack.set_len(len + 1);
        }
    } else {
        stack.push(v);
    }
}

/// Gives `f` the result of the instruction it stopped at (a value yielded to FOR_ITER or
/// a `send()` call, the value sent into a resumed generator). When the instruction `f`
/// runs next would only take that value off the stack again (POP_TOP or GEN_START dropping
/// it, STORE_FAST, or the first half of a superinstruction starting with one), its work is
/// done here: a generator switch then costs one dispatch round less. Nothing runs in
/// between, so nothing can tell the difference.
#[inline(always)]
pub(crate) fn deliver(f: &mut Frame, v: Value) {
    if let Some(&Instr { op, arg }) = f.code.instrs.get(f.ip) {
        match op.first_half() {
            Op::STORE_FAST => {
                // (The old value's finalizer, if it has one, reports this instruction.)
                f.lasti = f.ip;
                f.ip += 1;
                store_fast(&mut f.fast[arg as usize], v);
                return;
            }
            Op::POP_TOP | Op::GEN_START => {
                f.lasti = f.ip;
                f.ip += 1;
                // (Tested here: `drop` was left a call, and FOR_ITER sends None.)
                if matches!(v, Value::Obj(_) | Value::Type(_)) {
                    drop(v);
                } else {
                    std::mem::forget(v);
                }
                return;
            }
            _ => {}
        }
    }
    push(&mut f.stack, v)
}

/// `stack.pop()`, reading the two words `push` wrote (a 16-byte load of a slot just
/// written as two 8-byte stores would stall: see `push`).
#[inline(always)]
pub(crate) fn pop(stack: &mut Vec<Value>) -> Value {
    let len = stack.len().checked_sub(1).expect("value stack underflow");
    // SAFETY: slot `len` holds a value, which the caller owns once the length excludes it.
    unsafe {
        stack.set_len(len);
        Value::read_words(stack.as_ptr().add(len) as *const u64)
    }
}

#[inline(always)]
fn binop_of(op: Op) -> BinOp {
    match op {
        Op::BINARY_ADD | Op::INPLACE_ADD => BinOp::Add,
        Op::BINARY_SUBTRACT | Op::INPLACE_SUBTRACT => BinOp::Sub,
        Op::BINARY_MULTIPLY | Op::INPLACE_MULTIPLY => BinOp::Mul,
        Op::BINARY_TRUE_DIVIDE | Op::INPLACE_TRUE_DIVIDE => BinOp::TrueDiv,
        Op::BINARY_FLOOR_DIVIDE | Op::INPLACE_FLOOR_DIVIDE => BinOp::FloorDiv,
        Op::BINARY_MODULO | Op::INPLACE_MODULO => BinOp::Mod,
        Op::BINARY_POWER | Op::INPLACE_POWER => BinOp::Pow,
        Op::BINARY_MATRIX_MULTIPLY | Op::INPLACE_MATRIX_MULTIPLY => BinOp::MatMul,
        Op::BINARY_LSHIFT | Op::INPLACE_LSHIFT => BinOp::LShift,
        Op::BINARY_RSHIFT | Op::INPLACE_RSHIFT => BinOp::RShift,
        Op::BINARY_AND | Op::INPLACE_AND => BinOp::And,
        Op::BINARY_OR | Op::INPLACE_OR => BinOp::Or,
        _ => BinOp::Xor,
    }
}

fn cmp_of(arg: u32) -> crate::runtime::CmpOp {
    use crate::runtime::CmpOp::*;
    match arg {
        0 => Lt,
        1 => Le,
        2 => Eq,
        3 => Ne,
        4 => Gt,
        _ => Ge,
    }
}
