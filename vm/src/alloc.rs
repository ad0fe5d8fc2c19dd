//! The interpreter's memory allocator: per-thread LIFO free lists for small blocks in
//! front of the system allocator.
//!
//! Python programs allocate and free small objects all the time, often a whole list's
//! worth at once, which overflows glibc's small per-thread cache (7 blocks per size) into
//! its slower bins. Here each size class (16-byte steps up to `MAX_SMALL`) keeps up to
//! `DEPTH` freed blocks. Reuse stays last-in first-out, as with CPython's allocator: a
//! block freed is the next one handed out for that size (scripts that compare the
//! addresses of two short-lived objects see what CPython shows).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

const STEP: usize = 16;
const MAX_SMALL: usize = 256;
const CLASSES: usize = MAX_SMALL / STEP;
/// Freed blocks kept per size class and thread.
const DEPTH: u32 = 512;

struct FreeList {
    /// Freed blocks, each holding the address of the next in its first word.
    head: Cell<*mut u8>,
    len: Cell<u32>,
}

thread_local! {
    // No destructor (the lists are plain cells), so access never fails, even while the
    // thread exits; blocks left in a finished thread's lists are not reclaimed (at most
    // `CLASSES * DEPTH` small blocks).
    static LISTS: [FreeList; CLASSES] = const {
        [const { FreeList { head: Cell::new(ptr::null_mut()), len: Cell::new(0) } }; CLASSES]
    };
}

/// The allocator; `src/main.rs` installs it with `#[global_allocator]`.
pub struct PycoAlloc;

/// The size class of a small layout, if it is one.
#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    (size <= MAX_SMALL && layout.align() <= STEP).then(|| size.max(1).div_ceil(STEP) - 1)
}

/// The layout a block of class `c` really has (the system sees only these).
#[inline(always)]
fn class_layout(c: usize) -> Layout {
    // SAFETY: a nonzero multiple of 16 with alignment 16 is a valid layout.
    unsafe { Layout::from_size_align_unchecked((c + 1) * STEP, STEP) }
}

unsafe impl GlobalAlloc for PycoAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class_of(&layout) else {
            return System.alloc(layout);
        };
        let block = LISTS.with(|l| {
            let l = &l[c];
            let head = l.head.get();
            if !head.is_null() {
                // SAFETY: blocks on the list are ours and hold the next pointer.
                l.head.set(unsafe { (head as *mut *mut u8).read() });
                l.len.set(l.len.get() - 1);
            }
            head
        });
        if block.is_null() {
            System.alloc(class_layout(c))
        } else {
            block
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        let Some(c) = class_of(&layout) else {
            return System.dealloc(p, layout);
        };
        let kept = LISTS.with(|l| {
            let l = &l[c];
            if l.len.get() >= DEPTH {
                return false;
            }
            // SAFETY: the block is at least 16 bytes, 16-aligned, and no longer in use.
            unsafe { (p as *mut *mut u8).write(l.head.get()) };
            l.head.set(p);
            l.len.set(l.len.get() + 1);
            true
        });
        if !kept {
            System.dealloc(p, class_layout(c));
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (class_of(&layout), class_of(&new_layout)) {
            (None, None) => System.realloc(p, layout, new_size),
            (Some(a), Some(b)) if a == b => p,
            _ => {
                let q = self.alloc(new_layout);
                if !q.is_null() {
                    ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                    self.dealloc(p, layout);
                }
                q
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_blocks_are_reused_last_in_first_out() {
        let a = PycoAlloc;
        let l = Layout::from_size_align(40, 8).unwrap();
        unsafe {
            let p = a.alloc(l);
            let q = a.alloc(l);
            a.dealloc(p, l);
            a.dealloc(q, l);
            // Same class (33..=48 bytes), last freed first.
            let l2 = Layout::from_size_align(48, 16).unwrap();
            assert_eq!(a.alloc(l2), q);
            assert_eq!(a.alloc(l), p);
            a.dealloc(p, l);
            a.dealloc(q, l2);
        }
    }

    #[test]
    fn realloc_keeps_contents_across_classes() {
        let a = PycoAlloc;
        let l = Layout::from_size_align(24, 8).unwrap();
        unsafe {
            let p = a.alloc(l);
            for i in 0..24 {
                p.add(i).write(i as u8);
            }
            let q = a.realloc(p, l, 1000);
            for i in 0..24 {
                assert_eq!(q.add(i).read(), i as u8);
            }
            let r = a.realloc(q, Layout::from_size_align(1000, 8).unwrap(), 20);
            for i in 0..20 {
                assert_eq!(r.add(i).read(), i as u8);
            }
            a.dealloc(r, Layout::from_size_align(20, 8).unwrap());
        }
    }
}
