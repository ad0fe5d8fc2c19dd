//! `import` and `from ... import` (`compiler_import`, `compiler_from_import`).

use super::{CResult, Compiler};
use crate::constant::ConstValue;
use crate::opcode::Opcode::*;
use crate::symtable::BlockType;
use num_bigint::BigInt;
use rustpython_parser::ast;

impl<'a> Compiler<'a> {
    // ----- imports ---------------------------------------------------------------------

    pub(super) fn import(&mut self, imp: &'a ast::StmtImport) -> CResult {
        for alias in &imp.names {
            let name = alias.name.as_str();
            self.load_const(ConstValue::Int(BigInt::from(0)));
            self.load_const(ConstValue::None);
            self.emit_name(IMPORT_NAME, name);
            if let Some(asname) = &alias.asname {
                let mut parts = name.split('.');
                parts.next();
                let attrs: Vec<&str> = parts.collect();
                if attrs.is_empty() {
                    self.store_name(asname.as_str())?;
                } else {
                    for (i, attr) in attrs.iter().enumerate() {
                        self.emit_name_raw(IMPORT_FROM, attr);
                        if i + 1 < attrs.len() {
                            self.emit(ROT_TWO);
                            self.emit(POP_TOP);
                        }
                    }
                    self.store_name(asname.as_str())?;
                    self.emit(POP_TOP);
                }
            } else {
                let first = name.split('.').next().unwrap_or(name);
                self.store_name(first)?;
            }
        }
        Ok(())
    }

    pub(super) fn import_from(&mut self, imp: &'a ast::StmtImportFrom) -> CResult {
        let level = imp.level.as_ref().map_or(0, |l| l.to_u32());
        self.load_const(ConstValue::Int(BigInt::from(level)));
        let names: Vec<ConstValue> = imp
            .names
            .iter()
            .map(|a| ConstValue::Str(a.name.to_string()))
            .collect();
        let module = imp.module.as_ref().map(|m| m.as_str());
        if module == Some("__future__") && self.line_of(imp.range) as usize > self.future_lineno {
            return Err(self.error_at(
                imp.range,
                "from __future__ imports must occur at the beginning of the file",
            ));
        }
        self.load_const(ConstValue::Tuple(names));
        self.emit_name(IMPORT_NAME, module.unwrap_or(""));
        for (i, alias) in imp.names.iter().enumerate() {
            let name = alias.name.as_str();
            if i == 0 && name.starts_with('*') {
                if self.table().kind != BlockType::Module {
                    return Err(self.error_at(imp.range, "import * only allowed at module level"));
                }
                self.emit(IMPORT_STAR);
                return Ok(());
            }
            self.emit_name(IMPORT_FROM, name);
            let store = alias.asname.as_ref().map_or(name, |a| a.as_str());
            self.store_name(store)?;
        }
        self.emit(POP_TOP);
        Ok(())
    }
}
