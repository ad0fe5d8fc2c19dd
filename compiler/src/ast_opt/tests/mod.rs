//! Tests against CPython 3.10.2: `oracle_cases.rs` holds what the oracle folds each
//! expression to (regenerate it with `gen_oracle_cases.py`), the rest checks rewrites that
//! are not plain constants.

#[rustfmt::skip]
mod oracle_cases;

use super::{optimize_expression, optimize_module, MAX_DEPTH};
use crate::parse::parse;
use crate::Mode;
use rustpython_parser::ast::{self, CmpOp, Constant, Expr, Ranged, Stmt};

/// The notation of `gen_oracle_cases.py`: floats by bit pattern, so `-0.0` and NaN count.
fn canon(c: &Constant) -> String {
    let bits = |f: f64| {
        if f.is_nan() {
            "nan".to_string()
        } else {
            format!("{:016x}", f.to_bits())
        }
    };
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "...".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => format!("i{i}"),
        Constant::Float(f) => format!("f{}", bits(*f)),
        Constant::Complex { real, imag } => format!("c{},{}", bits(*real), bits(*imag)),
        Constant::Str(s) => format!("s{s}"),
        Constant::Bytes(b) => b
            .iter()
            .fold("b".to_string(), |s, x| s + &format!("{x:02x}")),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(canon).collect();
            format!("({})", items.join(" "))
        }
    }
}

fn fold_expr(src: &str) -> Expr {
    let ast::Mod::Expression(m) = parse(src, Mode::Eval, "<test>").expect(src) else {
        panic!("not an expression: {src}");
    };
    let mut e = *m.body;
    optimize_expression(&mut e);
    e
}

fn fold_module(src: &str) -> Vec<Stmt> {
    let ast::Mod::Module(m) = parse(src, Mode::Exec, "<test>").expect(src) else {
        panic!("not a module: {src}");
    };
    let mut body = m.body;
    optimize_module(&mut body);
    body
}

fn folded(e: &Expr) -> String {
    match e {
        Expr::Constant(c) => canon(&c.value),
        _ => "NOFOLD".into(),
    }
}

#[test]
fn folds_like_cpython() {
    let mut failures = Vec::new();
    for (src, want) in oracle_cases::CASES {
        let got = folded(&fold_expr(src));
        if got != *want {
            failures.push(format!("{src}: got {got:.80}, want {want:.80}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `sys.maxsize` differs: the oracle is a 32-bit build, pyco follows 64-bit CPython.
#[test]
fn empty_sequence_repeat_counts_up_to_64_bit_maxsize() {
    assert_eq!(folded(&fold_expr("''*100000000000")), "s");
    assert_eq!(folded(&fold_expr("()*9223372036854775807")), "()");
    assert_eq!(folded(&fold_expr("()*9223372036854775808")), "NOFOLD");
}

fn module_expr(body: &[Stmt], i: usize) -> &Expr {
    match &body[i] {
        Stmt::Expr(s) => &s.value,
        Stmt::Assign(s) => &s.value,
        other => panic!("unexpected statement {other:?}"),
    }
}

#[test]
fn not_inverts_only_identity_and_membership() {
    let cases = [
        ("not (a is b)", Some(CmpOp::IsNot)),
        ("not (a is not b)", Some(CmpOp::Is)),
        ("not (a in b)", Some(CmpOp::NotIn)),
        ("not (a not in b)", Some(CmpOp::In)),
        ("not (a == b)", None),
        ("not (a < b)", None),
        ("not (a in b in c)", None),
    ];
    for (src, want) in cases {
        let e = fold_expr(src);
        match (want, &e) {
            (Some(op), Expr::Compare(c)) => assert_eq!(c.ops, vec![op], "{src}"),
            (None, Expr::UnaryOp(_)) => {}
            _ => panic!("{src}: {e:?}"),
        }
    }
}

#[test]
fn inverted_comparison_keeps_its_own_range() {
    let e = fold_expr("not (a is b)");
    assert_eq!(u32::from(e.range().start()), 5);
    assert_eq!(u32::from(e.range().end()), 11);
}

#[test]
fn folded_constant_takes_the_outer_range() {
    let body = fold_module("x = (1 + 2) * 3");
    let e = module_expr(&body, 0);
    assert_eq!(folded(e), "i9");
    assert_eq!(u32::from(e.range().start()), 4);
    assert_eq!(u32::from(e.range().end()), 15);
}

fn is_const_tuple(e: &Expr, want: &str) -> bool {
    matches!(e, Expr::Constant(c) if canon(&c.value) == want)
}

#[test]
fn list_in_membership_test_becomes_tuple() {
    assert!(matches!(fold_expr("x in [1, 2]"),
        Expr::Compare(c) if is_const_tuple(&c.comparators[0], "(i1 i2)")));
    assert!(matches!(fold_expr("x not in [1, y]"),
        Expr::Compare(c) if matches!(&c.comparators[0], Expr::Tuple(t) if t.elts.len() == 2)));
    // Only the last comparison of a chain is looked at.
    assert!(matches!(fold_expr("[1] in [[1]] == z"),
        Expr::Compare(c) if matches!(&c.comparators[0], Expr::List(_))));
    assert!(matches!(fold_expr("x in [1, *y]"),
        Expr::Compare(c) if matches!(&c.comparators[0], Expr::List(_))));
    assert!(matches!(fold_expr("x in {1, 2}"),
        Expr::Compare(c) if matches!(&c.comparators[0], Expr::Set(_))));
    assert!(matches!(fold_expr("x == [1, 2]"),
        Expr::Compare(c) if matches!(&c.comparators[0], Expr::List(_))));
}

#[test]
fn iterables_of_for_and_comprehensions_become_tuples() {
    let body = fold_module("for i in [1, 2]: pass\nasync def f():\n async for i in [1]: pass\n");
    let Stmt::For(f) = &body[0] else { panic!() };
    assert!(is_const_tuple(&f.iter, "(i1 i2)"));
    let Stmt::AsyncFunctionDef(def) = &body[1] else {
        panic!()
    };
    let Stmt::AsyncFor(af) = &def.body[0] else {
        panic!()
    };
    assert!(matches!(&*af.iter, Expr::List(_)));

    let e = fold_expr("[i for i in [a, b] if i in [3]]");
    let Expr::ListComp(c) = e else { panic!() };
    assert!(matches!(&c.generators[0].iter, Expr::Tuple(_)));
    assert!(matches!(&c.generators[0].ifs[0],
        Expr::Compare(cmp) if is_const_tuple(&cmp.comparators[0], "(i3)")));
}

#[test]
fn only_load_context_folds() {
    let body = fold_module("(a, b) = 1, 2\n'abc'[0] = 1\nx = [1, 2]\n");
    let Stmt::Assign(a) = &body[0] else { panic!() };
    assert!(matches!(&a.targets[0], Expr::Tuple(_)));
    assert!(is_const_tuple(&a.value, "(i1 i2)"));
    let Stmt::Assign(s) = &body[1] else { panic!() };
    assert!(matches!(&s.targets[0], Expr::Subscript(_)));
    assert!(matches!(module_expr(&body, 2), Expr::List(_)));
}

#[test]
fn folded_string_never_becomes_a_docstring() {
    for src in [
        "'a' + 'b'\n",
        "def f():\n 'a' * 2\n",
        "class C:\n ('a', 'b')[0]\n",
    ] {
        let body = fold_module(src);
        let body = match &body[0] {
            Stmt::FunctionDef(f) => &f.body,
            Stmt::ClassDef(c) => &c.body,
            _ => &body,
        };
        let Stmt::Expr(first) = &body[0] else {
            panic!("{src}")
        };
        let Expr::JoinedStr(j) = &*first.value else {
            panic!("{src}: {first:?}")
        };
        assert_eq!(j.range, first.range);
        assert!(
            matches!(&j.values[..], [Expr::Constant(c)] if matches!(c.value, Constant::Str(_)))
        );
    }
    // A real docstring, a later statement and a nested block stay as they are.
    let body = fold_module("'doc'\n'a' + 'b'\nif x:\n 'a' + 'b'\n");
    assert!(matches!(module_expr(&body, 0), Expr::Constant(_)));
    assert!(matches!(module_expr(&body, 1), Expr::Constant(_)));
    let Stmt::If(i) = &body[2] else { panic!() };
    assert!(matches!(module_expr(&i.body, 0), Expr::Constant(_)));
}

#[test]
fn debug_is_true_only_when_loaded() {
    let body = fold_module("if __debug__: pass\n__debug__ = 1\n");
    let Stmt::If(i) = &body[0] else { panic!() };
    assert!(is_const_tuple(&i.test, "True"));
    let Stmt::Assign(a) = &body[1] else { panic!() };
    assert!(matches!(&a.targets[0], Expr::Name(_)));
}

#[test]
fn future_annotations_are_left_alone() {
    let src = "def f(a: 1+1 = 2+2) -> -1: pass\nx: 3*3 = 4*4\n";
    let body = fold_module(src);
    let Stmt::FunctionDef(f) = &body[0] else {
        panic!()
    };
    assert!(is_const_tuple(
        f.args.args[0].def.annotation.as_ref().unwrap(),
        "i2"
    ));
    assert!(is_const_tuple(f.returns.as_ref().unwrap(), "i-1"));

    let body = fold_module(&format!("'doc'\nfrom __future__ import annotations\n{src}"));
    let Stmt::FunctionDef(f) = &body[2] else {
        panic!()
    };
    let arg = &f.args.args[0];
    assert!(matches!(
        arg.def.annotation.as_deref(),
        Some(Expr::BinOp(_))
    ));
    assert!(is_const_tuple(arg.default.as_ref().unwrap(), "i4"));
    assert!(matches!(f.returns.as_deref(), Some(Expr::UnaryOp(_))));
    let Stmt::AnnAssign(a) = &body[3] else {
        panic!()
    };
    assert!(matches!(&*a.annotation, Expr::BinOp(_)));
    assert!(is_const_tuple(a.value.as_ref().unwrap(), "i16"));
}

#[test]
fn match_values_fold() {
    let body = fold_module("match x:\n case -1 | 1+2j: pass\n case {-1: _}: pass\n");
    let Stmt::Match(m) = &body[0] else { panic!() };
    let ast::Pattern::MatchOr(or) = &m.cases[0].pattern else {
        panic!()
    };
    let ast::Pattern::MatchValue(v) = &or.patterns[0] else {
        panic!()
    };
    assert!(is_const_tuple(&v.value, "i-1"));
    let ast::Pattern::MatchValue(v) = &or.patterns[1] else {
        panic!()
    };
    assert!(is_const_tuple(
        &v.value,
        "c3ff0000000000000,4000000000000000"
    ));
    let ast::Pattern::MatchMapping(mm) = &m.cases[1].pattern else {
        panic!()
    };
    assert!(is_const_tuple(&mm.keys[0], "i-1"));
}

fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("no stack overflow");
}

#[test]
fn thousand_deep_expressions_fold() {
    on_big_stack(|| {
        let neg = format!("{}1", "-".repeat(1000));
        assert_eq!(folded(&fold_expr(&neg)), "i1");
        let sum = vec!["1"; 1000].join("+");
        assert_eq!(folded(&fold_expr(&sum)), "i1000");
        let tuple = format!("{}1{}", "(1,".repeat(190), ")".repeat(190));
        assert!(folded(&fold_expr(&tuple)).starts_with("(i1 (i1 "));
        let stmts = format!(
            "{}x = 1+1\n",
            (0..90)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
        )
        .replace("x = 1+1", &format!("{}x = 1+1", " ".repeat(90)));
        fold_module(&stmts);
    });
}

#[test]
fn nesting_beyond_the_limit_is_left_unfolded() {
    on_big_stack(|| {
        let mut e = Expr::Constant(ast::ExprConstant {
            range: Default::default(),
            value: Constant::Int(1.into()),
            kind: None,
        });
        for _ in 0..MAX_DEPTH + 10 {
            e = Expr::UnaryOp(ast::ExprUnaryOp {
                range: Default::default(),
                op: ast::UnaryOp::USub,
                operand: Box::new(e),
            });
        }
        optimize_expression(&mut e);
        assert!(matches!(e, Expr::UnaryOp(_)));
        // Drop iteratively, as the derived drop recurses once per level.
        let mut next = Some(e);
        while let Some(Expr::UnaryOp(u)) = next.take() {
            next = Some(*u.operand);
        }
    });
}
