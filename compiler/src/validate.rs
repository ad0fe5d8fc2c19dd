//! Checks on a parsed module for what rustpython-parser accepts but CPython 3.10 rejects:
//! invalid assignment and deletion targets, syntax from later Python versions, and nesting
//! far too deep to compile, and pattern syntax CPython's grammar refuses (misplaced `*x`,
//! malformed complex literals).

use crate::error::{CompileError, ErrorKind};
use crate::parse::Lines;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

/// A safety net for the recursive passes: the symbol table reports CPython's own limit (3000
/// levels); trees deeper than this are refused here, before anything recurses over them.
const MAX_DEPTH: usize = 20_000;

type Res = Result<(), CompileError>;

pub(crate) fn check(module: &ast::Mod, src: &str, lines: &Lines, filename: &str) -> Res {
    check_syntax(module, src, lines, filename)?;
    match module {
        ast::Mod::Module(m) => Checker::new(src, lines, filename).future(&m.body),
        _ => Ok(()),
    }
}

/// Only what CPython's parser rejects (not the later `__future__` checks).
pub(crate) fn check_syntax(module: &ast::Mod, src: &str, lines: &Lines, filename: &str) -> Res {
    let mut c = Checker::new(src, lines, filename);
    match module {
        ast::Mod::Module(m) => c.stmts(&m.body),
        ast::Mod::Interactive(m) => c.stmts(&m.body),
        ast::Mod::Expression(m) => c.expr(&m.body),
        ast::Mod::FunctionType(_) => Ok(()),
    }
}

/// Where a pattern sits, for reporting a misplaced star pattern.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StarPlace {
    /// An item of a sequence pattern: allowed unless parenthesized on its own.
    Sequence,
    /// A mapping value or class argument: reported at the star.
    Item,
    /// A whole case pattern, an alternative or an `as` operand: reported after it.
    Trailing,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    Store,
    For,
    Del,
}

struct Checker<'a> {
    src: &'a str,
    lines: &'a Lines<'a>,
    filename: &'a str,
    depth: usize,
}

/// The name CPython gives an expression in "cannot assign to ..." messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

/// The innermost part of a target that cannot be assigned (or deleted), as CPython finds it.
fn invalid_target(e: &Expr, kind: Targets) -> Option<&Expr> {
    match e {
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, kind)),
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, kind)),
        Expr::Starred(s) if kind != Targets::Del => invalid_target(&s.value, kind),
        // In `for a in b`, a comparison `x in y` may be the parser's reading of the target.
        Expr::Compare(c) if kind == Targets::For => {
            if matches!(c.ops.first(), Some(ast::CmpOp::In)) {
                invalid_target(&c.left, kind)
            } else {
                None
            }
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

/// A generator expression as a call argument without parentheses of its own.
fn is_bare_generator(e: &Expr) -> bool {
    matches!(e, Expr::GeneratorExp(g) if g.start() == g.elt.start())
}

/// Whether CPython's `bitwise_or` rule would match at the start of the expression.
fn starts_with_bitwise_or(e: &Expr) -> bool {
    match e {
        Expr::BoolOp(b) => b.values.first().is_some_and(starts_with_bitwise_or),
        Expr::Compare(c) => starts_with_bitwise_or(&c.left),
        Expr::IfExp(i) => starts_with_bitwise_or(&i.body),
        Expr::Tuple(t) if t.elts.first().is_some_and(|f| f.start() == t.start()) => {
            t.elts.first().is_some_and(starts_with_bitwise_or)
        }
        Expr::UnaryOp(u) => u.op != ast::UnaryOp::Not,
        Expr::Lambda(_)
        | Expr::Yield(_)
        | Expr::YieldFrom(_)
        | Expr::Starred(_)
        | Expr::NamedExpr(_) => false,
        _ => true,
    }
}

pub(crate) fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::BoolOp(_)
            | Expr::Compare(_)
            | Expr::IfExp(_)
            | Expr::Lambda(_)
            | Expr::NamedExpr(_)
            | Expr::Starred(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Tuple(_)
            | Expr::List(_)
            | Expr::GeneratorExp(_)
    ) && !matches!(e, Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not)
        && !matches!(e, Expr::Constant(c) if matches!(c.value, ast::Constant::None | ast::Constant::Bool(_)))
}

/// The features `from __future__ import` accepts in 3.10.
const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl<'a> Checker<'a> {
    fn new(src: &'a str, lines: &'a Lines<'a>, filename: &'a str) -> Self {
        Checker {
            src,
            lines,
            filename,
            depth: 0,
        }
    }

    /// CPython's `future_parse`, which runs after parsing and before the symbol table: unknown
    /// features, and a future import after another statement on the same line.
    fn future(&self, body: &[Stmt]) -> Res {
        let has_doc = matches!(body.first(), Some(Stmt::Expr(e))
            if matches!(&*e.value, Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))));
        let (mut done, mut prev_line) = (false, 0);
        for s in &body[usize::from(has_doc)..] {
            let start = s.start().to_usize();
            let line = self.lines.line_of(start);
            if done && line > prev_line {
                break;
            }
            prev_line = line;
            let Stmt::ImportFrom(imp) = s else {
                done = true;
                continue;
            };
            if imp.module.as_deref() != Some("__future__") {
                done = true;
                continue;
            }
            // CPython passes the 0-based column here, so the caret lands one to the left.
            let col = self.lines.col_of(start);
            if done {
                let msg = "from __future__ imports must occur at the beginning of the file";
                return Err(self.at_line(msg, line, col));
            }
            for alias in &imp.names {
                let name = alias.name.as_str();
                if name == "braces" {
                    return Err(self.at_line("not a chance", line, col + 1));
                }
                if !FUTURE_FEATURES.contains(&name) {
                    let msg = format!("future feature {name} is not defined");
                    return Err(self.at_line(&msg, line, col + 1));
                }
            }
        }
        Ok(())
    }

    fn at_line(&self, msg: &str, line: usize, offset: usize) -> CompileError {
        self.lines.make(
            ErrorKind::SyntaxError,
            msg,
            self.filename,
            line,
            offset,
            offset,
        )
    }

    fn error_at(&self, msg: &str, start: usize, end: usize) -> CompileError {
        self.lines
            .span(ErrorKind::SyntaxError, msg, self.filename, start, end)
    }

    fn node_error(&self, msg: &str, node: &impl Ranged) -> CompileError {
        self.error_at(msg, node.start().to_usize(), node.end().to_usize())
    }

    /// Whether assignment target `e` is written in parentheses (the AST drops them; the
    /// source before a target is otherwise a statement start or an `=`).
    fn parenthesized(&self, e: &Expr) -> bool {
        let before = self.src.get(..e.start().to_usize()).unwrap_or("");
        before.trim_end().ends_with('(')
    }

    /// "invalid syntax" at the first `ch` at or after byte `from`.
    fn invalid_at_char(&self, ch: char, from: usize) -> CompileError {
        let at = self
            .src
            .get(from..)
            .and_then(|s| s.find(ch))
            .map_or(from, |i| from + i);
        self.error_at("invalid syntax", at, at + ch.len_utf8())
    }

    fn enter(&mut self) -> Res {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::new(
                ErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                self.filename,
                (0, 0),
                (0, 0),
                None,
            ));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Res {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs<'e>(&mut self, es: impl IntoIterator<Item = &'e Expr>) -> Res {
        es.into_iter().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, s: &Stmt) -> Res {
        self.enter()?;
        self.stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn target(&self, e: &Expr, kind: Targets) -> Res {
        match invalid_target(e, kind) {
            None => Ok(()),
            Some(bad) => {
                let verb = if kind == Targets::Del {
                    "delete"
                } else {
                    "assign to"
                };
                Err(self.node_error(&format!("cannot {verb} {}", expr_name(bad)), bad))
            }
        }
    }

    fn assign(&mut self, a: &ast::StmtAssign) -> Res {
        if a.targets
            .iter()
            .any(|t| invalid_target(t, Targets::Store).is_some())
        {
            self.misused_equals(a)?;
        }
        for t in &a.targets {
            // CPython's `invalid_assignment`: a bare yield as a whole target; one in
            // parentheses or nested in a target is an invalid target like any other.
            if matches!(t, Expr::Yield(_) | Expr::YieldFrom(_)) && !self.parenthesized(t) {
                return Err(self.node_error("assignment to yield expression not possible", t));
            }
            self.target(t, Targets::Store)?;
        }
        self.exprs(&a.targets)?;
        self.expr(&a.value)
    }

    /// CPython's `invalid_named_expression`, which its second parser pass tries on the
    /// expressions a failed assignment statement starts with: the one just before the first
    /// `=` (the first target, or the last item of a bare tuple there), read with that `=` and
    /// the `bitwise_or` after it as a mistaken comparison or `:=`, if nothing but `=` or
    /// `:=` follows that operand.
    fn misused_equals(&self, a: &ast::StmtAssign) -> Res {
        let first = &a.targets[0];
        let elt = match first {
            Expr::Tuple(t) if !self.tuple_parenthesized(t) => match t.elts.last() {
                // `a, b, = ...`: a comma, not `=`, follows the last item.
                Some(last) if !self.comma_follows(last.end().to_usize()) => last,
                _ => return Ok(()),
            },
            _ => first,
        };
        // The right operand: the next target (an `=` follows it) or the value.
        let (rhs, last) = match a.targets.get(1) {
            Some(next) => (next, false),
            None => (&*a.value, true),
        };
        if !starts_with_bitwise_or(rhs) || (!last && self.whole_bitwise_or(rhs)) {
            return Ok(());
        }
        if matches!(elt, Expr::Name(_)) && !self.parenthesized(elt) {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            let end = self.bitwise_or_prefix(rhs).end().to_usize();
            return Err(self.error_at(msg, elt.start().to_usize(), end));
        }
        // A display, `None`, `True` or `False` is excluded by CPython's lookahead (and is no
        // `is_bitwise_or`) unless in parentheses of its own.
        if is_bitwise_or(elt) || self.parenthesized(elt) {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(elt)
            );
            return Err(self.node_error(&msg, elt));
        }
        Ok(())
    }

    /// Whether tuple `t` has parentheses of its own: more of them open before its first
    /// item than close after it (`(a), b` is bare, `((a), b)` is not).
    fn tuple_parenthesized(&self, t: &ast::ExprTuple) -> bool {
        let Some(first) = t.elts.first() else {
            return true;
        };
        let count = |text: &str, paren: char| {
            text.chars()
                .filter(|c| !c.is_whitespace())
                .take_while(|&c| c == paren)
                .count()
        };
        let (start, first_start) = (t.start().to_usize(), first.start().to_usize());
        let opens = count(self.src.get(start..first_start).unwrap_or(""), '(');
        let closes = count(self.src.get(first.end().to_usize()..).unwrap_or(""), ')');
        opens > closes
    }

    /// Whether all of `e` is one `bitwise_or` operand (so an `=` after `e` follows it).
    fn whole_bitwise_or(&self, e: &Expr) -> bool {
        self.parenthesized(e)
            || matches!(e, Expr::List(_) | Expr::GeneratorExp(_))
            || matches!(e, Expr::Constant(_))
            || is_bitwise_or(e)
    }

    /// The `bitwise_or` operand `e` starts with (see `starts_with_bitwise_or`).
    fn bitwise_or_prefix<'e>(&self, e: &'e Expr) -> &'e Expr {
        if self.parenthesized(e) {
            return e;
        }
        let inner = match e {
            Expr::BoolOp(b) => b.values.first(),
            Expr::Compare(c) => Some(&*c.left),
            Expr::IfExp(i) => Some(&*i.body),
            Expr::Tuple(t) => t.elts.first(),
            _ => None,
        };
        inner.map_or(e, |i| self.bitwise_or_prefix(i))
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Res {
        match s {
            Stmt::FunctionDef(f) => {
                self.no_type_params(&f.type_params, f.range.start().to_usize())?;
                self.function(&f.decorator_list, &f.args, f.returns.as_deref(), &f.body)
            }
            Stmt::AsyncFunctionDef(f) => {
                self.no_type_params(&f.type_params, f.range.start().to_usize())?;
                self.function(&f.decorator_list, &f.args, f.returns.as_deref(), &f.body)
            }
            Stmt::ClassDef(c) => {
                self.no_type_params(&c.type_params, c.range.start().to_usize())?;
                self.exprs(&c.decorator_list)?;
                self.class_bases(c)?;
                self.exprs(&c.bases)?;
                self.exprs(c.keywords.iter().map(|k| &k.value))?;
                self.stmts(&c.body)
            }
            Stmt::Return(r) => self.exprs(r.value.as_deref()),
            Stmt::Delete(d) => {
                d.targets
                    .iter()
                    .try_for_each(|t| self.target(t, Targets::Del))?;
                self.exprs(&d.targets)
            }
            Stmt::Assign(a) => self.assign(a),
            Stmt::AugAssign(a) => {
                if !matches!(
                    *a.target,
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
                ) {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&a.target)
                    );
                    return Err(self.node_error(&msg, a.target.as_ref()));
                }
                self.expr(&a.target)?;
                self.expr(&a.value)
            }
            Stmt::AnnAssign(a) => {
                let msg = match *a.target {
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
                    Expr::Tuple(_) => Some("only single target (not tuple) can be annotated"),
                    Expr::List(_) => Some("only single target (not list) can be annotated"),
                    _ => Some("illegal target for annotation"),
                };
                if let Some(msg) = msg {
                    return Err(self.node_error(msg, a.target.as_ref()));
                }
                self.expr(&a.target)?;
                self.expr(&a.annotation)?;
                self.exprs(a.value.as_deref())
            }
            Stmt::For(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::AsyncFor(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)
            }
            Stmt::With(w) => self.with(&w.items, &w.body),
            Stmt::AsyncWith(w) => self.with(&w.items, &w.body),
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                m.cases.iter().try_for_each(|c| {
                    self.pattern(&c.pattern, StarPlace::Trailing)?;
                    self.exprs(c.guard.as_deref())?;
                    self.stmts(&c.body)
                })
            }
            Stmt::Raise(r) => self.exprs(r.exc.iter().chain(r.cause.iter()).map(|b| b.as_ref())),
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::TryStar(t) => {
                let from = t
                    .handlers
                    .first()
                    .map_or(t.range.start().to_usize(), |h| h.start().to_usize());
                Err(self.invalid_at_char('*', from))
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                self.exprs(a.msg.as_deref())
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::TypeAlias(t) => Err(self.node_error("invalid syntax", t.name.as_ref())),
            Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_) => Ok(()),
        }
    }

    fn no_type_params(&self, params: &[ast::TypeParam], def_start: usize) -> Res {
        match params.first() {
            None => Ok(()),
            Some(p) => {
                let before = p.start().to_usize();
                let at = self
                    .src
                    .get(def_start..before)
                    .and_then(|s| s.rfind('['))
                    .map_or(before, |i| def_start + i);
                Err(self.error_at("invalid syntax", at, at + 1))
            }
        }
    }

    fn function(
        &mut self,
        decorators: &[Expr],
        args: &ast::Arguments,
        returns: Option<&Expr>,
        body: &[Stmt],
    ) -> Res {
        self.exprs(decorators)?;
        self.bare_star(args, false)?;
        self.arguments(args)?;
        self.exprs(returns)?;
        self.stmts(body)
    }

    /// `def f(*, **k)`: a bare `*` must be followed by a keyword-only parameter. CPython
    /// points at the `*` in a `def`, at the `**` in a `lambda`.
    fn bare_star(&self, args: &ast::Arguments, lambda: bool) -> Res {
        let Some(kwarg) = &args.kwarg else {
            return Ok(());
        };
        if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
            return Ok(());
        }
        let before = &self.src[..kwarg.start().to_usize()];
        let Some(stars) = before.trim_end().strip_suffix("**") else {
            return Ok(());
        };
        let Some(star) = stars.trim_end().strip_suffix(',') else {
            return Ok(());
        };
        let star = star.trim_end();
        if !star.ends_with('*') || star.ends_with("**") {
            return Ok(());
        }
        let msg = "named arguments must follow bare *";
        if lambda {
            let at = stars.len();
            return Err(self.error_at(msg, at, at + 2));
        }
        let at = star.len() - 1;
        Err(self.error_at(msg, at, at + 1))
    }

    fn arguments(&mut self, args: &ast::Arguments) -> Res {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        for a in all {
            self.exprs(a.default.as_deref())?;
            self.exprs(a.def.annotation.as_deref())?;
        }
        for a in args.vararg.iter().chain(args.kwarg.iter()) {
            self.exprs(a.annotation.as_deref())?;
        }
        Ok(())
    }

    fn for_loop(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Res {
        self.target(target, Targets::For)?;
        self.expr(target)?;
        self.expr(iter)?;
        self.stmts(body)?;
        self.stmts(orelse)
    }

    fn with(&mut self, items: &[ast::WithItem], body: &[Stmt]) -> Res {
        for item in items {
            self.expr(&item.context_expr)?;
            if let Some(v) = &item.optional_vars {
                self.target(v, Targets::Store)?;
                self.expr(v)?;
            }
        }
        self.stmts(body)
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Res {
        self.stmts(body)?;
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.exprs(h.type_.as_deref())?;
            self.stmts(&h.body)?;
        }
        self.stmts(orelse)?;
        self.stmts(finalbody)
    }

    fn expr(&mut self, e: &Expr) -> Res {
        self.enter()?;
        self.expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    /// Pattern syntax rustpython-parser accepts but CPython's grammar does not. `place` says
    /// where a star pattern there would be reported.
    fn pattern(&mut self, p: &ast::Pattern, place: StarPlace) -> Res {
        use ast::Pattern as P;
        self.enter()?;
        match p {
            P::MatchStar(s) => self.star_pattern(s, place)?,
            P::MatchValue(v) => self.complex_literal(&v.value)?,
            P::MatchSequence(s) => {
                for item in &s.patterns {
                    self.pattern(item, StarPlace::Sequence)?;
                }
            }
            P::MatchMapping(m) => {
                for item in &m.patterns {
                    self.pattern(item, StarPlace::Item)?;
                }
            }
            P::MatchClass(c) => {
                for item in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(item, StarPlace::Item)?;
                }
            }
            P::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, StarPlace::Trailing)?;
                }
            }
            P::MatchOr(o) => {
                for alt in &o.patterns {
                    self.pattern(alt, StarPlace::Trailing)?;
                }
            }
            P::MatchSingleton(_) => {}
        }
        self.depth -= 1;
        Ok(())
    }

    /// `*x` is only an item of a sequence pattern, and not a parenthesized one (`(*x)` is a
    /// group). CPython's parser fails at the token after it, or at the star in a mapping
    /// value or class argument.
    fn star_pattern(&self, s: &ast::PatternMatchStar, place: StarPlace) -> Res {
        let (start, end) = (s.range.start().to_usize(), s.range.end().to_usize());
        let before = self.src[..start].trim_end().chars().next_back();
        let after_at = end + (self.src[end..].len() - self.src[end..].trim_start().len());
        let after = self.src[after_at..].chars().next();
        let grouped = before == Some('(') && after == Some(')');
        let at = match place {
            StarPlace::Sequence if !grouped => return Ok(()),
            StarPlace::Item => start,
            StarPlace::Sequence | StarPlace::Trailing => after_at,
        };
        let len = self.src[at..].chars().next().map_or(1, char::len_utf8);
        Err(self.error_at("invalid syntax", at, at + len))
    }

    /// A value pattern `a + bj` must be a real number plus an imaginary one.
    fn complex_literal(&self, value: &Expr) -> Res {
        let Expr::BinOp(b) = value else {
            return Ok(());
        };
        let real = match &*b.left {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => &*u.operand,
            other => other,
        };
        if let Expr::Constant(c) = real {
            if matches!(c.value, ast::Constant::Complex { .. }) {
                return Err(self.node_error("real number required in complex literal", real));
            }
        }
        if let Expr::Constant(c) = &*b.right {
            if !matches!(c.value, ast::Constant::Complex { .. }) {
                let msg = "imaginary number required in complex literal";
                return Err(self.node_error(msg, &*b.right));
            }
        }
        Ok(())
    }

    fn comprehension(&mut self, gens: &[ast::Comprehension]) -> Res {
        for g in gens {
            self.target(&g.target, Targets::For)?;
            self.expr(&g.target)?;
            self.expr(&g.iter)?;
            self.exprs(&g.ifs)?;
        }
        Ok(())
    }

    /// A generator expression without its own parentheses must be a call's only argument.
    /// CPython's span ends at the last `for` target when the generator comes first (a quirk
    /// of 3.10.2), and at the last clause's end when positional arguments precede it.
    fn bare_generator(&self, call: &ast::ExprCall) -> Res {
        let Some(Expr::GeneratorExp(g)) = call.args.iter().find(|e| is_bare_generator(e)) else {
            return Ok(());
        };
        if call.args.len() + call.keywords.len() < 2 && !self.comma_follows(g.end().to_usize()) {
            return Ok(());
        }
        let first = call
            .args
            .iter()
            .map(|a| a.start())
            .chain(call.keywords.iter().map(|k| k.start()))
            .min();
        let Some(last) = g.generators.last() else {
            return Ok(());
        };
        let end = if first == Some(g.start()) {
            last.target.end()
        } else {
            last.ifs.last().unwrap_or(&last.iter).end()
        };
        let msg = "Generator expression must be parenthesized";
        Err(self.error_at(msg, g.start().to_usize(), end.to_usize()))
    }

    /// `[*a for a in b]`: a comprehension's element cannot be unpacked.
    fn unpacked_element(&self, elt: &Expr) -> Res {
        if let Expr::Starred(_) = elt {
            let msg = "iterable unpacking cannot be used in comprehension";
            return Err(self.node_error(msg, elt));
        }
        Ok(())
    }

    /// Whether the next character after `pos`, past blanks and comments, is a comma.
    fn comma_follows(&self, mut pos: usize) -> bool {
        let b = self.src.as_bytes();
        while let Some(&c) = b.get(pos) {
            match c {
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' => pos += 1,
                b'#' => {
                    while b.get(pos).is_some_and(|&c| c != b'\n') {
                        pos += 1;
                    }
                }
                _ => return c == b',',
            }
        }
        false
    }

    /// A class's bases cannot hold a bare generator expression: CPython's parser then demands
    /// the colon at the opening parenthesis.
    fn class_bases(&self, c: &ast::StmtClassDef) -> Res {
        if !c.bases.iter().any(is_bare_generator) {
            return Ok(());
        }
        let first = c
            .bases
            .iter()
            .map(|b| b.start())
            .chain(c.keywords.iter().map(|k| k.start()))
            .min()
            .map_or(0, |p| p.to_usize());
        let at = self.src[..first].rfind('(').unwrap_or(first);
        Err(self.error_at("expected ':'", at, at + 1))
    }

    /// `a[*b]` is 3.11 syntax; a parenthesized tuple `a[(*b,)]` is fine in 3.10.
    fn subscript_slice(&self, slice: &Expr) -> Res {
        let star = match slice {
            Expr::Starred(s) => Some(s.start()),
            Expr::Tuple(t) if self.src.as_bytes().get(t.start().to_usize()) != Some(&b'(') => t
                .elts
                .iter()
                .find(|x| matches!(x, Expr::Starred(_)))
                .map(|x| x.start()),
            _ => None,
        };
        match star {
            Some(at) => Err(self.error_at("invalid syntax", at.to_usize(), at.to_usize() + 1)),
            None => Ok(()),
        }
    }

    fn expr_inner(&mut self, e: &Expr) -> Res {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::NamedExpr(n) => {
                self.expr(&n.target)?;
                self.expr(&n.value)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.bare_star(&l.args, true)?;
                self.arguments(&l.args)?;
                self.expr(&l.body)
            }
            Expr::IfExp(i) => self.exprs([&*i.test, &*i.body, &*i.orelse]),
            Expr::Dict(d) => {
                self.exprs(d.keys.iter().flatten())?;
                self.exprs(&d.values)
            }
            Expr::Set(s) => self.exprs(&s.elts),
            Expr::ListComp(c) => {
                self.unpacked_element(&c.elt)?;
                self.comprehension(&c.generators)?;
                self.expr(&c.elt)
            }
            Expr::SetComp(c) => {
                self.unpacked_element(&c.elt)?;
                self.comprehension(&c.generators)?;
                self.expr(&c.elt)
            }
            Expr::GeneratorExp(c) => {
                self.unpacked_element(&c.elt)?;
                self.comprehension(&c.generators)?;
                self.expr(&c.elt)
            }
            Expr::DictComp(c) => {
                self.comprehension(&c.generators)?;
                self.expr(&c.key)?;
                self.expr(&c.value)
            }
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => self.exprs(y.value.as_deref()),
            Expr::YieldFrom(y) => self.expr(&y.value),
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.bare_generator(c)?;
                self.exprs(&c.args)?;
                self.exprs(c.keywords.iter().map(|k| &k.value))
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                self.exprs(f.format_spec.as_deref())
            }
            Expr::JoinedStr(j) => self.exprs(&j.values),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.subscript_slice(&s.slice)?;
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
            Expr::Slice(s) => self.exprs(
                s.lower
                    .iter()
                    .chain(s.upper.iter())
                    .chain(s.step.iter())
                    .map(|b| b.as_ref()),
            ),
            Expr::Name(_) | Expr::Constant(_) => Ok(()),
        }
    }
}
