//! Raw outputs: `random()`, `getrandbits()`, `randbytes()` and `_randbelow()`.

use super::{Random, RandomError, RandomResult};
use num_bigint::{BigInt, BigUint};
use num_traits::{ToPrimitive, Zero};

/// The most bits `getrandbits` builds before failing as CPython would on allocation.
const MAX_BITS: u64 = 1 << 32;

impl Random {
    /// `random()`: a float in [0.0, 1.0) from 53 random bits (27 + 26 of two outputs).
    pub fn random(&mut self) -> f64 {
        let a = (self.mt.next_u32() >> 5) as f64;
        let b = (self.mt.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: an int of `k` random bits, drawn as 32-bit words from the least
    /// significant up; the last word keeps its top bits.
    pub fn getrandbits(&mut self, k: i64) -> RandomResult<BigInt> {
        if k < 0 {
            return Err(RandomError::value("number of bits must be non-negative"));
        }
        if k as u64 > MAX_BITS {
            return Err(RandomError::new("MemoryError", ""));
        }
        Ok(self.bits_big(k as u64))
    }

    /// `getrandbits(k)` without the size limit (callers hold an int of that size already).
    fn bits_big(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.bits_u64(k as u32));
        }
        let mut left = k;
        let mut words = Vec::with_capacity(left.div_ceil(32) as usize);
        while left > 0 {
            let r = self.mt.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigUint::new(words).into()
    }

    /// `getrandbits(k)` for `k <= 64`, consuming the same outputs.
    fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => (self.mt.next_u32() >> (32 - k)) as u64,
            _ => {
                let low = self.mt.next_u32() as u64;
                let high = (self.mt.next_u32() >> (64 - k)) as u64;
                (high << 32) | low
            }
        }
    }

    /// `randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes.
    pub fn randbytes(&mut self, n: i64) -> RandomResult<Vec<u8>> {
        if n < 0 {
            return Err(RandomError::value("number of bits must be non-negative"));
        }
        let bits = n.checked_mul(8).ok_or_else(|| {
            RandomError::new("OverflowError", "Python int too large to convert to C int")
        })?;
        let (_, mut bytes) = self.getrandbits(bits)?.to_bytes_le();
        bytes.resize(n as usize, 0);
        Ok(bytes)
    }

    /// `_randbelow(n)`: an int in [0, n) by rejection from `n.bit_length()` bits;
    /// 0 without consuming anything when `n` is 0. `n` must not be negative.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        if n.sign() == num_bigint::Sign::Minus {
            return BigInt::zero();
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for a machine-sized `n`.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for an index into a sequence of length `n`.
    pub fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow_u64(n as u64) as usize
    }
}
