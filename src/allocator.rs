//! The CLI's global allocator: mimalloc, entered through its plain
//! (unaligned) functions whenever their natural alignment suffices.
//!
//! The `mimalloc` crate's `GlobalAlloc` always calls `mi_malloc_aligned`,
//! whose fast path requires the size to be a multiple of the alignment; a
//! 24-byte allocation with 16-byte alignment (an `Rc` of a small object)
//! took the generic slow path every time. `mi_malloc` returns blocks
//! aligned to 16 bytes (`MI_MAX_ALIGN_SIZE`), or to the size's natural
//! alignment below that, so — as std's system allocator does for `malloc`
//! — a request whose alignment is at most 16 and at most its size uses the
//! plain functions; only genuinely over-aligned requests go to the aligned
//! ones.

use core::alloc::{GlobalAlloc, Layout};
use core::ffi::c_void;

use libmimalloc_sys as mi;

/// Alignment every `mi_malloc` block has when its size is at least this.
const MI_MAX_ALIGN_SIZE: usize = 16;

/// The allocator (see the module comment).
pub struct Mimalloc;

/// Whether `mi_malloc` alone gives `layout`'s alignment.
#[inline(always)]
fn plain_suffices(layout: &Layout) -> bool {
    layout.align() <= MI_MAX_ALIGN_SIZE && layout.align() <= layout.size()
}

// SAFETY: every function forwards to mimalloc, whose allocation functions
// return blocks of at least the requested size with (for the plain
// functions, under `plain_suffices`) at least the requested alignment, or
// null on failure; `mi_free` and the realloc functions accept any block
// mimalloc returned, whichever function returned it.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl comment.
        unsafe {
            if plain_suffices(&layout) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl comment.
        unsafe {
            if plain_suffices(&layout) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (GlobalAlloc contract).
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`; the new
        // block keeps `layout.align()` under the same rule as `alloc`.
        unsafe {
            let new = Layout::from_size_align_unchecked(new_size, layout.align());
            if plain_suffices(&new) {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

/// mimalloc v3's `mi_option_purge_delay` (its position in `mi_option_t`;
/// `libmimalloc-sys`'s `extended` constants follow v2's numbering, so the
/// one option used is declared here).
const MI_OPTION_PURGE_DELAY: core::ffi::c_int = 15;

extern "C" {
    fn mi_option_set(option: core::ffi::c_int, value: core::ffi::c_long);
}

/// Keep freed memory for reuse instead of returning it to the OS.
///
/// By default mimalloc purges (decommits) memory that stays free for
/// 10 ms. An interpreter frees and reallocates its objects all the time,
/// so the same pages were returned and faulted back in over and over,
/// each fault zeroing a transparent huge page: 10-16 thousand page faults
/// and 20-34% of the run time on deltablue and float. Never purging keeps
/// the peak footprint the same (freed blocks are reused, as CPython's
/// arenas are) and the faults down to the first touch of each page.
pub fn keep_freed_memory() {
    // SAFETY: `mi_option_set` only stores an option value; any value is
    // valid for the purge delay (-1 means never purge).
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}
