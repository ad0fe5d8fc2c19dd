//! Statements: assignments, control flow, exceptions, `with`, imports
//! (`compiler_visit_stmt` and friends in compile.c).

use super::unit::{FBlock, FBlockDatum, FBlockKind, ScopeType};
use super::{docstring, erange, CResult, Compiler};
use crate::constant::ConstValue;
use crate::ir::BlockId;
use crate::opcode::Opcode::{self, *};
use crate::symtable::BlockType;
use num_bigint::BigInt;
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
            ast::Stmt::With(w) => self.with_stmt(s, &w.items, &w.body, 0),
            ast::Stmt::AsyncWith(w) => self.async_with_stmt(s, &w.items, &w.body, 0),
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
            ast::Stmt::Match(m) => {
                Err(self.error_at(m.range, "pyco does not support the 'match' statement yet"))
            }
            ast::Stmt::TryStar(t) => Err(self.error_at(t.range, "invalid syntax")),
            ast::Stmt::TypeAlias(t) => Err(self.error_at(t.range, "invalid syntax")),
        }
    }

    fn expr_stmt(&mut self, value: &'a ast::Expr) -> CResult {
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

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
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

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
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

    fn check_ann_expr(&mut self, e: &'a ast::Expr) -> CResult {
        self.expr(e)?;
        self.emit(POP_TOP);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a ast::Expr) -> CResult {
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

    // ----- control flow ----------------------------------------------------------------

    fn if_stmt(&mut self, s: &'a ast::StmtIf) -> CResult {
        let end = self.new_block();
        let next = if s.orelse.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(&s.test, next, false)?;
        self.stmts(&s.body)?;
        if !s.orelse.is_empty() {
            self.emit_jump_noline(JUMP_FORWARD, end);
            self.use_next_block(next);
            self.stmts(&s.orelse)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    fn for_stmt(&mut self, s: &'a ast::StmtFor) -> CResult {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(
            FBlockKind::ForLoop,
            Some(start),
            Some(end),
            FBlockDatum::None,
        )?;
        self.iter_expr(&s.iter)?;
        self.emit(GET_ITER);
        self.use_next_block(start);
        self.emit_jump(FOR_ITER, cleanup);
        self.use_next_block(body);
        self.expr(&s.target)?;
        self.stmts(&s.body)?;
        self.u().lineno = -1;
        self.emit_jump(JUMP_ABSOLUTE, start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.stmts(&s.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn async_for_stmt(&mut self, s: &'a ast::StmtAsyncFor) -> CResult {
        if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error_at(s.range, "'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(&s.iter)?;
        self.emit(GET_AITER);
        self.use_next_block(start);
        self.push_fblock(
            FBlockKind::ForLoop,
            Some(start),
            Some(end),
            FBlockDatum::None,
        )?;
        self.emit_jump(SETUP_FINALLY, except);
        self.emit(GET_ANEXT);
        self.load_const(ConstValue::None);
        self.emit(YIELD_FROM);
        self.emit(POP_BLOCK);
        self.expr(&s.target)?;
        self.stmts(&s.body)?;
        self.emit_jump(JUMP_ABSOLUTE, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.set_loc(s.range);
        self.emit(END_ASYNC_FOR);
        self.stmts(&s.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn while_stmt(&mut self, s: &'a ast::StmtWhile) -> CResult {
        let loop_ = self.new_block();
        let body = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(loop_);
        self.push_fblock(
            FBlockKind::WhileLoop,
            Some(loop_),
            Some(end),
            FBlockDatum::None,
        )?;
        self.jump_if(&s.test, anchor, false)?;
        self.use_next_block(body);
        self.stmts(&s.body)?;
        self.set_loc(s.range);
        self.jump_if(&s.test, body, true)?;
        self.pop_fblock();
        self.use_next_block(anchor);
        self.stmts(&s.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        let value = r.value.as_deref();
        let preserve_tos = matches!(value, Some(v) if !matches!(v, ast::Expr::Constant(_)));
        if self.table().kind != BlockType::Function {
            return Err(self.error_at(r.range, "'return' outside function"));
        }
        if value.is_some() && self.table().is_coroutine && self.table().is_generator {
            return Err(self.error_at(r.range, "'return' with value in async generator"));
        }
        match value {
            Some(v) if preserve_tos => self.expr(v)?,
            Some(v) => {
                self.set_loc(erange(v));
                self.emit(NOP);
            }
            None => {}
        }
        let stmt_line = self.line_of(r.range);
        if value.is_none_or(|v| self.line_of(erange(v)) != stmt_line) {
            self.set_loc(r.range);
            self.emit(NOP);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(ConstValue::None),
            Some(ast::Expr::Constant(c)) => self.load_const(ConstValue::from_ast(&c.value)),
            Some(_) => {}
        }
        self.emit(RETURN_VALUE);
        self.next_block();
        Ok(())
    }

    fn break_stmt(&mut self, range: rustpython_parser::text_size::TextRange) -> CResult {
        self.emit(NOP);
        let Some(loop_) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error_at(range, "'break' outside loop"));
        };
        self.unwind_fblock(&loop_, false)?;
        let exit = loop_.exit.expect("loop exit");
        self.emit_jump(JUMP_ABSOLUTE, exit);
        self.next_block();
        Ok(())
    }

    fn continue_stmt(&mut self, range: rustpython_parser::text_size::TextRange) -> CResult {
        self.emit(NOP);
        let Some(loop_) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error_at(range, "'continue' not properly in loop"));
        };
        let start = loop_.block.expect("loop start");
        self.emit_jump(JUMP_ABSOLUTE, start);
        self.next_block();
        Ok(())
    }

    fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> CResult {
        let end = self.new_block();
        self.jump_if(&a.test, end, true)?;
        self.emit(LOAD_ASSERTION_ERROR);
        if let Some(msg) = &a.msg {
            self.expr(msg)?;
            self.emit_arg(CALL_FUNCTION, 1);
        }
        self.emit_arg(RAISE_VARARGS, 1);
        self.use_next_block(end);
        Ok(())
    }

    // ----- frame blocks and unwinding ---------------------------------------------------

    pub(super) fn push_fblock(
        &mut self,
        kind: FBlockKind,
        block: Option<BlockId>,
        exit: Option<BlockId>,
        datum: FBlockDatum<'a>,
    ) -> CResult {
        if self.ur().fblocks.len() >= 20 {
            let line = self.ur().lineno.max(1);
            let range = self.range_of_line(line as usize);
            return Err(self.error_at(range, "too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    pub(super) fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    fn range_of_line(&self, line: usize) -> rustpython_parser::text_size::TextRange {
        let start = self.index.line_start(line) as u32;
        rustpython_parser::text_size::TextRange::new(start.into(), start.into())
    }

    /// Emits the code that leaves one frame block (`compiler_unwind_fblock`).
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(ROT_TWO);
                }
                self.emit(POP_TOP);
            }
            FBlockKind::TryExcept => self.emit(POP_BLOCK),
            FBlockKind::FinallyTry => {
                self.emit(POP_BLOCK);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None, FBlockDatum::None)?;
                }
                if let FBlockDatum::FinallyBody(body) = fb.datum {
                    self.stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                self.u().lineno = -1;
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(ROT_FOUR);
                }
                self.emit(POP_TOP);
                self.emit(POP_TOP);
                self.emit(POP_TOP);
                if preserve_tos {
                    self.emit(ROT_FOUR);
                }
                self.emit(POP_EXCEPT);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                if let FBlockDatum::WithStmt(range) = fb.datum {
                    self.set_loc(range);
                }
                self.emit(POP_BLOCK);
                if preserve_tos {
                    self.emit(ROT_TWO);
                }
                self.call_exit_with_nones();
                if fb.kind == FBlockKind::AsyncWith {
                    self.emit(GET_AWAITABLE);
                    self.load_const(ConstValue::None);
                    self.emit(YIELD_FROM);
                }
                self.emit(POP_TOP);
                self.u().lineno = -1;
            }
            FBlockKind::HandlerCleanup => {
                let name = match fb.datum {
                    FBlockDatum::HandlerName(n) => Some(n),
                    _ => None,
                };
                if name.is_some() {
                    self.emit(POP_BLOCK);
                }
                if preserve_tos {
                    self.emit(ROT_FOUR);
                }
                self.emit(POP_EXCEPT);
                if let Some(n) = name {
                    self.load_const(ConstValue::None);
                    self.store_name(n)?;
                    self.delete_name(n)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(ROT_TWO);
                }
                self.emit(POP_TOP);
            }
        }
        Ok(())
    }

    /// Unwinds every frame block (or up to the innermost loop when `stop_at_loop`), returning
    /// that loop (`compiler_unwind_fblock_stack`).
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().copied() else {
            return Ok(None);
        };
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let found = self.unwind_fblock_stack(preserve_tos, stop_at_loop)?;
        self.u().fblocks.push(top);
        Ok(found)
    }

    // ----- exceptions ------------------------------------------------------------------

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        self.emit_jump(SETUP_FINALLY, end);
        self.use_next_block(body);
        self.push_fblock(
            FBlockKind::FinallyTry,
            Some(body),
            Some(end),
            FBlockDatum::FinallyBody(&t.finalbody),
        )?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.emit_noline(POP_BLOCK);
        self.pop_fblock();
        self.stmts(&t.finalbody)?;
        self.emit_jump_noline(JUMP_FORWARD, exit);
        self.use_next_block(end);
        self.u().lineno = -1;
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None, FBlockDatum::None)?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit_arg(RERAISE, 0);
        self.use_next_block(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        self.emit_jump(SETUP_FINALLY, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FBlockDatum::None)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit_noline(POP_BLOCK);
        self.emit_jump_noline(JUMP_FORWARD, orelse);
        self.use_next_block(except);
        self.u().lineno = -1;
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, FBlockDatum::None)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error_at(h.range, "default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(ty) = &h.type_ {
                self.emit(DUP_TOP);
                self.expr(ty)?;
                self.emit_jump(JUMP_IF_NOT_EXC_MATCH, except);
                self.next_block();
            }
            self.emit(POP_TOP);
            if let Some(name) = &h.name {
                let name = name.as_str();
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.store_name(name)?;
                self.emit(POP_TOP);
                self.emit_jump(SETUP_FINALLY, cleanup_end);
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    FBlockDatum::HandlerName(name),
                )?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.u().lineno = -1;
                self.emit(POP_BLOCK);
                self.emit(POP_EXCEPT);
                self.load_const(ConstValue::None);
                self.store_name(name)?;
                self.delete_name(name)?;
                self.emit_jump(JUMP_FORWARD, end);
                self.use_next_block(cleanup_end);
                self.u().lineno = -1;
                self.load_const(ConstValue::None);
                self.store_name(name)?;
                self.delete_name(name)?;
                self.emit_arg(RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit(POP_TOP);
                self.emit(POP_TOP);
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    FBlockDatum::None,
                )?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.u().lineno = -1;
                self.emit(POP_EXCEPT);
                self.emit_jump(JUMP_FORWARD, end);
            }
            self.use_next_block(except);
        }
        self.pop_fblock();
        self.u().lineno = -1;
        self.emit_arg(RERAISE, 0);
        self.use_next_block(orelse);
        self.stmts(&t.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    // ----- with ------------------------------------------------------------------------

    fn call_exit_with_nones(&mut self) {
        self.load_const(ConstValue::None);
        self.emit(DUP_TOP);
        self.emit(DUP_TOP);
        self.emit_arg(CALL_FUNCTION, 3);
    }

    fn with_except_finish(&mut self) {
        let exit = self.new_block();
        self.emit_jump(POP_JUMP_IF_TRUE, exit);
        self.next_block();
        self.emit_arg(RERAISE, 1);
        self.use_next_block(exit);
        self.emit(POP_TOP);
        self.emit(POP_TOP);
        self.emit(POP_TOP);
        self.emit(POP_EXCEPT);
        self.emit(POP_TOP);
    }

    fn with_stmt(
        &mut self,
        s: &'a ast::Stmt,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        pos: usize,
    ) -> CResult {
        let item = &items[pos];
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        self.expr(&item.context_expr)?;
        self.emit_jump(SETUP_WITH, final_);
        self.use_next_block(block);
        self.push_fblock(
            FBlockKind::With,
            Some(block),
            Some(final_),
            FBlockDatum::WithStmt(s.range()),
        )?;
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit(POP_TOP),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, items, body, pos + 1)?;
        }
        self.u().lineno = -1;
        self.emit(POP_BLOCK);
        self.pop_fblock();
        self.set_loc(s.range());
        self.call_exit_with_nones();
        self.emit(POP_TOP);
        self.emit_jump(JUMP_FORWARD, exit);
        self.use_next_block(final_);
        self.emit(WITH_EXCEPT_START);
        self.with_except_finish();
        self.use_next_block(exit);
        Ok(())
    }

    fn async_with_stmt(
        &mut self,
        s: &'a ast::Stmt,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        pos: usize,
    ) -> CResult {
        if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error_at(s.range(), "'async with' outside async function"));
        }
        let item = &items[pos];
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        self.expr(&item.context_expr)?;
        self.emit(BEFORE_ASYNC_WITH);
        self.emit(GET_AWAITABLE);
        self.load_const(ConstValue::None);
        self.emit(YIELD_FROM);
        self.emit_jump(SETUP_ASYNC_WITH, final_);
        self.use_next_block(block);
        self.push_fblock(
            FBlockKind::AsyncWith,
            Some(block),
            Some(final_),
            FBlockDatum::WithStmt(s.range()),
        )?;
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit(POP_TOP),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.async_with_stmt(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.emit(POP_BLOCK);
        self.set_loc(s.range());
        self.call_exit_with_nones();
        self.emit(GET_AWAITABLE);
        self.load_const(ConstValue::None);
        self.emit(YIELD_FROM);
        self.emit(POP_TOP);
        self.emit_jump(JUMP_ABSOLUTE, exit);
        self.use_next_block(final_);
        self.emit(WITH_EXCEPT_START);
        self.emit(GET_AWAITABLE);
        self.load_const(ConstValue::None);
        self.emit(YIELD_FROM);
        self.with_except_finish();
        self.use_next_block(exit);
        Ok(())
    }

    // ----- imports ---------------------------------------------------------------------

    fn import(&mut self, imp: &'a ast::StmtImport) -> CResult {
        for alias in &imp.names {
            let name = alias.name.as_str();
            self.load_const(ConstValue::Int(BigInt::from(0)));
            self.load_const(ConstValue::None);
            self.emit_name(IMPORT_NAME, name);
            if let Some(asname) = &alias.asname {
                let mut parts = name.split('.');
                parts.next();
                let attrs: Vec<&str> = parts.collect();
                if attrs.is_empty() {
                    self.store_name(asname.as_str())?;
                } else {
                    for (i, attr) in attrs.iter().enumerate() {
                        self.emit_name_raw(IMPORT_FROM, attr);
                        if i + 1 < attrs.len() {
                            self.emit(ROT_TWO);
                            self.emit(POP_TOP);
                        }
                    }
                    self.store_name(asname.as_str())?;
                    self.emit(POP_TOP);
                }
            } else {
                let first = name.split('.').next().unwrap_or(name);
                self.store_name(first)?;
            }
        }
        Ok(())
    }

    fn import_from(&mut self, imp: &'a ast::StmtImportFrom) -> CResult {
        let level = imp.level.as_ref().map_or(0, |l| l.to_u32());
        self.load_const(ConstValue::Int(BigInt::from(level)));
        let names: Vec<ConstValue> = imp
            .names
            .iter()
            .map(|a| ConstValue::Str(a.name.to_string()))
            .collect();
        let module = imp.module.as_ref().map(|m| m.as_str());
        if module == Some("__future__") && self.line_of(imp.range) as usize > self.future_lineno {
            return Err(self.error_at(
                imp.range,
                "from __future__ imports must occur at the beginning of the file",
            ));
        }
        self.load_const(ConstValue::Tuple(names));
        self.emit_name(IMPORT_NAME, module.unwrap_or(""));
        for (i, alias) in imp.names.iter().enumerate() {
            let name = alias.name.as_str();
            if i == 0 && name.starts_with('*') {
                if self.table().kind != BlockType::Module {
                    return Err(self.error_at(imp.range, "import * only allowed at module level"));
                }
                self.emit(IMPORT_STAR);
                return Ok(());
            }
            self.emit_name(IMPORT_FROM, name);
            let store = alias.asname.as_ref().map_or(name, |a| a.as_str());
            self.store_name(store)?;
        }
        self.emit(POP_TOP);
        Ok(())
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
fn find_ann(stmts: &[ast::Stmt]) -> bool {
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
