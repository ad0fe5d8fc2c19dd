//! Name loads and stores: choosing FAST, DEREF, GLOBAL or NAME ops from the symbol's scope
//! (`compiler_nameop`).

use super::{CResult, Compiler};
use crate::opcode::Opcode::*;
use crate::symtable::{self, BlockType, Scope};
use rustpython_parser::ast::ExprContext;
use rustpython_parser::text_size::TextRange;

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameOpType {
    Fast,
    Global,
    Deref,
    Name,
}

impl<'a> Compiler<'a> {
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
    pub(super) fn name_op_at(
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
}
