//! Calls and argument passing (`compiler_call`, `compiler_call_helper`, method calls).

use super::{CResult, Compiler, STACK_USE_GUIDELINE};
use crate::constant::ConstValue;
use crate::opcode::Opcode::*;
use rustpython_parser::ast::{self, ExprContext};

impl<'a> Compiler<'a> {
    // ----- calls -----------------------------------------------------------------------

    pub(super) fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        if self.method_call(c)? {
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_helper(0, &c.args, &c.keywords)
    }

    /// `maybe_optimize_method_call`: `obj.meth(args)` as LOAD_METHOD/CALL_METHOD.
    pub(super) fn method_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
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

    pub(super) fn validate_keywords(&self, keywords: &[ast::Keyword]) -> CResult {
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

    pub(super) fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult {
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
}
