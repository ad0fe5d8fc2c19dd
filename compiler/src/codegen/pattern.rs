//! The `match` statement (PEP 634): `compiler_match` and the `compiler_pattern_*` family of
//! CPython 3.10's compile.c.
//!
//! A pattern runs with the subject on top of the stack and either falls through (matched)
//! or jumps to a "fail_pop" block. Values captured for names are not stored right away:
//! they are rotated beneath whatever the pattern still needs, and stored only once the whole
//! pattern has matched, so a failed case binds nothing. `fail_pop[n]` is the entry of a chain
//! of POP_TOPs that discards the `n` items (captures plus scratch values) a failure leaves.

use super::{CResult, Compiler};
use crate::constant::{py_eq, ConstValue};
use crate::ir::BlockId;
use crate::opcode::Opcode::{self, *};
use num_bigint::BigInt;
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextRange;

/// `pattern_context`: the state threaded through one case's pattern.
#[derive(Default, Clone)]
struct PatternContext {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<String>,
    /// Whether an irrefutable pattern (a capture or wildcard) is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and continues with the next case.
    fail_pop: Vec<BlockId>,
    /// Items on top of the stack (above the captures) that a failure must pop.
    on_top: usize,
}

/// `case _` (and `x as _`-less wildcards): a MatchAs with neither pattern nor name.
fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchStar(s) if s.name.is_none())
}

fn int_const(n: usize) -> ConstValue {
    ConstValue::Int(BigInt::from(n))
}

impl<'a> Compiler<'a> {
    /// `compiler_match`.
    pub(super) fn match_stmt(&mut self, s: &'a ast::StmtMatch) -> CResult {
        self.expr(&s.subject)?;
        let end = self.new_block();
        let cases = s.cases.len();
        let Some(last) = s.cases.last() else {
            // The grammar requires a case; an empty match only discards its subject.
            self.emit(POP_TOP);
            return Ok(());
        };
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let checked = cases - has_default as usize;
        for (i, m) in s.cases[..checked].iter().enumerate() {
            self.set_pattern_loc(m.pattern.range());
            // Only copy the subject if we're *not* on the last case.
            let keep_subject = i + 1 != checked;
            if keep_subject {
                self.emit(DUP_TOP);
            }
            let mut pc = PatternContext {
                // Irrefutable cases must be either guarded, last, or both.
                allow_irrefutable: m.guard.is_some() || i + 1 == cases,
                ..PatternContext::default()
            };
            self.pattern(&m.pattern, &mut pc)?;
            // It's a match: store the captured names (their values are on the stack).
            for name in &pc.stores {
                self.store_name(name)?;
            }
            if let Some(guard) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, pc.fail_pop[0], false)?;
            }
            if keep_subject {
                self.emit(POP_TOP);
            }
            self.stmts(&m.body)?;
            self.emit_jump(JUMP_FORWARD, end);
            // A failed match's cleanup belongs to the pattern's line, not the body's last.
            self.set_pattern_loc(m.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            // A trailing `case _` needs no copy of the subject nor any cleanup.
            self.set_pattern_loc(last.pattern.range());
            // (CPython's `cases == 1` branch here is unreachable: has_default needs two.)
            self.emit(NOP);
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&last.body)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    /// CPython's `SET_LOC` on a pattern node: the line of what follows, and where a
    /// compile error raised next points.
    fn set_pattern_loc(&mut self, range: TextRange) {
        self.set_loc(range);
        self.pattern_range = range;
    }

    fn pattern_error(&self, msg: impl Into<String>) -> super::CompileError {
        self.error_at(self.pattern_range, msg)
    }

    /// `compiler_pattern`: dispatch on the pattern kind.
    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternContext) -> CResult {
        use ast::Pattern as P;
        self.set_pattern_loc(p.range());
        match p {
            P::MatchValue(v) => self.pattern_value(v, pc),
            P::MatchSingleton(s) => {
                self.load_const(ConstValue::from_ast(&s.value));
                self.emit_arg(IS_OP, 0);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
                Ok(())
            }
            P::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc),
            P::MatchMapping(m) => self.pattern_mapping(m, pc),
            P::MatchClass(c) => self.pattern_class(c, pc),
            P::MatchStar(s) => self.pattern_store(s.name.as_deref(), pc),
            P::MatchAs(a) => self.pattern_as(a, pc),
            P::MatchOr(o) => self.pattern_or(&o.patterns, pc),
        }
    }

    /// `compiler_pattern_subpattern`: a nested pattern may always be irrefutable.
    fn subpattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternContext) -> CResult {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    // ----- failure paths ---------------------------------------------------------------

    /// Makes sure `fail_pop[0..=n]` exist.
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// Jumps with `op` to the block popping everything a failure here leaves behind: the
    /// scratch items on top and the captured values beneath them.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops]);
        self.next_block();
    }

    /// Lays out the fail_pop chain (`fail_pop[n]` falls through to `fail_pop[n-1]`, each
    /// popping one item) and resets it.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let blocks = std::mem::take(&mut pc.fail_pop);
        let Some((&first, rest)) = blocks.split_first() else {
            self.next_block();
            return;
        };
        for &b in rest.iter().rev() {
            self.use_next_block(b);
            self.emit(POP_TOP);
        }
        self.use_next_block(first);
    }

    // ----- captures --------------------------------------------------------------------

    /// `pattern_helper_store_name`: keeps the value on top for storing after the match,
    /// rotated beneath the items still needed (or pops it for a wildcard).
    fn pattern_store(&mut self, name: Option<&'a str>, pc: &mut PatternContext) -> CResult {
        let Some(name) = name else {
            self.emit(POP_TOP);
            return Ok(());
        };
        self.check_forbidden(name, ast::ExprContext::Store, self.pattern_range)?;
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.duplicate_store(name));
        }
        let depth = pc.on_top + pc.stores.len() + 1;
        self.emit_arg(ROT_N, depth as u32);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn duplicate_store(&self, name: &str) -> super::CompileError {
        let quoted = crate::constant::str_repr(name);
        self.pattern_error(format!("multiple assignments to name {quoted} in pattern"))
    }

    /// `compiler_pattern_as`: a bare capture or wildcard, or `<pattern> as name`.
    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternContext) -> CResult {
        let name = a.name.as_deref();
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match name {
                    Some(n) => format!(
                        "name capture {} makes remaining patterns unreachable",
                        crate::constant::str_repr(n)
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.pattern_error(msg));
            }
            return self.pattern_store(name, pc);
        };
        // Keep a copy of the subject for storing once the inner pattern matched.
        pc.on_top += 1;
        self.emit(DUP_TOP);
        self.pattern(inner, pc)?;
        pc.on_top -= 1;
        self.pattern_store(name, pc)
    }

    // ----- literals ----------------------------------------------------------------------

    /// `compiler_pattern_value`: `subject == value`.
    fn pattern_value(&mut self, v: &'a ast::PatternMatchValue, pc: &mut PatternContext) -> CResult {
        if !matches!(&*v.value, ast::Expr::Constant(_) | ast::Expr::Attribute(_)) {
            return Err(
                self.pattern_error("patterns may only match literals and attribute lookups")
            );
        }
        self.expr(&v.value)?;
        self.emit_arg(COMPARE_OP, 2);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        Ok(())
    }

    // ----- sequences ---------------------------------------------------------------------

    /// `compiler_pattern_sequence`: a type check, a length check, then the items.
    fn pattern_sequence(
        &mut self,
        patterns: &'a [ast::Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let ast::Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.pattern_error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        match star {
            None => self.length_check(size, 2, pc),
            Some(_) if size > 1 => self.length_check(size - 1, 5, pc),
            Some(_) => {}
        }
        // Whatever comes next consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            // [] / [_] / [_, *_] ...: nothing left to look at.
            self.emit(POP_TOP);
            Ok(())
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(usize::MAX), pc)
        } else {
            self.sequence_unpack(patterns, pc)
        }
    }

    /// `GET_LEN; LOAD_CONST n; COMPARE_OP cmp` and a jump out on failure.
    fn length_check(&mut self, n: usize, cmp: u32, pc: &mut PatternContext) {
        self.emit(GET_LEN);
        self.load_const(int_const(n));
        self.emit_arg(COMPARE_OP, cmp);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    }

    /// `pattern_helper_sequence_unpack`: UNPACK_SEQUENCE / UNPACK_EX, then each item.
    fn sequence_unpack(
        &mut self,
        patterns: &'a [ast::Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let n = patterns.len();
        match patterns
            .iter()
            .position(|p| matches!(p, ast::Pattern::MatchStar(_)))
        {
            Some(i) => {
                let after = n - i - 1;
                if i >= 1 << 8 || after >= (i32::MAX >> 8) as usize {
                    return Err(self
                        .pattern_error("too many expressions in star-unpacking sequence pattern"));
                }
                self.emit_arg(UNPACK_EX, (i + (after << 8)) as u32);
            }
            None => self.emit_arg(UNPACK_SEQUENCE, n as u32),
        }
        // The unpacked items stay on the stack until their own subpattern consumes them.
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_subscr`: with a `*_` in the pattern, index the subject
    /// instead of unpacking it (negative positions computed from its length).
    fn sequence_subscr(
        &mut self,
        patterns: &'a [ast::Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(DUP_TOP);
            if i < star {
                self.load_const(int_const(i));
            } else {
                // The subject may not support negative indexing.
                self.emit(GET_LEN);
                self.load_const(int_const(size - i));
                self.emit(BINARY_SUBTRACT);
            }
            self.emit(BINARY_SUBSCR);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(POP_TOP);
        Ok(())
    }

    /// Matches the items of the tuple on top (class attributes or mapping values) against
    /// `patterns`, skipping wildcards.
    fn match_tuple_items<I>(&mut self, patterns: I, pc: &mut PatternContext) -> CResult
    where
        I: Iterator<Item = &'a ast::Pattern>,
    {
        for (i, p) in patterns.enumerate() {
            if is_wildcard(p) {
                continue;
            }
            self.emit(DUP_TOP);
            self.load_const(int_const(i));
            self.emit(BINARY_SUBSCR);
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    // ----- mappings ----------------------------------------------------------------------

    /// `compiler_pattern_mapping`.
    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = m.keys.len();
        let rest = m.rest.as_deref();
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(MATCH_MAPPING);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.length_check(size, 5, pc);
        }
        self.mapping_keys(&m.keys)?;
        self.emit_arg(BUILD_TUPLE, size as u32);
        self.emit(MATCH_KEYS);
        // A tuple of keys and a tuple of values (or None) now sit on the subject.
        pc.on_top += 2;
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        self.match_tuple_items(m.patterns.iter(), pc)?;
        // Matched: drop the values; what follows consumes the keys beneath them.
        pc.on_top -= 2;
        self.emit(POP_TOP);
        match rest {
            Some(name) => {
                self.emit(COPY_DICT_WITHOUT_KEYS);
                self.pattern_store(Some(name), pc)?;
            }
            None => self.emit(POP_TOP),
        }
        pc.on_top -= 1;
        self.emit(POP_TOP);
        Ok(())
    }

    /// Loads the keys of a mapping pattern, rejecting duplicate literal keys (by Python
    /// equality, so `1` and `1.0` clash) and keys that are neither literals nor attributes.
    fn mapping_keys(&mut self, keys: &'a [ast::Expr]) -> CResult {
        let mut seen: Vec<ConstValue> = Vec::new();
        for key in keys {
            match key {
                ast::Expr::Constant(c) => {
                    let value = ConstValue::from_ast(&c.value);
                    if seen.iter().any(|s| py_eq(s, &value)) {
                        let msg =
                            format!("mapping pattern checks duplicate key ({})", value.repr());
                        return Err(self.pattern_error(msg));
                    }
                    seen.push(value);
                }
                ast::Expr::Attribute(_) => {}
                _ => {
                    return Err(self.pattern_error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
            self.expr(key)?;
        }
        Ok(())
    }

    // ----- classes -----------------------------------------------------------------------

    /// `compiler_pattern_class`: MATCH_CLASS leaves a tuple of the positional then keyword
    /// attributes, matched item by item.
    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternContext) -> CResult {
        let nargs = c.patterns.len();
        if !c.kwd_attrs.is_empty() {
            self.validate_kwd_attrs(c)?;
            self.set_pattern_loc(c.range);
        }
        self.expr(&c.cls)?;
        let names = c
            .kwd_attrs
            .iter()
            .map(|a| ConstValue::Str(a.to_string()))
            .collect();
        self.load_const(ConstValue::Tuple(names));
        self.emit_arg(MATCH_CLASS, nargs as u32);
        // The attribute tuple stays on top while the subpatterns run.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        self.match_tuple_items(c.patterns.iter().chain(&c.kwd_patterns), pc)?;
        pc.on_top -= 1;
        self.emit(POP_TOP);
        Ok(())
    }

    /// Keyword attribute names must be assignable and distinct; errors point at the
    /// offending keyword's pattern.
    fn validate_kwd_attrs(&mut self, c: &'a ast::PatternMatchClass) -> CResult {
        let attrs = &c.kwd_attrs;
        for (i, attr) in attrs.iter().enumerate() {
            self.set_pattern_loc(c.kwd_patterns[i].range());
            self.check_forbidden(attr.as_str(), ast::ExprContext::Store, self.pattern_range)?;
            if let Some(j) = (i + 1..attrs.len()).find(|&j| attrs[j] == *attr) {
                self.set_pattern_loc(c.kwd_patterns[j].range());
                let msg = format!("attribute name repeated in class pattern: {attr}");
                return Err(self.pattern_error(msg));
            }
        }
        Ok(())
    }

    // ----- alternatives ------------------------------------------------------------------

    /// `compiler_pattern_or`: each alternative runs on its own copy of the subject with a
    /// fresh context; all must bind the same names, and captures are reordered to the
    /// first alternative's order before joining.
    fn pattern_or(&mut self, alts: &'a [ast::Pattern], pc: &mut PatternContext) -> CResult {
        let end = self.new_block();
        let size = alts.len();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_pattern_loc(alt.range());
            let mut alt_pc = PatternContext {
                // An irrefutable alternative must be last, if allowed at all.
                allow_irrefutable: i + 1 == size && pc.allow_irrefutable,
                ..PatternContext::default()
            };
            self.emit(DUP_TOP);
            self.pattern(alt, &mut alt_pc)?;
            match &control {
                None => control = Some(alt_pc.stores.clone()),
                Some(ctl) => self.align_stores(ctl, &mut alt_pc.stores)?,
            }
            self.emit_jump(JUMP_FORWARD, end);
            self.next_block();
            self.emit_and_reset_fail_pop(&mut alt_pc);
        }
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.emit(POP_TOP);
        self.jump_to_fail_pop(pc, JUMP_FORWARD);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        // Between the new captures and their place lie: the other new captures, the copy
        // of the subject, the items on top, and the captures made before this pattern.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.emit_arg(ROT_N, nrots as u32);
            if pc.stores.contains(&name) {
                return Err(self.duplicate_store(&name));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(POP_TOP);
        Ok(())
    }

    /// Checks that an alternative bound the same names as the first one, rotating its
    /// captured values (and `stores`) into the first alternative's order.
    fn align_stores(&mut self, control: &[String], stores: &mut Vec<String>) -> CResult {
        if stores.len() != control.len() {
            return Err(self.pattern_error("alternative patterns bind different names"));
        }
        for icontrol in (0..control.len()).rev() {
            let Some(istores) = stores.iter().position(|s| *s == control[icontrol]) else {
                return Err(self.pattern_error("alternative patterns bind different names"));
            };
            if istores == icontrol {
                continue;
            }
            // Move stores[..=istores] to sit just before position icontrol, and do the same
            // to the values on the stack with as many ROT_Ns.
            let rotations = istores + 1;
            let moved: Vec<String> = stores.drain(..rotations).collect();
            let at = icontrol - istores;
            stores.splice(at..at, moved);
            for _ in 0..rotations {
                self.emit_arg(ROT_N, icontrol as u32 + 1);
            }
        }
        Ok(())
    }
}
