//! The eval loop's instruction set: CPython 3.10's opcodes (same numbers) plus a few
//! superinstructions that `cache::decode` writes over the first instruction of a frequent
//! pair. A superinstruction runs both halves when their fast path applies, and otherwise
//! falls back to its first half alone (see `Op::first_half`), so the pair's second
//! instruction, still in place, stays reachable for jumps and for the fallback.

macro_rules! vm_opcodes {
    ($($name:ident = $num:expr,)*) => {
        /// An instruction of the decoded stream.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Op {
            $($name = $num,)*
            /// LOAD_FAST a; LOAD_FAST b
            LOAD_FAST__LOAD_FAST = 200,
            /// LOAD_FAST a; LOAD_CONST c
            LOAD_FAST__LOAD_CONST = 201,
            /// STORE_FAST a; LOAD_FAST b
            STORE_FAST__LOAD_FAST = 202,
            /// STORE_FAST a; STORE_FAST b
            STORE_FAST__STORE_FAST = 203,
            /// COMPARE_OP of two ints or floats; POP_JUMP_IF_FALSE
            COMPARE_OP__POP_JUMP_IF_FALSE = 204,
            /// COMPARE_OP of two ints or floats; POP_JUMP_IF_TRUE
            COMPARE_OP__POP_JUMP_IF_TRUE = 205,
            /// LOAD_CONST c; LOAD_FAST a
            LOAD_CONST__LOAD_FAST = 206,
            /// IS_OP; POP_JUMP_IF_FALSE
            IS_OP__POP_JUMP_IF_FALSE = 207,
            /// IS_OP; POP_JUMP_IF_TRUE
            IS_OP__POP_JUMP_IF_TRUE = 208,
            /// LOAD_FAST a; YIELD_VALUE (`yield x`)
            LOAD_FAST__YIELD_VALUE = 209,
            /// Past the last instruction (`decode`'s sentinel, so the loop reads the next
            /// instruction unchecked): returns None, as running off the end does.
            END = 210,
            /// A byte that is no 3.10 opcode (the argument holds the byte). Numbered 0, a
            /// byte 3.10 leaves unused, so that the numbers run without a gap from 0 to
            /// `END` and the hot loop's jump table is indexed by the number as it is.
            INVALID = 0,
        }

        /// A pattern matching every `Op`: the last arm of the hot loop's `match`, which
        /// so covers the enum without a wildcard. The match then compiles to a jump table
        /// indexed without a range check (a wildcard arm keeps one, for bytes that are
        /// no `Op`), one compare and branch less on every dispatch.
        macro_rules! every_op {
            () => {
                $(Op::$name)|*
                    | Op::LOAD_FAST__LOAD_FAST
                    | Op::LOAD_FAST__LOAD_CONST
                    | Op::STORE_FAST__LOAD_FAST
                    | Op::STORE_FAST__STORE_FAST
                    | Op::COMPARE_OP__POP_JUMP_IF_FALSE
                    | Op::COMPARE_OP__POP_JUMP_IF_TRUE
                    | Op::LOAD_CONST__LOAD_FAST
                    | Op::IS_OP__POP_JUMP_IF_FALSE
                    | Op::IS_OP__POP_JUMP_IF_TRUE
                    | Op::LOAD_FAST__YIELD_VALUE
                    | Op::END
                    | Op::INVALID
            };
        }
        pub(crate) use every_op;

        impl Op {
            /// Decodes a `co_code` byte.
            #[inline]
            pub fn from_byte(b: u8) -> Op {
                match b { $($num => Op::$name,)* _ => Op::INVALID }
            }
        }
    };
}

pyco_compiler::opcode_list!(vm_opcodes);

impl Op {
    /// The superinstruction for the pair `(a, b)`, if there is one.
    pub fn fuse(a: Op, b: Op) -> Option<Op> {
        Some(match (a, b) {
            (Op::LOAD_FAST, Op::LOAD_FAST) => Op::LOAD_FAST__LOAD_FAST,
            (Op::LOAD_FAST, Op::LOAD_CONST) => Op::LOAD_FAST__LOAD_CONST,
            (Op::LOAD_CONST, Op::LOAD_FAST) => Op::LOAD_CONST__LOAD_FAST,
            (Op::STORE_FAST, Op::LOAD_FAST) => Op::STORE_FAST__LOAD_FAST,
            (Op::STORE_FAST, Op::STORE_FAST) => Op::STORE_FAST__STORE_FAST,
            (Op::COMPARE_OP, Op::POP_JUMP_IF_FALSE) => Op::COMPARE_OP__POP_JUMP_IF_FALSE,
            (Op::COMPARE_OP, Op::POP_JUMP_IF_TRUE) => Op::COMPARE_OP__POP_JUMP_IF_TRUE,
            (Op::IS_OP, Op::POP_JUMP_IF_FALSE) => Op::IS_OP__POP_JUMP_IF_FALSE,
            (Op::IS_OP, Op::POP_JUMP_IF_TRUE) => Op::IS_OP__POP_JUMP_IF_TRUE,
            (Op::LOAD_FAST, Op::YIELD_VALUE) => Op::LOAD_FAST__YIELD_VALUE,
            _ => return None,
        })
    }

    /// The instruction a superinstruction stands in for (itself for plain opcodes).
    #[inline]
    pub fn first_half(self) -> Op {
        match self {
            Op::LOAD_FAST__LOAD_FAST | Op::LOAD_FAST__LOAD_CONST | Op::LOAD_FAST__YIELD_VALUE => {
                Op::LOAD_FAST
            }
            Op::STORE_FAST__LOAD_FAST | Op::STORE_FAST__STORE_FAST => Op::STORE_FAST,
            Op::COMPARE_OP__POP_JUMP_IF_FALSE | Op::COMPARE_OP__POP_JUMP_IF_TRUE => Op::COMPARE_OP,
            Op::LOAD_CONST__LOAD_FAST => Op::LOAD_CONST,
            Op::IS_OP__POP_JUMP_IF_FALSE | Op::IS_OP__POP_JUMP_IF_TRUE => Op::IS_OP,
            op => op,
        }
    }
}
