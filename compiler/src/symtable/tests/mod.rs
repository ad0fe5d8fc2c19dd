//! Unit tests: tables compared with what CPython 3.10.2's `symtable` module reports, plus the
//! flags that module does not show.

mod oracle_cases;

use super::*;
use crate::parse::parse;
use crate::Mode;
use std::fmt::Write;

fn module(src: &str) -> ast::Mod {
    parse(src, Mode::Exec, "x.py").expect("test source parses")
}

fn body(m: &ast::Mod) -> &[ast::Stmt] {
    match m {
        ast::Mod::Module(m) => &m.body,
        _ => &[],
    }
}

fn build(src: &str) -> Result<SymbolTables, CompileError> {
    let m = module(src);
    build_module(body(&m), "x.py", &LineIndex::new(src), src)
}

/// Python's `repr` of a str, enough for identifiers and source lines.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The same text as the oracle script: a table per line, its symbols below it (those that
/// appear in the source first, in order; then the free names passed through, sorted).
fn dump(st: &SymbolTables, id: TableId, indent: &str, out: &mut String) {
    let t = &st.tables[id];
    let kind = match t.kind {
        BlockType::Module => "module",
        BlockType::Class => "class",
        BlockType::Function => "function",
    };
    let varnames: Vec<String> = t.varnames.iter().map(|v| py_repr(v)).collect();
    let _ = writeln!(
        out,
        "{indent}{} {kind} line={} nested={} varnames=[{}]",
        t.name,
        t.lineno,
        t.is_nested as u8,
        varnames.join(", ")
    );
    let mut passed: Vec<(&String, &Symbol)> = Vec::new();
    for (name, sym) in &t.symbols {
        if sym.flags == 0 {
            passed.push((name, sym));
        } else {
            let _ = writeln!(out, "{indent}  {name} {} {:?}", sym.flags, sym.scope);
        }
    }
    passed.sort_by(|a, b| a.0.cmp(b.0));
    for (name, sym) in passed {
        let _ = writeln!(out, "{indent}  {name} {} {:?}", sym.flags, sym.scope);
    }
    let child_indent = format!("{indent}    ");
    for &c in &t.children {
        dump(st, c, &child_indent, out);
    }
}

fn describe(src: &str) -> String {
    let m = match parse(src, Mode::Exec, "x.py") {
        Ok(m) => m,
        Err(e) => return format!("PARSE {} at {}:{}", e.msg, e.lineno, e.offset),
    };
    match build_module(body(&m), "x.py", &LineIndex::new(src), src) {
        Ok(st) => {
            let mut out = String::new();
            dump(&st, 0, "", &mut out);
            out.trim_end().to_string()
        }
        Err(e) => format!(
            "ERR {} | {} {} {} {} | {}",
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
            e.text.as_deref().map_or("None".to_string(), py_repr)
        ),
    }
}

#[test]
fn matches_cpython_symtable() {
    let mut failures = Vec::new();
    for (name, src, expected) in oracle_cases::CASES {
        let got = describe(src);
        if got != *expected {
            failures.push(format!("--- {name}\nexpected:\n{expected}\ngot:\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The table of the first statement of `body` (a def or class).
fn first_def<'a>(st: &'a SymbolTables, m: &ast::Mod) -> &'a Table {
    let s = &body(m)[0];
    st.lookup(s as *const ast::Stmt as usize)
        .expect("def has a table")
}

#[test]
fn lookup_by_node_address() {
    let src = "def f():\n    return lambda: [x for x in y]\nclass C: pass\n";
    let m = module(src);
    let st = build_module(body(&m), "x.py", &LineIndex::new(src), src).unwrap();
    let f = first_def(&st, &m);
    assert_eq!(f.name, "f");
    let c = &body(&m)[1];
    assert_eq!(st.lookup(c as *const ast::Stmt as usize).unwrap().name, "C");
    let ast::Stmt::FunctionDef(fd) = &body(&m)[0] else {
        panic!()
    };
    let ast::Stmt::Return(r) = &fd.body[0] else {
        panic!()
    };
    let lambda = r.value.as_deref().unwrap();
    let lt = st.lookup(lambda as *const ast::Expr as usize).unwrap();
    assert_eq!(lt.name, "lambda");
    let ast::Expr::Lambda(l) = lambda else {
        panic!()
    };
    let comp = st.lookup(&*l.body as *const ast::Expr as usize).unwrap();
    assert_eq!(comp.name, "listcomp");
    assert!(comp.is_comprehension && comp.is_nested);
}

#[test]
fn generator_and_coroutine_flags() {
    let src = "def g():\n    yield\nasync def a():\n    pass\nasync def b():\n    [x async for x in y]\n    [await x for x in y]\n    (x for x in y)\n    [x for x in y]\n";
    let st = build(src).unwrap();
    let top = st.top();
    let t = |i: usize| &st.tables[top.children[i]];
    assert!(t(0).is_generator && !t(0).is_coroutine);
    assert!(t(1).is_coroutine && !t(1).is_generator);
    let b = t(2);
    let c = |i: usize| &st.tables[b.children[i]];
    assert!(
        c(0).is_coroutine && !c(0).is_generator,
        "async comprehension"
    );
    assert!(c(1).is_coroutine, "await inside a comprehension");
    assert!(c(2).is_generator && !c(2).is_coroutine, "genexpr");
    assert!(!c(3).is_generator && !c(3).is_coroutine);
    assert!(!b.is_generator);
}

#[test]
fn yield_in_outermost_iterable_belongs_to_enclosing_scope() {
    let st = build("def f():\n    return [x for x in (yield)]\n").unwrap();
    let f = &st.tables[st.top().children[0]];
    assert!(f.is_generator);
    assert!(!st.tables[f.children[0]].is_generator);
}

#[test]
fn class_closure_and_child_free() {
    let src = "class C:\n    def m(self):\n        return super().m()\nclass D:\n    def m(self):\n        return 1\n";
    let st = build(src).unwrap();
    let c = &st.tables[st.top().children[0]];
    let d = &st.tables[st.top().children[1]];
    assert!(c.needs_class_closure && c.child_free);
    assert!(!d.needs_class_closure && !d.child_free);
    assert_eq!(c.scope_of("__class__"), Scope::Unknown);
    let m = &st.tables[c.children[0]];
    assert_eq!(m.scope_of("__class__"), Scope::Free);
}

#[test]
fn varargs_flags_and_varnames() {
    let st = build("def f(a, /, b, *c, d, **e): pass\nlambda: 0\n").unwrap();
    let f = &st.tables[st.top().children[0]];
    assert!(f.has_varargs && f.has_varkeywords);
    assert_eq!(f.varnames, ["a", "b", "d", "c", "e"]);
    let l = &st.tables[st.top().children[1]];
    assert!(!l.has_varargs && !l.has_varkeywords && l.varnames.is_empty());
}

#[test]
fn free_var_through_class_is_def_free_class() {
    let src = "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self): return x\n";
    let st = build(src).unwrap();
    let f = &st.tables[st.top().children[0]];
    let c = &st.tables[f.children[0]];
    assert_eq!(f.scope_of("x"), Scope::Cell);
    assert_eq!(c.symbols["x"].flags & DEF_FREE_CLASS, DEF_FREE_CLASS);
    assert_eq!(c.scope_of("x"), Scope::Local);
}

#[test]
fn future_annotations_scopes_are_dropped() {
    let src = "from __future__ import annotations\ndef f(a: (lambda: q)) -> [z for z in w]: pass\n";
    let st = build(src).unwrap();
    assert_eq!(st.tables.len(), 2);
    assert_eq!(st.top().children, [1]);
    assert_eq!(st.top().scope_of("q"), Scope::Unknown);
}

#[test]
fn mangling() {
    assert_eq!(mangle(Some("C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("__"), "__x"), "__x");
    assert_eq!(mangle(Some("C"), "__x__"), "__x__");
    assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
    assert_eq!(mangle(Some("C"), "_x"), "_x");
    assert_eq!(mangle(Some("C"), "__"), "__");
    assert_eq!(mangle(None, "__x"), "__x");
}

#[test]
fn eval_mode_expression() {
    let src = "[y for y in x] + (lambda: z)()";
    let e = match parse(src, Mode::Eval, "x.py").unwrap() {
        ast::Mod::Expression(e) => e,
        _ => panic!(),
    };
    let st = build_expression(&e.body, "x.py", &LineIndex::new(src), src).unwrap();
    assert_eq!(st.top().children.len(), 2);
    assert_eq!(st.top().scope_of("x"), Scope::GlobalImplicit);
}

/// Runs `f` on a thread with the given stack size (bytes).
fn with_stack<T: Send + 'static>(size: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(size)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn deep_nesting_fits_in_a_small_stack() {
    // 1000 nested unary minus, and 1000 nested lambdas (a scope per level).
    let unary = format!("x = {}y\n", "-".repeat(1000));
    let lambdas = format!("f = {}0\n", "lambda: ".repeat(1000));
    for src in [unary, lambdas] {
        let m = with_stack(64 << 20, move || (module(&src), src));
        // Parsing needs a big stack; our own passes must fit in 4 MiB at this depth.
        let (m, src) = with_stack(4 << 20, move || {
            let r = build_module(body(&m.0), "x.py", &LineIndex::new(&m.1), &m.1).map(drop);
            assert!(r.is_ok());
            m
        });
        with_stack(64 << 20, move || drop((m, src)));
    }
}

#[test]
fn too_deep_is_an_error_not_a_crash() {
    let src = format!("x = {}y\n", "-".repeat(MAX_DEPTH + 10));
    let err = with_stack(256 << 20, move || {
        let m = module(&src);
        let r = build(&src).map(drop);
        drop(m);
        r
    });
    let err = err.unwrap_err();
    assert_eq!(
        err.msg,
        "maximum recursion depth exceeded during compilation"
    );
}

use builder::MAX_DEPTH;

/// Dumps the tables of the files listed in `SYMTABLE_DUMP` (one path a line) as JSON-ish
/// lines to `SYMTABLE_DUMP_OUT`, for comparison with the oracle over large corpora.
#[test]
#[ignore]
fn dump_files() {
    let (Ok(list), Ok(out_path)) = (
        std::env::var("SYMTABLE_DUMP"),
        std::env::var("SYMTABLE_DUMP_OUT"),
    ) else {
        return;
    };
    let out = with_stack(256 << 20, move || {
        let mut out = String::new();
        for path in std::fs::read_to_string(list).unwrap().lines() {
            let Ok(src) = std::fs::read_to_string(path) else {
                continue;
            };
            let text = match parse(&src, Mode::Exec, path) {
                Ok(_) => describe(&src),
                Err(e) => format!("PARSE {}", e.msg),
            };
            let _ = writeln!(out, "=== {path}\n{text}");
        }
        out
    });
    std::fs::write(out_path, out).unwrap();
}
