//! The traversal: children first, then the node, in the order of CPython's ast_opt.c.
//!
//! Each visit function only recurses; the folding itself lives in `fold` so that the
//! recursive frames stay small.

use super::{fold, MAX_DEPTH};
use rustpython_parser::ast::{self, Constant, Expr, Pattern, Stmt};

pub struct Folder {
    /// `from __future__ import annotations`: annotations stay as written.
    skip_annotations: bool,
    depth: usize,
    /// Some node lies deeper than `MAX_DEPTH`: compilation will fail with RecursionError,
    /// so nothing more is folded and the deep path reaches the symbol-table pass intact.
    too_deep: bool,
}

/// Whether `s` is a docstring: an expression statement that is a str constant.
pub fn is_docstring(s: &Stmt) -> bool {
    matches!(s, Stmt::Expr(e) if matches!(&*e.value,
        Expr::Constant(c) if matches!(c.value, Constant::Str(_))))
}

impl Folder {
    /// Counts one more level of nesting (statement, expression or pattern), as CPython's
    /// `astfold_*` do; false once past the limit.
    fn enter(&mut self) -> bool {
        if self.too_deep || self.depth >= MAX_DEPTH {
            self.too_deep = true;
            return false;
        }
        self.depth += 1;
        true
    }

    pub fn new(skip_annotations: bool) -> Self {
        Folder {
            skip_annotations,
            depth: 0,
            too_deep: false,
        }
    }

    /// A module, class or function body: folding must not create a docstring.
    pub fn body(&mut self, body: &mut [Stmt]) {
        let had_docstring = body.first().is_some_and(is_docstring);
        self.stmts(body);
        if had_docstring {
            return;
        }
        if let Some(Stmt::Expr(first)) = body.first_mut() {
            if matches!(&*first.value, Expr::Constant(c) if matches!(c.value, Constant::Str(_))) {
                let value = std::mem::replace(&mut *first.value, placeholder());
                *first.value = Expr::JoinedStr(ast::ExprJoinedStr {
                    range: first.range,
                    values: vec![value],
                });
            }
        }
    }

    fn stmts(&mut self, stmts: &mut [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn exprs(&mut self, exprs: &mut [Expr]) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn opt_expr(&mut self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn annotation(&mut self, e: &mut Option<Box<Expr>>) {
        if !self.skip_annotations {
            self.opt_expr(e);
        }
    }

    /// Folds an expression and everything inside it.
    pub fn expr(&mut self, e: &mut Expr) {
        if !self.enter() {
            return;
        }
        self.expr_children(e);
        self.depth -= 1;
        if !self.too_deep {
            fold::node(e);
        }
    }

    fn expr_children(&mut self, e: &mut Expr) {
        match e {
            Expr::BoolOp(x) => self.exprs(&mut x.values),
            Expr::BinOp(x) => {
                self.expr(&mut x.left);
                self.expr(&mut x.right);
            }
            Expr::UnaryOp(x) => self.expr(&mut x.operand),
            Expr::Lambda(x) => {
                self.arguments(&mut x.args);
                self.expr(&mut x.body);
            }
            Expr::IfExp(x) => {
                self.expr(&mut x.test);
                self.expr(&mut x.body);
                self.expr(&mut x.orelse);
            }
            Expr::Dict(x) => {
                x.keys.iter_mut().flatten().for_each(|k| self.expr(k));
                self.exprs(&mut x.values);
            }
            Expr::Set(x) => self.exprs(&mut x.elts),
            Expr::ListComp(x) => self.comprehension(&mut x.elt, &mut x.generators),
            Expr::SetComp(x) => self.comprehension(&mut x.elt, &mut x.generators),
            Expr::GeneratorExp(x) => self.comprehension(&mut x.elt, &mut x.generators),
            Expr::DictComp(x) => {
                self.expr(&mut x.key);
                self.comprehension(&mut x.value, &mut x.generators);
            }
            Expr::Await(x) => self.expr(&mut x.value),
            Expr::Yield(x) => self.opt_expr(&mut x.value),
            Expr::YieldFrom(x) => self.expr(&mut x.value),
            Expr::Compare(x) => {
                self.expr(&mut x.left);
                self.exprs(&mut x.comparators);
            }
            Expr::Call(x) => {
                self.expr(&mut x.func);
                self.exprs(&mut x.args);
                x.keywords.iter_mut().for_each(|k| self.expr(&mut k.value));
            }
            Expr::FormattedValue(x) => {
                self.expr(&mut x.value);
                self.opt_expr(&mut x.format_spec);
            }
            Expr::JoinedStr(x) => self.exprs(&mut x.values),
            Expr::Attribute(x) => self.expr(&mut x.value),
            Expr::Subscript(x) => {
                self.expr(&mut x.value);
                self.expr(&mut x.slice);
            }
            Expr::Starred(x) => self.expr(&mut x.value),
            Expr::Slice(x) => {
                self.opt_expr(&mut x.lower);
                self.opt_expr(&mut x.upper);
                self.opt_expr(&mut x.step);
            }
            Expr::List(x) => self.exprs(&mut x.elts),
            Expr::Tuple(x) => self.exprs(&mut x.elts),
            Expr::NamedExpr(x) => self.expr(&mut x.value),
            Expr::Name(_) | Expr::Constant(_) => {}
        }
    }

    /// The element (or dict value) then each generator: target, iterable, conditions.
    fn comprehension(&mut self, elt: &mut Expr, generators: &mut [ast::Comprehension]) {
        self.expr(elt);
        for g in generators {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
            fold::iterable(&mut g.iter);
        }
    }

    fn arguments(&mut self, a: &mut ast::Arguments) {
        for arg in a.posonlyargs.iter_mut().chain(a.args.iter_mut()) {
            self.annotation(&mut arg.def.annotation);
        }
        if let Some(v) = &mut a.vararg {
            self.annotation(&mut v.annotation);
        }
        for arg in a.kwonlyargs.iter_mut() {
            self.annotation(&mut arg.def.annotation);
        }
        for arg in a.kwonlyargs.iter_mut() {
            self.opt_expr(&mut arg.default);
        }
        if let Some(k) = &mut a.kwarg {
            self.annotation(&mut k.annotation);
        }
        for arg in a.posonlyargs.iter_mut().chain(a.args.iter_mut()) {
            self.opt_expr(&mut arg.default);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        if !self.enter() {
            return;
        }
        self.stmt_children(s);
        self.depth -= 1;
    }

    fn stmt_children(&mut self, s: &mut Stmt) {
        match s {
            Stmt::FunctionDef(x) => {
                self.arguments(&mut x.args);
                self.body(&mut x.body);
                self.exprs(&mut x.decorator_list);
                self.annotation(&mut x.returns);
            }
            Stmt::AsyncFunctionDef(x) => {
                self.arguments(&mut x.args);
                self.body(&mut x.body);
                self.exprs(&mut x.decorator_list);
                self.annotation(&mut x.returns);
            }
            Stmt::ClassDef(x) => {
                self.exprs(&mut x.bases);
                x.keywords.iter_mut().for_each(|k| self.expr(&mut k.value));
                self.body(&mut x.body);
                self.exprs(&mut x.decorator_list);
            }
            Stmt::Return(x) => self.opt_expr(&mut x.value),
            Stmt::Delete(x) => self.exprs(&mut x.targets),
            Stmt::Assign(x) => {
                self.exprs(&mut x.targets);
                self.expr(&mut x.value);
            }
            Stmt::AugAssign(x) => {
                self.expr(&mut x.target);
                self.expr(&mut x.value);
            }
            Stmt::AnnAssign(x) => {
                self.expr(&mut x.target);
                if !self.skip_annotations {
                    self.expr(&mut x.annotation);
                }
                self.opt_expr(&mut x.value);
            }
            Stmt::For(x) => {
                self.expr(&mut x.target);
                self.expr(&mut x.iter);
                self.stmts(&mut x.body);
                self.stmts(&mut x.orelse);
                fold::iterable(&mut x.iter);
            }
            // CPython 3.10 does not turn an `async for` list into a tuple.
            Stmt::AsyncFor(x) => {
                self.expr(&mut x.target);
                self.expr(&mut x.iter);
                self.stmts(&mut x.body);
                self.stmts(&mut x.orelse);
            }
            Stmt::While(x) => {
                self.expr(&mut x.test);
                self.stmts(&mut x.body);
                self.stmts(&mut x.orelse);
            }
            Stmt::If(x) => {
                self.expr(&mut x.test);
                self.stmts(&mut x.body);
                self.stmts(&mut x.orelse);
            }
            Stmt::With(x) => {
                self.with_items(&mut x.items);
                self.stmts(&mut x.body);
            }
            Stmt::AsyncWith(x) => {
                self.with_items(&mut x.items);
                self.stmts(&mut x.body);
            }
            Stmt::Raise(x) => {
                self.opt_expr(&mut x.exc);
                self.opt_expr(&mut x.cause);
            }
            Stmt::Try(x) => self.try_parts(
                &mut x.body,
                &mut x.handlers,
                &mut x.orelse,
                &mut x.finalbody,
            ),
            Stmt::TryStar(x) => self.try_parts(
                &mut x.body,
                &mut x.handlers,
                &mut x.orelse,
                &mut x.finalbody,
            ),
            Stmt::Assert(x) => {
                self.expr(&mut x.test);
                self.opt_expr(&mut x.msg);
            }
            Stmt::Expr(x) => self.expr(&mut x.value),
            Stmt::Match(x) => {
                self.expr(&mut x.subject);
                for case in &mut x.cases {
                    self.pattern(&mut case.pattern);
                    self.opt_expr(&mut case.guard);
                    self.stmts(&mut case.body);
                }
            }
            Stmt::TypeAlias(_)
            | Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_) => {}
        }
    }

    fn with_items(&mut self, items: &mut [ast::WithItem]) {
        for item in items {
            self.expr(&mut item.context_expr);
            self.opt_expr(&mut item.optional_vars);
        }
    }

    fn try_parts(
        &mut self,
        body: &mut [Stmt],
        handlers: &mut [ast::ExceptHandler],
        orelse: &mut [Stmt],
        finalbody: &mut [Stmt],
    ) {
        self.stmts(body);
        for ast::ExceptHandler::ExceptHandler(h) in handlers {
            self.opt_expr(&mut h.type_);
            self.stmts(&mut h.body);
        }
        self.stmts(orelse);
        self.stmts(finalbody);
    }

    /// Patterns hold expressions such as `-1` or `1+2j` in value and mapping-key positions.
    fn pattern(&mut self, p: &mut Pattern) {
        if !self.enter() {
            return;
        }
        match p {
            Pattern::MatchValue(x) => self.expr(&mut x.value),
            Pattern::MatchSequence(x) => x.patterns.iter_mut().for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(x) => {
                self.exprs(&mut x.keys);
                x.patterns.iter_mut().for_each(|p| self.pattern(p));
            }
            Pattern::MatchClass(x) => {
                self.expr(&mut x.cls);
                x.patterns.iter_mut().for_each(|p| self.pattern(p));
                x.kwd_patterns.iter_mut().for_each(|p| self.pattern(p));
            }
            Pattern::MatchAs(x) => {
                if let Some(p) = &mut x.pattern {
                    self.pattern(p);
                }
            }
            Pattern::MatchOr(x) => x.patterns.iter_mut().for_each(|p| self.pattern(p)),
            Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
        }
        self.depth -= 1;
    }
}

fn placeholder() -> Expr {
    Expr::Constant(ast::ExprConstant {
        range: Default::default(),
        value: Constant::None,
        kind: None,
    })
}
