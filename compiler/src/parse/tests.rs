//! Error messages checked against CPython 3.10.2 (the conformance oracle).

use super::{decode_source, parse};
use crate::Mode;

/// (name, source, what CPython prints for `python3.10 /t/x.py`)
const CASES: &[(&str, &str, &str)] = &[
    ("c01", "x = (1,\n", "  File \"/t/x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"),
    ("c02", "x = 1)\n", "  File \"/t/x.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n"),
    ("c03", "x = [1, 2)\n", "  File \"/t/x.py\", line 1\n    x = [1, 2)\n             ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '['\n"),
    ("c04", "if x\n    pass\n", "  File \"/t/x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"),
    ("c05", "f(a b)\n", "  File \"/t/x.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("c06", "x = 'abc\n", "  File \"/t/x.py\", line 1\n    x = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
    ("c07", "x = '''abc\n\ny\n", "  File \"/t/x.py\", line 1\n    x = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"),
    ("c08", "x = 1\n    y = 2\n", "  File \"/t/x.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"),
    ("c09", "if x:\npass\n", "  File \"/t/x.py\", line 2\n    pass\n    ^^^^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
    ("c10", "if x:\n        a\n    b\n", "  File \"/t/x.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"),
    ("c11", "1 = x\n", "  File \"/t/x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"),
    ("c12", "f() = 1\n", "  File \"/t/x.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"),
    ("c13", "x = 1abc\n", "  File \"/t/x.py\", line 1\n    x = 1abc\n        ^\nSyntaxError: invalid decimal literal\n"),
    ("c14", "print 'hi'\n", "  File \"/t/x.py\", line 1\n    print 'hi'\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
    ("c15", "def f(:\n  pass\n", "  File \"/t/x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"),
    ("c16", "x = 1 +\n", "  File \"/t/x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"),
    ("c17", "for x in y\n    pass\n", "  File \"/t/x.py\", line 1\n    for x in y\n              ^\nSyntaxError: expected ':'\n"),
    ("c18", "    if x:\n\tpass\n", "  File \"/t/x.py\", line 1\n    if x:\nIndentationError: unexpected indent\n"),
    ("c19", "if x:\n        a\n\tb\n", "  File \"/t/x.py\", line 3\n    \tb\n    ^\nTabError: inconsistent use of tabs and spaces in indentation\n"),
    ("c20", "x = $\n", "  File \"/t/x.py\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n"),
    ("c21", "class A\n  pass\n", "  File \"/t/x.py\", line 1\n    class A\n           ^\nSyntaxError: expected ':'\n"),
    ("c22", "while x\n  pass\n", "  File \"/t/x.py\", line 1\n    while x\n           ^\nSyntaxError: expected ':'\n"),
    ("c23", "def f():\n", "  File \"/t/x.py\", line 1\n    def f():\n            ^\nIndentationError: expected an indented block after function definition on line 1\n"),
    ("c24", "x = (\n1,\n2\n", "  File \"/t/x.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"),
    ("c25", "a, b += 1\n", "  File \"/t/x.py\", line 1\n    a, b += 1\n    ^^^^\nSyntaxError: 'tuple' is an illegal expression for augmented assignment\n"),
    ("c26", "del f()\n", "  File \"/t/x.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n"),
    ("c27", "x = yield = 3\n", "  File \"/t/x.py\", line 1\n    x = yield = 3\n        ^^^^^\nSyntaxError: assignment to yield expression not possible\n"),
    ("c30", "\tif x:\n\t    a = 'é' + (\n", "  File \"/t/x.py\", line 1\n    \tif x:\n    ^\nIndentationError: unexpected indent\n"),
    ("d01", "x = (1 2\n", "  File \"/t/x.py\", line 1\n    x = (1 2\n        ^\nSyntaxError: '(' was never closed\n"),
    ("d02", "def f(x):\n    return x +\n", "  File \"/t/x.py\", line 2\n    return x +\n              ^\nSyntaxError: invalid syntax\n"),
    ("d03", "x = [1, 2 3]\n", "  File \"/t/x.py\", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("d04", "if x:\n    pass\n  else:\n    pass\n", "  File \"/t/x.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n"),
    ("d05", "class A:\n    def f(self):\n    pass\n", "  File \"/t/x.py\", line 3\n    pass\n    ^^^^\nIndentationError: expected an indented block after function definition on line 2\n"),
    ("d06", "x = 1\nif x:\n\n\n", "  File \"/t/x.py\", line 4\n    \n    ^\nIndentationError: expected an indented block after 'if' statement on line 2\n"),
    ("d07", "for i in range(3):\n# c\nprint(i)\n", "  File \"/t/x.py\", line 3\n    print(i)\n    ^^^^^\nIndentationError: expected an indented block after 'for' statement on line 1\n"),
    ("d08", "x = {'a': 1 'b': 2}\n", "  File \"/t/x.py\", line 1\n    x = {'a': 1 'b': 2}\n              ^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("d10", "def f(a=1, b):\n  pass\n", "  File \"/t/x.py\", line 1\n    def f(a=1, b):\n               ^\nSyntaxError: non-default argument follows default argument\n"),
    ("d13", "x = 'é' + 1abc\n", "  File \"/t/x.py\", line 1\n    x = 'é' + 1abc\n              ^\nSyntaxError: invalid decimal literal\n"),
    ("d14", "import\n", "  File \"/t/x.py\", line 1\n    import\n          ^\nSyntaxError: invalid syntax\n"),
    ("d15", "x = (1,\n  2,\n  3 4)\n", "  File \"/t/x.py\", line 3\n    3 4)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("d16", "lambda x x\n", "  File \"/t/x.py\", line 1\n    lambda x x\n             ^\nSyntaxError: invalid syntax\n"),
    ("d17", "x := 1\n", "  File \"/t/x.py\", line 1\n    x := 1\n      ^^\nSyntaxError: invalid syntax\n"),
    ("d19", "a = 1; b = 2 3\n", "  File \"/t/x.py\", line 1\n    a = 1; b = 2 3\n                 ^\nSyntaxError: invalid syntax\n"),
    ("n01", "x = 123abc\n", "  File \"/t/x.py\", line 1\n    x = 123abc\n          ^\nSyntaxError: invalid decimal literal\n"),
    ("n02", "x = 0x1g\n", "  File \"/t/x.py\", line 1\n    x = 0x1g\n          ^\nSyntaxError: invalid hexadecimal literal\n"),
    ("n03", "x = 0777\n", "  File \"/t/x.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"),
    ("n04", "x = 0o78\n", "  File \"/t/x.py\", line 1\n    x = 0o78\n           ^\nSyntaxError: invalid digit '8' in octal literal\n"),
    ("n05", "x = 0b12\n", "  File \"/t/x.py\", line 1\n    x = 0b12\n           ^\nSyntaxError: invalid digit '2' in binary literal\n"),
    ("n06", "x = 1_\n", "  File \"/t/x.py\", line 1\n    x = 1_\n         ^\nSyntaxError: invalid decimal literal\n"),
    ("n07", "x = 1e\n", "  File \"/t/x.py\", line 1\n    x = 1e\n        ^\nSyntaxError: invalid decimal literal\n"),
    ("n09", "x = 5j3\n", "  File \"/t/x.py\", line 1\n    x = 5j3\n         ^\nSyntaxError: invalid imaginary literal\n"),
    ("n10", "x = 1.5abc\n", "  File \"/t/x.py\", line 1\n    x = 1.5abc\n          ^\nSyntaxError: invalid decimal literal\n"),
    ("s01", "x = '''abc\n\ny", "  File \"/t/x.py\", line 1\n    x = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"),
    ("s02", "x = (\n 'abc\n", "  File \"/t/x.py\", line 2\n    'abc\n    ^\nSyntaxError: unterminated string literal (detected at line 2)\n"),
    ("s03", "y = 1\nx = ('a' +\n   'b\n", "  File \"/t/x.py\", line 3\n    'b\n    ^\nSyntaxError: unterminated string literal (detected at line 3)\n"),
    ("s04", "x = a \\ b\n", "  File \"/t/x.py\", line 1\n    x = a \\ b\n           ^\nSyntaxError: unexpected character after line continuation character\n"),
    ("s05", "x = 1 + \\", "  File \"/t/x.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n"),
    ("s06", "x = €\n", "  File \"/t/x.py\", line 1\n    x = €\n        ^\nSyntaxError: invalid character '€' (U+20AC)\n"),
    ("s07", "x = a b\n", "  File \"/t/x.py\", line 1\n    x = a b\n         ^\nSyntaxError: invalid non-printable character U+00A0\n"),
    ("s08", "x = = 1\ny = 'abc\n", "  File \"/t/x.py\", line 2\n    y = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n"),
    ("s09", "x = (1,\ny = 2 2\n", "  File \"/t/x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"),
    ("s10", "x = [1,\n  2)\n", "  File \"/t/x.py\", line 2\n    2)\n     ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 1\n"),
    ("s11", "x = (1, 2\nif x:\n  pass\n", "  File \"/t/x.py\", line 1\n    x = (1, 2\n        ^\nSyntaxError: '(' was never closed\n"),
    ("s12", "if x:\n", "  File \"/t/x.py\", line 1\n    if x:\n         ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
    ("s13", "if x:   \n\n\n", "  File \"/t/x.py\", line 3\n    \n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
    ("s14", "def f()\n  pass\n", "  File \"/t/x.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n"),
    ("s15", "try\n  pass\n", "  File \"/t/x.py\", line 1\n    try\n       ^\nSyntaxError: expected ':'\n"),
    ("s16", "with a as b\n  pass\n", "  File \"/t/x.py\", line 1\n    with a as b\n               ^\nSyntaxError: expected ':'\n"),
    ("s17", "else\n", "  File \"/t/x.py\", line 1\n    else\n    ^^^^\nSyntaxError: invalid syntax\n"),
    ("s18", "x = f() = 1\n", "  File \"/t/x.py\", line 1\n    x = f() = 1\n        ^^^\nSyntaxError: cannot assign to function call\n"),
    ("s19", "x + 1 = 2\n", "  File \"/t/x.py\", line 1\n    x + 1 = 2\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"),
    ("s20", "(a, 1) = x\n", "  File \"/t/x.py\", line 1\n    (a, 1) = x\n        ^\nSyntaxError: cannot assign to literal\n"),
    ("s21", "True = 1\n", "  File \"/t/x.py\", line 1\n    True = 1\n    ^^^^\nSyntaxError: cannot assign to True\n"),
    ("s22", "for 1 in x: pass\n", "  File \"/t/x.py\", line 1\n    for 1 in x: pass\n        ^\nSyntaxError: cannot assign to literal\n"),
    ("s23", "type X = int\n", "  File \"/t/x.py\", line 1\n    type X = int\n         ^\nSyntaxError: invalid syntax\n"),
    ("s24", "try:\n  pass\nexcept* E:\n  pass\n", "  File \"/t/x.py\", line 3\n    except* E:\n          ^\nSyntaxError: invalid syntax\n"),
    ("s25", "a[*b]\n", "  File \"/t/x.py\", line 1\n    a[*b]\n      ^\nSyntaxError: invalid syntax\n"),
    ("s26", "def f[T](): pass\n", "  File \"/t/x.py\", line 1\n    def f[T](): pass\n         ^\nSyntaxError: invalid syntax\n"),
    ("s28", "f(a, b c)\n", "  File \"/t/x.py\", line 1\n    f(a, b c)\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("s29", "x = [a, b c + 1, d]\n", "  File \"/t/x.py\", line 1\n    x = [a, b c + 1, d]\n            ^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ("s30", "print x, y\n", "  File \"/t/x.py\", line 1\n    print x, y\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
];

fn report(source: &[u8]) -> String {
    match decode_source(source, "/t/x.py").and_then(|s| parse(&s, Mode::Exec, "/t/x.py")) {
        Ok(_) => String::new(),
        Err(e) => e.format_for_script(),
    }
}

#[test]
fn messages_match_cpython() {
    let mut failed = Vec::new();
    for (name, source, expected) in CASES {
        let got = report(source.as_bytes());
        if got != *expected {
            failed.push(format!("{name}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn decoding() {
    assert_eq!(report(b"\xef\xbb\xbfx = 1\n"), "");
    assert_eq!(report(b"# -*- coding: latin-1 -*-\nx = '\xff'\n"), "");
    assert_eq!(
        report(b"# coding: foobar\nx = 1\n"),
        "  File \"/t/x.py\", line 0\nSyntaxError: unknown encoding: foobar\n"
    );
    assert_eq!(
        report(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"),
        "  File \"/t/x.py\", line 0\nSyntaxError: encoding problem: iso-8859-1 with BOM\n"
    );
    assert_eq!(
        report(b"x = 1\x00\n"),
        "ValueError: source code string cannot contain null bytes\n"
    );
    assert_eq!(
        report(b"x = 1\ny = '\xff'\n"),
        "  File \"/t/x.py\", line 2\nSyntaxError: Non-UTF-8 code starting with '\\xff' in file /t/x.py on line 2, but no encoding declared; see https://python.org/dev/peps/pep-0263/ for details\n"
    );
}

/// Runs on a large stack, as the CLI does: deep trees are dropped recursively.
fn report_deep(source: String) -> String {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || report(source.as_bytes()))
        .expect("thread")
        .join()
        .expect("no panic")
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let recursion = "RecursionError: maximum recursion depth exceeded during compilation\n";
    for source in [
        format!("x = {}1\n", "-".repeat(20_000)),
        format!("x = {}1\n", "not ".repeat(20_000)),
        format!("x = a{}\n", ".b".repeat(20_000)),
        format!("x = x{}\n", "[0]".repeat(20_000)),
    ] {
        assert_eq!(report_deep(source), recursion);
    }
    let parens = format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000));
    assert!(report_deep(parens).ends_with("SyntaxError: too many nested parentheses\n"));
    assert_eq!(
        report_deep(format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200))),
        ""
    );
}

#[test]
fn long_files_parse() {
    let source = "x = 1\n".repeat(100_000);
    assert_eq!(report(source.as_bytes()), "");
}
