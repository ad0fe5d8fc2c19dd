//! Branches and loops, `return`/`break`/`continue` and the frame-block unwinding they
//! need (`compiler_if`, `compiler_for`, `compiler_while`, `compiler_unwind_fblock`).

use super::unit::{FBlock, FBlockDatum, FBlockKind, ScopeType};
use super::{erange, CResult, Compiler};
use crate::constant::ConstValue;
use crate::ir::BlockId;
use crate::opcode::Opcode::*;
use crate::symtable::BlockType;
use rustpython_parser::ast;

impl<'a> Compiler<'a> {
    // ----- control flow ----------------------------------------------------------------

    pub(super) fn if_stmt(&mut self, s: &'a ast::StmtIf) -> CResult {
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

    pub(super) fn for_stmt(&mut self, s: &'a ast::StmtFor) -> CResult {
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

    pub(super) fn async_for_stmt(&mut self, s: &'a ast::StmtAsyncFor) -> CResult {
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
        self.emit_anext(except);
        self.expr(&s.target)?;
        self.stmts(&s.body)?;
        self.emit_jump(JUMP_ABSOLUTE, start);
        self.pop_fblock();
        self.use_next_block(except);
        // CPython 3.10.2 reports the end of an `async for` at its iterable's line.
        self.set_loc(erange(&s.iter));
        self.emit(END_ASYNC_FOR);
        self.stmts(&s.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    pub(super) fn while_stmt(&mut self, s: &'a ast::StmtWhile) -> CResult {
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

    pub(super) fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
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

    pub(super) fn break_stmt(&mut self, range: rustpython_parser::text_size::TextRange) -> CResult {
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

    pub(super) fn continue_stmt(
        &mut self,
        range: rustpython_parser::text_size::TextRange,
    ) -> CResult {
        self.emit(NOP);
        let Some(loop_) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error_at(range, "'continue' not properly in loop"));
        };
        let start = loop_.block.expect("loop start");
        self.emit_jump(JUMP_ABSOLUTE, start);
        self.next_block();
        Ok(())
    }

    pub(super) fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> CResult {
        self.check_assert(&a.test);
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
            // Reported at the statement being compiled, as CPython's current location.
            return Err(self.error_at(self.stmt_range, "too many statically nested blocks"));
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

    /// Emits the code that leaves one frame block (`compiler_unwind_fblock`).
    pub(super) fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
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
                    self.emit_await();
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
    pub(super) fn unwind_fblock_stack(
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
}
