//! Generated from the cpython310 oracle (3.10.2): code objects as `compile()` or
//! `code.replace()` made them, and what `dis.dis` printed for them.

#![allow(clippy::all)]

use super::*;
use std::rc::Rc;

pub(super) fn loops() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 2,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 0, 100, 1, 132, 0, 90, 0, 100, 2, 83, 0],
        consts: vec![ConstValue::Code(Rc::new(CodeObject {
            argcount: 2,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 4,
            stacksize: 3,
            flags: 67,
            firstlineno: 2,
            code: vec![124, 0, 124, 1, 23, 0, 125, 2, 124, 2, 100, 1, 55, 0, 125, 2, 116, 0, 100, 2, 131, 1, 68, 0, 93, 17, 125, 3, 124, 3, 100, 1, 107, 2, 114, 19, 113, 12, 124, 3, 100, 3, 107, 4, 114, 25, 1, 0, 113, 32, 124, 2, 124, 3, 57, 0, 125, 2, 113, 12, 100, 4, 125, 2, 124, 2, 114, 40, 124, 2, 100, 1, 56, 0, 125, 2, 124, 2, 115, 34, 124, 2, 83, 0],
            consts: vec![ConstValue::Str("doc".into()), int("1"), int("3"), int("5"), int("-1")],
            names: strs(&["range"]),
            varnames: strs(&["a", "b", "x", "i"]),
            freevars: strs(&[]),
            cellvars: strs(&[]),
            filename: "t.py".into(),
            name: "f".into(),
            qualname: "f".into(),
            linetable: vec![8, 2, 8, 1, 12, 1, 8, 1, 2, 1, 8, 1, 4, 1, 10, 1, 4, 2, 4, 1, 8, 1, 4, 255, 4, 2],
        })), ConstValue::Str("f".into()), ConstValue::None],
        names: strs(&["f"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![12, 1],
    };
    (code, r#"  2           0 LOAD_CONST               0 (<code object f at 0xADDR, file "t.py", line 2>)
              2 LOAD_CONST               1 ('f')
              4 MAKE_FUNCTION            0
              6 STORE_NAME               0 (f)
              8 LOAD_CONST               2 (None)
             10 RETURN_VALUE

Disassembly of <code object f at 0xADDR, file "t.py", line 2>:
  4           0 LOAD_FAST                0 (a)
              2 LOAD_FAST                1 (b)
              4 BINARY_ADD
              6 STORE_FAST               2 (x)

  5           8 LOAD_FAST                2 (x)
             10 LOAD_CONST               1 (1)
             12 INPLACE_ADD
             14 STORE_FAST               2 (x)

  6          16 LOAD_GLOBAL              0 (range)
             18 LOAD_CONST               2 (3)
             20 CALL_FUNCTION            1
             22 GET_ITER
        >>   24 FOR_ITER                17 (to 60)
             26 STORE_FAST               3 (i)

  7          28 LOAD_FAST                3 (i)
             30 LOAD_CONST               1 (1)
             32 COMPARE_OP               2 (==)
             34 POP_JUMP_IF_FALSE       19 (to 38)

  8          36 JUMP_ABSOLUTE           12 (to 24)

  9     >>   38 LOAD_FAST                3 (i)
             40 LOAD_CONST               3 (5)
             42 COMPARE_OP               4 (>)
             44 POP_JUMP_IF_FALSE       25 (to 50)

 10          46 POP_TOP
             48 JUMP_ABSOLUTE           32 (to 64)

 11     >>   50 LOAD_FAST                2 (x)
             52 LOAD_FAST                3 (i)
             54 INPLACE_MULTIPLY
             56 STORE_FAST               2 (x)
             58 JUMP_ABSOLUTE           12 (to 24)

 13     >>   60 LOAD_CONST               4 (-1)
             62 STORE_FAST               2 (x)

 14     >>   64 LOAD_FAST                2 (x)
             66 POP_JUMP_IF_FALSE       40 (to 80)

 15     >>   68 LOAD_FAST                2 (x)
             70 LOAD_CONST               1 (1)
             72 INPLACE_SUBTRACT
             74 STORE_FAST               2 (x)

 14          76 LOAD_FAST                2 (x)
             78 POP_JUMP_IF_TRUE        34 (to 68)

 16     >>   80 LOAD_FAST                2 (x)
             82 RETURN_VALUE
"#)
}

pub(super) fn closures() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 6,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 8, 100, 1, 100, 2, 156, 1, 100, 3, 101, 0, 100, 4, 101, 1, 102, 4, 100, 5, 100, 6, 132, 7, 90, 2, 100, 7, 83, 0],
        consts: vec![int("2"), int("3"), ConstValue::Tuple(vec![ConstValue::Str("c".into())]), ConstValue::Str("c".into()), ConstValue::Str("return".into()), ConstValue::Code(Rc::new(CodeObject {
            argcount: 2,
            posonlyargcount: 0,
            kwonlyargcount: 1,
            nlocals: 7,
            stacksize: 4,
            flags: 15,
            firstlineno: 2,
            code: vec![100, 1, 137, 1, 100, 9, 135, 0, 135, 1, 102, 2, 100, 3, 100, 4, 132, 9, 125, 5, 71, 0, 135, 1, 102, 1, 100, 5, 100, 6, 132, 8, 100, 6, 131, 2, 125, 6, 138, 0, 124, 5, 135, 1, 102, 1, 100, 7, 100, 8, 132, 8, 102, 2, 83, 0],
            consts: vec![ConstValue::None, int("5"), ConstValue::Tuple(vec![int("1"), int("2")]), ConstValue::Code(Rc::new(CodeObject {
                argcount: 1,
                posonlyargcount: 0,
                kwonlyargcount: 0,
                nlocals: 1,
                stacksize: 2,
                flags: 19,
                firstlineno: 4,
                code: vec![124, 0, 137, 1, 136, 0, 136, 1, 102, 2, 83, 0],
                consts: vec![ConstValue::None],
                names: strs(&[]),
                varnames: strs(&["q"]),
                freevars: strs(&["a", "z"]),
                cellvars: strs(&[]),
                filename: "t.py".into(),
                name: "inner".into(),
                qualname: "inner".into(),
                linetable: vec![4, 2, 8, 1],
            })), ConstValue::Str("outer.<locals>.inner".into()), ConstValue::Code(Rc::new(CodeObject {
                argcount: 0,
                posonlyargcount: 0,
                kwonlyargcount: 0,
                nlocals: 0,
                stacksize: 3,
                flags: 0,
                firstlineno: 8,
                code: vec![101, 0, 90, 1, 100, 0, 90, 2, 135, 0, 102, 1, 100, 1, 100, 2, 132, 8, 90, 3, 148, 0, 90, 4, 100, 3, 83, 0],
                consts: vec![ConstValue::Str("outer.<locals>.K".into()), ConstValue::Code(Rc::new(CodeObject {
                    argcount: 1,
                    posonlyargcount: 0,
                    kwonlyargcount: 0,
                    nlocals: 1,
                    stacksize: 1,
                    flags: 19,
                    firstlineno: 9,
                    code: vec![136, 0, 83, 0],
                    consts: vec![ConstValue::None],
                    names: strs(&[]),
                    varnames: strs(&["self"]),
                    freevars: strs(&["z"]),
                    cellvars: strs(&[]),
                    filename: "t.py".into(),
                    name: "m".into(),
                    qualname: "m".into(),
                    linetable: vec![4, 1],
                })), ConstValue::Str("outer.<locals>.K.m".into()), ConstValue::None],
                names: strs(&["__name__", "__module__", "__qualname__", "m", "w"]),
                varnames: strs(&[]),
                freevars: strs(&["z"]),
                cellvars: strs(&[]),
                filename: "t.py".into(),
                name: "K".into(),
                qualname: "K".into(),
                linetable: vec![8, 0, 12, 1, 8, 2],
            })), ConstValue::Str("K".into()), ConstValue::Code(Rc::new(CodeObject {
                argcount: 0,
                posonlyargcount: 0,
                kwonlyargcount: 0,
                nlocals: 0,
                stacksize: 1,
                flags: 19,
                firstlineno: 13,
                code: vec![136, 0, 83, 0],
                consts: vec![ConstValue::None],
                names: strs(&[]),
                varnames: strs(&[]),
                freevars: strs(&["z"]),
                cellvars: strs(&[]),
                filename: "t.py".into(),
                name: "<lambda>".into(),
                qualname: "<lambda>".into(),
                linetable: vec![4, 0],
            })), ConstValue::Str("outer.<locals>.<lambda>".into()), ConstValue::Tuple(vec![ConstValue::Tuple(vec![int("1"), int("2")])])],
            names: strs(&[]),
            varnames: strs(&["a", "b", "c", "args", "kw", "inner", "K"]),
            freevars: strs(&[]),
            cellvars: strs(&["a", "z"]),
            filename: "t.py".into(),
            name: "outer".into(),
            qualname: "outer".into(),
            linetable: vec![4, 1, 16, 1, 18, 4, 2, 4, 16, 1],
        })), ConstValue::Str("outer".into()), ConstValue::None, ConstValue::Tuple(vec![int("2")])],
        names: strs(&["int", "list", "outer"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![30, 1],
    };
    (code, r#"  2           0 LOAD_CONST               8 ((2,))
              2 LOAD_CONST               1 (3)
              4 LOAD_CONST               2 (('c',))
              6 BUILD_CONST_KEY_MAP      1
              8 LOAD_CONST               3 ('c')
             10 LOAD_NAME                0 (int)
             12 LOAD_CONST               4 ('return')
             14 LOAD_NAME                1 (list)
             16 BUILD_TUPLE              4
             18 LOAD_CONST               5 (<code object outer at 0xADDR, file "t.py", line 2>)
             20 LOAD_CONST               6 ('outer')
             22 MAKE_FUNCTION            7 (defaults, kwdefaults, annotations)
             24 STORE_NAME               2 (outer)
             26 LOAD_CONST               7 (None)
             28 RETURN_VALUE

Disassembly of <code object outer at 0xADDR, file "t.py", line 2>:
  3           0 LOAD_CONST               1 (5)
              2 STORE_DEREF              1 (z)

  4           4 LOAD_CONST               9 (((1, 2),))
              6 LOAD_CLOSURE             0 (a)
              8 LOAD_CLOSURE             1 (z)
             10 BUILD_TUPLE              2
             12 LOAD_CONST               3 (<code object inner at 0xADDR, file "t.py", line 4>)
             14 LOAD_CONST               4 ('outer.<locals>.inner')
             16 MAKE_FUNCTION            9 (defaults, closure)
             18 STORE_FAST               5 (inner)

  8          20 LOAD_BUILD_CLASS
             22 LOAD_CLOSURE             1 (z)
             24 BUILD_TUPLE              1
             26 LOAD_CONST               5 (<code object K at 0xADDR, file "t.py", line 8>)
             28 LOAD_CONST               6 ('K')
             30 MAKE_FUNCTION            8 (closure)
             32 LOAD_CONST               6 ('K')
             34 CALL_FUNCTION            2
             36 STORE_FAST               6 (K)

 12          38 DELETE_DEREF             0 (a)

 13          40 LOAD_FAST                5 (inner)
             42 LOAD_CLOSURE             1 (z)
             44 BUILD_TUPLE              1
             46 LOAD_CONST               7 (<code object <lambda> at 0xADDR, file "t.py", line 13>)
             48 LOAD_CONST               8 ('outer.<locals>.<lambda>')
             50 MAKE_FUNCTION            8 (closure)
             52 BUILD_TUPLE              2
             54 RETURN_VALUE

Disassembly of <code object inner at 0xADDR, file "t.py", line 4>:
  6           0 LOAD_FAST                0 (q)
              2 STORE_DEREF              1 (z)

  7           4 LOAD_DEREF               0 (a)
              6 LOAD_DEREF               1 (z)
              8 BUILD_TUPLE              2
             10 RETURN_VALUE

Disassembly of <code object K at 0xADDR, file "t.py", line 8>:
  8           0 LOAD_NAME                0 (__name__)
              2 STORE_NAME               1 (__module__)
              4 LOAD_CONST               0 ('outer.<locals>.K')
              6 STORE_NAME               2 (__qualname__)

  9           8 LOAD_CLOSURE             0 (z)
             10 BUILD_TUPLE              1
             12 LOAD_CONST               1 (<code object m at 0xADDR, file "t.py", line 9>)
             14 LOAD_CONST               2 ('outer.<locals>.K.m')
             16 MAKE_FUNCTION            8 (closure)
             18 STORE_NAME               3 (m)

 11          20 LOAD_CLASSDEREF          0 (z)
             22 STORE_NAME               4 (w)
             24 LOAD_CONST               3 (None)
             26 RETURN_VALUE

Disassembly of <code object m at 0xADDR, file "t.py", line 9>:
 10           0 LOAD_DEREF               0 (z)
              2 RETURN_VALUE

Disassembly of <code object <lambda> at 0xADDR, file "t.py", line 13>:
 13           0 LOAD_DEREF               0 (z)
              2 RETURN_VALUE
"#)
}

pub(super) fn fstrings() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 2,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 0, 100, 1, 132, 0, 90, 0, 100, 2, 83, 0],
        consts: vec![ConstValue::Code(Rc::new(CodeObject {
            argcount: 6,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 6,
            stacksize: 7,
            flags: 67,
            firstlineno: 2,
            code: vec![124, 0, 155, 0, 124, 1, 155, 2, 124, 2, 100, 1, 155, 4, 124, 3, 124, 4, 155, 0, 155, 7, 124, 5, 155, 1, 100, 2, 124, 0, 155, 2, 157, 7, 83, 0],
            consts: vec![ConstValue::None, ConstValue::Str(">3".into()), ConstValue::Str("xa=".into())],
            names: strs(&[]),
            varnames: strs(&["a", "b", "c", "d", "e", "g"]),
            freevars: strs(&[]),
            cellvars: strs(&[]),
            filename: "t.py".into(),
            name: "f".into(),
            qualname: "f".into(),
            linetable: vec![36, 1],
        })), ConstValue::Str("f".into()), ConstValue::None],
        names: strs(&["f"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![12, 1],
    };
    (code, r#"  2           0 LOAD_CONST               0 (<code object f at 0xADDR, file "t.py", line 2>)
              2 LOAD_CONST               1 ('f')
              4 MAKE_FUNCTION            0
              6 STORE_NAME               0 (f)
              8 LOAD_CONST               2 (None)
             10 RETURN_VALUE

Disassembly of <code object f at 0xADDR, file "t.py", line 2>:
  3           0 LOAD_FAST                0 (a)
              2 FORMAT_VALUE             0
              4 LOAD_FAST                1 (b)
              6 FORMAT_VALUE             2 (repr)
              8 LOAD_FAST                2 (c)
             10 LOAD_CONST               1 ('>3')
             12 FORMAT_VALUE             4 (with format)
             14 LOAD_FAST                3 (d)
             16 LOAD_FAST                4 (e)
             18 FORMAT_VALUE             0
             20 FORMAT_VALUE             7 (ascii, with format)
             22 LOAD_FAST                5 (g)
             24 FORMAT_VALUE             1 (str)
             26 LOAD_CONST               2 ('xa=')
             28 LOAD_FAST                0 (a)
             30 FORMAT_VALUE             2 (repr)
             32 BUILD_STRING             7
             34 RETURN_VALUE
"#)
}

pub(super) fn exceptions() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 10,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 0, 100, 1, 108, 0, 109, 1, 90, 2, 1, 0, 100, 2, 100, 3, 108, 3, 109, 4, 90, 4, 1, 0, 100, 4, 100, 5, 108, 3, 84, 0, 122, 44, 122, 6, 100, 0, 100, 1, 108, 5, 90, 5, 87, 0, 110, 32, 4, 0, 101, 6, 101, 7, 102, 2, 121, 47, 1, 0, 90, 8, 1, 0, 122, 10, 101, 9, 101, 8, 131, 1, 1, 0, 87, 0, 89, 0, 100, 1, 90, 8, 91, 8, 110, 14, 100, 1, 90, 8, 91, 8, 119, 1, 4, 0, 101, 10, 121, 55, 1, 0, 1, 0, 1, 0, 89, 0, 110, 2, 119, 0, 91, 5, 87, 0, 100, 2, 90, 11, 110, 3, 100, 2, 90, 11, 119, 0, 101, 12, 100, 6, 131, 1, 143, 32, 90, 13, 101, 12, 100, 7, 131, 1, 143, 12, 1, 0, 101, 13, 160, 14, 161, 0, 1, 0, 87, 0, 100, 1, 4, 0, 4, 0, 131, 3, 1, 0, 110, 8, 49, 0, 115, 88, 119, 1, 1, 0, 1, 0, 1, 0, 89, 0, 1, 0, 87, 0, 100, 1, 4, 0, 4, 0, 131, 3, 1, 0, 110, 8, 49, 0, 115, 103, 119, 1, 1, 0, 1, 0, 1, 0, 89, 0, 1, 0, 101, 11, 115, 114, 74, 0, 100, 8, 131, 1, 130, 1, 101, 7, 100, 1, 130, 2],
        consts: vec![int("0"), ConstValue::None, int("1"), ConstValue::Tuple(vec![ConstValue::Str("rel".into())]), int("2"), ConstValue::Tuple(vec![ConstValue::Str("*".into())]), ConstValue::Str("f".into()), ConstValue::Str("g".into()), ConstValue::Str("msg".into())],
        names: strs(&["os.path", "path", "p", "", "rel", "sys", "ImportError", "ValueError", "e", "print", "Exception", "x", "open", "fh", "read"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![12, 1, 12, 1, 8, 1, 4, 1, 12, 1, 18, 1, 20, 1, 8, 128, 12, 1, 4, 1, 2, 255, 2, 3, 2, 128, 12, 2, 20, 1, 10, 1, 28, 255, 2, 128, 28, 0, 12, 2, 6, 1],
    };
    (code, r#"  2           0 LOAD_CONST               0 (0)
              2 LOAD_CONST               1 (None)
              4 IMPORT_NAME              0 (os.path)
              6 IMPORT_FROM              1 (path)
              8 STORE_NAME               2 (p)
             10 POP_TOP

  3          12 LOAD_CONST               2 (1)
             14 LOAD_CONST               3 (('rel',))
             16 IMPORT_NAME              3
             18 IMPORT_FROM              4 (rel)
             20 STORE_NAME               4 (rel)
             22 POP_TOP

  4          24 LOAD_CONST               4 (2)
             26 LOAD_CONST               5 (('*',))
             28 IMPORT_NAME              3
             30 IMPORT_STAR

  5          32 SETUP_FINALLY           44 (to 122)
             34 SETUP_FINALLY            6 (to 48)

  6          36 LOAD_CONST               0 (0)
             38 LOAD_CONST               1 (None)
             40 IMPORT_NAME              5 (sys)
             42 STORE_NAME               5 (sys)
             44 POP_BLOCK
             46 JUMP_FORWARD            32 (to 112)

  7     >>   48 DUP_TOP
             50 LOAD_NAME                6 (ImportError)
             52 LOAD_NAME                7 (ValueError)
             54 BUILD_TUPLE              2
             56 JUMP_IF_NOT_EXC_MATCH    47 (to 94)
             58 POP_TOP
             60 STORE_NAME               8 (e)
             62 POP_TOP
             64 SETUP_FINALLY           10 (to 86)

  8          66 LOAD_NAME                9 (print)
             68 LOAD_NAME                8 (e)
             70 CALL_FUNCTION            1
             72 POP_TOP
             74 POP_BLOCK
             76 POP_EXCEPT
             78 LOAD_CONST               1 (None)
             80 STORE_NAME               8 (e)
             82 DELETE_NAME              8 (e)
             84 JUMP_FORWARD            14 (to 114)
        >>   86 LOAD_CONST               1 (None)
             88 STORE_NAME               8 (e)
             90 DELETE_NAME              8 (e)
             92 RERAISE                  1

  9     >>   94 DUP_TOP
             96 LOAD_NAME               10 (Exception)
             98 JUMP_IF_NOT_EXC_MATCH    55 (to 110)
            100 POP_TOP
            102 POP_TOP
            104 POP_TOP

 10         106 POP_EXCEPT
            108 JUMP_FORWARD             2 (to 114)

  9     >>  110 RERAISE                  0

 12     >>  112 DELETE_NAME              5 (sys)
        >>  114 POP_BLOCK

 14         116 LOAD_CONST               2 (1)
            118 STORE_NAME              11 (x)
            120 JUMP_FORWARD             3 (to 128)
        >>  122 LOAD_CONST               2 (1)
            124 STORE_NAME              11 (x)
            126 RERAISE                  0

 15     >>  128 LOAD_NAME               12 (open)
            130 LOAD_CONST               6 ('f')
            132 CALL_FUNCTION            1
            134 SETUP_WITH              32 (to 200)
            136 STORE_NAME              13 (fh)
            138 LOAD_NAME               12 (open)
            140 LOAD_CONST               7 ('g')
            142 CALL_FUNCTION            1
            144 SETUP_WITH              12 (to 170)
            146 POP_TOP

 16         148 LOAD_NAME               13 (fh)
            150 LOAD_METHOD             14 (read)
            152 CALL_METHOD              0
            154 POP_TOP
            156 POP_BLOCK

 15         158 LOAD_CONST               1 (None)
            160 DUP_TOP
            162 DUP_TOP
            164 CALL_FUNCTION            3
            166 POP_TOP
            168 JUMP_FORWARD             8 (to 186)
        >>  170 WITH_EXCEPT_START
            172 POP_JUMP_IF_TRUE        88 (to 176)
            174 RERAISE                  1
        >>  176 POP_TOP
            178 POP_TOP
            180 POP_TOP
            182 POP_EXCEPT
            184 POP_TOP
        >>  186 POP_BLOCK
            188 LOAD_CONST               1 (None)
            190 DUP_TOP
            192 DUP_TOP
            194 CALL_FUNCTION            3
            196 POP_TOP
            198 JUMP_FORWARD             8 (to 216)
        >>  200 WITH_EXCEPT_START
            202 POP_JUMP_IF_TRUE       103 (to 206)
            204 RERAISE                  1
        >>  206 POP_TOP
            208 POP_TOP
            210 POP_TOP
            212 POP_EXCEPT
            214 POP_TOP

 17     >>  216 LOAD_NAME               11 (x)
            218 POP_JUMP_IF_TRUE       114 (to 228)
            220 LOAD_ASSERTION_ERROR
            222 LOAD_CONST               8 ('msg')
            224 CALL_FUNCTION            1
            226 RAISE_VARARGS            1

 18     >>  228 LOAD_NAME                7 (ValueError)
            230 LOAD_CONST               1 (None)
            232 RAISE_VARARGS            2
"#)
}

pub(super) fn constants() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 4,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 0, 90, 0, 100, 1, 90, 1, 100, 2, 90, 2, 100, 3, 90, 3, 100, 4, 90, 4, 100, 5, 100, 6, 19, 0, 90, 5, 100, 7, 90, 6, 101, 7, 100, 8, 118, 0, 90, 8, 101, 7, 100, 9, 118, 0, 90, 9, 100, 10, 90, 10, 103, 0, 100, 11, 162, 1, 90, 11, 104, 0, 100, 8, 163, 1, 90, 12, 100, 12, 100, 6, 100, 13, 156, 2, 90, 13, 101, 0, 101, 1, 16, 0, 90, 14, 101, 0, 101, 1, 17, 0, 90, 0, 101, 7, 100, 12, 100, 6, 100, 14, 133, 3, 25, 0, 90, 15, 101, 7, 11, 0, 101, 7, 10, 0, 101, 7, 15, 0, 101, 7, 12, 0, 102, 4, 90, 16, 101, 7, 101, 17, 117, 1, 101, 7, 101, 17, 118, 1, 102, 2, 90, 18, 100, 15, 83, 0],
        consts: vec![ConstValue::Str("it's".into()), ConstValue::Str("say \u{22}hi\u{22}".into()), ConstValue::Bytes(vec![255, 39, 34]), ConstValue::Tuple(vec![float(0x4341c37937e08000), float(0x3ee4f8b588e368f1), float(0x437b69b4ba630f35), float(0x8000000000000000), float(0x4004000000000000)]), ConstValue::Tuple(vec![complex(0x0000000000000000, 0x3ff0000000000000), complex(0x3ff0000000000000, 0x4000000000000000), complex(0x8000000000000000, 0xbff0000000000000), complex(0x3ff8000000000000, 0x0000000000000000)]), int("123456789012345678901234567890"), int("2"), ConstValue::Tuple(vec![ConstValue::Ellipsis, ConstValue::None, ConstValue::Bool(true), ConstValue::Bool(false)]), ConstValue::FrozenSet(vec![int("1"), int("2"), int("3")]), ConstValue::Tuple(vec![ConstValue::Tuple(vec![int("1")]), ConstValue::Tuple(vec![])]), ConstValue::Str("\u{2028} \u{0} \u{e9} \u{1f600}".into()), ConstValue::Tuple(vec![int("1"), int("2"), int("3")]), int("1"), ConstValue::Tuple(vec![ConstValue::Str("a".into()), ConstValue::Str("b".into())]), int("3"), ConstValue::None],
        names: strs(&["a", "b", "c", "d", "e", "f", "g", "x", "h", "i", "j", "k", "l", "m", "n", "o", "p", "y", "q"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 8, 1, 4, 1, 8, 1, 8, 1, 4, 1, 8, 1, 8, 1, 10, 1, 8, 1, 8, 1, 14, 1, 20, 1, 20, 1],
    };
    (code, r#"  2           0 LOAD_CONST               0 ("it's")
              2 STORE_NAME               0 (a)

  3           4 LOAD_CONST               1 ('say "hi"')
              6 STORE_NAME               1 (b)

  4           8 LOAD_CONST               2 (b'\xff\'"')
             10 STORE_NAME               2 (c)

  5          12 LOAD_CONST               3 ((1e+16, 1e-05, 1.2345678901234568e+17, -0.0, 2.5))
             14 STORE_NAME               3 (d)

  6          16 LOAD_CONST               4 ((1j, (1+2j), (-0-1j), (1.5+0j)))
             18 STORE_NAME               4 (e)

  7          20 LOAD_CONST               5 (123456789012345678901234567890)
             22 LOAD_CONST               6 (2)
             24 BINARY_POWER
             26 STORE_NAME               5 (f)

  8          28 LOAD_CONST               7 ((Ellipsis, None, True, False))
             30 STORE_NAME               6 (g)

  9          32 LOAD_NAME                7 (x)
             34 LOAD_CONST               8 (frozenset({1, 2, 3}))
             36 CONTAINS_OP              0
             38 STORE_NAME               8 (h)

 10          40 LOAD_NAME                7 (x)
             42 LOAD_CONST               9 (((1,), ()))
             44 CONTAINS_OP              0
             46 STORE_NAME               9 (i)

 11          48 LOAD_CONST              10 ('\u2028 \x00 é 😀')
             50 STORE_NAME              10 (j)

 12          52 BUILD_LIST               0
             54 LOAD_CONST              11 ((1, 2, 3))
             56 LIST_EXTEND              1
             58 STORE_NAME              11 (k)

 13          60 BUILD_SET                0
             62 LOAD_CONST               8 (frozenset({1, 2, 3}))
             64 SET_UPDATE               1
             66 STORE_NAME              12 (l)

 14          68 LOAD_CONST              12 (1)
             70 LOAD_CONST               6 (2)
             72 LOAD_CONST              13 (('a', 'b'))
             74 BUILD_CONST_KEY_MAP      2
             76 STORE_NAME              13 (m)

 15          78 LOAD_NAME                0 (a)
             80 LOAD_NAME                1 (b)
             82 BINARY_MATRIX_MULTIPLY
             84 STORE_NAME              14 (n)

 16          86 LOAD_NAME                0 (a)
             88 LOAD_NAME                1 (b)
             90 INPLACE_MATRIX_MULTIPLY
             92 STORE_NAME               0 (a)

 17          94 LOAD_NAME                7 (x)
             96 LOAD_CONST              12 (1)
             98 LOAD_CONST               6 (2)
            100 LOAD_CONST              14 (3)
            102 BUILD_SLICE              3
            104 BINARY_SUBSCR
            106 STORE_NAME              15 (o)

 18         108 LOAD_NAME                7 (x)
            110 UNARY_NEGATIVE
            112 LOAD_NAME                7 (x)
            114 UNARY_POSITIVE
            116 LOAD_NAME                7 (x)
            118 UNARY_INVERT
            120 LOAD_NAME                7 (x)
            122 UNARY_NOT
            124 BUILD_TUPLE              4
            126 STORE_NAME              16 (p)

 19         128 LOAD_NAME                7 (x)
            130 LOAD_NAME               17 (y)
            132 IS_OP                    1
            134 LOAD_NAME                7 (x)
            136 LOAD_NAME               17 (y)
            138 CONTAINS_OP              1
            140 BUILD_TUPLE              2
            142 STORE_NAME              18 (q)
            144 LOAD_CONST              15 (None)
            146 RETURN_VALUE
"#)
}

pub(super) fn gen_async() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 2,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 0, 100, 1, 132, 0, 90, 0, 100, 2, 100, 3, 132, 0, 90, 1, 100, 4, 83, 0],
        consts: vec![ConstValue::Code(Rc::new(CodeObject {
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 1,
            stacksize: 3,
            flags: 99,
            firstlineno: 2,
            code: vec![129, 0, 124, 0, 86, 0, 1, 0, 116, 0, 124, 0, 131, 1, 69, 0, 100, 0, 72, 0, 1, 0, 100, 1, 100, 2, 132, 0, 116, 0, 124, 0, 131, 1, 68, 0, 131, 1, 83, 0],
            consts: vec![ConstValue::None, ConstValue::Code(Rc::new(CodeObject {
                argcount: 1,
                posonlyargcount: 0,
                kwonlyargcount: 0,
                nlocals: 2,
                stacksize: 3,
                flags: 83,
                firstlineno: 5,
                code: vec![103, 0, 124, 0, 93, 6, 125, 1, 124, 1, 114, 2, 124, 1, 145, 2, 113, 2, 83, 0],
                consts: vec![],
                names: strs(&[]),
                varnames: strs(&[".0", "i"]),
                freevars: strs(&[]),
                cellvars: strs(&[]),
                filename: "t.py".into(),
                name: "<listcomp>".into(),
                qualname: "<listcomp>".into(),
                linetable: vec![20, 0],
            })), ConstValue::Str("gen.<locals>.<listcomp>".into())],
            names: strs(&["range"]),
            varnames: strs(&["n"]),
            freevars: strs(&[]),
            cellvars: strs(&[]),
            filename: "t.py".into(),
            name: "gen".into(),
            qualname: "gen".into(),
            linetable: vec![2, 128, 6, 1, 14, 1, 18, 1],
        })), ConstValue::Str("gen".into()), ConstValue::Code(Rc::new(CodeObject {
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 3,
            stacksize: 9,
            flags: 195,
            firstlineno: 6,
            code: vec![129, 1, 124, 0, 52, 0, 73, 0, 100, 0, 72, 0, 154, 16, 125, 1, 124, 1, 73, 0, 100, 0, 72, 0, 1, 0, 87, 0, 100, 0, 4, 0, 4, 0, 131, 3, 73, 0, 100, 0, 72, 0, 1, 0, 113, 34, 49, 0, 73, 0, 100, 0, 72, 0, 115, 29, 119, 1, 1, 0, 1, 0, 1, 0, 89, 0, 1, 0, 124, 0, 50, 0, 122, 10, 51, 0, 100, 0, 72, 0, 87, 0, 125, 2, 116, 0, 124, 2, 131, 1, 1, 0, 113, 36, 54, 0, 100, 1, 100, 2, 132, 0, 124, 0, 50, 0, 131, 1, 73, 0, 100, 0, 72, 0, 83, 0],
            consts: vec![ConstValue::None, ConstValue::Code(Rc::new(CodeObject {
                argcount: 1,
                posonlyargcount: 0,
                kwonlyargcount: 0,
                nlocals: 3,
                stacksize: 8,
                flags: 211,
                firstlineno: 11,
                code: vec![129, 1, 105, 0, 124, 0, 122, 11, 51, 0, 100, 0, 72, 0, 87, 0, 92, 2, 125, 1, 125, 2, 124, 1, 124, 2, 147, 2, 113, 3, 54, 0, 83, 0],
                consts: vec![ConstValue::None],
                names: strs(&[]),
                varnames: strs(&[".0", "k", "v"]),
                freevars: strs(&[]),
                cellvars: strs(&[]),
                filename: "t.py".into(),
                name: "<dictcomp>".into(),
                qualname: "<dictcomp>".into(),
                linetable: vec![2, 128, 32, 0],
            })), ConstValue::Str("co.<locals>.<dictcomp>".into())],
            names: strs(&["print"]),
            varnames: strs(&["xs", "y", "z"]),
            freevars: strs(&[]),
            cellvars: strs(&[]),
            filename: "t.py".into(),
            name: "co".into(),
            qualname: "co".into(),
            linetable: vec![2, 128, 14, 1, 12, 1, 40, 255, 16, 2, 10, 1, 2, 255, 20, 2],
        })), ConstValue::Str("co".into()), ConstValue::None],
        names: strs(&["gen", "co"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![8, 1, 12, 4],
    };
    (code, r#"  2           0 LOAD_CONST               0 (<code object gen at 0xADDR, file "t.py", line 2>)
              2 LOAD_CONST               1 ('gen')
              4 MAKE_FUNCTION            0
              6 STORE_NAME               0 (gen)

  6           8 LOAD_CONST               2 (<code object co at 0xADDR, file "t.py", line 6>)
             10 LOAD_CONST               3 ('co')
             12 MAKE_FUNCTION            0
             14 STORE_NAME               1 (co)
             16 LOAD_CONST               4 (None)
             18 RETURN_VALUE

Disassembly of <code object gen at 0xADDR, file "t.py", line 2>:
              0 GEN_START                0

  3           2 LOAD_FAST                0 (n)
              4 YIELD_VALUE
              6 POP_TOP

  4           8 LOAD_GLOBAL              0 (range)
             10 LOAD_FAST                0 (n)
             12 CALL_FUNCTION            1
             14 GET_YIELD_FROM_ITER
             16 LOAD_CONST               0 (None)
             18 YIELD_FROM
             20 POP_TOP

  5          22 LOAD_CONST               1 (<code object <listcomp> at 0xADDR, file "t.py", line 5>)
             24 LOAD_CONST               2 ('gen.<locals>.<listcomp>')
             26 MAKE_FUNCTION            0
             28 LOAD_GLOBAL              0 (range)
             30 LOAD_FAST                0 (n)
             32 CALL_FUNCTION            1
             34 GET_ITER
             36 CALL_FUNCTION            1
             38 RETURN_VALUE

Disassembly of <code object <listcomp> at 0xADDR, file "t.py", line 5>:
  5           0 BUILD_LIST               0
              2 LOAD_FAST                0 (.0)
        >>    4 FOR_ITER                 6 (to 18)
              6 STORE_FAST               1 (i)
              8 LOAD_FAST                1 (i)
             10 POP_JUMP_IF_FALSE        2 (to 4)
             12 LOAD_FAST                1 (i)
             14 LIST_APPEND              2
             16 JUMP_ABSOLUTE            2 (to 4)
        >>   18 RETURN_VALUE

Disassembly of <code object co at 0xADDR, file "t.py", line 6>:
              0 GEN_START                1

  7           2 LOAD_FAST                0 (xs)
              4 BEFORE_ASYNC_WITH
              6 GET_AWAITABLE
              8 LOAD_CONST               0 (None)
             10 YIELD_FROM
             12 SETUP_ASYNC_WITH        16 (to 46)
             14 STORE_FAST               1 (y)

  8          16 LOAD_FAST                1 (y)
             18 GET_AWAITABLE
             20 LOAD_CONST               0 (None)
             22 YIELD_FROM
             24 POP_TOP
             26 POP_BLOCK

  7          28 LOAD_CONST               0 (None)
             30 DUP_TOP
             32 DUP_TOP
             34 CALL_FUNCTION            3
             36 GET_AWAITABLE
             38 LOAD_CONST               0 (None)
             40 YIELD_FROM
             42 POP_TOP
             44 JUMP_ABSOLUTE           34 (to 68)
        >>   46 WITH_EXCEPT_START
             48 GET_AWAITABLE
             50 LOAD_CONST               0 (None)
             52 YIELD_FROM
             54 POP_JUMP_IF_TRUE        29 (to 58)
             56 RERAISE                  1
        >>   58 POP_TOP
             60 POP_TOP
             62 POP_TOP
             64 POP_EXCEPT
             66 POP_TOP

  9     >>   68 LOAD_FAST                0 (xs)
             70 GET_AITER
        >>   72 SETUP_FINALLY           10 (to 94)
             74 GET_ANEXT
             76 LOAD_CONST               0 (None)
             78 YIELD_FROM
             80 POP_BLOCK
             82 STORE_FAST               2 (z)

 10          84 LOAD_GLOBAL              0 (print)
             86 LOAD_FAST                2 (z)
             88 CALL_FUNCTION            1
             90 POP_TOP
             92 JUMP_ABSOLUTE           36 (to 72)

  9     >>   94 END_ASYNC_FOR

 11          96 LOAD_CONST               1 (<code object <dictcomp> at 0xADDR, file "t.py", line 11>)
             98 LOAD_CONST               2 ('co.<locals>.<dictcomp>')
            100 MAKE_FUNCTION            0
            102 LOAD_FAST                0 (xs)
            104 GET_AITER
            106 CALL_FUNCTION            1
            108 GET_AWAITABLE
            110 LOAD_CONST               0 (None)
            112 YIELD_FROM
            114 RETURN_VALUE

Disassembly of <code object <dictcomp> at 0xADDR, file "t.py", line 11>:
              0 GEN_START                1

 11           2 BUILD_MAP                0
              4 LOAD_FAST                0 (.0)
        >>    6 SETUP_FINALLY           11 (to 30)
              8 GET_ANEXT
             10 LOAD_CONST               0 (None)
             12 YIELD_FROM
             14 POP_BLOCK
             16 UNPACK_SEQUENCE          2
             18 STORE_FAST               1 (k)
             20 STORE_FAST               2 (v)
             22 LOAD_FAST                1 (k)
             24 LOAD_FAST                2 (v)
             26 MAP_ADD                  2
             28 JUMP_ABSOLUTE            3 (to 6)
        >>   30 END_ASYNC_FOR
             32 RETURN_VALUE
"#)
}

pub(super) fn matching() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 6,
        flags: 64,
        firstlineno: 1,
        code: vec![101, 0, 4, 0, 31, 0, 114, 27, 30, 0, 100, 0, 107, 5, 114, 27, 100, 6, 33, 0, 114, 25, 4, 0, 100, 2, 25, 0, 100, 0, 107, 2, 114, 25, 1, 0, 34, 0, 2, 2, 1, 0, 90, 1, 1, 0, 100, 5, 83, 0, 1, 0, 1, 0, 1, 0, 4, 0, 32, 0, 114, 47, 30, 0, 100, 3, 107, 5, 114, 47, 94, 2, 100, 0, 107, 2, 114, 46, 100, 3, 107, 2, 114, 47, 90, 2, 1, 0, 100, 5, 83, 0, 1, 0, 1, 0, 101, 3, 100, 4, 152, 0, 114, 68, 4, 0, 100, 2, 25, 0, 100, 2, 107, 2, 114, 68, 4, 0, 100, 0, 25, 0, 2, 2, 1, 0, 90, 4, 101, 4, 114, 69, 100, 5, 83, 0, 1, 0, 9, 0, 9, 0, 100, 5, 83, 0],
        consts: vec![int("1"), ConstValue::Str("x".into()), int("0"), int("2"), ConstValue::Tuple(vec![ConstValue::Str("x".into()), ConstValue::Str("y".into())]), ConstValue::None, ConstValue::Tuple(vec![ConstValue::Str("x".into())])],
        names: strs(&["cmd", "rest", "others", "Point", "yy"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![2, 1, 44, 1, 4, 1, 6, 255, 32, 2, 4, 1, 4, 255, 36, 2, 4, 1, 2, 255, 2, 2, 6, 1],
    };
    (code, r#"  2           0 LOAD_NAME                0 (cmd)

  3           2 DUP_TOP
              4 MATCH_MAPPING
              6 POP_JUMP_IF_FALSE       27 (to 54)
              8 GET_LEN
             10 LOAD_CONST               0 (1)
             12 COMPARE_OP               5 (>=)
             14 POP_JUMP_IF_FALSE       27 (to 54)
             16 LOAD_CONST               6 (('x',))
             18 MATCH_KEYS
             20 POP_JUMP_IF_FALSE       25 (to 50)
             22 DUP_TOP
             24 LOAD_CONST               2 (0)
             26 BINARY_SUBSCR
             28 LOAD_CONST               0 (1)
             30 COMPARE_OP               2 (==)
             32 POP_JUMP_IF_FALSE       25 (to 50)
             34 POP_TOP
             36 COPY_DICT_WITHOUT_KEYS
             38 ROT_TWO
             40 POP_TOP
             42 STORE_NAME               1 (rest)
             44 POP_TOP

  4          46 LOAD_CONST               5 (None)
             48 RETURN_VALUE

  3     >>   50 POP_TOP
             52 POP_TOP
        >>   54 POP_TOP

  5          56 DUP_TOP
             58 MATCH_SEQUENCE
             60 POP_JUMP_IF_FALSE       47 (to 94)
             62 GET_LEN
             64 LOAD_CONST               3 (2)
             66 COMPARE_OP               5 (>=)
             68 POP_JUMP_IF_FALSE       47 (to 94)
             70 UNPACK_EX                2
             72 LOAD_CONST               0 (1)
             74 COMPARE_OP               2 (==)
             76 POP_JUMP_IF_FALSE       46 (to 92)
             78 LOAD_CONST               3 (2)
             80 COMPARE_OP               2 (==)
             82 POP_JUMP_IF_FALSE       47 (to 94)
             84 STORE_NAME               2 (others)
             86 POP_TOP

  6          88 LOAD_CONST               5 (None)
             90 RETURN_VALUE

  5     >>   92 POP_TOP
        >>   94 POP_TOP

  7          96 LOAD_NAME                3 (Point)
             98 LOAD_CONST               4 (('x', 'y'))
            100 MATCH_CLASS              0
            102 POP_JUMP_IF_FALSE       68 (to 136)
            104 DUP_TOP
            106 LOAD_CONST               2 (0)
            108 BINARY_SUBSCR
            110 LOAD_CONST               2 (0)
            112 COMPARE_OP               2 (==)
            114 POP_JUMP_IF_FALSE       68 (to 136)
            116 DUP_TOP
            118 LOAD_CONST               0 (1)
            120 BINARY_SUBSCR
            122 ROT_TWO
            124 POP_TOP
            126 STORE_NAME               4 (yy)
            128 LOAD_NAME                4 (yy)
            130 POP_JUMP_IF_FALSE       69 (to 138)

  8         132 LOAD_CONST               5 (None)
            134 RETURN_VALUE

  7     >>  136 POP_TOP

  9     >>  138 NOP

 10         140 NOP
            142 LOAD_CONST               5 (None)
            144 RETURN_VALUE
"#)
}

pub(super) fn biglines() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 2,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 0, 100, 1, 132, 0, 90, 0, 100, 2, 83, 0],
        consts: vec![ConstValue::Code(Rc::new(CodeObject {
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 2,
            stacksize: 2,
            flags: 67,
            firstlineno: 1000,
            code: vec![124, 0, 125, 1, 124, 1, 124, 0, 102, 2, 83, 0],
            consts: vec![ConstValue::None],
            names: strs(&[]),
            varnames: strs(&["x", "y"]),
            freevars: strs(&[]),
            cellvars: strs(&[]),
            filename: "t.py".into(),
            name: "f".into(),
            qualname: "f".into(),
            linetable: vec![4, 1, 2, 1, 2, 1, 4, 255],
        })), ConstValue::Str("f".into()), ConstValue::None],
        names: strs(&["f"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![0, 127, 0, 127, 0, 127, 0, 127, 0, 127, 0, 127, 0, 127, 12, 110],
    };
    (code, r#"1000           0 LOAD_CONST               0 (<code object f at 0xADDR, file "t.py", line 1000>)
               2 LOAD_CONST               1 ('f')
               4 MAKE_FUNCTION            0
               6 STORE_NAME               0 (f)
               8 LOAD_CONST               2 (None)
              10 RETURN_VALUE

Disassembly of <code object f at 0xADDR, file "t.py", line 1000>:
1001           0 LOAD_FAST                0 (x)
               2 STORE_FAST               1 (y)

1002           4 LOAD_FAST                1 (y)

1003           6 LOAD_FAST                0 (x)

1002           8 BUILD_TUPLE              2
              10 RETURN_VALUE
"#)
}

pub(super) fn extended() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 2,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 0, 100, 1, 132, 0, 90, 0, 100, 2, 83, 0],
        consts: vec![ConstValue::Code(Rc::new(CodeObject {
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 1,
            stacksize: 2,
            flags: 67,
            firstlineno: 1,
            code: vec![103, 0, 116, 0, 145, 1, 116, 1, 145, 1, 116, 2, 145, 1, 116, 3, 145, 1, 116, 4, 145, 1, 116, 5, 145, 1, 116, 6, 145, 1, 116, 7, 145, 1, 116, 8, 145, 1, 116, 9, 145, 1, 116, 10, 145, 1, 116, 11, 145, 1, 116, 12, 145, 1, 116, 13, 145, 1, 116, 14, 145, 1, 116, 15, 145, 1, 116, 16, 145, 1, 116, 17, 145, 1, 116, 18, 145, 1, 116, 19, 145, 1, 116, 20, 145, 1, 116, 21, 145, 1, 116, 22, 145, 1, 116, 23, 145, 1, 116, 24, 145, 1, 116, 25, 145, 1, 116, 26, 145, 1, 116, 27, 145, 1, 116, 28, 145, 1, 116, 29, 145, 1, 116, 30, 145, 1, 116, 31, 145, 1, 116, 32, 145, 1, 116, 33, 145, 1, 116, 34, 145, 1, 116, 35, 145, 1, 116, 36, 145, 1, 116, 37, 145, 1, 116, 38, 145, 1, 116, 39, 145, 1, 116, 40, 145, 1, 116, 41, 145, 1, 116, 42, 145, 1, 116, 43, 145, 1, 116, 44, 145, 1, 116, 45, 145, 1, 116, 46, 145, 1, 116, 47, 145, 1, 116, 48, 145, 1, 116, 49, 145, 1, 116, 50, 145, 1, 116, 51, 145, 1, 116, 52, 145, 1, 116, 53, 145, 1, 116, 54, 145, 1, 116, 55, 145, 1, 116, 56, 145, 1, 116, 57, 145, 1, 116, 58, 145, 1, 116, 59, 145, 1, 116, 60, 145, 1, 116, 61, 145, 1, 116, 62, 145, 1, 116, 63, 145, 1, 116, 64, 145, 1, 116, 65, 145, 1, 116, 66, 145, 1, 116, 67, 145, 1, 116, 68, 145, 1, 116, 69, 145, 1, 116, 70, 145, 1, 116, 71, 145, 1, 116, 72, 145, 1, 116, 73, 145, 1, 116, 74, 145, 1, 116, 75, 145, 1, 116, 76, 145, 1, 116, 77, 145, 1, 116, 78, 145, 1, 116, 79, 145, 1, 116, 80, 145, 1, 116, 81, 145, 1, 116, 82, 145, 1, 116, 83, 145, 1, 116, 84, 145, 1, 116, 85, 145, 1, 116, 86, 145, 1, 116, 87, 145, 1, 116, 88, 145, 1, 116, 89, 145, 1, 116, 90, 145, 1, 116, 91, 145, 1, 116, 92, 145, 1, 116, 93, 145, 1, 116, 94, 145, 1, 116, 95, 145, 1, 116, 96, 145, 1, 116, 97, 145, 1, 116, 98, 145, 1, 116, 99, 145, 1, 116, 100, 145, 1, 116, 101, 145, 1, 116, 102, 145, 1, 116, 103, 145, 1, 116, 104, 145, 1, 116, 105, 145, 1, 116, 106, 145, 1, 116, 107, 145, 1, 116, 108, 145, 1, 116, 109, 145, 1, 116, 110, 145, 1, 116, 111, 145, 1, 116, 112, 145, 1, 116, 113, 145, 1, 116, 114, 145, 1, 116, 115, 145, 1, 116, 116, 145, 1, 116, 117, 145, 1, 116, 118, 145, 1, 116, 119, 145, 1, 116, 120, 145, 1, 116, 121, 145, 1, 116, 122, 145, 1, 116, 123, 145, 1, 116, 124, 145, 1, 116, 125, 145, 1, 116, 126, 145, 1, 116, 127, 145, 1, 116, 128, 145, 1, 116, 129, 145, 1, 116, 130, 145, 1, 116, 131, 145, 1, 116, 132, 145, 1, 116, 133, 145, 1, 116, 134, 145, 1, 116, 135, 145, 1, 116, 136, 145, 1, 116, 137, 145, 1, 116, 138, 145, 1, 116, 139, 145, 1, 116, 140, 145, 1, 116, 141, 145, 1, 116, 142, 145, 1, 116, 143, 145, 1, 116, 144, 145, 1, 116, 145, 145, 1, 116, 146, 145, 1, 116, 147, 145, 1, 116, 148, 145, 1, 116, 149, 145, 1, 116, 150, 145, 1, 116, 151, 145, 1, 116, 152, 145, 1, 116, 153, 145, 1, 116, 154, 145, 1, 116, 155, 145, 1, 116, 156, 145, 1, 116, 157, 145, 1, 116, 158, 145, 1, 116, 159, 145, 1, 116, 160, 145, 1, 116, 161, 145, 1, 116, 162, 145, 1, 116, 163, 145, 1, 116, 164, 145, 1, 116, 165, 145, 1, 116, 166, 145, 1, 116, 167, 145, 1, 116, 168, 145, 1, 116, 169, 145, 1, 116, 170, 145, 1, 116, 171, 145, 1, 116, 172, 145, 1, 116, 173, 145, 1, 116, 174, 145, 1, 116, 175, 145, 1, 116, 176, 145, 1, 116, 177, 145, 1, 116, 178, 145, 1, 116, 179, 145, 1, 116, 180, 145, 1, 116, 181, 145, 1, 116, 182, 145, 1, 116, 183, 145, 1, 116, 184, 145, 1, 116, 185, 145, 1, 116, 186, 145, 1, 116, 187, 145, 1, 116, 188, 145, 1, 116, 189, 145, 1, 116, 190, 145, 1, 116, 191, 145, 1, 116, 192, 145, 1, 116, 193, 145, 1, 116, 194, 145, 1, 116, 195, 145, 1, 116, 196, 145, 1, 116, 197, 145, 1, 116, 198, 145, 1, 116, 199, 145, 1, 116, 200, 145, 1, 116, 201, 145, 1, 116, 202, 145, 1, 116, 203, 145, 1, 116, 204, 145, 1, 116, 205, 145, 1, 116, 206, 145, 1, 116, 207, 145, 1, 116, 208, 145, 1, 116, 209, 145, 1, 116, 210, 145, 1, 116, 211, 145, 1, 116, 212, 145, 1, 116, 213, 145, 1, 116, 214, 145, 1, 116, 215, 145, 1, 116, 216, 145, 1, 116, 217, 145, 1, 116, 218, 145, 1, 116, 219, 145, 1, 116, 220, 145, 1, 116, 221, 145, 1, 116, 222, 145, 1, 116, 223, 145, 1, 116, 224, 145, 1, 116, 225, 145, 1, 116, 226, 145, 1, 116, 227, 145, 1, 116, 228, 145, 1, 116, 229, 145, 1, 116, 230, 145, 1, 116, 231, 145, 1, 116, 232, 145, 1, 116, 233, 145, 1, 116, 234, 145, 1, 116, 235, 145, 1, 116, 236, 145, 1, 116, 237, 145, 1, 116, 238, 145, 1, 116, 239, 145, 1, 116, 240, 145, 1, 116, 241, 145, 1, 116, 242, 145, 1, 116, 243, 145, 1, 116, 244, 145, 1, 116, 245, 145, 1, 116, 246, 145, 1, 116, 247, 145, 1, 116, 248, 145, 1, 116, 249, 145, 1, 116, 250, 145, 1, 116, 251, 145, 1, 116, 252, 145, 1, 116, 253, 145, 1, 116, 254, 145, 1, 116, 255, 145, 1, 144, 1, 116, 0, 145, 1, 144, 1, 116, 1, 145, 1, 144, 1, 116, 2, 145, 1, 144, 1, 116, 3, 145, 1, 144, 1, 116, 4, 145, 1, 144, 1, 116, 5, 145, 1, 144, 1, 116, 6, 145, 1, 144, 1, 116, 7, 145, 1, 144, 1, 116, 8, 145, 1, 144, 1, 116, 9, 145, 1, 144, 1, 116, 10, 145, 1, 144, 1, 116, 11, 145, 1, 144, 1, 116, 12, 145, 1, 144, 1, 116, 13, 145, 1, 144, 1, 116, 14, 145, 1, 144, 1, 116, 15, 145, 1, 144, 1, 116, 16, 145, 1, 144, 1, 116, 17, 145, 1, 144, 1, 116, 18, 145, 1, 144, 1, 116, 19, 145, 1, 144, 1, 116, 20, 145, 1, 144, 1, 116, 21, 145, 1, 144, 1, 116, 22, 145, 1, 144, 1, 116, 23, 145, 1, 144, 1, 116, 24, 145, 1, 144, 1, 116, 25, 145, 1, 144, 1, 116, 26, 145, 1, 144, 1, 116, 27, 145, 1, 144, 1, 116, 28, 145, 1, 144, 1, 116, 29, 145, 1, 144, 1, 116, 30, 145, 1, 144, 1, 116, 31, 145, 1, 144, 1, 116, 32, 145, 1, 144, 1, 116, 33, 145, 1, 144, 1, 116, 34, 145, 1, 144, 1, 116, 35, 145, 1, 144, 1, 116, 36, 145, 1, 144, 1, 116, 37, 145, 1, 144, 1, 116, 38, 145, 1, 144, 1, 116, 39, 145, 1, 144, 1, 116, 40, 145, 1, 144, 1, 116, 41, 145, 1, 144, 1, 116, 42, 145, 1, 144, 1, 116, 43, 145, 1, 83, 0],
            consts: vec![ConstValue::None],
            names: strs(&["x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", "x18", "x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28", "x29", "x30", "x31", "x32", "x33", "x34", "x35", "x36", "x37", "x38", "x39", "x40", "x41", "x42", "x43", "x44", "x45", "x46", "x47", "x48", "x49", "x50", "x51", "x52", "x53", "x54", "x55", "x56", "x57", "x58", "x59", "x60", "x61", "x62", "x63", "x64", "x65", "x66", "x67", "x68", "x69", "x70", "x71", "x72", "x73", "x74", "x75", "x76", "x77", "x78", "x79", "x80", "x81", "x82", "x83", "x84", "x85", "x86", "x87", "x88", "x89", "x90", "x91", "x92", "x93", "x94", "x95", "x96", "x97", "x98", "x99", "x100", "x101", "x102", "x103", "x104", "x105", "x106", "x107", "x108", "x109", "x110", "x111", "x112", "x113", "x114", "x115", "x116", "x117", "x118", "x119", "x120", "x121", "x122", "x123", "x124", "x125", "x126", "x127", "x128", "x129", "x130", "x131", "x132", "x133", "x134", "x135", "x136", "x137", "x138", "x139", "x140", "x141", "x142", "x143", "x144", "x145", "x146", "x147", "x148", "x149", "x150", "x151", "x152", "x153", "x154", "x155", "x156", "x157", "x158", "x159", "x160", "x161", "x162", "x163", "x164", "x165", "x166", "x167", "x168", "x169", "x170", "x171", "x172", "x173", "x174", "x175", "x176", "x177", "x178", "x179", "x180", "x181", "x182", "x183", "x184", "x185", "x186", "x187", "x188", "x189", "x190", "x191", "x192", "x193", "x194", "x195", "x196", "x197", "x198", "x199", "x200", "x201", "x202", "x203", "x204", "x205", "x206", "x207", "x208", "x209", "x210", "x211", "x212", "x213", "x214", "x215", "x216", "x217", "x218", "x219", "x220", "x221", "x222", "x223", "x224", "x225", "x226", "x227", "x228", "x229", "x230", "x231", "x232", "x233", "x234", "x235", "x236", "x237", "x238", "x239", "x240", "x241", "x242", "x243", "x244", "x245", "x246", "x247", "x248", "x249", "x250", "x251", "x252", "x253", "x254", "x255", "x256", "x257", "x258", "x259", "x260", "x261", "x262", "x263", "x264", "x265", "x266", "x267", "x268", "x269", "x270", "x271", "x272", "x273", "x274", "x275", "x276", "x277", "x278", "x279", "x280", "x281", "x282", "x283", "x284", "x285", "x286", "x287", "x288", "x289", "x290", "x291", "x292", "x293", "x294", "x295", "x296", "x297", "x298", "x299"]),
            varnames: strs(&["x"]),
            freevars: strs(&[]),
            cellvars: strs(&[]),
            filename: "t.py".into(),
            name: "f".into(),
            qualname: "f".into(),
            linetable: vec![254, 1, 254, 0, 254, 0, 254, 0, 254, 0, 22, 0],
        })), ConstValue::Str("f".into()), ConstValue::None],
        names: strs(&["f"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![12, 0],
    };
    (code, r#"  1           0 LOAD_CONST               0 (<code object f at 0xADDR, file "t.py", line 1>)
              2 LOAD_CONST               1 ('f')
              4 MAKE_FUNCTION            0
              6 STORE_NAME               0 (f)
              8 LOAD_CONST               2 (None)
             10 RETURN_VALUE

Disassembly of <code object f at 0xADDR, file "t.py", line 1>:
  2           0 BUILD_LIST               0
              2 LOAD_GLOBAL              0 (x0)
              4 LIST_APPEND              1
              6 LOAD_GLOBAL              1 (x1)
              8 LIST_APPEND              1
             10 LOAD_GLOBAL              2 (x2)
             12 LIST_APPEND              1
             14 LOAD_GLOBAL              3 (x3)
             16 LIST_APPEND              1
             18 LOAD_GLOBAL              4 (x4)
             20 LIST_APPEND              1
             22 LOAD_GLOBAL              5 (x5)
             24 LIST_APPEND              1
             26 LOAD_GLOBAL              6 (x6)
             28 LIST_APPEND              1
             30 LOAD_GLOBAL              7 (x7)
             32 LIST_APPEND              1
             34 LOAD_GLOBAL              8 (x8)
             36 LIST_APPEND              1
             38 LOAD_GLOBAL              9 (x9)
             40 LIST_APPEND              1
             42 LOAD_GLOBAL             10 (x10)
             44 LIST_APPEND              1
             46 LOAD_GLOBAL             11 (x11)
             48 LIST_APPEND              1
             50 LOAD_GLOBAL             12 (x12)
             52 LIST_APPEND              1
             54 LOAD_GLOBAL             13 (x13)
             56 LIST_APPEND              1
             58 LOAD_GLOBAL             14 (x14)
             60 LIST_APPEND              1
             62 LOAD_GLOBAL             15 (x15)
             64 LIST_APPEND              1
             66 LOAD_GLOBAL             16 (x16)
             68 LIST_APPEND              1
             70 LOAD_GLOBAL             17 (x17)
             72 LIST_APPEND              1
             74 LOAD_GLOBAL             18 (x18)
             76 LIST_APPEND              1
             78 LOAD_GLOBAL             19 (x19)
             80 LIST_APPEND              1
             82 LOAD_GLOBAL             20 (x20)
             84 LIST_APPEND              1
             86 LOAD_GLOBAL             21 (x21)
             88 LIST_APPEND              1
             90 LOAD_GLOBAL             22 (x22)
             92 LIST_APPEND              1
             94 LOAD_GLOBAL             23 (x23)
             96 LIST_APPEND              1
             98 LOAD_GLOBAL             24 (x24)
            100 LIST_APPEND              1
            102 LOAD_GLOBAL             25 (x25)
            104 LIST_APPEND              1
            106 LOAD_GLOBAL             26 (x26)
            108 LIST_APPEND              1
            110 LOAD_GLOBAL             27 (x27)
            112 LIST_APPEND              1
            114 LOAD_GLOBAL             28 (x28)
            116 LIST_APPEND              1
            118 LOAD_GLOBAL             29 (x29)
            120 LIST_APPEND              1
            122 LOAD_GLOBAL             30 (x30)
            124 LIST_APPEND              1
            126 LOAD_GLOBAL             31 (x31)
            128 LIST_APPEND              1
            130 LOAD_GLOBAL             32 (x32)
            132 LIST_APPEND              1
            134 LOAD_GLOBAL             33 (x33)
            136 LIST_APPEND              1
            138 LOAD_GLOBAL             34 (x34)
            140 LIST_APPEND              1
            142 LOAD_GLOBAL             35 (x35)
            144 LIST_APPEND              1
            146 LOAD_GLOBAL             36 (x36)
            148 LIST_APPEND              1
            150 LOAD_GLOBAL             37 (x37)
            152 LIST_APPEND              1
            154 LOAD_GLOBAL             38 (x38)
            156 LIST_APPEND              1
            158 LOAD_GLOBAL             39 (x39)
            160 LIST_APPEND              1
            162 LOAD_GLOBAL             40 (x40)
            164 LIST_APPEND              1
            166 LOAD_GLOBAL             41 (x41)
            168 LIST_APPEND              1
            170 LOAD_GLOBAL             42 (x42)
            172 LIST_APPEND              1
            174 LOAD_GLOBAL             43 (x43)
            176 LIST_APPEND              1
            178 LOAD_GLOBAL             44 (x44)
            180 LIST_APPEND              1
            182 LOAD_GLOBAL             45 (x45)
            184 LIST_APPEND              1
            186 LOAD_GLOBAL             46 (x46)
            188 LIST_APPEND              1
            190 LOAD_GLOBAL             47 (x47)
            192 LIST_APPEND              1
            194 LOAD_GLOBAL             48 (x48)
            196 LIST_APPEND              1
            198 LOAD_GLOBAL             49 (x49)
            200 LIST_APPEND              1
            202 LOAD_GLOBAL             50 (x50)
            204 LIST_APPEND              1
            206 LOAD_GLOBAL             51 (x51)
            208 LIST_APPEND              1
            210 LOAD_GLOBAL             52 (x52)
            212 LIST_APPEND              1
            214 LOAD_GLOBAL             53 (x53)
            216 LIST_APPEND              1
            218 LOAD_GLOBAL             54 (x54)
            220 LIST_APPEND              1
            222 LOAD_GLOBAL             55 (x55)
            224 LIST_APPEND              1
            226 LOAD_GLOBAL             56 (x56)
            228 LIST_APPEND              1
            230 LOAD_GLOBAL             57 (x57)
            232 LIST_APPEND              1
            234 LOAD_GLOBAL             58 (x58)
            236 LIST_APPEND              1
            238 LOAD_GLOBAL             59 (x59)
            240 LIST_APPEND              1
            242 LOAD_GLOBAL             60 (x60)
            244 LIST_APPEND              1
            246 LOAD_GLOBAL             61 (x61)
            248 LIST_APPEND              1
            250 LOAD_GLOBAL             62 (x62)
            252 LIST_APPEND              1
            254 LOAD_GLOBAL             63 (x63)
            256 LIST_APPEND              1
            258 LOAD_GLOBAL             64 (x64)
            260 LIST_APPEND              1
            262 LOAD_GLOBAL             65 (x65)
            264 LIST_APPEND              1
            266 LOAD_GLOBAL             66 (x66)
            268 LIST_APPEND              1
            270 LOAD_GLOBAL             67 (x67)
            272 LIST_APPEND              1
            274 LOAD_GLOBAL             68 (x68)
            276 LIST_APPEND              1
            278 LOAD_GLOBAL             69 (x69)
            280 LIST_APPEND              1
            282 LOAD_GLOBAL             70 (x70)
            284 LIST_APPEND              1
            286 LOAD_GLOBAL             71 (x71)
            288 LIST_APPEND              1
            290 LOAD_GLOBAL             72 (x72)
            292 LIST_APPEND              1
            294 LOAD_GLOBAL             73 (x73)
            296 LIST_APPEND              1
            298 LOAD_GLOBAL             74 (x74)
            300 LIST_APPEND              1
            302 LOAD_GLOBAL             75 (x75)
            304 LIST_APPEND              1
            306 LOAD_GLOBAL             76 (x76)
            308 LIST_APPEND              1
            310 LOAD_GLOBAL             77 (x77)
            312 LIST_APPEND              1
            314 LOAD_GLOBAL             78 (x78)
            316 LIST_APPEND              1
            318 LOAD_GLOBAL             79 (x79)
            320 LIST_APPEND              1
            322 LOAD_GLOBAL             80 (x80)
            324 LIST_APPEND              1
            326 LOAD_GLOBAL             81 (x81)
            328 LIST_APPEND              1
            330 LOAD_GLOBAL             82 (x82)
            332 LIST_APPEND              1
            334 LOAD_GLOBAL             83 (x83)
            336 LIST_APPEND              1
            338 LOAD_GLOBAL             84 (x84)
            340 LIST_APPEND              1
            342 LOAD_GLOBAL             85 (x85)
            344 LIST_APPEND              1
            346 LOAD_GLOBAL             86 (x86)
            348 LIST_APPEND              1
            350 LOAD_GLOBAL             87 (x87)
            352 LIST_APPEND              1
            354 LOAD_GLOBAL             88 (x88)
            356 LIST_APPEND              1
            358 LOAD_GLOBAL             89 (x89)
            360 LIST_APPEND              1
            362 LOAD_GLOBAL             90 (x90)
            364 LIST_APPEND              1
            366 LOAD_GLOBAL             91 (x91)
            368 LIST_APPEND              1
            370 LOAD_GLOBAL             92 (x92)
            372 LIST_APPEND              1
            374 LOAD_GLOBAL             93 (x93)
            376 LIST_APPEND              1
            378 LOAD_GLOBAL             94 (x94)
            380 LIST_APPEND              1
            382 LOAD_GLOBAL             95 (x95)
            384 LIST_APPEND              1
            386 LOAD_GLOBAL             96 (x96)
            388 LIST_APPEND              1
            390 LOAD_GLOBAL             97 (x97)
            392 LIST_APPEND              1
            394 LOAD_GLOBAL             98 (x98)
            396 LIST_APPEND              1
            398 LOAD_GLOBAL             99 (x99)
            400 LIST_APPEND              1
            402 LOAD_GLOBAL            100 (x100)
            404 LIST_APPEND              1
            406 LOAD_GLOBAL            101 (x101)
            408 LIST_APPEND              1
            410 LOAD_GLOBAL            102 (x102)
            412 LIST_APPEND              1
            414 LOAD_GLOBAL            103 (x103)
            416 LIST_APPEND              1
            418 LOAD_GLOBAL            104 (x104)
            420 LIST_APPEND              1
            422 LOAD_GLOBAL            105 (x105)
            424 LIST_APPEND              1
            426 LOAD_GLOBAL            106 (x106)
            428 LIST_APPEND              1
            430 LOAD_GLOBAL            107 (x107)
            432 LIST_APPEND              1
            434 LOAD_GLOBAL            108 (x108)
            436 LIST_APPEND              1
            438 LOAD_GLOBAL            109 (x109)
            440 LIST_APPEND              1
            442 LOAD_GLOBAL            110 (x110)
            444 LIST_APPEND              1
            446 LOAD_GLOBAL            111 (x111)
            448 LIST_APPEND              1
            450 LOAD_GLOBAL            112 (x112)
            452 LIST_APPEND              1
            454 LOAD_GLOBAL            113 (x113)
            456 LIST_APPEND              1
            458 LOAD_GLOBAL            114 (x114)
            460 LIST_APPEND              1
            462 LOAD_GLOBAL            115 (x115)
            464 LIST_APPEND              1
            466 LOAD_GLOBAL            116 (x116)
            468 LIST_APPEND              1
            470 LOAD_GLOBAL            117 (x117)
            472 LIST_APPEND              1
            474 LOAD_GLOBAL            118 (x118)
            476 LIST_APPEND              1
            478 LOAD_GLOBAL            119 (x119)
            480 LIST_APPEND              1
            482 LOAD_GLOBAL            120 (x120)
            484 LIST_APPEND              1
            486 LOAD_GLOBAL            121 (x121)
            488 LIST_APPEND              1
            490 LOAD_GLOBAL            122 (x122)
            492 LIST_APPEND              1
            494 LOAD_GLOBAL            123 (x123)
            496 LIST_APPEND              1
            498 LOAD_GLOBAL            124 (x124)
            500 LIST_APPEND              1
            502 LOAD_GLOBAL            125 (x125)
            504 LIST_APPEND              1
            506 LOAD_GLOBAL            126 (x126)
            508 LIST_APPEND              1
            510 LOAD_GLOBAL            127 (x127)
            512 LIST_APPEND              1
            514 LOAD_GLOBAL            128 (x128)
            516 LIST_APPEND              1
            518 LOAD_GLOBAL            129 (x129)
            520 LIST_APPEND              1
            522 LOAD_GLOBAL            130 (x130)
            524 LIST_APPEND              1
            526 LOAD_GLOBAL            131 (x131)
            528 LIST_APPEND              1
            530 LOAD_GLOBAL            132 (x132)
            532 LIST_APPEND              1
            534 LOAD_GLOBAL            133 (x133)
            536 LIST_APPEND              1
            538 LOAD_GLOBAL            134 (x134)
            540 LIST_APPEND              1
            542 LOAD_GLOBAL            135 (x135)
            544 LIST_APPEND              1
            546 LOAD_GLOBAL            136 (x136)
            548 LIST_APPEND              1
            550 LOAD_GLOBAL            137 (x137)
            552 LIST_APPEND              1
            554 LOAD_GLOBAL            138 (x138)
            556 LIST_APPEND              1
            558 LOAD_GLOBAL            139 (x139)
            560 LIST_APPEND              1
            562 LOAD_GLOBAL            140 (x140)
            564 LIST_APPEND              1
            566 LOAD_GLOBAL            141 (x141)
            568 LIST_APPEND              1
            570 LOAD_GLOBAL            142 (x142)
            572 LIST_APPEND              1
            574 LOAD_GLOBAL            143 (x143)
            576 LIST_APPEND              1
            578 LOAD_GLOBAL            144 (x144)
            580 LIST_APPEND              1
            582 LOAD_GLOBAL            145 (x145)
            584 LIST_APPEND              1
            586 LOAD_GLOBAL            146 (x146)
            588 LIST_APPEND              1
            590 LOAD_GLOBAL            147 (x147)
            592 LIST_APPEND              1
            594 LOAD_GLOBAL            148 (x148)
            596 LIST_APPEND              1
            598 LOAD_GLOBAL            149 (x149)
            600 LIST_APPEND              1
            602 LOAD_GLOBAL            150 (x150)
            604 LIST_APPEND              1
            606 LOAD_GLOBAL            151 (x151)
            608 LIST_APPEND              1
            610 LOAD_GLOBAL            152 (x152)
            612 LIST_APPEND              1
            614 LOAD_GLOBAL            153 (x153)
            616 LIST_APPEND              1
            618 LOAD_GLOBAL            154 (x154)
            620 LIST_APPEND              1
            622 LOAD_GLOBAL            155 (x155)
            624 LIST_APPEND              1
            626 LOAD_GLOBAL            156 (x156)
            628 LIST_APPEND              1
            630 LOAD_GLOBAL            157 (x157)
            632 LIST_APPEND              1
            634 LOAD_GLOBAL            158 (x158)
            636 LIST_APPEND              1
            638 LOAD_GLOBAL            159 (x159)
            640 LIST_APPEND              1
            642 LOAD_GLOBAL            160 (x160)
            644 LIST_APPEND              1
            646 LOAD_GLOBAL            161 (x161)
            648 LIST_APPEND              1
            650 LOAD_GLOBAL            162 (x162)
            652 LIST_APPEND              1
            654 LOAD_GLOBAL            163 (x163)
            656 LIST_APPEND              1
            658 LOAD_GLOBAL            164 (x164)
            660 LIST_APPEND              1
            662 LOAD_GLOBAL            165 (x165)
            664 LIST_APPEND              1
            666 LOAD_GLOBAL            166 (x166)
            668 LIST_APPEND              1
            670 LOAD_GLOBAL            167 (x167)
            672 LIST_APPEND              1
            674 LOAD_GLOBAL            168 (x168)
            676 LIST_APPEND              1
            678 LOAD_GLOBAL            169 (x169)
            680 LIST_APPEND              1
            682 LOAD_GLOBAL            170 (x170)
            684 LIST_APPEND              1
            686 LOAD_GLOBAL            171 (x171)
            688 LIST_APPEND              1
            690 LOAD_GLOBAL            172 (x172)
            692 LIST_APPEND              1
            694 LOAD_GLOBAL            173 (x173)
            696 LIST_APPEND              1
            698 LOAD_GLOBAL            174 (x174)
            700 LIST_APPEND              1
            702 LOAD_GLOBAL            175 (x175)
            704 LIST_APPEND              1
            706 LOAD_GLOBAL            176 (x176)
            708 LIST_APPEND              1
            710 LOAD_GLOBAL            177 (x177)
            712 LIST_APPEND              1
            714 LOAD_GLOBAL            178 (x178)
            716 LIST_APPEND              1
            718 LOAD_GLOBAL            179 (x179)
            720 LIST_APPEND              1
            722 LOAD_GLOBAL            180 (x180)
            724 LIST_APPEND              1
            726 LOAD_GLOBAL            181 (x181)
            728 LIST_APPEND              1
            730 LOAD_GLOBAL            182 (x182)
            732 LIST_APPEND              1
            734 LOAD_GLOBAL            183 (x183)
            736 LIST_APPEND              1
            738 LOAD_GLOBAL            184 (x184)
            740 LIST_APPEND              1
            742 LOAD_GLOBAL            185 (x185)
            744 LIST_APPEND              1
            746 LOAD_GLOBAL            186 (x186)
            748 LIST_APPEND              1
            750 LOAD_GLOBAL            187 (x187)
            752 LIST_APPEND              1
            754 LOAD_GLOBAL            188 (x188)
            756 LIST_APPEND              1
            758 LOAD_GLOBAL            189 (x189)
            760 LIST_APPEND              1
            762 LOAD_GLOBAL            190 (x190)
            764 LIST_APPEND              1
            766 LOAD_GLOBAL            191 (x191)
            768 LIST_APPEND              1
            770 LOAD_GLOBAL            192 (x192)
            772 LIST_APPEND              1
            774 LOAD_GLOBAL            193 (x193)
            776 LIST_APPEND              1
            778 LOAD_GLOBAL            194 (x194)
            780 LIST_APPEND              1
            782 LOAD_GLOBAL            195 (x195)
            784 LIST_APPEND              1
            786 LOAD_GLOBAL            196 (x196)
            788 LIST_APPEND              1
            790 LOAD_GLOBAL            197 (x197)
            792 LIST_APPEND              1
            794 LOAD_GLOBAL            198 (x198)
            796 LIST_APPEND              1
            798 LOAD_GLOBAL            199 (x199)
            800 LIST_APPEND              1
            802 LOAD_GLOBAL            200 (x200)
            804 LIST_APPEND              1
            806 LOAD_GLOBAL            201 (x201)
            808 LIST_APPEND              1
            810 LOAD_GLOBAL            202 (x202)
            812 LIST_APPEND              1
            814 LOAD_GLOBAL            203 (x203)
            816 LIST_APPEND              1
            818 LOAD_GLOBAL            204 (x204)
            820 LIST_APPEND              1
            822 LOAD_GLOBAL            205 (x205)
            824 LIST_APPEND              1
            826 LOAD_GLOBAL            206 (x206)
            828 LIST_APPEND              1
            830 LOAD_GLOBAL            207 (x207)
            832 LIST_APPEND              1
            834 LOAD_GLOBAL            208 (x208)
            836 LIST_APPEND              1
            838 LOAD_GLOBAL            209 (x209)
            840 LIST_APPEND              1
            842 LOAD_GLOBAL            210 (x210)
            844 LIST_APPEND              1
            846 LOAD_GLOBAL            211 (x211)
            848 LIST_APPEND              1
            850 LOAD_GLOBAL            212 (x212)
            852 LIST_APPEND              1
            854 LOAD_GLOBAL            213 (x213)
            856 LIST_APPEND              1
            858 LOAD_GLOBAL            214 (x214)
            860 LIST_APPEND              1
            862 LOAD_GLOBAL            215 (x215)
            864 LIST_APPEND              1
            866 LOAD_GLOBAL            216 (x216)
            868 LIST_APPEND              1
            870 LOAD_GLOBAL            217 (x217)
            872 LIST_APPEND              1
            874 LOAD_GLOBAL            218 (x218)
            876 LIST_APPEND              1
            878 LOAD_GLOBAL            219 (x219)
            880 LIST_APPEND              1
            882 LOAD_GLOBAL            220 (x220)
            884 LIST_APPEND              1
            886 LOAD_GLOBAL            221 (x221)
            888 LIST_APPEND              1
            890 LOAD_GLOBAL            222 (x222)
            892 LIST_APPEND              1
            894 LOAD_GLOBAL            223 (x223)
            896 LIST_APPEND              1
            898 LOAD_GLOBAL            224 (x224)
            900 LIST_APPEND              1
            902 LOAD_GLOBAL            225 (x225)
            904 LIST_APPEND              1
            906 LOAD_GLOBAL            226 (x226)
            908 LIST_APPEND              1
            910 LOAD_GLOBAL            227 (x227)
            912 LIST_APPEND              1
            914 LOAD_GLOBAL            228 (x228)
            916 LIST_APPEND              1
            918 LOAD_GLOBAL            229 (x229)
            920 LIST_APPEND              1
            922 LOAD_GLOBAL            230 (x230)
            924 LIST_APPEND              1
            926 LOAD_GLOBAL            231 (x231)
            928 LIST_APPEND              1
            930 LOAD_GLOBAL            232 (x232)
            932 LIST_APPEND              1
            934 LOAD_GLOBAL            233 (x233)
            936 LIST_APPEND              1
            938 LOAD_GLOBAL            234 (x234)
            940 LIST_APPEND              1
            942 LOAD_GLOBAL            235 (x235)
            944 LIST_APPEND              1
            946 LOAD_GLOBAL            236 (x236)
            948 LIST_APPEND              1
            950 LOAD_GLOBAL            237 (x237)
            952 LIST_APPEND              1
            954 LOAD_GLOBAL            238 (x238)
            956 LIST_APPEND              1
            958 LOAD_GLOBAL            239 (x239)
            960 LIST_APPEND              1
            962 LOAD_GLOBAL            240 (x240)
            964 LIST_APPEND              1
            966 LOAD_GLOBAL            241 (x241)
            968 LIST_APPEND              1
            970 LOAD_GLOBAL            242 (x242)
            972 LIST_APPEND              1
            974 LOAD_GLOBAL            243 (x243)
            976 LIST_APPEND              1
            978 LOAD_GLOBAL            244 (x244)
            980 LIST_APPEND              1
            982 LOAD_GLOBAL            245 (x245)
            984 LIST_APPEND              1
            986 LOAD_GLOBAL            246 (x246)
            988 LIST_APPEND              1
            990 LOAD_GLOBAL            247 (x247)
            992 LIST_APPEND              1
            994 LOAD_GLOBAL            248 (x248)
            996 LIST_APPEND              1
            998 LOAD_GLOBAL            249 (x249)
           1000 LIST_APPEND              1
           1002 LOAD_GLOBAL            250 (x250)
           1004 LIST_APPEND              1
           1006 LOAD_GLOBAL            251 (x251)
           1008 LIST_APPEND              1
           1010 LOAD_GLOBAL            252 (x252)
           1012 LIST_APPEND              1
           1014 LOAD_GLOBAL            253 (x253)
           1016 LIST_APPEND              1
           1018 LOAD_GLOBAL            254 (x254)
           1020 LIST_APPEND              1
           1022 LOAD_GLOBAL            255 (x255)
           1024 LIST_APPEND              1
           1026 EXTENDED_ARG             1
           1028 LOAD_GLOBAL            256 (x256)
           1030 LIST_APPEND              1
           1032 EXTENDED_ARG             1
           1034 LOAD_GLOBAL            257 (x257)
           1036 LIST_APPEND              1
           1038 EXTENDED_ARG             1
           1040 LOAD_GLOBAL            258 (x258)
           1042 LIST_APPEND              1
           1044 EXTENDED_ARG             1
           1046 LOAD_GLOBAL            259 (x259)
           1048 LIST_APPEND              1
           1050 EXTENDED_ARG             1
           1052 LOAD_GLOBAL            260 (x260)
           1054 LIST_APPEND              1
           1056 EXTENDED_ARG             1
           1058 LOAD_GLOBAL            261 (x261)
           1060 LIST_APPEND              1
           1062 EXTENDED_ARG             1
           1064 LOAD_GLOBAL            262 (x262)
           1066 LIST_APPEND              1
           1068 EXTENDED_ARG             1
           1070 LOAD_GLOBAL            263 (x263)
           1072 LIST_APPEND              1
           1074 EXTENDED_ARG             1
           1076 LOAD_GLOBAL            264 (x264)
           1078 LIST_APPEND              1
           1080 EXTENDED_ARG             1
           1082 LOAD_GLOBAL            265 (x265)
           1084 LIST_APPEND              1
           1086 EXTENDED_ARG             1
           1088 LOAD_GLOBAL            266 (x266)
           1090 LIST_APPEND              1
           1092 EXTENDED_ARG             1
           1094 LOAD_GLOBAL            267 (x267)
           1096 LIST_APPEND              1
           1098 EXTENDED_ARG             1
           1100 LOAD_GLOBAL            268 (x268)
           1102 LIST_APPEND              1
           1104 EXTENDED_ARG             1
           1106 LOAD_GLOBAL            269 (x269)
           1108 LIST_APPEND              1
           1110 EXTENDED_ARG             1
           1112 LOAD_GLOBAL            270 (x270)
           1114 LIST_APPEND              1
           1116 EXTENDED_ARG             1
           1118 LOAD_GLOBAL            271 (x271)
           1120 LIST_APPEND              1
           1122 EXTENDED_ARG             1
           1124 LOAD_GLOBAL            272 (x272)
           1126 LIST_APPEND              1
           1128 EXTENDED_ARG             1
           1130 LOAD_GLOBAL            273 (x273)
           1132 LIST_APPEND              1
           1134 EXTENDED_ARG             1
           1136 LOAD_GLOBAL            274 (x274)
           1138 LIST_APPEND              1
           1140 EXTENDED_ARG             1
           1142 LOAD_GLOBAL            275 (x275)
           1144 LIST_APPEND              1
           1146 EXTENDED_ARG             1
           1148 LOAD_GLOBAL            276 (x276)
           1150 LIST_APPEND              1
           1152 EXTENDED_ARG             1
           1154 LOAD_GLOBAL            277 (x277)
           1156 LIST_APPEND              1
           1158 EXTENDED_ARG             1
           1160 LOAD_GLOBAL            278 (x278)
           1162 LIST_APPEND              1
           1164 EXTENDED_ARG             1
           1166 LOAD_GLOBAL            279 (x279)
           1168 LIST_APPEND              1
           1170 EXTENDED_ARG             1
           1172 LOAD_GLOBAL            280 (x280)
           1174 LIST_APPEND              1
           1176 EXTENDED_ARG             1
           1178 LOAD_GLOBAL            281 (x281)
           1180 LIST_APPEND              1
           1182 EXTENDED_ARG             1
           1184 LOAD_GLOBAL            282 (x282)
           1186 LIST_APPEND              1
           1188 EXTENDED_ARG             1
           1190 LOAD_GLOBAL            283 (x283)
           1192 LIST_APPEND              1
           1194 EXTENDED_ARG             1
           1196 LOAD_GLOBAL            284 (x284)
           1198 LIST_APPEND              1
           1200 EXTENDED_ARG             1
           1202 LOAD_GLOBAL            285 (x285)
           1204 LIST_APPEND              1
           1206 EXTENDED_ARG             1
           1208 LOAD_GLOBAL            286 (x286)
           1210 LIST_APPEND              1
           1212 EXTENDED_ARG             1
           1214 LOAD_GLOBAL            287 (x287)
           1216 LIST_APPEND              1
           1218 EXTENDED_ARG             1
           1220 LOAD_GLOBAL            288 (x288)
           1222 LIST_APPEND              1
           1224 EXTENDED_ARG             1
           1226 LOAD_GLOBAL            289 (x289)
           1228 LIST_APPEND              1
           1230 EXTENDED_ARG             1
           1232 LOAD_GLOBAL            290 (x290)
           1234 LIST_APPEND              1
           1236 EXTENDED_ARG             1
           1238 LOAD_GLOBAL            291 (x291)
           1240 LIST_APPEND              1
           1242 EXTENDED_ARG             1
           1244 LOAD_GLOBAL            292 (x292)
           1246 LIST_APPEND              1
           1248 EXTENDED_ARG             1
           1250 LOAD_GLOBAL            293 (x293)
           1252 LIST_APPEND              1
           1254 EXTENDED_ARG             1
           1256 LOAD_GLOBAL            294 (x294)
           1258 LIST_APPEND              1
           1260 EXTENDED_ARG             1
           1262 LOAD_GLOBAL            295 (x295)
           1264 LIST_APPEND              1
           1266 EXTENDED_ARG             1
           1268 LOAD_GLOBAL            296 (x296)
           1270 LIST_APPEND              1
           1272 EXTENDED_ARG             1
           1274 LOAD_GLOBAL            297 (x297)
           1276 LIST_APPEND              1
           1278 EXTENDED_ARG             1
           1280 LOAD_GLOBAL            298 (x298)
           1282 LIST_APPEND              1
           1284 EXTENDED_ARG             1
           1286 LOAD_GLOBAL            299 (x299)
           1288 LIST_APPEND              1
           1290 RETURN_VALUE
"#)
}

pub(super) fn longjump() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 2,
        flags: 64,
        firstlineno: 1,
        code: vec![100, 0, 100, 1, 132, 0, 90, 0, 100, 2, 83, 0],
        consts: vec![ConstValue::Code(Rc::new(CodeObject {
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 151,
            stacksize: 1,
            flags: 67,
            firstlineno: 1,
            code: vec![124, 0, 144, 1, 114, 47, 124, 0, 125, 1, 124, 0, 125, 2, 124, 0, 125, 3, 124, 0, 125, 4, 124, 0, 125, 5, 124, 0, 125, 6, 124, 0, 125, 7, 124, 0, 125, 8, 124, 0, 125, 9, 124, 0, 125, 10, 124, 0, 125, 11, 124, 0, 125, 12, 124, 0, 125, 13, 124, 0, 125, 14, 124, 0, 125, 15, 124, 0, 125, 16, 124, 0, 125, 17, 124, 0, 125, 18, 124, 0, 125, 19, 124, 0, 125, 20, 124, 0, 125, 21, 124, 0, 125, 22, 124, 0, 125, 23, 124, 0, 125, 24, 124, 0, 125, 25, 124, 0, 125, 26, 124, 0, 125, 27, 124, 0, 125, 28, 124, 0, 125, 29, 124, 0, 125, 30, 124, 0, 125, 31, 124, 0, 125, 32, 124, 0, 125, 33, 124, 0, 125, 34, 124, 0, 125, 35, 124, 0, 125, 36, 124, 0, 125, 37, 124, 0, 125, 38, 124, 0, 125, 39, 124, 0, 125, 40, 124, 0, 125, 41, 124, 0, 125, 42, 124, 0, 125, 43, 124, 0, 125, 44, 124, 0, 125, 45, 124, 0, 125, 46, 124, 0, 125, 47, 124, 0, 125, 48, 124, 0, 125, 49, 124, 0, 125, 50, 124, 0, 125, 51, 124, 0, 125, 52, 124, 0, 125, 53, 124, 0, 125, 54, 124, 0, 125, 55, 124, 0, 125, 56, 124, 0, 125, 57, 124, 0, 125, 58, 124, 0, 125, 59, 124, 0, 125, 60, 124, 0, 125, 61, 124, 0, 125, 62, 124, 0, 125, 63, 124, 0, 125, 64, 124, 0, 125, 65, 124, 0, 125, 66, 124, 0, 125, 67, 124, 0, 125, 68, 124, 0, 125, 69, 124, 0, 125, 70, 124, 0, 125, 71, 124, 0, 125, 72, 124, 0, 125, 73, 124, 0, 125, 74, 124, 0, 125, 75, 124, 0, 125, 76, 124, 0, 125, 77, 124, 0, 125, 78, 124, 0, 125, 79, 124, 0, 125, 80, 124, 0, 125, 81, 124, 0, 125, 82, 124, 0, 125, 83, 124, 0, 125, 84, 124, 0, 125, 85, 124, 0, 125, 86, 124, 0, 125, 87, 124, 0, 125, 88, 124, 0, 125, 89, 124, 0, 125, 90, 124, 0, 125, 91, 124, 0, 125, 92, 124, 0, 125, 93, 124, 0, 125, 94, 124, 0, 125, 95, 124, 0, 125, 96, 124, 0, 125, 97, 124, 0, 125, 98, 124, 0, 125, 99, 124, 0, 125, 100, 124, 0, 125, 101, 124, 0, 125, 102, 124, 0, 125, 103, 124, 0, 125, 104, 124, 0, 125, 105, 124, 0, 125, 106, 124, 0, 125, 107, 124, 0, 125, 108, 124, 0, 125, 109, 124, 0, 125, 110, 124, 0, 125, 111, 124, 0, 125, 112, 124, 0, 125, 113, 124, 0, 125, 114, 124, 0, 125, 115, 124, 0, 125, 116, 124, 0, 125, 117, 124, 0, 125, 118, 124, 0, 125, 119, 124, 0, 125, 120, 124, 0, 125, 121, 124, 0, 125, 122, 124, 0, 125, 123, 124, 0, 125, 124, 124, 0, 125, 125, 124, 0, 125, 126, 124, 0, 125, 127, 124, 0, 125, 128, 124, 0, 125, 129, 124, 0, 125, 130, 124, 0, 125, 131, 124, 0, 125, 132, 124, 0, 125, 133, 124, 0, 125, 134, 124, 0, 125, 135, 124, 0, 125, 136, 124, 0, 125, 137, 124, 0, 125, 138, 124, 0, 125, 139, 124, 0, 125, 140, 124, 0, 125, 141, 124, 0, 125, 142, 124, 0, 125, 143, 124, 0, 125, 144, 124, 0, 125, 145, 124, 0, 125, 146, 124, 0, 125, 147, 124, 0, 125, 148, 124, 0, 125, 149, 124, 0, 125, 150, 124, 0, 83, 0],
            consts: vec![ConstValue::None],
            names: strs(&[]),
            varnames: strs(&["x", "y0", "y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10", "y11", "y12", "y13", "y14", "y15", "y16", "y17", "y18", "y19", "y20", "y21", "y22", "y23", "y24", "y25", "y26", "y27", "y28", "y29", "y30", "y31", "y32", "y33", "y34", "y35", "y36", "y37", "y38", "y39", "y40", "y41", "y42", "y43", "y44", "y45", "y46", "y47", "y48", "y49", "y50", "y51", "y52", "y53", "y54", "y55", "y56", "y57", "y58", "y59", "y60", "y61", "y62", "y63", "y64", "y65", "y66", "y67", "y68", "y69", "y70", "y71", "y72", "y73", "y74", "y75", "y76", "y77", "y78", "y79", "y80", "y81", "y82", "y83", "y84", "y85", "y86", "y87", "y88", "y89", "y90", "y91", "y92", "y93", "y94", "y95", "y96", "y97", "y98", "y99", "y100", "y101", "y102", "y103", "y104", "y105", "y106", "y107", "y108", "y109", "y110", "y111", "y112", "y113", "y114", "y115", "y116", "y117", "y118", "y119", "y120", "y121", "y122", "y123", "y124", "y125", "y126", "y127", "y128", "y129", "y130", "y131", "y132", "y133", "y134", "y135", "y136", "y137", "y138", "y139", "y140", "y141", "y142", "y143", "y144", "y145", "y146", "y147", "y148", "y149"]),
            freevars: strs(&[]),
            cellvars: strs(&[]),
            filename: "t.py".into(),
            name: "f".into(),
            qualname: "f".into(),
            linetable: vec![6, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1],
        })), ConstValue::Str("f".into()), ConstValue::None],
        names: strs(&["f"]),
        varnames: strs(&[]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "<module>".into(),
        qualname: "<module>".into(),
        linetable: vec![12, 0],
    };
    (code, r#"  1           0 LOAD_CONST               0 (<code object f at 0xADDR, file "t.py", line 1>)
              2 LOAD_CONST               1 ('f')
              4 MAKE_FUNCTION            0
              6 STORE_NAME               0 (f)
              8 LOAD_CONST               2 (None)
             10 RETURN_VALUE

Disassembly of <code object f at 0xADDR, file "t.py", line 1>:
  2           0 LOAD_FAST                0 (x)
              2 EXTENDED_ARG             1
              4 POP_JUMP_IF_FALSE      303 (to 606)

  3           6 LOAD_FAST                0 (x)
              8 STORE_FAST               1 (y0)

  4          10 LOAD_FAST                0 (x)
             12 STORE_FAST               2 (y1)

  5          14 LOAD_FAST                0 (x)
             16 STORE_FAST               3 (y2)

  6          18 LOAD_FAST                0 (x)
             20 STORE_FAST               4 (y3)

  7          22 LOAD_FAST                0 (x)
             24 STORE_FAST               5 (y4)

  8          26 LOAD_FAST                0 (x)
             28 STORE_FAST               6 (y5)

  9          30 LOAD_FAST                0 (x)
             32 STORE_FAST               7 (y6)

 10          34 LOAD_FAST                0 (x)
             36 STORE_FAST               8 (y7)

 11          38 LOAD_FAST                0 (x)
             40 STORE_FAST               9 (y8)

 12          42 LOAD_FAST                0 (x)
             44 STORE_FAST              10 (y9)

 13          46 LOAD_FAST                0 (x)
             48 STORE_FAST              11 (y10)

 14          50 LOAD_FAST                0 (x)
             52 STORE_FAST              12 (y11)

 15          54 LOAD_FAST                0 (x)
             56 STORE_FAST              13 (y12)

 16          58 LOAD_FAST                0 (x)
             60 STORE_FAST              14 (y13)

 17          62 LOAD_FAST                0 (x)
             64 STORE_FAST              15 (y14)

 18          66 LOAD_FAST                0 (x)
             68 STORE_FAST              16 (y15)

 19          70 LOAD_FAST                0 (x)
             72 STORE_FAST              17 (y16)

 20          74 LOAD_FAST                0 (x)
             76 STORE_FAST              18 (y17)

 21          78 LOAD_FAST                0 (x)
             80 STORE_FAST              19 (y18)

 22          82 LOAD_FAST                0 (x)
             84 STORE_FAST              20 (y19)

 23          86 LOAD_FAST                0 (x)
             88 STORE_FAST              21 (y20)

 24          90 LOAD_FAST                0 (x)
             92 STORE_FAST              22 (y21)

 25          94 LOAD_FAST                0 (x)
             96 STORE_FAST              23 (y22)

 26          98 LOAD_FAST                0 (x)
            100 STORE_FAST              24 (y23)

 27         102 LOAD_FAST                0 (x)
            104 STORE_FAST              25 (y24)

 28         106 LOAD_FAST                0 (x)
            108 STORE_FAST              26 (y25)

 29         110 LOAD_FAST                0 (x)
            112 STORE_FAST              27 (y26)

 30         114 LOAD_FAST                0 (x)
            116 STORE_FAST              28 (y27)

 31         118 LOAD_FAST                0 (x)
            120 STORE_FAST              29 (y28)

 32         122 LOAD_FAST                0 (x)
            124 STORE_FAST              30 (y29)

 33         126 LOAD_FAST                0 (x)
            128 STORE_FAST              31 (y30)

 34         130 LOAD_FAST                0 (x)
            132 STORE_FAST              32 (y31)

 35         134 LOAD_FAST                0 (x)
            136 STORE_FAST              33 (y32)

 36         138 LOAD_FAST                0 (x)
            140 STORE_FAST              34 (y33)

 37         142 LOAD_FAST                0 (x)
            144 STORE_FAST              35 (y34)

 38         146 LOAD_FAST                0 (x)
            148 STORE_FAST              36 (y35)

 39         150 LOAD_FAST                0 (x)
            152 STORE_FAST              37 (y36)

 40         154 LOAD_FAST                0 (x)
            156 STORE_FAST              38 (y37)

 41         158 LOAD_FAST                0 (x)
            160 STORE_FAST              39 (y38)

 42         162 LOAD_FAST                0 (x)
            164 STORE_FAST              40 (y39)

 43         166 LOAD_FAST                0 (x)
            168 STORE_FAST              41 (y40)

 44         170 LOAD_FAST                0 (x)
            172 STORE_FAST              42 (y41)

 45         174 LOAD_FAST                0 (x)
            176 STORE_FAST              43 (y42)

 46         178 LOAD_FAST                0 (x)
            180 STORE_FAST              44 (y43)

 47         182 LOAD_FAST                0 (x)
            184 STORE_FAST              45 (y44)

 48         186 LOAD_FAST                0 (x)
            188 STORE_FAST              46 (y45)

 49         190 LOAD_FAST                0 (x)
            192 STORE_FAST              47 (y46)

 50         194 LOAD_FAST                0 (x)
            196 STORE_FAST              48 (y47)

 51         198 LOAD_FAST                0 (x)
            200 STORE_FAST              49 (y48)

 52         202 LOAD_FAST                0 (x)
            204 STORE_FAST              50 (y49)

 53         206 LOAD_FAST                0 (x)
            208 STORE_FAST              51 (y50)

 54         210 LOAD_FAST                0 (x)
            212 STORE_FAST              52 (y51)

 55         214 LOAD_FAST                0 (x)
            216 STORE_FAST              53 (y52)

 56         218 LOAD_FAST                0 (x)
            220 STORE_FAST              54 (y53)

 57         222 LOAD_FAST                0 (x)
            224 STORE_FAST              55 (y54)

 58         226 LOAD_FAST                0 (x)
            228 STORE_FAST              56 (y55)

 59         230 LOAD_FAST                0 (x)
            232 STORE_FAST              57 (y56)

 60         234 LOAD_FAST                0 (x)
            236 STORE_FAST              58 (y57)

 61         238 LOAD_FAST                0 (x)
            240 STORE_FAST              59 (y58)

 62         242 LOAD_FAST                0 (x)
            244 STORE_FAST              60 (y59)

 63         246 LOAD_FAST                0 (x)
            248 STORE_FAST              61 (y60)

 64         250 LOAD_FAST                0 (x)
            252 STORE_FAST              62 (y61)

 65         254 LOAD_FAST                0 (x)
            256 STORE_FAST              63 (y62)

 66         258 LOAD_FAST                0 (x)
            260 STORE_FAST              64 (y63)

 67         262 LOAD_FAST                0 (x)
            264 STORE_FAST              65 (y64)

 68         266 LOAD_FAST                0 (x)
            268 STORE_FAST              66 (y65)

 69         270 LOAD_FAST                0 (x)
            272 STORE_FAST              67 (y66)

 70         274 LOAD_FAST                0 (x)
            276 STORE_FAST              68 (y67)

 71         278 LOAD_FAST                0 (x)
            280 STORE_FAST              69 (y68)

 72         282 LOAD_FAST                0 (x)
            284 STORE_FAST              70 (y69)

 73         286 LOAD_FAST                0 (x)
            288 STORE_FAST              71 (y70)

 74         290 LOAD_FAST                0 (x)
            292 STORE_FAST              72 (y71)

 75         294 LOAD_FAST                0 (x)
            296 STORE_FAST              73 (y72)

 76         298 LOAD_FAST                0 (x)
            300 STORE_FAST              74 (y73)

 77         302 LOAD_FAST                0 (x)
            304 STORE_FAST              75 (y74)

 78         306 LOAD_FAST                0 (x)
            308 STORE_FAST              76 (y75)

 79         310 LOAD_FAST                0 (x)
            312 STORE_FAST              77 (y76)

 80         314 LOAD_FAST                0 (x)
            316 STORE_FAST              78 (y77)

 81         318 LOAD_FAST                0 (x)
            320 STORE_FAST              79 (y78)

 82         322 LOAD_FAST                0 (x)
            324 STORE_FAST              80 (y79)

 83         326 LOAD_FAST                0 (x)
            328 STORE_FAST              81 (y80)

 84         330 LOAD_FAST                0 (x)
            332 STORE_FAST              82 (y81)

 85         334 LOAD_FAST                0 (x)
            336 STORE_FAST              83 (y82)

 86         338 LOAD_FAST                0 (x)
            340 STORE_FAST              84 (y83)

 87         342 LOAD_FAST                0 (x)
            344 STORE_FAST              85 (y84)

 88         346 LOAD_FAST                0 (x)
            348 STORE_FAST              86 (y85)

 89         350 LOAD_FAST                0 (x)
            352 STORE_FAST              87 (y86)

 90         354 LOAD_FAST                0 (x)
            356 STORE_FAST              88 (y87)

 91         358 LOAD_FAST                0 (x)
            360 STORE_FAST              89 (y88)

 92         362 LOAD_FAST                0 (x)
            364 STORE_FAST              90 (y89)

 93         366 LOAD_FAST                0 (x)
            368 STORE_FAST              91 (y90)

 94         370 LOAD_FAST                0 (x)
            372 STORE_FAST              92 (y91)

 95         374 LOAD_FAST                0 (x)
            376 STORE_FAST              93 (y92)

 96         378 LOAD_FAST                0 (x)
            380 STORE_FAST              94 (y93)

 97         382 LOAD_FAST                0 (x)
            384 STORE_FAST              95 (y94)

 98         386 LOAD_FAST                0 (x)
            388 STORE_FAST              96 (y95)

 99         390 LOAD_FAST                0 (x)
            392 STORE_FAST              97 (y96)

100         394 LOAD_FAST                0 (x)
            396 STORE_FAST              98 (y97)

101         398 LOAD_FAST                0 (x)
            400 STORE_FAST              99 (y98)

102         402 LOAD_FAST                0 (x)
            404 STORE_FAST             100 (y99)

103         406 LOAD_FAST                0 (x)
            408 STORE_FAST             101 (y100)

104         410 LOAD_FAST                0 (x)
            412 STORE_FAST             102 (y101)

105         414 LOAD_FAST                0 (x)
            416 STORE_FAST             103 (y102)

106         418 LOAD_FAST                0 (x)
            420 STORE_FAST             104 (y103)

107         422 LOAD_FAST                0 (x)
            424 STORE_FAST             105 (y104)

108         426 LOAD_FAST                0 (x)
            428 STORE_FAST             106 (y105)

109         430 LOAD_FAST                0 (x)
            432 STORE_FAST             107 (y106)

110         434 LOAD_FAST                0 (x)
            436 STORE_FAST             108 (y107)

111         438 LOAD_FAST                0 (x)
            440 STORE_FAST             109 (y108)

112         442 LOAD_FAST                0 (x)
            444 STORE_FAST             110 (y109)

113         446 LOAD_FAST                0 (x)
            448 STORE_FAST             111 (y110)

114         450 LOAD_FAST                0 (x)
            452 STORE_FAST             112 (y111)

115         454 LOAD_FAST                0 (x)
            456 STORE_FAST             113 (y112)

116         458 LOAD_FAST                0 (x)
            460 STORE_FAST             114 (y113)

117         462 LOAD_FAST                0 (x)
            464 STORE_FAST             115 (y114)

118         466 LOAD_FAST                0 (x)
            468 STORE_FAST             116 (y115)

119         470 LOAD_FAST                0 (x)
            472 STORE_FAST             117 (y116)

120         474 LOAD_FAST                0 (x)
            476 STORE_FAST             118 (y117)

121         478 LOAD_FAST                0 (x)
            480 STORE_FAST             119 (y118)

122         482 LOAD_FAST                0 (x)
            484 STORE_FAST             120 (y119)

123         486 LOAD_FAST                0 (x)
            488 STORE_FAST             121 (y120)

124         490 LOAD_FAST                0 (x)
            492 STORE_FAST             122 (y121)

125         494 LOAD_FAST                0 (x)
            496 STORE_FAST             123 (y122)

126         498 LOAD_FAST                0 (x)
            500 STORE_FAST             124 (y123)

127         502 LOAD_FAST                0 (x)
            504 STORE_FAST             125 (y124)

128         506 LOAD_FAST                0 (x)
            508 STORE_FAST             126 (y125)

129         510 LOAD_FAST                0 (x)
            512 STORE_FAST             127 (y126)

130         514 LOAD_FAST                0 (x)
            516 STORE_FAST             128 (y127)

131         518 LOAD_FAST                0 (x)
            520 STORE_FAST             129 (y128)

132         522 LOAD_FAST                0 (x)
            524 STORE_FAST             130 (y129)

133         526 LOAD_FAST                0 (x)
            528 STORE_FAST             131 (y130)

134         530 LOAD_FAST                0 (x)
            532 STORE_FAST             132 (y131)

135         534 LOAD_FAST                0 (x)
            536 STORE_FAST             133 (y132)

136         538 LOAD_FAST                0 (x)
            540 STORE_FAST             134 (y133)

137         542 LOAD_FAST                0 (x)
            544 STORE_FAST             135 (y134)

138         546 LOAD_FAST                0 (x)
            548 STORE_FAST             136 (y135)

139         550 LOAD_FAST                0 (x)
            552 STORE_FAST             137 (y136)

140         554 LOAD_FAST                0 (x)
            556 STORE_FAST             138 (y137)

141         558 LOAD_FAST                0 (x)
            560 STORE_FAST             139 (y138)

142         562 LOAD_FAST                0 (x)
            564 STORE_FAST             140 (y139)

143         566 LOAD_FAST                0 (x)
            568 STORE_FAST             141 (y140)

144         570 LOAD_FAST                0 (x)
            572 STORE_FAST             142 (y141)

145         574 LOAD_FAST                0 (x)
            576 STORE_FAST             143 (y142)

146         578 LOAD_FAST                0 (x)
            580 STORE_FAST             144 (y143)

147         582 LOAD_FAST                0 (x)
            584 STORE_FAST             145 (y144)

148         586 LOAD_FAST                0 (x)
            588 STORE_FAST             146 (y145)

149         590 LOAD_FAST                0 (x)
            592 STORE_FAST             147 (y146)

150         594 LOAD_FAST                0 (x)
            596 STORE_FAST             148 (y147)

151         598 LOAD_FAST                0 (x)
            600 STORE_FAST             149 (y148)

152         602 LOAD_FAST                0 (x)
            604 STORE_FAST             150 (y149)

153     >>  606 LOAD_FAST                0 (x)
            608 RETURN_VALUE
"#)
}

pub(super) fn nolines() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 1,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 1,
        stacksize: 1,
        flags: 67,
        firstlineno: 1,
        code: vec![124, 0, 83, 0],
        consts: vec![ConstValue::None],
        names: strs(&[]),
        varnames: strs(&["x"]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "f".into(),
        qualname: "f".into(),
        linetable: vec![],
    };
    (code, r#"          0 LOAD_FAST                0 (x)
          2 RETURN_VALUE
"#)
}

pub(super) fn unknown_op() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 1,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 1,
        stacksize: 1,
        flags: 67,
        firstlineno: 1,
        code: vec![200, 5, 1, 0, 6, 0, 144, 1, 144, 2, 102, 0, 124, 0],
        consts: vec![ConstValue::None],
        names: strs(&[]),
        varnames: strs(&["x"]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "f".into(),
        qualname: "f".into(),
        linetable: vec![2, 1, 12, 128],
    };
    (code, r#"  2           0 <200>                    5
              2 POP_TOP
              4 ROT_FOUR
              6 EXTENDED_ARG             1
              8 EXTENDED_ARG           258
             10 BUILD_TUPLE          66048
             12 LOAD_FAST                0 (x)
"#)
}

pub(super) fn lines_none() -> (CodeObject, &'static str) {
    let code = CodeObject {
        argcount: 1,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 1,
        stacksize: 1,
        flags: 67,
        firstlineno: 1,
        code: vec![9, 0, 9, 0, 9, 0, 9, 0, 9, 0, 9, 0, 124, 0, 83, 0],
        consts: vec![ConstValue::None],
        names: strs(&[]),
        varnames: strs(&["x"]),
        freevars: strs(&[]),
        cellvars: strs(&[]),
        filename: "t.py".into(),
        name: "f".into(),
        qualname: "f".into(),
        linetable: vec![2, 128, 4, 2, 0, 128, 4, 255, 2, 1, 2, 128, 2, 0],
    };
    (code, r#"              0 NOP

  3           2 NOP
              4 NOP

  2           6 NOP
              8 NOP

  3          10 NOP
             12 LOAD_FAST                0 (x)
             14 RETURN_VALUE
"#)
}

pub(super) const RECURSIVE: &[fn() -> (CodeObject, &'static str)] = &[loops, closures, fstrings, exceptions, constants, gen_async, matching, biglines, extended, longjump];
pub(super) const SINGLE: &[fn() -> (CodeObject, &'static str)] = &[nolines, unknown_op, lines_none];
