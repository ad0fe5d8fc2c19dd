//! Seeding (`Random.seed`) and the state as plain data (`getstate`/`setstate`).

use super::mt::N;
use super::{Random, RandomError, RandomResult};
use num_bigint::BigInt;
use sha2::{Digest, Sha512};

/// `Random.getstate()`: version 3's `(3, words, gauss_next)` without the version.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The 624 state words followed by the index, as CPython's 625-tuple.
    pub words: Vec<u32>,
    pub gauss_next: Option<f64>,
}

impl Random {
    /// A generator seeded with an int, as `random.Random(n)` is.
    pub fn with_seed(n: &BigInt) -> Self {
        let mut r = Random::default();
        r.seed_int(n);
        r
    }

    /// `seed(n)` for an int: every bit of `abs(n)` as 32-bit words, least significant first.
    pub fn seed_int(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.mt.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `seed(s)` for str (its UTF-8 bytes), bytes or bytearray, version 2: the int whose
    /// big-endian bytes are `s` followed by `sha512(s)`.
    pub fn seed_bytes(&mut self, s: &[u8]) {
        let mut all = s.to_vec();
        all.extend_from_slice(&Sha512::digest(s));
        self.seed_int(&BigInt::from_bytes_be(num_bigint::Sign::Plus, &all));
    }

    /// `seed(None)`: 624 words of OS entropy, falling back to the clock as CPython does.
    pub fn seed_none(&mut self) {
        let mut bytes = [0u8; N * 4];
        let key: Vec<u32> = match getrandom::getrandom(&mut bytes) {
            Ok(()) => bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
            Err(_) => time_key(),
        };
        self.mt.init_by_array(&key);
        self.gauss_next = None;
    }

    pub fn getstate(&self) -> State {
        let mut words = self.mt.state.to_vec();
        words.push(self.mt.index as u32);
        State {
            words,
            gauss_next: self.gauss_next,
        }
    }

    /// `setstate()`: the VM has checked the version and reduced the words to `u32`.
    pub fn setstate(&mut self, state: &State) -> RandomResult<()> {
        if state.words.len() != N + 1 {
            return Err(RandomError::value("state vector is the wrong size"));
        }
        let index = state.words[N] as usize;
        if index > N {
            return Err(RandomError::value("invalid state"));
        }
        self.mt.state.copy_from_slice(&state.words[..N]);
        self.mt.index = index;
        self.gauss_next = state.gauss_next;
        Ok(())
    }
}

/// CPython's fallback key when no OS entropy is available: time and process id.
fn time_key() -> Vec<u32> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![
        nanos as u32,
        (nanos >> 32) as u32,
        (nanos >> 64) as u32,
        std::process::id(),
    ]
}
