//! The SyntaxWarnings CPython 3.10's compiler issues for code that is valid but almost
//! certainly wrong (`check_compare`, `check_caller`, `check_subscripter`, `check_index`,
//! the parenthesized `assert`).

use super::Compiler;
use crate::error::CompileWarning;
use rustpython_parser::ast;

impl<'a> Compiler<'a> {
    /// `compiler_warn`: a SyntaxWarning at the current line. CPython issues it with no
    /// warning registry, so code compiled twice (a `while` test, a `finally` body) warns
    /// twice.
    fn warn(&mut self, msg: String) {
        let lineno = self.ur().lineno.max(0) as usize;
        let w = CompileWarning {
            category: "SyntaxWarning",
            msg,
            filename: self.filename.to_string(),
            lineno,
        };
        self.warnings.push(w);
    }

    /// `x is 1`: identity comparison with a literal.
    pub(super) fn check_compare(&mut self, c: &ast::ExprCompare) {
        let mut left = is_identity_safe(&c.left);
        for (op, right_expr) in c.ops.iter().zip(&c.comparators) {
            let right = is_identity_safe(right_expr);
            let msg = match op {
                ast::CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                ast::CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => {
                    left = right;
                    continue;
                }
            };
            if !left || !right {
                self.warn(msg.to_string());
                return;
            }
            left = right;
        }
    }

    /// `(1, 2)(3)`: calling a display or a literal.
    pub(super) fn check_caller(&mut self, func: &ast::Expr) {
        use ast::Expr::*;
        if matches!(
            func,
            Constant(_)
                | Tuple(_)
                | List(_)
                | ListComp(_)
                | Dict(_)
                | DictComp(_)
                | Set(_)
                | SetComp(_)
                | GeneratorExp(_)
                | JoinedStr(_)
                | FormattedValue(_)
        ) {
            if let Some(ty) = infer_type(func) {
                self.warn(format!(
                    "'{ty}' object is not callable; perhaps you missed a comma?"
                ));
            }
        }
    }

    /// `{1, 2}[0]` or `[1, 2][3, 4]`: subscripting something that cannot take that index.
    pub(super) fn check_subscript(&mut self, value: &ast::Expr, index: &ast::Expr) {
        if let Some(ty) = not_subscriptable(value) {
            self.warn(format!(
                "'{ty}' object is not subscriptable; perhaps you missed a comma?"
            ));
            return;
        }
        let Some(index_ty) = infer_type(index) else {
            return;
        };
        if matches!(index_ty, "int" | "bool") {
            return;
        }
        if let Some(ty) = needs_int_index(value) {
            self.warn(format!(
                "{ty} indices must be integers or slices, not {index_ty}; perhaps you missed a comma?"
            ));
        }
    }

    /// `assert (x, "message")`: a non-empty tuple is always true.
    pub(super) fn check_assert(&mut self, test: &ast::Expr) {
        let always_true = match test {
            ast::Expr::Tuple(t) => !t.elts.is_empty(),
            ast::Expr::Constant(c) => {
                matches!(&c.value, ast::Constant::Tuple(items) if !items.is_empty())
            }
            _ => false,
        };
        if always_true {
            self.warn("assertion is always true, perhaps remove parentheses?".to_string());
        }
    }
}

/// `check_is_arg`: anything but a literal, or one of the singletons, may be compared by
/// identity.
fn is_identity_safe(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(c) => matches!(
            c.value,
            ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis
        ),
        _ => true,
    }
}

/// `infer_type`: the type name a literal or display evaluates to, if known statically.
fn infer_type(e: &ast::Expr) -> Option<&'static str> {
    use ast::Expr::*;
    Some(match e {
        Tuple(_) => "tuple",
        List(_) | ListComp(_) => "list",
        Dict(_) | DictComp(_) => "dict",
        Set(_) | SetComp(_) => "set",
        GeneratorExp(_) => "generator",
        Lambda(_) => "function",
        JoinedStr(_) | FormattedValue(_) => "str",
        Constant(c) => match &c.value {
            ast::Constant::None => "NoneType",
            ast::Constant::Bool(_) => "bool",
            ast::Constant::Str(_) => "str",
            ast::Constant::Bytes(_) => "bytes",
            ast::Constant::Int(_) => "int",
            ast::Constant::Tuple(_) => "tuple",
            ast::Constant::Float(_) => "float",
            ast::Constant::Complex { .. } => "complex",
            ast::Constant::Ellipsis => "ellipsis",
        },
        _ => return None,
    })
}

/// `check_subscripter`: values that support no subscripting at all.
fn not_subscriptable(e: &ast::Expr) -> Option<&'static str> {
    use ast::Expr::*;
    match e {
        Constant(c) => match c.value {
            ast::Constant::None
            | ast::Constant::Ellipsis
            | ast::Constant::Int(_)
            | ast::Constant::Bool(_)
            | ast::Constant::Float(_)
            | ast::Constant::Complex { .. } => infer_type(e),
            _ => None,
        },
        Set(_) | SetComp(_) | GeneratorExp(_) | Lambda(_) => infer_type(e),
        _ => None,
    }
}

/// `check_index`: sequences that need an int or slice index.
fn needs_int_index(e: &ast::Expr) -> Option<&'static str> {
    use ast::Expr::*;
    match e {
        Constant(c) => match c.value {
            ast::Constant::Str(_) | ast::Constant::Bytes(_) | ast::Constant::Tuple(_) => {
                infer_type(e)
            }
            _ => None,
        },
        Tuple(_) | List(_) | ListComp(_) | JoinedStr(_) | FormattedValue(_) => infer_type(e),
        _ => None,
    }
}
