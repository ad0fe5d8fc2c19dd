//! Expressions, names and conditional jumps (`compiler_visit_expr1`, `compiler_nameop`,
//! `compiler_jump_if`, calls, displays and f-strings in compile.c).

use super::unit::ScopeType;
use super::{erange, CResult, Compiler};
use crate::constant::ConstValue;
use crate::ir::BlockId;
use crate::opcode::Opcode::{self, *};
use crate::symtable::{self, BlockType, Scope};
use rustpython_parser::ast::{self, ExprContext, Ranged};
use rustpython_parser::text_size::TextRange;

/// Above this many stack items, displays and calls are built incrementally.
const STACK_USE_GUIDELINE: usize = 30;

/// Converts a parser constant into a `co_consts` value.
pub(super) fn const_from_ast(c: &ast::Constant) -> ConstValue {
    match c {
        ast::Constant::None => ConstValue::None,
        ast::Constant::Bool(b) => ConstValue::Bool(*b),
        ast::Constant::Str(s) => ConstValue::Str(s.clone()),
        ast::Constant::Bytes(b) => ConstValue::Bytes(b.clone()),
        ast::Constant::Int(i) => ConstValue::Int(i.clone()),
        ast::Constant::Tuple(items) => {
            ConstValue::Tuple(items.iter().map(const_from_ast).collect())
        }
        ast::Constant::Float(f) => ConstValue::Float(*f),
        ast::Constant::Complex { real, imag } => ConstValue::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Ellipsis => ConstValue::Ellipsis,
    }
}

impl ConstValue {
    pub(crate) fn from_ast(c: &ast::Constant) -> ConstValue {
        const_from_ast(c)
    }
}

fn const_of(e: &ast::Expr) -> Option<&ast::Constant> {
    match e {
        ast::Expr::Constant(c) => Some(&c.value),
        _ => None,
    }
}

fn all_const(elts: &[ast::Expr]) -> bool {
    elts.iter().all(|e| const_of(e).is_some())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameOpType {
    Fast,
    Global,
    Deref,
    Name,
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a ast::Expr) -> CResult {
        let saved = self.ur().lineno;
        self.set_loc(erange(e));
        let r = self.expr_inner(e);
        self.u().lineno = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a ast::Expr) -> CResult {
        match e {
            ast::Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(DUP_TOP);
                self.expr(&n.target)
            }
            ast::Expr::BoolOp(b) => self.boolop(b),
            ast::Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(binary_op(b.op));
                Ok(())
            }
            ast::Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Invert => UNARY_INVERT,
                    ast::UnaryOp::Not => UNARY_NOT,
                    ast::UnaryOp::UAdd => UNARY_POSITIVE,
                    ast::UnaryOp::USub => UNARY_NEGATIVE,
                });
                Ok(())
            }
            ast::Expr::Lambda(l) => self.lambda(e, l),
            ast::Expr::IfExp(i) => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(&i.test, next, false)?;
                self.expr(&i.body)?;
                self.emit_jump_noline(JUMP_FORWARD, end);
                self.use_next_block(next);
                self.expr(&i.orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            ast::Expr::Dict(d) => self.dict(d),
            ast::Expr::Set(s) => self.starunpack(&s.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false),
            ast::Expr::ListComp(_)
            | ast::Expr::SetComp(_)
            | ast::Expr::DictComp(_)
            | ast::Expr::GeneratorExp(_) => self.comprehension(e),
            ast::Expr::Yield(y) => {
                if self.table().kind != BlockType::Function {
                    return Err(self.error_at(y.range, "'yield' outside function"));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(ConstValue::None),
                }
                self.emit(YIELD_VALUE);
                Ok(())
            }
            ast::Expr::YieldFrom(y) => {
                if self.table().kind != BlockType::Function {
                    return Err(self.error_at(y.range, "'yield' outside function"));
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return Err(self.error_at(y.range, "'yield from' inside async function"));
                }
                self.expr(&y.value)?;
                self.emit(GET_YIELD_FROM_ITER);
                self.load_const(ConstValue::None);
                self.emit(YIELD_FROM);
                Ok(())
            }
            ast::Expr::Await(a) => {
                if self.table().kind != BlockType::Function {
                    return Err(self.error_at(a.range, "'await' outside function"));
                }
                if !matches!(
                    self.ur().scope_type,
                    ScopeType::AsyncFunction | ScopeType::Comprehension
                ) {
                    return Err(self.error_at(a.range, "'await' outside async function"));
                }
                self.expr(&a.value)?;
                self.emit(GET_AWAITABLE);
                self.load_const(ConstValue::None);
                self.emit(YIELD_FROM);
                Ok(())
            }
            ast::Expr::Compare(c) => self.compare(c),
            ast::Expr::Call(c) => self.call(c),
            ast::Expr::Constant(c) => {
                self.load_const(const_from_ast(&c.value));
                Ok(())
            }
            ast::Expr::JoinedStr(j) => self.joined_str(j),
            ast::Expr::FormattedValue(f) => self.formatted_value(f),
            ast::Expr::Attribute(a) => self.attribute(a),
            ast::Expr::Subscript(s) => {
                let op = match s.ctx {
                    ExprContext::Load => BINARY_SUBSCR,
                    ExprContext::Store => STORE_SUBSCR,
                    ExprContext::Del => DELETE_SUBSCR,
                };
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(op);
                Ok(())
            }
            ast::Expr::Starred(s) => Err(self.error_at(
                s.range,
                if s.ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                },
            )),
            ast::Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(l) => self.expr(l)?,
                    None => self.load_const(ConstValue::None),
                }
                match &s.upper {
                    Some(u) => self.expr(u)?,
                    None => self.load_const(ConstValue::None),
                }
                if let Some(st) = &s.step {
                    n += 1;
                    self.expr(st)?;
                }
                self.emit_arg(BUILD_SLICE, n);
                Ok(())
            }
            ast::Expr::Name(n) => self.name_op(n.id.as_str(), n.ctx, n.range),
            ast::Expr::List(l) => match l.ctx {
                ExprContext::Store => self.assignment_helper(&l.elts),
                ExprContext::Load => {
                    self.starunpack(&l.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
                }
                ExprContext::Del => l.elts.iter().try_for_each(|e| self.expr(e)),
            },
            ast::Expr::Tuple(t) => match t.ctx {
                ExprContext::Store => self.assignment_helper(&t.elts),
                ExprContext::Load => {
                    self.starunpack(&t.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
                }
                ExprContext::Del => t.elts.iter().try_for_each(|e| self.expr(e)),
            },
        }
    }

    fn attribute(&mut self, a: &'a ast::ExprAttribute) -> CResult {
        self.expr(&a.value)?;
        match a.ctx {
            ExprContext::Load => {
                let old = self.ur().lineno;
                self.u().lineno = self.end_line_of(a.range);
                self.emit_name(LOAD_ATTR, a.attr.as_str());
                self.u().lineno = old;
            }
            ExprContext::Store => {
                self.check_forbidden(a.attr.as_str(), a.ctx, a.range)?;
                let old = self.ur().lineno;
                self.u().lineno = self.end_line_of(a.range);
                self.emit_name(STORE_ATTR, a.attr.as_str());
                self.u().lineno = old;
            }
            ExprContext::Del => self.emit_name(DELETE_ATTR, a.attr.as_str()),
        }
        Ok(())
    }

    /// An expression that `ast_opt` would fold to a frozenset constant (a set display of
    /// constants used as an `in` operand or a loop iterable), otherwise the plain expression.
    pub(super) fn iter_expr(&mut self, e: &'a ast::Expr) -> CResult {
        if let ast::Expr::Set(s) = e {
            if all_const(&s.elts) {
                let saved = self.ur().lineno;
                self.set_loc(erange(e));
                let items = s
                    .elts
                    .iter()
                    .filter_map(const_of)
                    .map(const_from_ast)
                    .collect();
                self.load_const(ConstValue::FrozenSet(items));
                self.u().lineno = saved;
                return Ok(());
            }
        }
        self.expr(e)
    }

    // ----- names -----------------------------------------------------------------------

    pub(super) fn store_name(&mut self, name: &str) -> CResult {
        let range = TextRange::default();
        self.name_op_at(name, ExprContext::Store, range, false)
    }

    pub(super) fn delete_name(&mut self, name: &str) -> CResult {
        let range = TextRange::default();
        self.name_op_at(name, ExprContext::Del, range, false)
    }

    pub(super) fn load_name(&mut self, name: &str) -> CResult {
        let range = TextRange::default();
        self.name_op_at(name, ExprContext::Load, range, false)
    }

    pub(super) fn name_op(&mut self, name: &str, ctx: ExprContext, range: TextRange) -> CResult {
        self.name_op_at(name, ctx, range, true)
    }

    pub(super) fn check_forbidden(
        &self,
        name: &str,
        ctx: ExprContext,
        range: TextRange,
    ) -> CResult {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => {
                    return Err(self.error_at(range, "cannot assign to __debug__"))
                }
                ExprContext::Del => return Err(self.error_at(range, "cannot delete __debug__")),
                ExprContext::Load => {}
            }
        }
        Ok(())
    }

    /// `compiler_nameop`: picks FAST/DEREF/GLOBAL/NAME from the symbol's scope.
    fn name_op_at(
        &mut self,
        name: &str,
        ctx: ExprContext,
        range: TextRange,
        check: bool,
    ) -> CResult {
        if check {
            self.check_forbidden(name, ctx, range)?;
        }
        let mangled = symtable::mangle(self.ur().private.as_deref(), name).into_owned();
        let table = self.table();
        let is_function = table.kind == BlockType::Function;
        let scope = table.scope_of(&mangled);
        let optype = match scope {
            Scope::Free | Scope::Cell => NameOpType::Deref,
            Scope::Local if is_function => NameOpType::Fast,
            Scope::GlobalImplicit if is_function => NameOpType::Global,
            Scope::GlobalExplicit => NameOpType::Global,
            _ => NameOpType::Name,
        };
        let op = match (optype, ctx) {
            (NameOpType::Deref, ExprContext::Load) => {
                if table.kind == BlockType::Class {
                    LOAD_CLASSDEREF
                } else {
                    LOAD_DEREF
                }
            }
            (NameOpType::Deref, ExprContext::Store) => STORE_DEREF,
            (NameOpType::Deref, ExprContext::Del) => DELETE_DEREF,
            (NameOpType::Fast, ExprContext::Load) => LOAD_FAST,
            (NameOpType::Fast, ExprContext::Store) => STORE_FAST,
            (NameOpType::Fast, ExprContext::Del) => DELETE_FAST,
            (NameOpType::Global, ExprContext::Load) => LOAD_GLOBAL,
            (NameOpType::Global, ExprContext::Store) => STORE_GLOBAL,
            (NameOpType::Global, ExprContext::Del) => DELETE_GLOBAL,
            (NameOpType::Name, ExprContext::Load) => LOAD_NAME,
            (NameOpType::Name, ExprContext::Store) => STORE_NAME,
            (NameOpType::Name, ExprContext::Del) => DELETE_NAME,
        };
        let arg = match optype {
            NameOpType::Deref => self.deref_index(&mangled, scope),
            NameOpType::Fast => self.u().add_varname(mangled),
            NameOpType::Global | NameOpType::Name => self.u().add_name(mangled),
        };
        self.emit_arg(op, arg);
        Ok(())
    }

    /// Index into `cellvars + freevars`.
    pub(super) fn deref_index(&mut self, name: &str, scope: Scope) -> u32 {
        let unit = &mut self.u().unit;
        let ncells = unit.cellvars.len() as u32;
        if scope == Scope::Cell {
            if let Some(i) = unit.cellvars.get_index_of(name) {
                return i as u32;
            }
        }
        match unit.freevars.get_index_of(name) {
            Some(i) => ncells + i as u32,
            None => match unit.cellvars.get_index_of(name) {
                Some(i) => i as u32,
                None => ncells + unit.freevars.insert_full(name.to_string()).0 as u32,
            },
        }
    }

    // ----- operators -------------------------------------------------------------------

    fn boolop(&mut self, b: &'a ast::ExprBoolOp) -> CResult {
        let jump = match b.op {
            ast::BoolOp::And => JUMP_IF_FALSE_OR_POP,
            ast::BoolOp::Or => JUMP_IF_TRUE_OR_POP,
        };
        let end = self.new_block();
        let n = b.values.len();
        for v in &b.values[..n - 1] {
            self.expr(v)?;
            self.emit_jump(jump, end);
            self.next_block();
        }
        self.expr(&b.values[n - 1])?;
        self.use_next_block(end);
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp::*;
        match op {
            Eq => self.emit_arg(COMPARE_OP, 2),
            NotEq => self.emit_arg(COMPARE_OP, 3),
            Lt => self.emit_arg(COMPARE_OP, 0),
            LtE => self.emit_arg(COMPARE_OP, 1),
            Gt => self.emit_arg(COMPARE_OP, 4),
            GtE => self.emit_arg(COMPARE_OP, 5),
            Is => self.emit_arg(IS_OP, 0),
            IsNot => self.emit_arg(IS_OP, 1),
            In => self.emit_arg(CONTAINS_OP, 0),
            NotIn => self.emit_arg(CONTAINS_OP, 1),
        }
    }

    /// The right operand of comparison `i`; the last one of an `in` test may fold to a
    /// frozenset.
    fn comparator(&mut self, c: &'a ast::ExprCompare, i: usize) -> CResult {
        let last = i + 1 == c.ops.len();
        if last && matches!(c.ops[i], ast::CmpOp::In | ast::CmpOp::NotIn) {
            self.iter_expr(&c.comparators[i])
        } else {
            self.expr(&c.comparators[i])
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.comparator(c, 0)?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.comparator(c, i)?;
            self.emit(DUP_TOP);
            self.emit(ROT_THREE);
            self.compare_op(c.ops[i]);
            self.emit_jump(JUMP_IF_FALSE_OR_POP, cleanup);
            self.next_block();
        }
        self.comparator(c, n)?;
        self.compare_op(c.ops[n]);
        let end = self.new_block();
        self.emit_jump_noline(JUMP_FORWARD, end);
        self.use_next_block(cleanup);
        self.emit(ROT_TWO);
        self.emit(POP_TOP);
        self.use_next_block(end);
        Ok(())
    }

    /// Evaluates `e` and jumps to `next` if its truth equals `cond` (`compiler_jump_if`).
    pub(super) fn jump_if(&mut self, e: &'a ast::Expr, next: BlockId, cond: bool) -> CResult {
        match e {
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, next, !cond);
            }
            ast::Expr::BoolOp(b) => {
                let cond2 = b.op == ast::BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let n = b.values.len() - 1;
                for v in &b.values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&b.values[n], next, cond)?;
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ast::Expr::IfExp(i) => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, next, cond)?;
                self.emit_jump_noline(JUMP_FORWARD, end);
                self.use_next_block(next2);
                self.jump_if(&i.orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            ast::Expr::Compare(c) if c.ops.len() > 1 => {
                return self.jump_if_chain(c, next, cond);
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(
            if cond {
                POP_JUMP_IF_TRUE
            } else {
                POP_JUMP_IF_FALSE
            },
            next,
        );
        self.next_block();
        Ok(())
    }

    fn jump_if_chain(&mut self, c: &'a ast::ExprCompare, next: BlockId, cond: bool) -> CResult {
        let n = c.ops.len() - 1;
        let cleanup = self.new_block();
        self.expr(&c.left)?;
        for i in 0..n {
            self.comparator(c, i)?;
            self.emit(DUP_TOP);
            self.emit(ROT_THREE);
            self.compare_op(c.ops[i]);
            self.emit_jump(POP_JUMP_IF_FALSE, cleanup);
            self.next_block();
        }
        self.comparator(c, n)?;
        self.compare_op(c.ops[n]);
        self.emit_jump(
            if cond {
                POP_JUMP_IF_TRUE
            } else {
                POP_JUMP_IF_FALSE
            },
            next,
        );
        self.next_block();
        let end = self.new_block();
        self.emit_jump_noline(JUMP_FORWARD, end);
        self.use_next_block(cleanup);
        self.emit(POP_TOP);
        if !cond {
            self.emit_jump_noline(JUMP_FORWARD, next);
        }
        self.use_next_block(end);
        Ok(())
    }

    // ----- calls -----------------------------------------------------------------------

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        if self.method_call(c)? {
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_helper(0, &c.args, &c.keywords)
    }

    /// `maybe_optimize_method_call`: `obj.meth(args)` as LOAD_METHOD/CALL_METHOD.
    fn method_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let ast::Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        if meth.ctx != ExprContext::Load
            || !c.keywords.is_empty()
            || c.args.len() >= STACK_USE_GUIDELINE
            || c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
        {
            return Ok(false);
        }
        self.expr(&meth.value)?;
        let old = self.ur().lineno;
        self.u().lineno = self.end_line_of(meth.range);
        self.emit_name(LOAD_METHOD, meth.attr.as_str());
        for a in &c.args {
            self.expr(a)?;
        }
        self.emit_arg(CALL_METHOD, c.args.len() as u32);
        self.u().lineno = old;
        Ok(true)
    }

    pub(super) fn call_helper(
        &mut self,
        pushed: usize,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if nkw > 0 {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names = keywords
                    .iter()
                    .map(|k| ConstValue::Str(k.arg.as_ref().map_or("", |a| a.as_str()).to_string()))
                    .collect();
                self.load_const(ConstValue::Tuple(names));
                self.emit_arg(CALL_FUNCTION_KW, (pushed + nelts + nkw) as u32);
            } else {
                self.emit_arg(CALL_FUNCTION, (pushed + nelts) as u32);
            }
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional arguments as one tuple, keywords as one dict.
        match args {
            [ast::Expr::Starred(s)] if pushed == 0 => self.expr(&s.value)?,
            _ => self.starunpack(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)?,
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit_arg(DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit_arg(BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit_arg(DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit_arg(DICT_MERGE, 1);
                }
            }
        }
        self.emit_arg(CALL_FUNCTION_EX, u32::from(nkw > 0));
        Ok(())
    }

    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[i + 1..]
                .iter()
                .any(|o| o.arg.as_ref().map(|a| a.as_str()) == Some(name.as_str()))
            {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg.as_ref().map(|a| a.as_str()) == Some(name.as_str()))
                    .map_or(k.range, |o| o.range);
                return Err(
                    self.error_at(dup, format!("keyword argument repeated: {}", name.as_str()))
                );
            }
        }
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.expr(&k.value)?;
            }
            let keys = kws
                .iter()
                .map(|k| ConstValue::Str(k.arg.as_ref().map_or("", |a| a.as_str()).to_string()))
                .collect();
            self.load_const(ConstValue::Tuple(keys));
            self.emit_arg(BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_arg(BUILD_MAP, 0);
        }
        for k in kws {
            let key = k.arg.as_ref().map_or("", |a| a.as_str()).to_string();
            self.load_const(ConstValue::Str(key));
            self.expr(&k.value)?;
            if big {
                self.u().add_instr(MAP_ADD, 1, None, -1);
            }
        }
        if !big {
            self.emit_arg(BUILD_MAP, n as u32);
        }
        Ok(())
    }

    // ----- displays --------------------------------------------------------------------

    /// `starunpack_helper`: lists, tuples, sets and call arguments, with `*` unpacking.
    pub(super) fn starunpack(
        &mut self,
        elts: &'a [ast::Expr],
        pushed: usize,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        if n > 2 && all_const(elts) {
            let items: Vec<ConstValue> = elts
                .iter()
                .filter_map(const_of)
                .map(const_from_ast)
                .collect();
            if tuple {
                self.load_const(ConstValue::Tuple(items));
            } else {
                let folded = if add == SET_ADD {
                    ConstValue::FrozenSet(items)
                } else {
                    ConstValue::Tuple(items)
                };
                self.emit_arg(build, pushed as u32);
                self.load_const(folded);
                self.emit_arg(extend, 1);
            }
            return Ok(());
        }
        let big = n + pushed > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            let op = if tuple { BUILD_TUPLE } else { build };
            self.emit_arg(op, (n + pushed) as u32);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit_arg(build, pushed as u32);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ast::Expr::Starred(s) = e {
                if !built {
                    self.emit_arg(build, (i + pushed) as u32);
                    built = true;
                }
                self.expr(&s.value)?;
                self.emit_arg(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit_arg(add, 1);
                }
            }
        }
        if tuple {
            self.emit(LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn assignment_helper(&mut self, elts: &'a [ast::Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if let ast::Expr::Starred(s) = e {
                if seen_star {
                    return Err(
                        self.error_at(s.range, "multiple starred expressions in assignment")
                    );
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.error_at(s.range, "too many expressions in star-unpacking assignment")
                    );
                }
                self.emit_arg(UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit_arg(UNPACK_SEQUENCE, n as u32);
        }
        for e in elts {
            match e {
                ast::Expr::Starred(s) => self.expr(&s.value)?,
                _ => self.expr(e)?,
            }
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let n = d.values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if d.keys[i].is_none() {
                if elements > 0 {
                    self.subdict(d, i - elements, i)?;
                    if have_dict {
                        self.emit_arg(DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit_arg(BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&d.values[i])?;
                self.emit_arg(DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(d, i - elements, i + 1)?;
                if have_dict {
                    self.emit_arg(DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(d, n - elements, n)?;
            if have_dict {
                self.emit_arg(DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit_arg(BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(&mut self, d: &'a ast::ExprDict, begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let keys = &d.keys[begin..end];
        let const_keys = keys
            .iter()
            .all(|k| k.as_ref().is_some_and(|k| const_of(k).is_some()));
        if n > 1 && !big && const_keys {
            for v in &d.values[begin..end] {
                self.expr(v)?;
            }
            let tuple = keys
                .iter()
                .flatten()
                .filter_map(const_of)
                .map(const_from_ast)
                .collect();
            self.load_const(ConstValue::Tuple(tuple));
            self.emit_arg(BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_arg(BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(k) = &d.keys[i] {
                self.expr(k)?;
            }
            self.expr(&d.values[i])?;
            if big {
                self.emit_arg(MAP_ADD, 1);
            }
        }
        if !big {
            self.emit_arg(BUILD_MAP, n as u32);
        }
        Ok(())
    }

    // ----- f-strings -------------------------------------------------------------------

    /// An f-string. CPython locates its literal parts and fields at the whole string
    /// (implicit concatenation included); only the expressions inside the fields carry
    /// their own positions.
    fn joined_str(&mut self, j: &'a ast::ExprJoinedStr) -> CResult {
        let line = self.ur().lineno;
        let n = j.values.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(ConstValue::Str(String::new()));
            self.emit_name_raw(LOAD_METHOD, "join");
            self.emit_arg(BUILD_LIST, 0);
            for v in &j.values {
                self.fstring_part(v, line)?;
                self.emit_arg(LIST_APPEND, 1);
            }
            self.emit_arg(CALL_METHOD, 1);
        } else {
            for v in &j.values {
                self.fstring_part(v, line)?;
            }
            if n != 1 {
                self.emit_arg(BUILD_STRING, n as u32);
            }
        }
        Ok(())
    }

    fn fstring_part(&mut self, part: &'a ast::Expr, line: crate::ir::Line) -> CResult {
        let saved = self.ur().lineno;
        self.u().lineno = line;
        let r = match part {
            ast::Expr::FormattedValue(f) => self.formatted_value(f),
            ast::Expr::JoinedStr(j) => self.joined_str(j),
            ast::Expr::Constant(c) => {
                self.load_const(const_from_ast(&c.value));
                Ok(())
            }
            other => self.expr(other),
        };
        self.u().lineno = saved;
        r
    }

    /// A format spec, located as CPython 3.10's f-string parser does: nested fields and the
    /// literals before them at the whole string, the trailing literal and the join at the
    /// string piece holding the spec.
    fn format_spec(
        &mut self,
        spec: &'a ast::Expr,
        line: crate::ir::Line,
        piece_line: crate::ir::Line,
    ) -> CResult {
        let ast::Expr::JoinedStr(j) = spec else {
            return self.fstring_part(spec, piece_line);
        };
        let last_field = j
            .values
            .iter()
            .rposition(|v| matches!(v, ast::Expr::FormattedValue(_)));
        for (i, v) in j.values.iter().enumerate() {
            let trailing = last_field.is_none_or(|f| i > f);
            self.fstring_part(v, if trailing { piece_line } else { line })?;
        }
        if j.values.len() != 1 {
            let saved = self.ur().lineno;
            self.u().lineno = piece_line;
            self.emit_arg(BUILD_STRING, j.values.len() as u32);
            self.u().lineno = saved;
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> CResult {
        let line = self.ur().lineno;
        self.expr(&f.value)?;
        let mut arg = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            // rustpython gives a format spec the range of the string piece holding its
            // field, which is where CPython locates it too.
            let spec_line = self.line_of(spec.range());
            self.format_spec(spec, line, spec_line)?;
            arg |= 4;
        }
        self.emit_arg(FORMAT_VALUE, arg);
        Ok(())
    }
}

fn binary_op(op: ast::Operator) -> Opcode {
    use ast::Operator::*;
    match op {
        Add => BINARY_ADD,
        Sub => BINARY_SUBTRACT,
        Mult => BINARY_MULTIPLY,
        MatMult => BINARY_MATRIX_MULTIPLY,
        Div => BINARY_TRUE_DIVIDE,
        Mod => BINARY_MODULO,
        Pow => BINARY_POWER,
        LShift => BINARY_LSHIFT,
        RShift => BINARY_RSHIFT,
        BitOr => BINARY_OR,
        BitXor => BINARY_XOR,
        BitAnd => BINARY_AND,
        FloorDiv => BINARY_FLOOR_DIVIDE,
    }
}
