//! Node rewrites, applied to a node once its children are folded.

use super::pyops;
use rustpython_parser::ast::{self, CmpOp, Constant, Expr, ExprContext, Ranged, UnaryOp};
use rustpython_parser::text_size::TextRange;

/// Folds `e` itself (its children are already folded).
pub fn node(e: &mut Expr) {
    let value = match e {
        Expr::UnaryOp(_) => return unary(e),
        Expr::BinOp(b) => match (&*b.left, &*b.right) {
            (Expr::Constant(l), Expr::Constant(r)) => pyops::binary(b.op, &l.value, &r.value),
            _ => None,
        },
        Expr::Tuple(t) if t.ctx == ExprContext::Load => const_tuple(&mut t.elts),
        Expr::Subscript(s) if s.ctx == ExprContext::Load => match (&*s.value, &*s.slice) {
            (Expr::Constant(v), Expr::Constant(i)) => pyops::subscript(&v.value, &i.value),
            _ => None,
        },
        Expr::Compare(c) => {
            compare(c);
            None
        }
        Expr::Name(n) if n.ctx == ExprContext::Load && n.id.as_str() == "__debug__" => {
            Some(Constant::Bool(true))
        }
        _ => None,
    };
    if let Some(value) = value {
        *e = constant(e.range(), value);
    }
}

fn constant(range: TextRange, value: Constant) -> Expr {
    Expr::Constant(ast::ExprConstant {
        range,
        value,
        kind: None,
    })
}

/// Folds a unary operation on a constant, or `not` over a single `is`/`in` test.
fn unary(e: &mut Expr) {
    let Expr::UnaryOp(u) = e else { return };
    let range = u.range;
    match &mut *u.operand {
        Expr::Constant(c) => {
            if let Some(value) = pyops::unary(u.op, &c.value) {
                *e = constant(range, value);
            }
        }
        Expr::Compare(cmp) if u.op == UnaryOp::Not && cmp.ops.len() == 1 => {
            // Only these four invert safely: `not (a == b)` may differ from `a != b`.
            let inverted = match cmp.ops[0] {
                CmpOp::Is => CmpOp::IsNot,
                CmpOp::IsNot => CmpOp::Is,
                CmpOp::In => CmpOp::NotIn,
                CmpOp::NotIn => CmpOp::In,
                _ => return,
            };
            cmp.ops[0] = inverted;
            // The comparison replaces the `not` node, keeping its own range as CPython does.
            let placeholder = constant(range, Constant::None);
            *e = std::mem::replace(&mut *u.operand, placeholder);
        }
        _ => {}
    }
}

/// Moves the values out of a list of constants; `None` if any element is not a constant.
fn const_tuple(elts: &mut [Expr]) -> Option<Constant> {
    if !elts.iter().all(|x| x.is_constant_expr()) {
        return None;
    }
    let values = elts
        .iter_mut()
        .filter_map(|x| match x {
            Expr::Constant(c) => Some(std::mem::replace(&mut c.value, Constant::None)),
            _ => None,
        })
        .collect();
    Some(Constant::Tuple(values))
}

/// `x in [a, b]` tests a tuple instead.
fn compare(c: &mut ast::ExprCompare) {
    if let (Some(op), Some(last)) = (c.ops.last(), c.comparators.last_mut()) {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            iterable(last);
        }
    }
}

/// A list display that is only iterated or tested becomes a tuple, constant if possible.
pub fn iterable(e: &mut Expr) {
    let Expr::List(list) = e else { return };
    if list.elts.iter().any(|x| x.is_starred_expr()) {
        return;
    }
    let (range, ctx) = (list.range, list.ctx);
    let mut elts = std::mem::take(&mut list.elts);
    *e = match const_tuple(&mut elts) {
        Some(value) => constant(range, value),
        None => Expr::Tuple(ast::ExprTuple { range, elts, ctx }),
    };
}
