//! pyco's compiler: Python 3.10 source to CPython 3.10 code objects, and the `dis` formatter.
//!
//! Pipeline: rustpython-parser AST → `ast_opt` (CPython's AST constant folding) →
//! `symtable` (scopes) → `codegen` (basic blocks, `ir`) → `flowgraph` (CPython's CFG passes and
//! the assembler) → `code::CodeObject`.

pub mod ast_opt;
pub mod code;
pub mod codegen;
pub mod constant;
pub mod dis;
pub mod error;
pub mod flowgraph;
pub mod ir;
pub mod normalize;
pub mod num;
pub mod opcode;
pub mod parse;
pub mod source;
pub mod symtable;
pub mod validate;

pub use code::CodeObject;
pub use error::{CompileError, CompileWarning, ErrorKind};

/// What the source is compiled as, like the `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compiles source bytes (decoded as CPython would) into a module or expression code object.
pub fn compile(source: &[u8], filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    compile_reporting(source, filename, mode, &mut Vec::new())
}

/// Like [`compile`], also collecting the SyntaxWarnings issued on the way (before an error
/// too, as CPython prints them) into `warnings`, in the order CPython issues them.
pub fn compile_reporting(
    source: &[u8],
    filename: &str,
    mode: Mode,
    warnings: &mut Vec<CompileWarning>,
) -> Result<CodeObject, CompileError> {
    let text = parse::decode_source(source, filename)?;
    compile_str(&text, filename, mode, warnings)
}

/// Compiles already-decoded source text; SyntaxWarnings go to `warnings`.
pub fn compile_str(
    source: &str,
    filename: &str,
    mode: Mode,
    warnings: &mut Vec<CompileWarning>,
) -> Result<CodeObject, CompileError> {
    use rustpython_parser::ast;
    let module = parse::parse(source, mode, filename)?;
    let mut module = normalize::normalize_identifiers(module, source);
    let index = source::LineIndex::new(source);
    let interactive = matches!(module, ast::Mod::Interactive(_));
    match &mut module {
        ast::Mod::Module(ast::ModModule { body, .. })
        | ast::Mod::Interactive(ast::ModInteractive { body, .. }) => {
            ast_opt::optimize_module(body);
            let tables = symtable::build_module(body, filename, &index, source)?;
            codegen::compile_module(
                body,
                &tables,
                &index,
                source,
                filename,
                interactive,
                warnings,
            )
        }
        ast::Mod::Expression(e) => {
            ast_opt::optimize_expression(&mut e.body);
            let tables = symtable::build_expression(&e.body, filename, &index, source)?;
            codegen::compile_expression(&e.body, &tables, &index, source, filename, warnings)
        }
        ast::Mod::FunctionType(_) => unreachable!("function-type mode is never requested"),
    }
}
