//! CPython 3.10 opcodes: numbers, names, argument kinds and stack effects
//! (`Lib/opcode.py` and `compile.c:stack_effect` of 3.10.2).

/// Opcodes at or above this number take an argument.
pub const HAVE_ARGUMENT: u8 = 90;

macro_rules! opcodes {
    ($($name:ident = $num:expr,)*) => {
        /// A CPython 3.10 opcode. The discriminant is the byte written to `co_code`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Opcode { $($name = $num,)* }

        impl Opcode {
            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }
            /// Decodes a `co_code` byte; `None` for unassigned numbers.
            #[inline]
            pub fn from_byte(b: u8) -> Option<Opcode> {
                match b { $($num => Some(Opcode::$name),)* _ => None }
            }
        }
    };
}

/// Calls macro `$m` with the list of 3.10 opcodes (`NAME = number, ...`), so that the VM
/// can build its own instruction enum (the 3.10 opcodes plus its superinstructions) from
/// the same list.
#[macro_export]
macro_rules! opcode_list {
    ($m:ident) => {
        $m! {
        POP_TOP = 1, ROT_TWO = 2, ROT_THREE = 3, DUP_TOP = 4, DUP_TOP_TWO = 5, ROT_FOUR = 6,
        NOP = 9, UNARY_POSITIVE = 10, UNARY_NEGATIVE = 11, UNARY_NOT = 12, UNARY_INVERT = 15,
        BINARY_MATRIX_MULTIPLY = 16, INPLACE_MATRIX_MULTIPLY = 17, BINARY_POWER = 19,
        BINARY_MULTIPLY = 20, BINARY_MODULO = 22, BINARY_ADD = 23, BINARY_SUBTRACT = 24,
        BINARY_SUBSCR = 25, BINARY_FLOOR_DIVIDE = 26, BINARY_TRUE_DIVIDE = 27,
        INPLACE_FLOOR_DIVIDE = 28, INPLACE_TRUE_DIVIDE = 29, GET_LEN = 30, MATCH_MAPPING = 31,
        MATCH_SEQUENCE = 32, MATCH_KEYS = 33, COPY_DICT_WITHOUT_KEYS = 34, WITH_EXCEPT_START = 49,
        GET_AITER = 50, GET_ANEXT = 51, BEFORE_ASYNC_WITH = 52, END_ASYNC_FOR = 54,
        INPLACE_ADD = 55, INPLACE_SUBTRACT = 56, INPLACE_MULTIPLY = 57, INPLACE_MODULO = 59,
        STORE_SUBSCR = 60, DELETE_SUBSCR = 61, BINARY_LSHIFT = 62, BINARY_RSHIFT = 63,
        BINARY_AND = 64, BINARY_XOR = 65, BINARY_OR = 66, INPLACE_POWER = 67, GET_ITER = 68,
        GET_YIELD_FROM_ITER = 69, PRINT_EXPR = 70, LOAD_BUILD_CLASS = 71, YIELD_FROM = 72,
        GET_AWAITABLE = 73, LOAD_ASSERTION_ERROR = 74, INPLACE_LSHIFT = 75, INPLACE_RSHIFT = 76,
        INPLACE_AND = 77, INPLACE_XOR = 78, INPLACE_OR = 79, LIST_TO_TUPLE = 82, RETURN_VALUE = 83,
        IMPORT_STAR = 84, SETUP_ANNOTATIONS = 85, YIELD_VALUE = 86, POP_BLOCK = 87,
        POP_EXCEPT = 89, STORE_NAME = 90, DELETE_NAME = 91, UNPACK_SEQUENCE = 92, FOR_ITER = 93,
        UNPACK_EX = 94, STORE_ATTR = 95, DELETE_ATTR = 96, STORE_GLOBAL = 97, DELETE_GLOBAL = 98,
        ROT_N = 99, LOAD_CONST = 100, LOAD_NAME = 101, BUILD_TUPLE = 102, BUILD_LIST = 103,
        BUILD_SET = 104, BUILD_MAP = 105, LOAD_ATTR = 106, COMPARE_OP = 107, IMPORT_NAME = 108,
        IMPORT_FROM = 109, JUMP_FORWARD = 110, JUMP_IF_FALSE_OR_POP = 111,
        JUMP_IF_TRUE_OR_POP = 112, JUMP_ABSOLUTE = 113, POP_JUMP_IF_FALSE = 114,
        POP_JUMP_IF_TRUE = 115, LOAD_GLOBAL = 116, IS_OP = 117, CONTAINS_OP = 118, RERAISE = 119,
        JUMP_IF_NOT_EXC_MATCH = 121, SETUP_FINALLY = 122, LOAD_FAST = 124, STORE_FAST = 125,
        DELETE_FAST = 126, GEN_START = 129, RAISE_VARARGS = 130, CALL_FUNCTION = 131,
        MAKE_FUNCTION = 132, BUILD_SLICE = 133, LOAD_CLOSURE = 135, LOAD_DEREF = 136,
        STORE_DEREF = 137, DELETE_DEREF = 138, CALL_FUNCTION_KW = 141, CALL_FUNCTION_EX = 142,
        SETUP_WITH = 143, EXTENDED_ARG = 144, LIST_APPEND = 145, SET_ADD = 146, MAP_ADD = 147,
        LOAD_CLASSDEREF = 148, MATCH_CLASS = 152, SETUP_ASYNC_WITH = 154, FORMAT_VALUE = 155,
        BUILD_CONST_KEY_MAP = 156, BUILD_STRING = 157, LOAD_METHOD = 160, CALL_METHOD = 161,
        LIST_EXTEND = 162, SET_UPDATE = 163, DICT_MERGE = 164, DICT_UPDATE = 165,
            }
    };
}

opcode_list!(opcodes);

use Opcode::*;

impl Opcode {
    pub fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }

    /// Jumps whose argument is relative to the next instruction (`hasjrel`).
    pub fn is_relative_jump(self) -> bool {
        matches!(
            self,
            FOR_ITER | JUMP_FORWARD | SETUP_FINALLY | SETUP_WITH | SETUP_ASYNC_WITH
        )
    }

    /// Jumps whose argument is an absolute instruction index (`hasjabs`).
    pub fn is_absolute_jump(self) -> bool {
        matches!(
            self,
            JUMP_IF_FALSE_OR_POP
                | JUMP_IF_TRUE_OR_POP
                | JUMP_ABSOLUTE
                | POP_JUMP_IF_FALSE
                | POP_JUMP_IF_TRUE
                | JUMP_IF_NOT_EXC_MATCH
        )
    }

    pub fn is_jump(self) -> bool {
        self.is_relative_jump() || self.is_absolute_jump()
    }

    /// `JUMP_FORWARD` and `JUMP_ABSOLUTE`: control never falls through.
    pub fn is_unconditional_jump(self) -> bool {
        matches!(self, JUMP_FORWARD | JUMP_ABSOLUTE)
    }

    /// Instructions that end a block's execution for good (return or raise).
    pub fn is_scope_exit(self) -> bool {
        matches!(self, RETURN_VALUE | RAISE_VARARGS | RERAISE)
    }

    /// `SETUP_*`: a jump edge that is taken only when an exception unwinds to it.
    pub fn is_block_push(self) -> bool {
        matches!(self, SETUP_FINALLY | SETUP_WITH | SETUP_ASYNC_WITH)
    }

    /// Stack effect as in 3.10 `stack_effect(opcode, oparg, jump)`.
    /// `jump`: `Some(true)` for the effect when the jump is taken, `Some(false)` when not,
    /// `None` for the maximum of the two.
    pub fn stack_effect(self, oparg: u32, jump: Option<bool>) -> i32 {
        let arg = oparg as i32;
        let pick = |taken: i32, not_taken: i32| match jump {
            Some(true) => taken,
            Some(false) => not_taken,
            None => taken.max(not_taken),
        };
        match self {
            NOP | EXTENDED_ARG => 0,
            POP_TOP => -1,
            ROT_TWO | ROT_THREE | ROT_FOUR | ROT_N => 0,
            DUP_TOP => 1,
            DUP_TOP_TWO => 2,
            UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT => 0,
            SET_ADD | LIST_APPEND => -1,
            MAP_ADD => -2,
            BINARY_POWER
            | BINARY_MULTIPLY
            | BINARY_MATRIX_MULTIPLY
            | BINARY_MODULO
            | BINARY_ADD
            | BINARY_SUBTRACT
            | BINARY_SUBSCR
            | BINARY_FLOOR_DIVIDE
            | BINARY_TRUE_DIVIDE => -1,
            INPLACE_FLOOR_DIVIDE | INPLACE_TRUE_DIVIDE => -1,
            INPLACE_ADD
            | INPLACE_SUBTRACT
            | INPLACE_MULTIPLY
            | INPLACE_MATRIX_MULTIPLY
            | INPLACE_MODULO => -1,
            STORE_SUBSCR => -3,
            DELETE_SUBSCR => -2,
            BINARY_LSHIFT | BINARY_RSHIFT | BINARY_AND | BINARY_XOR | BINARY_OR => -1,
            INPLACE_POWER => -1,
            GET_ITER => 0,
            PRINT_EXPR => -1,
            LOAD_BUILD_CLASS => 1,
            INPLACE_LSHIFT | INPLACE_RSHIFT | INPLACE_AND | INPLACE_XOR | INPLACE_OR => -1,
            SETUP_WITH => pick(6, 1),
            RETURN_VALUE => -1,
            IMPORT_STAR => -1,
            SETUP_ANNOTATIONS => 0,
            YIELD_VALUE => 0,
            YIELD_FROM => -1,
            POP_BLOCK => 0,
            POP_EXCEPT => -3,
            STORE_NAME => -1,
            DELETE_NAME => 0,
            UNPACK_SEQUENCE => arg - 1,
            UNPACK_EX => (arg & 0xFF) + (arg >> 8),
            FOR_ITER => pick(-1, 1),
            STORE_ATTR => -2,
            DELETE_ATTR => -1,
            STORE_GLOBAL => -1,
            DELETE_GLOBAL => 0,
            LOAD_CONST => 1,
            LOAD_NAME => 1,
            BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - arg,
            BUILD_MAP => 1 - 2 * arg,
            BUILD_CONST_KEY_MAP => -arg,
            LOAD_ATTR => 0,
            COMPARE_OP | IS_OP | CONTAINS_OP => -1,
            JUMP_IF_NOT_EXC_MATCH => -2,
            IMPORT_NAME => -1,
            IMPORT_FROM => 1,
            JUMP_FORWARD | JUMP_ABSOLUTE => 0,
            JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP => pick(0, -1),
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => -1,
            LOAD_GLOBAL => 1,
            SETUP_FINALLY => pick(6, 0),
            RERAISE => -3,
            WITH_EXCEPT_START => 1,
            LOAD_FAST => 1,
            STORE_FAST => -1,
            DELETE_FAST => 0,
            RAISE_VARARGS => -arg,
            CALL_FUNCTION => -arg,
            CALL_METHOD => -arg - 1,
            CALL_FUNCTION_KW => -arg - 1,
            CALL_FUNCTION_EX => -1 - i32::from(arg & 1 != 0),
            MAKE_FUNCTION => {
                -1 - i32::from(arg & 1 != 0)
                    - i32::from(arg & 2 != 0)
                    - i32::from(arg & 4 != 0)
                    - i32::from(arg & 8 != 0)
            }
            BUILD_SLICE => {
                if arg == 3 {
                    -2
                } else {
                    -1
                }
            }
            LOAD_CLOSURE => 1,
            LOAD_DEREF | LOAD_CLASSDEREF => 1,
            STORE_DEREF => -1,
            DELETE_DEREF => 0,
            GET_AWAITABLE => 0,
            SETUP_ASYNC_WITH => pick(-1 + 6, 0),
            BEFORE_ASYNC_WITH => 1,
            GET_AITER => 0,
            GET_ANEXT => 1,
            GET_YIELD_FROM_ITER => 0,
            END_ASYNC_FOR => -7,
            FORMAT_VALUE => {
                if arg & 0x04 != 0 {
                    -1
                } else {
                    0
                }
            }
            LOAD_METHOD => 1,
            LOAD_ASSERTION_ERROR => 1,
            LIST_TO_TUPLE => 0,
            GEN_START => -1,
            LIST_EXTEND | SET_UPDATE | DICT_MERGE | DICT_UPDATE => -1,
            MATCH_CLASS => -1,
            GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE => 1,
            MATCH_KEYS => 2,
            COPY_DICT_WITHOUT_KEYS => 0,
        }
    }
}

/// The comparison names `COMPARE_OP` indexes (`dis.cmp_op`).
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
