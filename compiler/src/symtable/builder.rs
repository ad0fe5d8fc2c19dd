//! First pass: walk the AST in CPython's order and record the raw flags of every name.

use super::*;
use crate::error::ErrorKind;
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::{TextRange, TextSize};

/// Errors are boxed so that `Result`s stay one word wide in the deep recursion.
pub(super) type Fallible<T = ()> = Result<T, Box<CompileError>>;

/// Nesting limit of statements, expressions and patterns: the optimizer's (see there why).
pub(super) const MAX_DEPTH: usize = crate::ast_opt::MAX_DEPTH;

/// Which comprehension a scope is, for the "'yield' inside ..." message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Per-table facts that only the passes need.
pub(super) struct Extra {
    /// Error location of messages that point at the whole scope.
    pub range: TextRange,
    /// CPython's `ste_comp_iter_target`: binding names are comprehension loop variables.
    pub comp_iter_target: bool,
    pub comprehension: Option<CompKind>,
    /// `global`/`nonlocal` declarations (mangled name, statement range) for error locations.
    pub directives: Vec<(String, TextRange)>,
    /// An annotation scope under `from __future__ import annotations`, or inside one: these
    /// never reach the code generator and are dropped after the first pass.
    pub dead: bool,
    pub annotation: bool,
    /// CPython's `ste_free`, set by the analysis.
    pub free: bool,
}

pub(super) struct Builder<'a> {
    pub tables: Vec<Table>,
    pub extra: Vec<Extra>,
    stack: Vec<TableId>,
    by_node: HashMap<usize, TableId>,
    /// A generator expression that is a call's only argument, with the range CPython gives
    /// it (from the call's opening parenthesis to its end): (node address, range).
    bare_genexp: Option<(usize, TextRange)>,
    /// Name of the innermost enclosing class, for mangling (CPython's `st_private`).
    private: Option<String>,
    future_annotations: bool,
    depth: usize,
    filename: &'a str,
    index: &'a LineIndex,
    source: &'a str,
}

impl<'a> Builder<'a> {
    pub fn new(
        filename: &'a str,
        index: &'a LineIndex,
        source: &'a str,
        future_annotations: bool,
    ) -> Self {
        let mut b = Builder {
            tables: Vec::new(),
            extra: Vec::new(),
            stack: Vec::new(),
            by_node: HashMap::new(),
            bare_genexp: None,
            private: None,
            future_annotations,
            depth: 0,
            filename,
            index,
            source,
        };
        b.enter_block("top", BlockType::Module, None, TextRange::default());
        b.tables[0].lineno = 0;
        b
    }

    pub fn visit_module(&mut self, body: &[ast::Stmt]) -> Fallible {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    pub fn visit_expression(&mut self, expr: &ast::Expr) -> Fallible {
        self.visit_expr(expr)
    }

    /// Runs the second pass and drops the scopes of stringified annotations.
    pub fn finish(mut self) -> Fallible<SymbolTables> {
        self.analyze()?;
        let (tables, by_node) = compact(self.tables, &self.extra, self.by_node);
        Ok(SymbolTables { tables, by_node })
    }

    // ----- errors -----

    pub(super) fn error(&self, msg: String, range: TextRange) -> Box<CompileError> {
        let (start, end) = (range.start().to_u32(), range.end().to_u32());
        let lineno = self.index.line(start);
        let line_start = self.index.line_start(lineno);
        let text = self
            .source
            .get(line_start..)
            .map(|rest| match rest.find('\n') {
                Some(n) => rest[..=n].to_string(),
                None => rest.to_string(),
            });
        Box::new(CompileError {
            kind: ErrorKind::SyntaxError,
            msg,
            filename: self.filename.to_string(),
            lineno,
            offset: self.index.col(start) + 1,
            end_lineno: self.index.line(end),
            end_offset: self.index.col(end) + 1,
            text,
        })
    }

    // ----- scopes -----

    fn cur_id(&self) -> TableId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur(&mut self) -> &mut Table {
        let id = self.cur_id();
        &mut self.tables[id]
    }

    fn enter_block(&mut self, name: &str, kind: BlockType, key: Option<usize>, range: TextRange) {
        self.enter_block_full(name, kind, key, range, false);
    }

    fn enter_block_full(
        &mut self,
        name: &str,
        kind: BlockType,
        key: Option<usize>,
        range: TextRange,
        annotation: bool,
    ) {
        let id = self.tables.len();
        let lineno = self.index.line(range.start().to_u32());
        let mut table = Table::new(name, kind, lineno);
        let prev = self.stack.last().copied();
        let mut dead = annotation;
        if let Some(p) = prev {
            let (pt, pe) = (&self.tables[p], &self.extra[p]);
            table.is_nested = pt.is_nested || (pt.kind == BlockType::Function && !pe.annotation);
            table.comp_iter_expr = pt.comp_iter_expr;
            dead |= pe.dead;
            if !annotation {
                self.tables[p].children.push(id);
            }
        }
        self.tables.push(table);
        self.extra.push(Extra {
            range,
            comp_iter_target: false,
            comprehension: None,
            directives: Vec::new(),
            dead,
            annotation,
            free: false,
        });
        if let Some(key) = key {
            self.by_node.insert(key, id);
        }
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    // ----- names -----

    fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    /// Raw flags of `name` in the current scope.
    fn lookup(&self, name: &str) -> u32 {
        self.tables[self.cur_id()].flags_of(&self.mangled(name))
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Fallible {
        self.add_def_in(name, flag, self.cur_id(), range)
    }

    /// CPython's `symtable_add_def_helper`: `range` locates the errors.
    fn add_def_in(&mut self, name: &str, flag: u32, id: TableId, range: TextRange) -> Fallible {
        let mangled = self.mangled(name).into_owned();
        let old = self.tables[id].symbols.get(&mangled).map(|s| s.flags);
        if flag & DEF_PARAM != 0 && old.is_some_and(|v| v & DEF_PARAM != 0) {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(self.error(msg, range));
        }
        let mut val = old.unwrap_or(0) | flag;
        if self.extra[id].comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(self.error(msg, range));
            }
            val |= DEF_COMP_ITER;
        }
        let sym = Symbol {
            flags: val,
            scope: Scope::Unknown,
        };
        if flag & DEF_PARAM != 0 {
            self.tables[id].varnames.push(mangled.clone());
            self.tables[id].symbols.insert(mangled, sym);
        } else if flag & DEF_GLOBAL != 0 {
            self.tables[id].symbols.insert(mangled.clone(), sym);
            // The module records every name declared global anywhere.
            let module = &mut self.tables[0].symbols;
            module
                .entry(mangled)
                .or_insert(Symbol {
                    flags: 0,
                    scope: Scope::Unknown,
                })
                .flags |= flag;
        } else {
            self.tables[id].symbols.insert(mangled, sym);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, range: TextRange) {
        let mangled = self.mangled(name).into_owned();
        let id = self.cur_id();
        self.extra[id].directives.push((mangled, range));
    }

    fn enter_depth(&mut self, range: TextRange) -> Fallible {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            // Not a SyntaxError: CPython raises RecursionError, printed without a location.
            let msg = "maximum recursion depth exceeded during compilation".to_string();
            let mut err = self.error(msg, range);
            err.kind = ErrorKind::RecursionError;
            return Err(err);
        }
        Ok(())
    }

    // ----- statements -----

    fn visit_stmts(&mut self, body: &[ast::Stmt]) -> Fallible {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &[ast::Expr]) -> Fallible {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_stmt(&mut self, s: &ast::Stmt) -> Fallible {
        self.enter_depth(s.range())?;
        let r = self.visit_stmt_kind(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_kind(&mut self, s: &ast::Stmt) -> Fallible {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => self.visit_funcdef(s, FuncParts::from_def(f), false),
            S::AsyncFunctionDef(f) => self.visit_funcdef(s, FuncParts::from_async(f), true),
            S::ClassDef(c) => self.visit_classdef(s, c),
            S::Return(r) => self.visit_opt(r.value.as_deref()),
            S::Delete(d) => self.visit_exprs(&d.targets),
            S::Assign(a) => {
                self.visit_exprs(&a.targets)?;
                self.visit_expr(&a.value)
            }
            S::TypeAlias(t) => {
                self.visit_expr(&t.name)?;
                self.visit_expr(&t.value)
            }
            S::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)
            }
            S::AnnAssign(a) => self.visit_annassign(s, a),
            S::For(f) => self.visit_for(&f.target, &f.iter, &f.body, &f.orelse),
            S::AsyncFor(f) => self.visit_for(&f.target, &f.iter, &f.body, &f.orelse),
            S::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_stmts(&w.body)?;
                self.visit_stmts(&w.orelse)
            }
            S::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_stmts(&i.body)?;
                self.visit_stmts(&i.orelse)
            }
            S::With(w) => self.visit_with(&w.items, &w.body),
            S::AsyncWith(w) => self.visit_with(&w.items, &w.body),
            S::Match(m) => {
                self.visit_expr(&m.subject)?;
                m.cases.iter().try_for_each(|c| self.visit_match_case(c))
            }
            S::Raise(r) => {
                if let Some(exc) = &r.exc {
                    self.visit_expr(exc)?;
                    self.visit_opt(r.cause.as_deref())?;
                }
                Ok(())
            }
            S::Try(t) => self.visit_try(&t.body, &t.orelse, &t.handlers, &t.finalbody),
            S::TryStar(t) => self.visit_try(&t.body, &t.orelse, &t.handlers, &t.finalbody),
            S::Assert(a) => {
                self.visit_expr(&a.test)?;
                self.visit_opt(a.msg.as_deref())
            }
            S::Import(i) => i.names.iter().try_for_each(|a| self.visit_alias(a)),
            S::ImportFrom(i) => i.names.iter().try_for_each(|a| self.visit_alias(a)),
            S::Global(g) => g
                .names
                .iter()
                .try_for_each(|n| self.visit_declaration(n, s.range(), true)),
            S::Nonlocal(n) => n
                .names
                .iter()
                .try_for_each(|n| self.visit_declaration(n, s.range(), false)),
            S::Expr(e) => self.visit_expr(&e.value),
            S::Pass(_) | S::Break(_) | S::Continue(_) => Ok(()),
        }
    }

    fn visit_opt(&mut self, e: Option<&ast::Expr>) -> Fallible {
        e.map_or(Ok(()), |e| self.visit_expr(e))
    }

    #[inline(never)]
    fn visit_funcdef(&mut self, s: &ast::Stmt, f: FuncParts<'_>, is_async: bool) -> Fallible {
        self.add_def(f.name, DEF_LOCAL, s.range())?;
        self.visit_defaults(f.args)?;
        self.visit_annotations(s, f.args, f.returns)?;
        self.visit_exprs(f.decorators)?;
        let key = s as *const ast::Stmt as usize;
        self.enter_block(f.name, BlockType::Function, Some(key), s.range());
        if is_async {
            self.cur().is_coroutine = true;
        }
        self.visit_params(f.args)?;
        self.visit_stmts(f.body)?;
        self.exit_block();
        Ok(())
    }

    #[inline(never)]
    fn visit_classdef(&mut self, s: &ast::Stmt, c: &ast::StmtClassDef) -> Fallible {
        self.add_def(&c.name, DEF_LOCAL, s.range())?;
        self.visit_exprs(&c.bases)?;
        c.keywords
            .iter()
            .try_for_each(|k| self.visit_expr(&k.value))?;
        self.visit_exprs(&c.decorator_list)?;
        let key = s as *const ast::Stmt as usize;
        self.enter_block(&c.name, BlockType::Class, Some(key), s.range());
        let saved = self.private.replace(c.name.to_string());
        let r = self.visit_stmts(&c.body);
        self.private = saved;
        r?;
        self.exit_block();
        Ok(())
    }

    #[inline(never)]
    fn visit_annassign(&mut self, s: &ast::Stmt, a: &ast::StmtAnnAssign) -> Fallible {
        let simple = is_simple_annassign(a, self.source);
        if let ast::Expr::Name(target) = &*a.target {
            let cur = self.lookup(&target.id);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && simple {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                let msg = format!("annotated name '{}' can't be {what}", target.id);
                return Err(self.error(msg, s.range()));
            }
            if simple {
                self.add_def(&target.id, DEF_ANNOT | DEF_LOCAL, a.target.range())?;
            } else if a.value.is_some() {
                self.add_def(&target.id, DEF_LOCAL, a.target.range())?;
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        self.visit_annotation(&a.annotation)?;
        self.visit_opt(a.value.as_deref())
    }

    fn visit_for(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
    ) -> Fallible {
        self.visit_expr(target)?;
        self.visit_expr(iter)?;
        self.visit_stmts(body)?;
        self.visit_stmts(orelse)
    }

    fn visit_with(&mut self, items: &[ast::WithItem], body: &[ast::Stmt]) -> Fallible {
        for item in items {
            self.visit_expr(&item.context_expr)?;
            self.visit_opt(item.optional_vars.as_deref())?;
        }
        self.visit_stmts(body)
    }

    fn visit_try(
        &mut self,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        finalbody: &[ast::Stmt],
    ) -> Fallible {
        self.visit_stmts(body)?;
        self.visit_stmts(orelse)?;
        for ast::ExceptHandler::ExceptHandler(h) in handlers {
            self.visit_opt(h.type_.as_deref())?;
            if let Some(name) = &h.name {
                self.add_def(name, DEF_LOCAL, h.range)?;
            }
            self.visit_stmts(&h.body)?;
        }
        self.visit_stmts(finalbody)
    }

    fn visit_alias(&mut self, a: &ast::Alias) -> Fallible {
        let name = a.asname.as_ref().unwrap_or(&a.name).as_str();
        if name == "*" {
            if self.tables[self.cur_id()].kind != BlockType::Module {
                let msg = "import * only allowed at module level".to_string();
                return Err(self.error(msg, a.range));
            }
            return Ok(());
        }
        let store_name = name.split('.').next().unwrap_or(name);
        self.add_def(store_name, DEF_IMPORT, a.range)
    }

    /// One name of a `global` (`is_global`) or `nonlocal` statement.
    fn visit_declaration(&mut self, name: &str, range: TextRange, is_global: bool) -> Fallible {
        let cur = self.lookup(name);
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let what = if is_global { "global" } else { "nonlocal" };
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {what}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {what} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {what}")
            } else {
                format!("name '{name}' is assigned to before {what} declaration")
            };
            return Err(self.error(msg, range));
        }
        let flag = if is_global { DEF_GLOBAL } else { DEF_NONLOCAL };
        self.add_def(name, flag, range)?;
        self.record_directive(name, range);
        Ok(())
    }

    fn visit_match_case(&mut self, c: &ast::MatchCase) -> Fallible {
        self.visit_pattern(&c.pattern)?;
        self.visit_opt(c.guard.as_deref())?;
        self.visit_stmts(&c.body)
    }

    fn visit_pattern(&mut self, p: &ast::Pattern) -> Fallible {
        self.enter_depth(p.range())?;
        let r = self.visit_pattern_kind(p);
        self.depth -= 1;
        r
    }

    fn visit_patterns(&mut self, ps: &[ast::Pattern]) -> Fallible {
        ps.iter().try_for_each(|p| self.visit_pattern(p))
    }

    fn visit_pattern_kind(&mut self, p: &ast::Pattern) -> Fallible {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => self.visit_patterns(&s.patterns),
            P::MatchStar(s) => match &s.name {
                Some(name) => self.add_def(name, DEF_LOCAL, s.range),
                None => Ok(()),
            },
            P::MatchMapping(m) => {
                self.visit_exprs(&m.keys)?;
                self.visit_patterns(&m.patterns)?;
                match &m.rest {
                    Some(rest) => self.add_def(rest, DEF_LOCAL, m.range),
                    None => Ok(()),
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                self.visit_patterns(&c.patterns)?;
                self.visit_patterns(&c.kwd_patterns)
            }
            P::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.visit_pattern(inner)?;
                }
                match &a.name {
                    Some(name) => self.add_def(name, DEF_LOCAL, a.range),
                    None => Ok(()),
                }
            }
            P::MatchOr(o) => self.visit_patterns(&o.patterns),
        }
    }

    // ----- functions and annotations -----

    /// Positional defaults, then keyword-only defaults, in the enclosing scope.
    fn visit_defaults(&mut self, args: &ast::Arguments) -> Fallible {
        let positional = args.posonlyargs.iter().chain(&args.args);
        for a in positional.chain(&args.kwonlyargs) {
            self.visit_opt(a.default.as_deref())?;
        }
        Ok(())
    }

    /// Parameters bind in the new scope: positional, keyword-only, `*args`, `**kwargs`.
    fn visit_params(&mut self, args: &ast::Arguments) -> Fallible {
        let named = args.posonlyargs.iter().chain(&args.args);
        for a in named.chain(&args.kwonlyargs) {
            self.add_def(&a.def.arg, DEF_PARAM, a.def.range)?;
        }
        if let Some(v) = &args.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.range)?;
            self.cur().has_varargs = true;
        }
        if let Some(k) = &args.kwarg {
            self.add_def(&k.arg, DEF_PARAM, k.range)?;
            self.cur().has_varkeywords = true;
        }
        Ok(())
    }

    /// Parameter and return annotations, in CPython's order (`*args` and `**kwargs` before
    /// keyword-only parameters).
    fn visit_annotations(
        &mut self,
        s: &ast::Stmt,
        args: &ast::Arguments,
        returns: Option<&ast::Expr>,
    ) -> Fallible {
        let future = self.future_annotations;
        if future {
            self.enter_block_full("_annotation", BlockType::Function, None, s.range(), true);
        }
        let positional = args.posonlyargs.iter().chain(&args.args);
        for a in positional {
            self.visit_opt(a.def.annotation.as_deref())?;
        }
        if let Some(v) = &args.vararg {
            self.visit_opt(v.annotation.as_deref())?;
        }
        if let Some(k) = &args.kwarg {
            self.visit_opt(k.annotation.as_deref())?;
        }
        for a in &args.kwonlyargs {
            self.visit_opt(a.def.annotation.as_deref())?;
        }
        if future {
            self.exit_block();
        }
        match returns {
            Some(r) => self.visit_annotation(r),
            None => Ok(()),
        }
    }

    fn visit_annotation(&mut self, annotation: &ast::Expr) -> Fallible {
        let future = self.future_annotations;
        if future {
            let range = annotation.range();
            self.enter_block_full("_annotation", BlockType::Function, None, range, true);
        }
        self.visit_expr(annotation)?;
        if future {
            self.exit_block();
        }
        Ok(())
    }

    fn forbid_in_annotation(&self, what: &str, e: &ast::Expr) -> Fallible {
        if self.extra[self.cur_id()].annotation {
            let msg = format!("'{what}' can not be used within an annotation");
            return Err(self.error(msg, e.range()));
        }
        Ok(())
    }

    // ----- expressions -----

    fn visit_expr(&mut self, e: &ast::Expr) -> Fallible {
        self.enter_depth(e.range())?;
        let r = self.visit_expr_kind(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_kind(&mut self, e: &ast::Expr) -> Fallible {
        use ast::Expr as E;
        match e {
            E::NamedExpr(n) => self.visit_namedexpr(e, n),
            E::BoolOp(b) => self.visit_exprs(&b.values),
            E::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)
            }
            E::UnaryOp(u) => self.visit_expr(&u.operand),
            E::Lambda(l) => self.visit_lambda(e, l),
            E::IfExp(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)
            }
            E::Dict(d) => {
                d.keys.iter().try_for_each(|k| self.visit_opt(k.as_ref()))?;
                self.visit_exprs(&d.values)
            }
            E::Set(s) => self.visit_exprs(&s.elts),
            E::GeneratorExp(g) => {
                let parts = CompParts::new(CompKind::Generator, &g.generators, &g.elt, None);
                self.visit_comprehension(e, parts)
            }
            E::ListComp(l) => {
                let parts = CompParts::new(CompKind::List, &l.generators, &l.elt, None);
                self.visit_comprehension(e, parts)
            }
            E::SetComp(s) => {
                let parts = CompParts::new(CompKind::Set, &s.generators, &s.elt, None);
                self.visit_comprehension(e, parts)
            }
            E::DictComp(d) => {
                let value = Some(&*d.value);
                let parts = CompParts::new(CompKind::Dict, &d.generators, &d.key, value);
                self.visit_comprehension(e, parts)
            }
            E::Yield(y) => self.visit_yield(e, y.value.as_deref()),
            E::YieldFrom(y) => self.visit_yield(e, Some(&y.value)),
            E::Await(a) => {
                self.forbid_in_annotation("await expression", e)?;
                self.visit_expr(&a.value)?;
                self.cur().is_coroutine = true;
                Ok(())
            }
            E::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)
            }
            E::Call(c) => {
                self.note_bare_genexp(c);
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.args)?;
                c.keywords
                    .iter()
                    .try_for_each(|k| self.visit_expr(&k.value))
            }
            E::FormattedValue(f) => {
                self.visit_expr(&f.value)?;
                self.visit_opt(f.format_spec.as_deref())
            }
            E::JoinedStr(j) => self.visit_exprs(&j.values),
            E::Constant(_) => Ok(()),
            E::Attribute(a) => self.visit_expr(&a.value),
            E::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            E::Starred(s) => self.visit_expr(&s.value),
            E::Slice(s) => {
                self.visit_opt(s.lower.as_deref())?;
                self.visit_opt(s.upper.as_deref())?;
                self.visit_opt(s.step.as_deref())
            }
            E::Name(n) => self.visit_name(n),
            E::List(l) => self.visit_exprs(&l.elts),
            E::Tuple(t) => self.visit_exprs(&t.elts),
        }
    }

    fn visit_name(&mut self, n: &ast::ExprName) -> Fallible {
        let load = matches!(n.ctx, ast::ExprContext::Load);
        self.add_def(&n.id, if load { USE } else { DEF_LOCAL }, n.range)?;
        // `super()` needs the implicit `__class__` cell of the enclosing class.
        let id = self.cur_id();
        let in_function = self.tables[id].kind == BlockType::Function && !self.extra[id].annotation;
        if load && in_function && n.id.as_str() == "super" {
            self.add_def("__class__", USE, n.range)?;
        }
        Ok(())
    }

    /// In `f(x for x in y)` CPython's generator expression starts at the call's parenthesis;
    /// rustpython's starts at `x`.
    fn note_bare_genexp(&mut self, c: &ast::ExprCall) {
        let [arg @ ast::Expr::GeneratorExp(_)] = c.args.as_slice() else {
            return;
        };
        if !c.keywords.is_empty() {
            return;
        }
        let range = arg.range();
        if parenthesized(
            self.source,
            range.start().to_usize(),
            range.end().to_usize(),
        ) {
            return;
        }
        if let Some(paren) = open_paren_after(self.source, c.func.range().end().to_usize()) {
            let range = TextRange::new(TextSize::new(paren as u32), c.range.end());
            self.bare_genexp = Some((arg as *const ast::Expr as usize, range));
        }
    }

    #[inline(never)]
    fn visit_yield(&mut self, e: &ast::Expr, value: Option<&ast::Expr>) -> Fallible {
        self.forbid_in_annotation("yield expression", e)?;
        self.visit_opt(value)?;
        self.cur().is_generator = true;
        let kind = self.extra[self.cur_id()].comprehension;
        let msg = match kind {
            None => return Ok(()),
            Some(CompKind::List) => "'yield' inside list comprehension",
            Some(CompKind::Set) => "'yield' inside set comprehension",
            Some(CompKind::Dict) => "'yield' inside dict comprehension",
            Some(CompKind::Generator) => "'yield' inside generator expression",
        };
        Err(self.error(msg.to_string(), e.range()))
    }

    #[inline(never)]
    fn visit_lambda(&mut self, e: &ast::Expr, l: &ast::ExprLambda) -> Fallible {
        self.visit_defaults(&l.args)?;
        let key = e as *const ast::Expr as usize;
        self.enter_block("lambda", BlockType::Function, Some(key), e.range());
        self.visit_params(&l.args)?;
        self.visit_expr(&l.body)?;
        self.exit_block();
        Ok(())
    }

    #[inline(never)]
    fn visit_namedexpr(&mut self, e: &ast::Expr, n: &ast::ExprNamedExpr) -> Fallible {
        self.forbid_in_annotation("named expression", e)?;
        if self.tables[self.cur_id()].comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(self.error(msg.to_string(), e.range()));
        }
        if self.tables[self.cur_id()].is_comprehension {
            if let ast::Expr::Name(target) = &*n.target {
                self.extend_namedexpr_scope(target)?;
            }
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// A walrus target inside a comprehension binds in the nearest enclosing function (or
    /// module) scope; the comprehension itself sees it as nonlocal (or global).
    fn extend_namedexpr_scope(&mut self, target: &ast::ExprName) -> Fallible {
        let name = target.id.as_str();
        let range = target.range;
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let (table, extra) = (&self.tables[id], &self.extra[id]);
            if table.is_comprehension {
                if table.flags_of(name) & DEF_COMP_ITER != 0 {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    );
                    return Err(self.error(msg, range));
                }
                continue;
            }
            if extra.annotation {
                continue;
            }
            match table.kind {
                BlockType::Function => {
                    let flag = if table.flags_of(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, DEF_LOCAL, id, range);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, DEF_GLOBAL, id, range);
                }
                BlockType::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(self.error(msg.to_string(), range));
                }
            }
        }
        Ok(())
    }

    /// The outermost iterable is evaluated in the enclosing scope; the rest of the
    /// comprehension in its own function scope, whose argument `.0` is that iterator.
    #[inline(never)]
    fn visit_comprehension(&mut self, e: &ast::Expr, c: CompParts<'_>) -> Fallible {
        let Some(outermost) = c.generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        let key = e as *const ast::Expr as usize;
        let range = match self.bare_genexp {
            Some((k, range)) if k == key => range,
            _ => e.range(),
        };
        self.enter_block(c.kind.scope_name(), BlockType::Function, Some(key), range);
        let id = self.cur_id();
        if outermost.is_async {
            self.tables[id].is_coroutine = true;
        }
        self.tables[id].is_comprehension = true;
        self.extra[id].comprehension = Some(c.kind);
        self.add_def(".0", DEF_PARAM, range)?;
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &c.generators[1..] {
            self.visit_generator(g)?;
        }
        self.visit_opt(c.value)?;
        self.visit_expr(c.elt)?;
        self.tables[id].is_generator = c.kind == CompKind::Generator;
        self.exit_block();
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &ast::Expr) -> Fallible {
        let id = self.cur_id();
        self.extra[id].comp_iter_target = true;
        let r = self.visit_expr(target);
        self.extra[id].comp_iter_target = false;
        r
    }

    /// A non-outermost `for ... in ... if ...` clause.
    fn visit_generator(&mut self, g: &ast::Comprehension) -> Fallible {
        self.visit_comp_target(&g.target)?;
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&g.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.visit_exprs(&g.ifs)?;
        if g.is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }
}

impl CompKind {
    fn scope_name(self) -> &'static str {
        match self {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Generator => "genexpr",
        }
    }
}

/// The parts of a comprehension; for dict comprehensions `elt` is the key and `value` the
/// value (CPython visits the value first).
struct CompParts<'a> {
    kind: CompKind,
    generators: &'a [ast::Comprehension],
    elt: &'a ast::Expr,
    value: Option<&'a ast::Expr>,
}

impl<'a> CompParts<'a> {
    fn new(
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> Self {
        CompParts {
            kind,
            generators,
            elt,
            value,
        }
    }
}

/// The parts of a `def` or `async def` that the first pass reads.
struct FuncParts<'a> {
    name: &'a str,
    args: &'a ast::Arguments,
    body: &'a [ast::Stmt],
    decorators: &'a [ast::Expr],
    returns: Option<&'a ast::Expr>,
}

impl<'a> FuncParts<'a> {
    fn from_def(f: &'a ast::StmtFunctionDef) -> Self {
        FuncParts {
            name: &f.name,
            args: &f.args,
            body: &f.body,
            decorators: &f.decorator_list,
            returns: f.returns.as_deref(),
        }
    }

    fn from_async(f: &'a ast::StmtAsyncFunctionDef) -> Self {
        FuncParts {
            name: &f.name,
            args: &f.args,
            body: &f.body,
            decorators: &f.decorator_list,
            returns: f.returns.as_deref(),
        }
    }
}

/// The offset of the first `(` at or after `pos`, skipping blanks, newlines and comments.
/// Whether `source[start..end]` is wrapped in one pair of parentheses, as the range of
/// `(x for x in y)` is, unlike that of a bare `(x) for x in g(y)`.
fn parenthesized(source: &str, start: usize, end: usize) -> bool {
    let bytes = source.as_bytes();
    if end <= start + 1 || bytes.get(start) != Some(&b'(') || bytes.get(end - 1) != Some(&b')') {
        return false;
    }
    let mut depth = 0usize;
    let mut i = start;
    while i < end {
        match bytes[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i == end - 1;
                }
            }
            q @ (b'\'' | b'"') => i = skip_string(bytes, i, q),
            b'#' => {
                while i < end && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// The index of the last byte of the string literal opening at `i` with quote `q`.
fn skip_string(bytes: &[u8], i: usize, q: u8) -> usize {
    let triple = bytes.get(i..i + 3) == Some(&[q, q, q][..]);
    let mut j = i + if triple { 3 } else { 1 };
    while j < bytes.len() {
        if bytes[j] == b'\\' {
            j += 2;
        } else if bytes[j] == q && (!triple || bytes.get(j..j + 3) == Some(&[q, q, q][..])) {
            return if triple { j + 2 } else { j };
        } else {
            j += 1;
        }
    }
    bytes.len()
}

fn open_paren_after(source: &str, pos: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut i = pos;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'(' => return Some(i),
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'\\' => i += 1,
            b'#' => {
                while bytes.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
            }
            _ => return None,
        }
    }
    None
}

/// Drops dead (annotation) tables and renumbers the rest.
fn compact(
    tables: Vec<Table>,
    extra: &[Extra],
    by_node: HashMap<usize, TableId>,
) -> (Vec<Table>, HashMap<usize, TableId>) {
    let mut new_id = vec![usize::MAX; tables.len()];
    let mut next = 0;
    for (i, x) in extra.iter().enumerate() {
        if !x.dead {
            new_id[i] = next;
            next += 1;
        }
    }
    if next == tables.len() {
        return (tables, by_node);
    }
    let mut kept = Vec::with_capacity(next);
    for (i, mut t) in tables.into_iter().enumerate() {
        if new_id[i] != usize::MAX {
            t.children = t.children.iter().map(|&c| new_id[c]).collect();
            kept.push(t);
        }
    }
    let by_node = by_node
        .into_iter()
        .filter(|&(_, id)| new_id[id] != usize::MAX)
        .map(|(k, id)| (k, new_id[id]))
        .collect();
    (kept, by_node)
}
