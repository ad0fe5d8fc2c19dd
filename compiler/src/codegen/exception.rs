//! `try` statements and `with` blocks (`compiler_try_except`, `compiler_try_finally`,
//! `compiler_with`, `compiler_async_with`).

use super::unit::{FBlockDatum, FBlockKind, ScopeType};
use super::{CResult, Compiler};
use crate::constant::ConstValue;
use crate::opcode::Opcode::*;
use rustpython_parser::ast::{self, Ranged};

impl<'a> Compiler<'a> {
    // ----- exceptions ------------------------------------------------------------------

    pub(super) fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
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

    pub(super) fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
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

    pub(super) fn call_exit_with_nones(&mut self) {
        self.load_const(ConstValue::None);
        self.emit(DUP_TOP);
        self.emit(DUP_TOP);
        self.emit_arg(CALL_FUNCTION, 3);
    }

    pub(super) fn with_except_finish(&mut self) {
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

    /// `with` and `async with`, one item per nesting level (`compiler_with`,
    /// `compiler_async_with`). The two differ only in the awaits around `__aenter__` and
    /// `__aexit__`, and in small layout details CPython 3.10.2 has.
    pub(super) fn with_stmt(
        &mut self,
        s: &'a ast::Stmt,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        pos: usize,
        is_async: bool,
    ) -> CResult {
        if is_async && self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error_at(s.range(), "'async with' outside async function"));
        }
        let item = &items[pos];
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(BEFORE_ASYNC_WITH);
            self.emit_await();
            self.emit_jump(SETUP_ASYNC_WITH, final_);
        } else {
            self.emit_jump(SETUP_WITH, final_);
        }
        self.use_next_block(block);
        let kind = if is_async {
            FBlockKind::AsyncWith
        } else {
            FBlockKind::With
        };
        self.push_fblock(
            kind,
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
            self.with_stmt(s, items, body, pos + 1, is_async)?;
        }
        if !is_async {
            self.u().lineno = -1;
        }
        self.emit(POP_BLOCK);
        self.pop_fblock();
        self.set_loc(s.range());
        self.call_exit_with_nones();
        if is_async {
            self.emit_await();
        }
        self.emit(POP_TOP);
        self.emit_jump(
            if is_async {
                JUMP_ABSOLUTE
            } else {
                JUMP_FORWARD
            },
            exit,
        );
        self.use_next_block(final_);
        self.emit(WITH_EXCEPT_START);
        if is_async {
            self.emit_await();
        }
        self.with_except_finish();
        self.use_next_block(exit);
        Ok(())
    }
}
