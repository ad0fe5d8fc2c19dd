//! Second pass: resolve every name of every scope to a `Scope`, as CPython's analyze_block.
//!
//! A scope receives the names bound in enclosing function scopes (`bound`) and the names
//! declared global above it (`global`); it returns the names its subtree needs from outside
//! (`free`). Locals that a nested scope needs become cells.

use super::builder::{Builder, Fallible};
use super::*;
use std::collections::HashSet;

type Names = HashSet<String>;

impl Builder<'_> {
    pub(super) fn analyze(&mut self) -> Fallible {
        self.analyze_block(0, None, &Names::new()).map(drop)
    }

    /// Analyzes scope `id` and its children; returns its free names.
    fn analyze_block(
        &mut self,
        id: TableId,
        bound: Option<&Names>,
        global: &Names,
    ) -> Fallible<Names> {
        let mut bound = bound.cloned();
        let mut global = global.clone();
        let mut free = Names::new();
        let mut local = Names::new();
        let kind = self.tables[id].kind;

        // Class bindings are invisible to nested scopes: pass down what came from above.
        let (mut newbound, mut newglobal) = if kind == BlockType::Class {
            (bound.clone().unwrap_or_default(), global.clone())
        } else {
            (Names::new(), Names::new())
        };

        for i in 0..self.tables[id].symbols.len() {
            self.analyze_name(id, i, &mut bound, &mut local, &mut free, &mut global)?;
        }

        if kind == BlockType::Class {
            newbound.insert("__class__".to_string());
        } else {
            if kind == BlockType::Function {
                newbound.extend(local);
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global);
        }

        let mut newfree = Names::new();
        for ci in 0..self.tables[id].children.len() {
            let child = self.tables[id].children[ci];
            let child_free = self.analyze_block(child, Some(&newbound), &newglobal)?;
            newfree.extend(child_free);
            if self.extra[child].free || self.tables[child].child_free {
                self.tables[id].child_free = true;
            }
        }

        match kind {
            BlockType::Function => self.analyze_cells(id, &mut newfree),
            BlockType::Class => {
                if newfree.remove("__class__") {
                    self.tables[id].needs_class_closure = true;
                }
            }
            BlockType::Module => {}
        }
        self.update_symbols(id, bound.as_ref(), &newfree);
        free.extend(newfree);
        Ok(free)
    }

    /// Decides the scope of the `i`th symbol of scope `id` from its flags.
    fn analyze_name(
        &mut self,
        id: TableId,
        i: usize,
        bound: &mut Option<Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Fallible {
        let Some((name, sym)) = self.tables[id].symbols.get_index(i) else {
            return Ok(());
        };
        let (name, flags) = (name.clone(), sym.flags);
        let scope = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let msg = format!("name '{name}' is nonlocal and global");
                return Err(self.error_at_directive(id, &name, msg));
            }
            global.insert(name.clone());
            if let Some(b) = bound {
                b.remove(&name);
            }
            Scope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                let msg = "nonlocal declaration not allowed at module level".to_string();
                return Err(self.error_at_directive(id, &name, msg));
            };
            if !b.contains(&name) {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(self.error_at_directive(id, &name, msg));
            }
            self.extra[id].free = true;
            free.insert(name.clone());
            Scope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(&name);
            Scope::Local
        } else if bound.as_ref().is_some_and(|b| b.contains(&name)) {
            self.extra[id].free = true;
            free.insert(name.clone());
            Scope::Free
        } else {
            if !global.contains(&name) && self.tables[id].is_nested {
                self.extra[id].free = true;
            }
            Scope::GlobalImplicit
        };
        if let Some((_, sym)) = self.tables[id].symbols.get_index_mut(i) {
            sym.scope = scope;
        }
        Ok(())
    }

    /// Locals of a function that nested scopes use become cells, resolved here.
    fn analyze_cells(&mut self, id: TableId, free: &mut Names) {
        for (name, sym) in self.tables[id].symbols.iter_mut() {
            if sym.scope == Scope::Local && free.remove(name) {
                sym.scope = Scope::Cell;
            }
        }
    }

    /// Adds the free names of nested scopes that pass through this one.
    fn update_symbols(&mut self, id: TableId, bound: Option<&Names>, free: &Names) {
        let is_class = self.tables[id].kind == BlockType::Class;
        // Sorted so that the result does not depend on hashing (CPython iterates a set).
        let mut names: Vec<&String> = free.iter().collect();
        names.sort();
        let symbols = &mut self.tables[id].symbols;
        for name in names {
            if let Some(sym) = symbols.get_mut(name) {
                // A method's free variable that the class body also binds.
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) {
                continue; // a global
            }
            let sym = Symbol {
                flags: 0,
                scope: Scope::Free,
            };
            symbols.insert(name.clone(), sym);
        }
    }

    fn error_at_directive(&self, id: TableId, name: &str, msg: String) -> Box<CompileError> {
        let directive = self.extra[id].directives.iter().find(|(n, _)| n == name);
        let range = directive.map_or(self.extra[id].range, |(_, r)| *r);
        self.error(msg, range)
    }
}
