//! Statement dispatch, bodies and assignments (`compiler_visit_stmt`, `compiler_body`,
//! `compiler_augassign`, `compiler_annassign`).

use super::unit::ScopeType;
use super::{docstring, erange, CResult, Compiler};
use crate::constant::ConstValue;
use crate::opcode::Opcode::{self, *};
use rustpython_parser::ast::{self, Ranged};

impl<'a> Compiler<'a> {
    /// A module or class body: annotations setup, docstring, statements (`compiler_body`).
    pub(super) fn body(&mut self, stmts: &'a [ast::Stmt]) -> CResult {
        if self.ur().scope_type == ScopeType::Module {
            if let Some(first) = stmts.first() {
                self.set_loc(first.range());
            }
        }
        if find_ann(stmts) {
            self.emit(SETUP_ANNOTATIONS);
        }
        let mut rest = stmts;
        if let (Some(_), Some(ast::Stmt::Expr(first))) = (docstring(stmts), stmts.first()) {
            self.expr(&first.value)?;
            self.u().lineno = -1;
            self.store_name("__doc__")?;
            rest = &stmts[1..];
        }
        self.stmts(rest)
    }

    pub(super) fn stmts(&mut self, stmts: &'a [ast::Stmt]) -> CResult {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a ast::Stmt) -> CResult {
        self.set_loc(s.range());
        self.stmt_range = s.range();
        match s {
            ast::Stmt::FunctionDef(f) => self.function_def(s, f),
            ast::Stmt::AsyncFunctionDef(f) => self.async_function_def(s, f),
            ast::Stmt::ClassDef(c) => self.class_def(s, c),
            ast::Stmt::Return(r) => self.return_stmt(r),
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
                Ok(())
            }
            ast::Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(DUP_TOP);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            ast::Stmt::AugAssign(a) => self.aug_assign(a),
            ast::Stmt::AnnAssign(a) => self.ann_assign(a),
            ast::Stmt::For(f) => self.for_stmt(f),
            ast::Stmt::AsyncFor(f) => self.async_for_stmt(f),
            ast::Stmt::While(w) => self.while_stmt(w),
            ast::Stmt::If(i) => self.if_stmt(i),
            ast::Stmt::With(w) => self.with_stmt(s, &w.items, &w.body, 0, false),
            ast::Stmt::AsyncWith(w) => self.with_stmt(s, &w.items, &w.body, 0, true),
            ast::Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.expr(exc)?;
                    n += 1;
                    if let Some(cause) = &r.cause {
                        self.expr(cause)?;
                        n += 1;
                    }
                }
                self.emit_arg(RAISE_VARARGS, n);
                self.next_block();
                Ok(())
            }
            ast::Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            ast::Stmt::Assert(a) => self.assert_stmt(a),
            ast::Stmt::Import(i) => self.import(i),
            ast::Stmt::ImportFrom(i) => self.import_from(i),
            ast::Stmt::Global(_) | ast::Stmt::Nonlocal(_) => Ok(()),
            ast::Stmt::Expr(e) => self.expr_stmt(&e.value),
            ast::Stmt::Pass(_) => {
                self.emit(NOP);
                Ok(())
            }
            ast::Stmt::Break(b) => self.break_stmt(b.range),
            ast::Stmt::Continue(c) => self.continue_stmt(c.range),
            ast::Stmt::Match(m) => self.match_stmt(m),
            ast::Stmt::TryStar(t) => Err(self.error_at(t.range, "invalid syntax")),
            ast::Stmt::TypeAlias(t) => Err(self.error_at(t.range, "invalid syntax")),
        }
    }

    pub(super) fn expr_stmt(&mut self, value: &'a ast::Expr) -> CResult {
        if self.interactive && self.units.len() == 1 {
            self.expr(value)?;
            self.emit(PRINT_EXPR);
            return Ok(());
        }
        if let ast::Expr::Constant(_) = value {
            self.emit(NOP);
            return Ok(());
        }
        self.expr(value)?;
        self.u().lineno = -1;
        self.emit(POP_TOP);
        Ok(())
    }

    // ----- assignment ------------------------------------------------------------------

    pub(super) fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let target = &*a.target;
        let old = self.ur().lineno;
        self.set_loc(erange(target));
        match target {
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(DUP_TOP);
                let end = self.end_line_of(at.range);
                let saved = self.ur().lineno;
                self.u().lineno = end;
                self.emit_name(LOAD_ATTR, at.attr.as_str());
                self.u().lineno = saved;
            }
            ast::Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(DUP_TOP_TWO);
                self.emit(BINARY_SUBSCR);
            }
            ast::Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Load, n.range)?,
            _ => {
                return Err(self.error_at(
                    erange(target),
                    "illegal expression for augmented assignment",
                ))
            }
        }
        self.u().lineno = old;
        self.expr(&a.value)?;
        self.emit(inplace_op(a.op));
        self.set_loc(erange(target));
        match target {
            ast::Expr::Attribute(at) => {
                let end = self.end_line_of(at.range);
                self.u().lineno = end;
                self.emit(ROT_TWO);
                self.emit_name(STORE_ATTR, at.attr.as_str());
            }
            ast::Expr::Subscript(_) => {
                self.emit(ROT_THREE);
                self.emit(STORE_SUBSCR);
            }
            ast::Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Store, n.range)?,
            _ => {}
        }
        Ok(())
    }

    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        let simple = crate::symtable::is_simple_annassign(a, self.source);
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.expr(&a.target)?;
        }
        match &*a.target {
            ast::Expr::Name(n) => {
                self.check_forbidden(n.id.as_str(), ast::ExprContext::Store, n.range)?;
                let module_or_class =
                    matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
                if simple && module_or_class {
                    self.annotation(&a.annotation)?;
                    self.emit_name(LOAD_NAME, "__annotations__");
                    let mangled =
                        crate::symtable::mangle(self.ur().private.as_deref(), n.id.as_str())
                            .into_owned();
                    self.load_const(ConstValue::Str(mangled));
                    self.emit(STORE_SUBSCR);
                }
            }
            ast::Expr::Attribute(at) => {
                self.check_forbidden(at.attr.as_str(), ast::ExprContext::Store, at.range)?;
                if a.value.is_none() {
                    self.check_ann_expr(&at.value)?;
                }
            }
            ast::Expr::Subscript(sub) => {
                if a.value.is_none() {
                    self.check_ann_expr(&sub.value)?;
                    self.check_ann_subscr(&sub.slice)?;
                }
            }
            other => {
                return Err(self.error_at(erange(other), "illegal target for annotation"));
            }
        }
        if !simple
            && !self.future_annotations
            && matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class)
        {
            self.check_ann_expr(&a.annotation)?;
        }
        Ok(())
    }

    pub(super) fn check_ann_expr(&mut self, e: &'a ast::Expr) -> CResult {
        self.expr(e)?;
        self.emit(POP_TOP);
        Ok(())
    }

    pub(super) fn check_ann_subscr(&mut self, e: &'a ast::Expr) -> CResult {
        match e {
            ast::Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ast::Expr::Tuple(t) => {
                for elt in &t.elts {
                    self.check_ann_subscr(elt)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }
}

/// The in-place opcode for an augmented assignment operator.
fn inplace_op(op: ast::Operator) -> Opcode {
    use ast::Operator::*;
    match op {
        Add => INPLACE_ADD,
        Sub => INPLACE_SUBTRACT,
        Mult => INPLACE_MULTIPLY,
        MatMult => INPLACE_MATRIX_MULTIPLY,
        Div => INPLACE_TRUE_DIVIDE,
        Mod => INPLACE_MODULO,
        Pow => INPLACE_POWER,
        LShift => INPLACE_LSHIFT,
        RShift => INPLACE_RSHIFT,
        BitOr => INPLACE_OR,
        BitXor => INPLACE_XOR,
        BitAnd => INPLACE_AND,
        FloorDiv => INPLACE_FLOOR_DIVIDE,
    }
}

/// Whether a body (not descending into nested scopes) has an annotated assignment.
pub(super) fn find_ann(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        ast::Stmt::AsyncFor(f) => find_ann(&f.body) || find_ann(&f.orelse),
        ast::Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        ast::Stmt::If(i) => find_ann(&i.body) || find_ann(&i.orelse),
        ast::Stmt::With(w) => find_ann(&w.body),
        ast::Stmt::AsyncWith(w) => find_ann(&w.body),
        ast::Stmt::Try(t) => {
            t.handlers.iter().any(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                find_ann(&h.body)
            }) || find_ann(&t.body)
                || find_ann(&t.finalbody)
                || find_ann(&t.orelse)
        }
        _ => false,
    })
}
