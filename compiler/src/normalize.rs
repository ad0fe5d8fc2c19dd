//! NFKC normalization of identifiers, which CPython's parser applies to every name (PEP 3131):
//! `ﬁle` and `file` are the same variable. String literals are left alone.

use rustpython_ast::fold::{self, Fold};
use rustpython_parser::ast::{self, Identifier};
use rustpython_parser::text_size::TextRange;
use std::convert::Infallible;
use unicode_normalization::UnicodeNormalization;

/// Normalizes every identifier of a module; a no-op for all-ASCII sources.
pub fn normalize_identifiers(module: ast::Mod, source: &str) -> ast::Mod {
    if source.is_ascii() {
        return module;
    }
    match Normalizer.fold_mod(module) {
        Ok(m) => m,
        Err(never) => match never {},
    }
}

fn nfkc(id: Identifier) -> Identifier {
    if id.as_str().is_ascii() {
        id
    } else {
        Identifier::new(id.as_str().nfkc().collect::<String>())
    }
}

fn nfkc_opt(id: Option<Identifier>) -> Option<Identifier> {
    id.map(nfkc)
}

struct Normalizer;

type R<T> = Result<T, Infallible>;

impl Fold<TextRange> for Normalizer {
    type TargetU = TextRange;
    type Error = Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> R<TextRange> {
        Ok(user)
    }

    fn fold_expr_name(&mut self, node: ast::ExprName) -> R<ast::ExprName> {
        let mut n = fold::fold_expr_name(self, node)?;
        n.id = nfkc(n.id);
        Ok(n)
    }

    fn fold_expr_attribute(&mut self, node: ast::ExprAttribute) -> R<ast::ExprAttribute> {
        let mut n = fold::fold_expr_attribute(self, node)?;
        n.attr = nfkc(n.attr);
        Ok(n)
    }

    fn fold_arg(&mut self, node: ast::Arg) -> R<ast::Arg> {
        let mut n = fold::fold_arg(self, node)?;
        n.arg = nfkc(n.arg);
        Ok(n)
    }

    fn fold_keyword(&mut self, node: ast::Keyword) -> R<ast::Keyword> {
        let mut n = fold::fold_keyword(self, node)?;
        n.arg = nfkc_opt(n.arg);
        Ok(n)
    }

    fn fold_alias(&mut self, node: ast::Alias) -> R<ast::Alias> {
        let mut n = fold::fold_alias(self, node)?;
        n.name = nfkc(n.name);
        n.asname = nfkc_opt(n.asname);
        Ok(n)
    }

    fn fold_stmt_function_def(&mut self, node: ast::StmtFunctionDef) -> R<ast::StmtFunctionDef> {
        let mut n = fold::fold_stmt_function_def(self, node)?;
        n.name = nfkc(n.name);
        Ok(n)
    }

    fn fold_stmt_async_function_def(
        &mut self,
        node: ast::StmtAsyncFunctionDef,
    ) -> R<ast::StmtAsyncFunctionDef> {
        let mut n = fold::fold_stmt_async_function_def(self, node)?;
        n.name = nfkc(n.name);
        Ok(n)
    }

    fn fold_stmt_class_def(&mut self, node: ast::StmtClassDef) -> R<ast::StmtClassDef> {
        let mut n = fold::fold_stmt_class_def(self, node)?;
        n.name = nfkc(n.name);
        Ok(n)
    }

    fn fold_stmt_import_from(&mut self, node: ast::StmtImportFrom) -> R<ast::StmtImportFrom> {
        let mut n = fold::fold_stmt_import_from(self, node)?;
        n.module = nfkc_opt(n.module);
        Ok(n)
    }

    fn fold_stmt_global(&mut self, node: ast::StmtGlobal) -> R<ast::StmtGlobal> {
        let mut n = fold::fold_stmt_global(self, node)?;
        n.names = n.names.into_iter().map(nfkc).collect();
        Ok(n)
    }

    fn fold_stmt_nonlocal(&mut self, node: ast::StmtNonlocal) -> R<ast::StmtNonlocal> {
        let mut n = fold::fold_stmt_nonlocal(self, node)?;
        n.names = n.names.into_iter().map(nfkc).collect();
        Ok(n)
    }

    fn fold_excepthandler_except_handler(
        &mut self,
        node: ast::ExceptHandlerExceptHandler,
    ) -> R<ast::ExceptHandlerExceptHandler> {
        let mut n = fold::fold_excepthandler_except_handler(self, node)?;
        n.name = nfkc_opt(n.name);
        Ok(n)
    }
}
