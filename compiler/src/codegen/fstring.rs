//! f-strings (`compiler_joined_str`, `compiler_formatted_value`).

use super::expr::const_from_ast;
use super::{CResult, Compiler, STACK_USE_GUIDELINE};
use crate::constant::ConstValue;
use crate::ir::Line;
use crate::opcode::Opcode::*;
use rustpython_parser::ast::{self, Ranged};

impl<'a> Compiler<'a> {
    // ----- f-strings -------------------------------------------------------------------

    /// An f-string. CPython locates its literal parts and fields at the whole string
    /// (implicit concatenation included); only the expressions inside the fields carry
    /// their own positions.
    pub(super) fn joined_str(&mut self, j: &'a ast::ExprJoinedStr) -> CResult {
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

    pub(super) fn fstring_part(&mut self, part: &'a ast::Expr, line: Line) -> CResult {
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
    pub(super) fn format_spec(
        &mut self,
        spec: &'a ast::Expr,
        line: Line,
        piece_line: Line,
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

    pub(super) fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> CResult {
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
