//! Expressions and conditional jumps (`compiler_visit_expr1`, `compiler_jump_if`,
//! `compiler_compare`, `compiler_boolop`).

use super::unit::ScopeType;
use super::{erange, CResult, Compiler};
use crate::constant::ConstValue;
use crate::ir::BlockId;
use crate::opcode::Opcode::{self, *};
use crate::symtable::BlockType;
use rustpython_parser::ast::{self, ExprContext};

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

pub(super) fn const_of(e: &ast::Expr) -> Option<&ast::Constant> {
    match e {
        ast::Expr::Constant(c) => Some(&c.value),
        _ => None,
    }
}

pub(super) fn all_const(elts: &[ast::Expr]) -> bool {
    elts.iter().all(|e| const_of(e).is_some())
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a ast::Expr) -> CResult {
        let saved = self.ur().lineno;
        self.set_loc(erange(e));
        let r = self.expr_inner(e);
        self.u().lineno = saved;
        r
    }

    pub(super) fn expr_inner(&mut self, e: &'a ast::Expr) -> CResult {
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
                self.emit_await();
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
                if s.ctx == ExprContext::Load {
                    self.check_subscript(&s.value, &s.slice);
                }
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
                ExprContext::Store => self.assignment_helper(&l.elts, l.range),
                ExprContext::Load => {
                    self.starunpack(&l.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
                }
                ExprContext::Del => l.elts.iter().try_for_each(|e| self.expr(e)),
            },
            ast::Expr::Tuple(t) => match t.ctx {
                ExprContext::Store => self.assignment_helper(&t.elts, t.range),
                ExprContext::Load => {
                    self.starunpack(&t.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
                }
                ExprContext::Del => t.elts.iter().try_for_each(|e| self.expr(e)),
            },
        }
    }

    pub(super) fn attribute(&mut self, a: &'a ast::ExprAttribute) -> CResult {
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
                self.load_const(crate::constant::frozenset_of(items));
                self.u().lineno = saved;
                return Ok(());
            }
        }
        self.expr(e)
    }

    // ----- operators -------------------------------------------------------------------

    pub(super) fn boolop(&mut self, b: &'a ast::ExprBoolOp) -> CResult {
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

    pub(super) fn compare_op(&mut self, op: ast::CmpOp) {
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
    pub(super) fn comparator(&mut self, c: &'a ast::ExprCompare, i: usize) -> CResult {
        let last = i + 1 == c.ops.len();
        if last && matches!(c.ops[i], ast::CmpOp::In | ast::CmpOp::NotIn) {
            self.iter_expr(&c.comparators[i])
        } else {
            self.expr(&c.comparators[i])
        }
    }

    pub(super) fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.check_compare(c);
        self.expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.comparator(c, 0)?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        self.compare_chain(c, JUMP_IF_FALSE_OR_POP, cleanup)?;
        let end = self.new_block();
        self.emit_jump_noline(JUMP_FORWARD, end);
        self.use_next_block(cleanup);
        self.emit(ROT_TWO);
        self.emit(POP_TOP);
        self.use_next_block(end);
        Ok(())
    }

    /// The comparisons of a chain `a < b < c ...` after its left operand: each but the last
    /// keeps a copy of its right operand and leaves through `exit_op` to `cleanup` when false.
    fn compare_chain(
        &mut self,
        c: &'a ast::ExprCompare,
        exit_op: Opcode,
        cleanup: BlockId,
    ) -> CResult {
        let n = c.ops.len() - 1;
        for i in 0..n {
            self.comparator(c, i)?;
            self.emit(DUP_TOP);
            self.emit(ROT_THREE);
            self.compare_op(c.ops[i]);
            self.emit_jump(exit_op, cleanup);
            self.next_block();
        }
        self.comparator(c, n)?;
        self.compare_op(c.ops[n]);
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

    pub(super) fn jump_if_chain(
        &mut self,
        c: &'a ast::ExprCompare,
        next: BlockId,
        cond: bool,
    ) -> CResult {
        self.check_compare(c);
        let cleanup = self.new_block();
        self.expr(&c.left)?;
        self.compare_chain(c, POP_JUMP_IF_FALSE, cleanup)?;
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
