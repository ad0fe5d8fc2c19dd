//! Scopes that become code objects: functions, lambdas, classes and comprehensions
//! (`compiler_function`, `compiler_lambda`, `compiler_class`, `compiler_comprehension`).

use super::unit::ScopeType;
use super::{docstring, erange, CResult, Compiler};
use crate::code::flags;
use crate::code::CodeObject;
use crate::constant::ConstValue;
use crate::opcode::Opcode::*;
use crate::symtable::{self, BlockType, Scope, Table};
use rustpython_parser::ast::{self, Ranged};
use std::rc::Rc;

/// The node address the symbol table keys scopes by.
fn stmt_key(s: &ast::Stmt) -> usize {
    s as *const ast::Stmt as usize
}

pub(super) fn expr_key(e: &ast::Expr) -> usize {
    e as *const ast::Expr as usize
}

impl<'a> Compiler<'a> {
    pub(super) fn scope_table(&self, key: usize) -> &'a Table {
        self.tables
            .lookup(key)
            .expect("symbol table entry for scope")
    }

    pub(super) fn function_def(
        &mut self,
        s: &'a ast::Stmt,
        f: &'a ast::StmtFunctionDef,
    ) -> CResult {
        self.function(
            s,
            &f.name,
            &f.args,
            &f.body,
            &f.decorator_list,
            f.returns.as_deref(),
            false,
        )
    }

    pub(super) fn async_function_def(
        &mut self,
        s: &'a ast::Stmt,
        f: &'a ast::StmtAsyncFunctionDef,
    ) -> CResult {
        self.function(
            s,
            &f.name,
            &f.args,
            &f.body,
            &f.decorator_list,
            f.returns.as_deref(),
            true,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        s: &'a ast::Stmt,
        name: &'a ast::Identifier,
        args: &'a ast::Arguments,
        body: &'a [ast::Stmt],
        decorators: &'a [ast::Expr],
        returns: Option<&'a ast::Expr>,
        is_async: bool,
    ) -> CResult {
        self.check_debug_args(args)?;
        for d in decorators {
            self.expr(d)?;
        }
        let firstlineno = match decorators.first() {
            Some(d) => self.line_of(erange(d)),
            None => self.line_of(s.range()),
        } as usize;
        let mut funcflags = self.default_arguments(args)?;
        if self.annotations(args, returns)? {
            funcflags |= 0x04;
        }
        let scope_type = if is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        let table = self.scope_table(stmt_key(s));
        self.enter_scope(name.as_str(), scope_type, table, firstlineno);
        let doc = docstring(body);
        self.u().add_const(match doc {
            Some(d) => ConstValue::Str(d.to_string()),
            None => ConstValue::None,
        });
        self.set_arg_counts(args);
        let start = usize::from(doc.is_some());
        self.stmts(&body[start..])?;
        let (code, qualname) = self.finish_function(true)?;
        self.make_closure(code, funcflags, &qualname);
        for _ in decorators {
            self.emit_arg(CALL_FUNCTION, 1);
        }
        self.store_name(name.as_str())
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let u = &mut self.u().unit;
        // CPython's co_argcount counts positional-only parameters too.
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// Sets the code flags from the symbol table (`compute_code_flags`), assembles the
    /// scope and returns the code object with its qualified name.
    pub(super) fn finish_function(&mut self, add_none: bool) -> CResult<(Rc<CodeObject>, String)> {
        let table = self.table();
        let mut f = 0;
        if table.kind == BlockType::Function {
            f |= flags::NEWLOCALS | flags::OPTIMIZED;
            if table.is_nested {
                f |= flags::NESTED;
            }
            f |= match (table.is_generator, table.is_coroutine) {
                (true, false) => flags::GENERATOR,
                (false, true) => flags::COROUTINE,
                (true, true) => flags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
            if table.has_varargs {
                f |= flags::VARARGS;
            }
            if table.has_varkeywords {
                f |= flags::VARKEYWORDS;
            }
        }
        self.u().unit.flags = f;
        let qualname = self.ur().unit.qualname.clone();
        let code = self.finish_scope(add_none)?;
        Ok((Rc::new(code), qualname))
    }

    fn check_debug_args(&self, args: &ast::Arguments) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref());
        for a in all {
            if a.arg.as_str() == "__debug__" {
                return Err(self.error_at(a.range, "cannot assign to __debug__"));
            }
        }
        Ok(())
    }

    /// Pushes default values; returns the MAKE_FUNCTION flags they need.
    fn default_arguments(&mut self, args: &'a ast::Arguments) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a ast::Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit_arg(BUILD_TUPLE, defaults.len() as u32);
            flags |= 0x01;
        }
        let mut keys = Vec::new();
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                let mangled = symtable::mangle(self.ur().private.as_deref(), a.def.arg.as_str());
                keys.push(ConstValue::Str(mangled.into_owned()));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(ConstValue::Tuple(keys));
            self.emit_arg(BUILD_CONST_KEY_MAP, n);
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// Pushes the flattened (name, annotation) tuple; true if there was any.
    fn annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
    ) -> CResult<bool> {
        let mut len = 0;
        for a in args.args.iter().chain(&args.posonlyargs) {
            self.arg_annotation(a.def.arg.as_str(), a.def.annotation.as_deref(), &mut len)?;
        }
        if let Some(v) = &args.vararg {
            self.arg_annotation(v.arg.as_str(), v.annotation.as_deref(), &mut len)?;
        }
        for a in &args.kwonlyargs {
            self.arg_annotation(a.def.arg.as_str(), a.def.annotation.as_deref(), &mut len)?;
        }
        if let Some(k) = &args.kwarg {
            self.arg_annotation(k.arg.as_str(), k.annotation.as_deref(), &mut len)?;
        }
        self.arg_annotation("return", returns, &mut len)?;
        if len > 0 {
            self.emit_arg(BUILD_TUPLE, len);
            return Ok(true);
        }
        Ok(false)
    }

    fn arg_annotation(&mut self, name: &str, ann: Option<&'a ast::Expr>, len: &mut u32) -> CResult {
        let Some(ann) = ann else { return Ok(()) };
        let mangled = symtable::mangle(self.ur().private.as_deref(), name).into_owned();
        self.load_const(ConstValue::Str(mangled));
        self.annotation(ann)?;
        *len += 2;
        Ok(())
    }

    /// An annotation value: evaluated, or its source text under `from __future__ import
    /// annotations`.
    pub(super) fn annotation(&mut self, e: &'a ast::Expr) -> CResult {
        if self.future_annotations {
            // Loaded at the current line: CPython's `annexpr` visit sets no location.
            let text = super::unparse::unparse_expr(e);
            self.load_const(ConstValue::Str(text));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// LOAD_CLOSURE for each free variable of `code`, then MAKE_FUNCTION
    /// (`compiler_make_closure`).
    pub(super) fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32, qualname: &str) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let is_class_cell = self.ur().scope_type == ScopeType::Class && name == "__class__";
                let scope = if is_class_cell {
                    Scope::Cell
                } else {
                    self.table().scope_of(name)
                };
                let arg = self.deref_index(name, scope);
                self.emit_arg(LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            self.emit_arg(BUILD_TUPLE, code.freevars.len() as u32);
        }
        self.load_const(ConstValue::Code(code));
        self.load_const(ConstValue::Str(qualname.to_string()));
        self.emit_arg(MAKE_FUNCTION, flags);
    }

    pub(super) fn lambda(&mut self, e: &'a ast::Expr, l: &'a ast::ExprLambda) -> CResult {
        self.check_debug_args(&l.args)?;
        let funcflags = self.default_arguments(&l.args)?;
        let table = self.scope_table(expr_key(e));
        let line = self.line_of(l.range) as usize;
        self.enter_scope("<lambda>", ScopeType::Lambda, table, line);
        self.u().add_const(ConstValue::None);
        self.set_arg_counts(&l.args);
        self.expr(&l.body)?;
        let is_gen = self.table().is_generator;
        if !is_gen {
            self.emit(RETURN_VALUE);
        }
        let (code, qualname) = self.finish_function(!is_gen)?;
        self.make_closure(code, funcflags, &qualname);
        Ok(())
    }

    pub(super) fn class_def(&mut self, s: &'a ast::Stmt, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.line_of(erange(d)),
            None => self.line_of(s.range()),
        } as usize;
        let table = self.scope_table(stmt_key(s));
        self.enter_scope(c.name.as_str(), ScopeType::Class, table, firstlineno);
        self.u().private = Some(c.name.to_string());
        self.load_name("__name__")?;
        self.store_name("__module__")?;
        let qualname = self.ur().unit.qualname.clone();
        self.load_const(ConstValue::Str(qualname));
        self.store_name("__qualname__")?;
        self.body(&c.body)?;
        self.u().lineno = -1;
        if self.table().needs_class_closure {
            let idx = self.deref_index("__class__", Scope::Cell);
            self.emit_arg(LOAD_CLOSURE, idx);
            self.emit(DUP_TOP);
            self.store_name("__classcell__")?;
        } else {
            self.load_const(ConstValue::None);
        }
        self.emit(RETURN_VALUE);
        let (code, _) = self.finish_function(true)?;
        self.emit(LOAD_BUILD_CLASS);
        let name = code.name.clone();
        self.make_closure(code, 0, &name);
        self.load_const(ConstValue::Str(c.name.to_string()));
        self.call_helper(2, &c.bases, &c.keywords, s.range())?;
        for _ in &c.decorator_list {
            self.emit_arg(CALL_FUNCTION, 1);
        }
        self.store_name(c.name.as_str())
    }
}
