//! Tuple, list, set and dict displays, `*` unpacking and unpacking assignment
//! (`starunpack_helper`, `compiler_dict`, `assignment_helper`).

use super::expr::{all_const, const_from_ast, const_of};
use super::{CResult, Compiler, STACK_USE_GUIDELINE};
use crate::constant::ConstValue;
use crate::opcode::Opcode::{self, *};
use rustpython_parser::ast;

impl<'a> Compiler<'a> {
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
                    crate::constant::frozenset_of(items)
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

    /// Unpacks TOS into the targets `elts` of a list or tuple spanning `range` (errors point
    /// at the whole target, as CPython's do).
    pub(super) fn assignment_helper(
        &mut self,
        elts: &'a [ast::Expr],
        range: rustpython_parser::text_size::TextRange,
    ) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if let ast::Expr::Starred(_) = e {
                if seen_star {
                    return Err(self.error_at(range, "multiple starred expressions in assignment"));
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.error_at(range, "too many expressions in star-unpacking assignment")
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

    pub(super) fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
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

    pub(super) fn subdict(&mut self, d: &'a ast::ExprDict, begin: usize, end: usize) -> CResult {
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
}
