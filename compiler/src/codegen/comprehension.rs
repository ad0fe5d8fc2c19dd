//! Comprehensions and generator expressions: each is a nested code object called with its
//! outermost iterator (`compiler_comprehension` and the sync/async generator helpers).

use super::func::expr_key;
use super::unit::{FBlockDatum, FBlockKind, ScopeType};
use super::{erange, CResult, Compiler};
use crate::opcode::Opcode::*;
use rustpython_parser::ast;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    GenExp,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    pub(super) fn comprehension(&mut self, e: &'a ast::Expr) -> CResult {
        let (kind, name, generators, elt, val) = match e {
            ast::Expr::GeneratorExp(g) => {
                (CompKind::GenExp, "<genexpr>", &g.generators, &*g.elt, None)
            }
            ast::Expr::ListComp(l) => (CompKind::List, "<listcomp>", &l.generators, &*l.elt, None),
            ast::Expr::SetComp(s) => (CompKind::Set, "<setcomp>", &s.generators, &*s.elt, None),
            ast::Expr::DictComp(d) => (
                CompKind::Dict,
                "<dictcomp>",
                &d.generators,
                &*d.key,
                Some(&*d.value),
            ),
            _ => unreachable!("not a comprehension"),
        };
        // 3.10 allows an async comprehension only directly in a coroutine scope (an
        // `async def` or an async comprehension), not inside a sync comprehension.
        let outer_is_async = self.table().is_coroutine;
        let table = self.scope_table(expr_key(e));
        // The table's line is CPython's: a call's sole generator argument starts at the
        // call's parenthesis.
        let line = table.lineno;
        self.u().lineno = line as crate::ir::Line;
        self.enter_scope(name, ScopeType::Comprehension, table, line);
        self.u().lineno = line as crate::ir::Line;
        let is_async_gen = self.table().is_coroutine;
        if is_async_gen && kind != CompKind::GenExp && !outer_is_async {
            return Err(self.error_at(
                erange(e),
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        match kind {
            CompKind::List => self.emit_arg(BUILD_LIST, 0),
            CompKind::Set => self.emit_arg(BUILD_SET, 0),
            CompKind::Dict => self.emit_arg(BUILD_MAP, 0),
            CompKind::GenExp => {}
        }
        self.comp_generator(generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::GenExp {
            self.emit(RETURN_VALUE);
        }
        let (code, qualname) = self.finish_function(true)?;
        self.make_closure(code, 0, &qualname);
        let outermost = &generators[0];
        self.iter_expr(&outermost.iter)?;
        self.emit(if outermost.is_async {
            GET_AITER
        } else {
            GET_ITER
        });
        self.emit_arg(CALL_FUNCTION, 1);
        if is_async_gen && kind != CompKind::GenExp {
            self.emit_await();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &'a ast::Expr,
        val: Option<&'a ast::Expr>,
        kind: CompKind,
    ) -> CResult {
        if gens[index].is_async {
            self.async_comp_generator(gens, index, depth, elt, val, kind)
        } else {
            self.sync_comp_generator(gens, index, depth, elt, val, kind)
        }
    }

    fn comp_element(
        &mut self,
        elt: &'a ast::Expr,
        val: Option<&'a ast::Expr>,
        kind: CompKind,
        depth: u32,
    ) -> CResult {
        match kind {
            CompKind::GenExp => {
                self.expr(elt)?;
                self.emit(YIELD_VALUE);
                self.emit(POP_TOP);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit_arg(LIST_APPEND, depth + 1);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit_arg(SET_ADD, depth + 1);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                self.emit_arg(MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a ast::Expr,
        val: Option<&'a ast::Expr>,
        kind: CompKind,
    ) -> CResult {
        let mut start = Some(self.new_block());
        let skip = self.new_block();
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let gen = &gens[index];
        if index == 0 {
            self.u().unit.argcount = 1;
            self.emit_arg(LOAD_FAST, 0);
        } else {
            let single = match &gen.iter {
                ast::Expr::List(l) => single_elt(&l.elts),
                ast::Expr::Tuple(t) => single_elt(&t.elts),
                _ => None,
            };
            if let Some(only) = single {
                self.expr(only)?;
                start = None;
            } else {
                self.iter_expr(&gen.iter)?;
                self.emit(GET_ITER);
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_next_block(start);
            self.emit_jump(FOR_ITER, anchor);
            self.next_block();
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(elt, val, kind, depth)?;
            self.use_next_block(skip);
        }
        self.use_next_block(if_cleanup);
        if let Some(start) = start {
            self.emit_jump(JUMP_ABSOLUTE, start);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a ast::Expr,
        val: Option<&'a ast::Expr>,
        kind: CompKind,
    ) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &gens[index];
        if index == 0 {
            self.u().unit.argcount = 1;
            self.emit_arg(LOAD_FAST, 0);
        } else {
            self.expr(&gen.iter)?;
            self.emit(GET_AITER);
        }
        self.use_next_block(start);
        self.push_fblock(
            FBlockKind::AsyncComprehensionGenerator,
            Some(start),
            None,
            FBlockDatum::None,
        )?;
        self.emit_anext(except);
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        depth += 1;
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        self.emit_jump(JUMP_ABSOLUTE, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.emit(END_ASYNC_FOR);
        Ok(())
    }
}

fn single_elt(elts: &[ast::Expr]) -> Option<&ast::Expr> {
    match elts {
        [only] if !matches!(only, ast::Expr::Starred(_)) => Some(only),
        _ => None,
    }
}
