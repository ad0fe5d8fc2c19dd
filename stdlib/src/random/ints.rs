//! `random.py`'s integer and sequence methods. Sequence methods take a length and return
//! indices (or shuffle a slice), so the VM applies them to any sequence.

use super::{Random, RandomError, RandomResult};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use std::collections::HashSet;

impl Random {
    /// `randrange(start, stop, step)` for int arguments; `step` of `None` or 1 is the default
    /// (`step is not _ONE` holds for neither, since CPython caches small ints).
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> RandomResult<BigInt> {
        let step_is_one = step.is_none_or(|s| s.is_one());
        let Some(stop) = stop else {
            if !step_is_one {
                return Err(RandomError::new(
                    "TypeError",
                    "Missing a non-None stop argument",
                ));
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(RandomError::value("empty range for randrange()"));
        };
        let width = stop - start;
        let step = match step {
            Some(s) if !step_is_one => s,
            _ => {
                if width.is_positive() {
                    return Ok(start + self.randbelow(&width));
                }
                return Err(RandomError::value(format!(
                    "empty range for randrange() ({start}, {stop}, {width})"
                )));
            }
        };
        let n = if step.is_positive() {
            floor_div(&(width + step - 1), step)
        } else if step.is_negative() {
            floor_div(&(width + step + 1), step)
        } else {
            return Err(RandomError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(RandomError::value("empty range for randrange()"));
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> RandomResult<BigInt> {
        self.randrange(a, Some(&(b + 1)), None)
    }

    /// `choice(seq)` as an index into a sequence of length `n`. For `n == 0` it returns 0
    /// without drawing: CPython 3.10 then fails on `seq[0]` with the sequence's IndexError.
    pub fn choice(&mut self, n: usize) -> usize {
        self.randbelow_usize(n)
    }

    /// `shuffle(x)` in place, with CPython's order of swaps.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow_usize(i + 1);
            x.swap(i, j);
        }
    }

    /// `sample(population, k)` as indices into a population of length `n`, choosing between
    /// random.py's pool and set algorithms as it does.
    pub fn sample(&mut self, n: usize, k: i64) -> RandomResult<Vec<usize>> {
        let k = match usize::try_from(k) {
            Ok(k) if k <= n => k,
            _ => {
                return Err(RandomError::value(
                    "Sample larger than population or is negative",
                ))
            }
        };
        if n as u128 <= set_size(k) {
            Ok(self.sample_pool(n, k))
        } else {
            Ok(self.sample_set(n, k))
        }
    }

    fn sample_pool(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut pool: Vec<usize> = (0..n).collect();
        let mut result = Vec::with_capacity(k);
        for i in 0..k {
            let j = self.randbelow_usize(n - i);
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
        result
    }

    fn sample_set(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut selected = HashSet::with_capacity(k);
        let mut result = Vec::with_capacity(k);
        for _ in 0..k {
            let mut j = self.randbelow_usize(n);
            while !selected.insert(j) {
                j = self.randbelow_usize(n);
            }
            result.push(j);
        }
        result
    }

    /// `sample(population, k, counts=counts)` as indices into the population
    /// (`counts.len()` is its length; the VM checks that they match).
    pub fn sample_counts(&mut self, counts: &[i64], k: i64) -> RandomResult<Vec<usize>> {
        let mut cum = Vec::with_capacity(counts.len());
        let mut total: i64 = 0;
        for &c in counts {
            total = total.checked_add(c).ok_or_else(too_large)?;
            cum.push(total);
        }
        let Some(total) = cum.pop() else {
            return Err(RandomError::new("IndexError", "pop from empty list"));
        };
        if total <= 0 {
            return Err(RandomError::value(
                "Total of counts must be greater than zero",
            ));
        }
        let total = usize::try_from(total).map_err(|_| too_large())?;
        let picks = self.sample(total, k)?;
        Ok(picks
            .into_iter()
            .map(|s| bisect_right(&cum, &(s as i64), cum.len()))
            .collect())
    }

    /// `choices(population, k=k)` without weights: `floor(random() * n)` each. For `n == 0`
    /// and `k > 0` it draws once and returns `[0]`, where CPython's indexing fails.
    pub fn choices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let nf = n as f64;
        let mut out = Vec::with_capacity(if n == 0 { k.min(1) } else { k });
        for _ in 0..k {
            out.push((self.random() * nf).floor() as usize);
            if n == 0 {
                break;
            }
        }
        out
    }

    /// `choices(population, weights, k=k)`: the weights are accumulated in float (as
    /// `itertools.accumulate` does for floats, and exactly for ints below 2**53).
    pub fn choices_weighted(&mut self, weights: &[f64], k: usize) -> RandomResult<Vec<usize>> {
        let mut cum = Vec::with_capacity(weights.len());
        for &w in weights {
            cum.push(cum.last().map_or(w, |&acc: &f64| acc + w));
        }
        self.choices_cum_weighted(&cum, k)
    }

    /// `choices(population, cum_weights=cum_weights, k=k)` (the VM checks that the
    /// population has `cum_weights.len()` items).
    pub fn choices_cum_weighted(&mut self, cum: &[f64], k: usize) -> RandomResult<Vec<usize>> {
        let Some(&last) = cum.last() else {
            return Err(RandomError::new("IndexError", "list index out of range"));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(RandomError::value(
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(RandomError::value("Total of weights must be finite"));
        }
        let hi = cum.len() - 1;
        Ok((0..k)
            .map(|_| bisect_right(cum, &(self.random() * total), hi))
            .collect())
    }
}

/// random.py's threshold: a population this small is sampled from a copied pool.
fn set_size(k: usize) -> u128 {
    let mut size: u128 = 21;
    if k > 5 {
        let exp = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil();
        size += 4u128.saturating_pow(exp as u32);
    }
    size
}

/// `bisect.bisect_right(a, x, 0, hi)`: the first index in [0, hi) past every item <= x.
fn bisect_right<T: PartialOrd>(a: &[T], x: &T, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < &a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// Python's `//` on ints (rounding toward negative infinity); `b` is nonzero.
fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    let q = a / b;
    if (a % b).is_zero() || (a.is_negative() == b.is_negative()) {
        q
    } else {
        q - 1
    }
}

fn too_large() -> RandomError {
    RandomError::new(
        "OverflowError",
        "Python int too large to convert to C ssize_t",
    )
}
