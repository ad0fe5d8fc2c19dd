//! Code objects: turning the compiler's `CodeObject` into the VM's `Code` (constants as
//! values), compiling source, and running module-level code.

use crate::eval::{Exit, Frame};
use crate::object::*;
use crate::Vm;
use pyco_compiler::constant::ConstValue;
use pyco_compiler::CodeObject;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub fn init(vm: &mut Vm) {
    let t = vm.types.code.clone();
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let Some(Payload::Code(c)) = a[0].payload() else {
            unreachable!()
        };
        Ok(vm.new_str(format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.co.name,
            a[0].id(),
            c.co.filename,
            c.co.firstlineno
        )))
    });
    macro_rules! attr {
        ($name:literal, |$vm:ident, $c:ident| $e:expr) => {
            vm.add_getter(
                &t,
                $name,
                |#[allow(unused_variables)] $vm, a, _| {
                    let Some(Payload::Code($c)) = a[0].payload() else {
                        unreachable!()
                    };
                    let $c = $c.clone();
                    Ok($e)
                },
                None,
            );
        };
    }
    attr!("co_name", |vm, c| c.name.clone());
    attr!("co_qualname", |vm, c| c.qualname.clone());
    attr!("co_filename", |vm, c| c.filename.clone());
    attr!("co_firstlineno", |vm, c| Value::Int(
        c.co.firstlineno as i64
    ));
    attr!("co_argcount", |vm, c| Value::Int(c.co.argcount as i64));
    attr!("co_posonlyargcount", |vm, c| Value::Int(
        c.co.posonlyargcount as i64
    ));
    attr!("co_kwonlyargcount", |vm, c| Value::Int(
        c.co.kwonlyargcount as i64
    ));
    attr!("co_nlocals", |vm, c| Value::Int(c.co.nlocals as i64));
    attr!("co_stacksize", |vm, c| Value::Int(c.co.stacksize as i64));
    attr!("co_flags", |vm, c| Value::Int(c.flags() as i64));
    attr!("co_code", |vm, c| vm.new_bytes(c.co.code.clone()));
    attr!("co_linetable", |vm, c| vm.new_bytes(c.co.linetable.clone()));
    attr!("co_lnotab", |vm, c| vm.new_bytes(c.co.lnotab()));
    vm.add_method(&t, "co_lines", co_lines);
    attr!("co_consts", |vm, c| vm.new_tuple(c.consts.clone()));
    attr!("co_names", |vm, c| vm.new_tuple(c.names.clone()));
    attr!("co_varnames", |vm, c| vm.new_tuple(c.varnames.clone()));
    attr!("co_cellvars", |vm, c| {
        let v =
            c.co.cellvars
                .iter()
                .map(|s| vm.new_str(s.as_str()))
                .collect();
        vm.new_tuple(v)
    });
    attr!("co_freevars", |vm, c| {
        let v =
            c.co.freevars
                .iter()
                .map(|s| vm.new_str(s.as_str()))
                .collect();
        vm.new_tuple(v)
    });
}

/// `co_lines()`: an iterator over the `(start, end, line)` ranges of the line table, with
/// None as the line of ranges that have none.
fn co_lines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    vm.no_args("co_lines", &a[1..], kw)?;
    let Some(Payload::Code(c)) = a[0].payload() else {
        return Err(vm.type_error("co_lines() needs a code object"));
    };
    let ranges =
        c.co.lines()
            .into_iter()
            .map(|(start, end, line)| {
                let line = line.map_or(Value::None, |l| Value::Int(i64::from(l)));
                vm.new_tuple(vec![
                    Value::Int(i64::from(start)),
                    Value::Int(i64::from(end)),
                    line,
                ])
            })
            .collect();
    let list = vm.new_list(ranges);
    vm.iter(&list)
}

impl Vm {
    /// The code object for `code`: the one already alive if any (its constant in the
    /// enclosing code, or an earlier `__code__`), else a new one, remembered weakly.
    pub fn code_object(&self, code: &Rc<Code>) -> Value {
        if let Some(obj) = code.object.borrow().upgrade() {
            return Value::Obj(obj);
        }
        let v = self.obj(&self.types.code, Payload::Code(code.clone()));
        if let Value::Obj(o) = &v {
            *code.object.borrow_mut() = Rc::downgrade(o);
        }
        v
    }

    /// The VM's view of a compiled code object (nested code objects converted too).
    pub fn code_from(&self, co: CodeObject) -> Rc<Code> {
        let consts = co.consts.iter().map(|c| self.const_value(c)).collect();
        let names = co.names.iter().map(|n| self.intern(n)).collect();
        let varnames = co.varnames.iter().map(|n| self.intern(n)).collect();
        let cell2arg = co
            .cellvars
            .iter()
            .map(|c| {
                let nargs = co.argcount
                    + co.kwonlyargcount
                    + (co.flags & pyco_compiler::code::flags::VARARGS != 0) as u32
                    + (co.flags & pyco_compiler::code::flags::VARKEYWORDS != 0) as u32;
                co.varnames[..nargs as usize].iter().position(|v| v == c)
            })
            .collect();
        let instrs = crate::eval::decode(&co.code, co.nlocals as usize, co.consts.len());
        let simple_argcount = crate::eval::simple_argcount(&co);
        Rc::new(Code {
            simple_argcount,
            global_cache: crate::eval::GlobalCache::new(co.names.len()),
            attr_cache: crate::eval::AttrCache::new(&instrs),
            instrs,
            name: self.new_str(co.name.as_str()),
            qualname: self.new_str(co.qualname.as_str()),
            filename: self.new_str(co.filename.as_str()),
            consts,
            names,
            varnames,
            cell2arg,
            co,
            object: RefCell::new(Weak::new()),
            iterable_coroutine: std::cell::Cell::new(false),
        })
    }

    fn const_value(&self, c: &ConstValue) -> Value {
        match c {
            ConstValue::None => Value::None,
            ConstValue::Ellipsis => self.singletons.ellipsis.clone(),
            ConstValue::Bool(b) => Value::Bool(*b),
            ConstValue::Int(i) => self.new_bigint(i.clone()),
            ConstValue::Float(f) => Value::Float(*f),
            ConstValue::Complex { real, imag } => {
                self.obj(&self.types.complex, Payload::Complex(*real, *imag))
            }
            ConstValue::Str(s) => self.new_str(s.as_str()),
            ConstValue::Bytes(b) => self.new_bytes(b.clone()),
            ConstValue::Tuple(items) => {
                self.new_tuple(items.iter().map(|i| self.const_value(i)).collect())
            }
            ConstValue::FrozenSet(items) => {
                let mut t = crate::set::SetTable::new();
                for i in items {
                    let v = self.const_value(i);
                    let h = const_hash(self, &v);
                    t.insert_new(h, v);
                }
                self.obj(&self.types.frozenset, Payload::FrozenSet(t))
            }
            ConstValue::Code(co) => {
                let code = self.code_from((**co).clone());
                self.code_object(&code)
            }
        }
    }

    /// Compiles source to code, turning compile errors into Python exceptions.
    pub fn compile_source(
        &mut self,
        source: &[u8],
        filename: &str,
        mode: pyco_compiler::Mode,
    ) -> PyResult<Rc<Code>> {
        let mut warnings = Vec::new();
        let r = pyco_compiler::compile_reporting(source, filename, mode, &mut warnings);
        for w in &warnings {
            let text = String::from_utf8_lossy(source);
            let msg = w.format_for_script(&text);
            self.stderr.borrow_mut().write_str(&msg);
        }
        match r {
            Ok(co) => Ok(self.code_from(co)),
            Err(e) => Err(self.compile_error(e)),
        }
    }

    /// A compile error as the Python exception CPython raises.
    pub fn compile_error(&self, e: pyco_compiler::CompileError) -> PyErr {
        use pyco_compiler::ErrorKind;
        let cls = self.exc(e.kind.name());
        if !matches!(
            e.kind,
            ErrorKind::SyntaxError | ErrorKind::IndentationError | ErrorKind::TabError
        ) {
            return self.new_exception(&cls, vec![self.new_str(e.msg.as_str())]);
        }
        let text = e
            .text
            .as_ref()
            .map_or(Value::None, |t| self.new_str(t.as_str()));
        let details = self.new_tuple(vec![
            self.new_str(e.filename.as_str()),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text.clone(),
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset as i64),
        ]);
        let exc = self.new_exception(&cls, vec![self.new_str(e.msg.as_str()), details]);
        self.set_exc_attr(&exc, "msg", self.new_str(e.msg.as_str()));
        self.set_exc_attr(&exc, "filename", self.new_str(e.filename.as_str()));
        self.set_exc_attr(&exc, "lineno", Value::Int(e.lineno as i64));
        self.set_exc_attr(&exc, "offset", Value::Int(e.offset as i64));
        self.set_exc_attr(&exc, "text", text);
        self.set_exc_attr(&exc, "end_lineno", Value::Int(e.end_lineno as i64));
        self.set_exc_attr(&exc, "end_offset", Value::Int(e.end_offset as i64));
        self.set_exc_attr(&exc, "print_file_and_line", Value::None);
        exc
    }

    /// Runs module-level (or `exec`) code with the given namespaces.
    pub fn exec_code(&mut self, code: &Rc<Code>, globals: &Value, locals: &Value) -> PyResult {
        let Value::Obj(g) = globals else {
            return Err(self.type_error("globals must be a dict"));
        };
        if self.dict_get_str(globals, "__builtins__").is_none() {
            let b = Value::Obj(self.builtins.clone());
            self.dict_set_str(globals, "__builtins__", b);
        }
        let mut frame = Box::new(Frame::new(code.clone(), g.clone(), self.builtins_dict()));
        self.bind_no_args(&mut frame)?;
        frame.locals = Some(locals.clone());
        let (_f, r) = self.run_frame(frame);
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.new_error("SyntaxError", "'yield' outside function")),
        }
    }
}

impl Vm {
    /// A function's code run by `exec`/`eval` gets no arguments, as in CPython: its
    /// parameters are missing (a TypeError naming them, by `co_name`), `*args` is `()` and
    /// `**kwargs` is `{}`.
    fn bind_no_args(&mut self, frame: &mut Frame) -> PyResult<()> {
        let co = &frame.code.co;
        let (npos, nkw) = (co.argcount as usize, co.kwonlyargcount as usize);
        for (range, kind) in [(0..npos, "positional"), (npos..npos + nkw, "keyword-only")] {
            let names: Vec<String> = co.varnames[range].iter().map(|n| n.to_string()).collect();
            if !names.is_empty() {
                return Err(self.missing_args(co.name.as_str(), &names, kind));
            }
        }
        let mut slot = npos + nkw;
        if co.flags & pyco_compiler::code::flags::VARARGS != 0 {
            frame.fast[slot] = Some(self.new_tuple(vec![]));
            slot += 1;
        }
        if co.flags & pyco_compiler::code::flags::VARKEYWORDS != 0 {
            frame.fast[slot] = Some(self.new_dict());
        }
        Ok(())
    }
}

/// The hash of a constant frozenset member (numbers and strings: no Python code runs).
fn const_hash(vm: &Vm, v: &Value) -> i64 {
    match v {
        Value::Int(i) => crate::runtime::protocol::hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => pyco_compiler::num::hash_float(*f, 0),
        Value::None => 0xFCA86420,
        _ => match v.payload() {
            Some(Payload::Str(s)) => s.hash(),
            Some(Payload::Int(b)) => pyco_compiler::num::hash_int(b),
            // The same hashes `hash()` gives at run time, or constant sets would miss
            // equal keys built at run time (`(x, 0) in {(1, 0)}`).
            Some(Payload::Bytes(b)) => crate::types::bytes::bytes_hash(b),
            Some(Payload::Complex(r, i)) => pyco_compiler::num::hash_complex(*r, *i, 0),
            Some(Payload::Tuple(items)) => {
                crate::runtime::protocol::tuple_hash_of(items.iter().map(|i| const_hash(vm, i)))
            }
            _ => {
                let _ = vm;
                v.id() as i64 >> 4
            }
        },
    }
}
