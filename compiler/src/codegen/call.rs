//! Calls and argument passing (`compiler_call`, `compiler_call_helper`, method calls).

use super::{CResult, Compiler, STACK_USE_GUIDELINE};
use crate::constant::ConstValue;
use crate::opcode::Opcode::*;
use rustpython_parser::ast::{self, ExprContext};
use rustpython_parser::text_size::TextRange;
use std::collections::hash_map::{Entry, HashMap};

impl<'a> Compiler<'a> {
    // ----- calls -----------------------------------------------------------------------

    pub(super) fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        if self.method_call(c)? {
            return Ok(());
        }
        self.check_caller(&c.func);
        self.expr(&c.func)?;
        self.call_helper(0, &c.args, &c.keywords, c.range)
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
        site: TextRange,
    ) -> CResult {
        self.validate_keywords(keywords, site)?;
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

    /// Rejects `__debug__=` (reported at the call `site`) and repeated keywords, reporting
    /// (as CPython does) the first keyword that is repeated, at its first repetition.
    /// Linear in the number of keywords.
    pub(super) fn validate_keywords(&self, keywords: &[ast::Keyword], site: TextRange) -> CResult {
        let mut first_seen: HashMap<&str, usize> = HashMap::new();
        let mut first_repeat: Option<(usize, usize)> = None;
        for (j, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            self.check_forbidden(name.as_str(), ExprContext::Store, site)?;
            match first_seen.entry(name.as_str()) {
                Entry::Vacant(v) => {
                    v.insert(j);
                }
                Entry::Occupied(o) => {
                    let i = *o.get();
                    if first_repeat.is_none_or(|(best, _)| i < best) {
                        first_repeat = Some((i, j));
                    }
                }
            }
        }
        match first_repeat {
            Some((i, j)) => {
                let name = keywords[i].arg.as_ref().map_or("", |a| a.as_str());
                Err(self.error_at(
                    keywords[j].range,
                    format!("keyword argument repeated: {name}"),
                ))
            }
            None => Ok(()),
        }
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
