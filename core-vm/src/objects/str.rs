//! The `str` payload: UTF-8 text with its length in code points cached, so
//! that ASCII strings (the common case) index in O(1).

use alloc::boxed::Box;
use alloc::string::String;
use core::cell::Cell;

/// A Python string.
pub struct PyStr {
    text: Box<str>,
    /// Number of code points.
    char_len: usize,
    /// Cached hash (0 = not computed yet).
    hash: Cell<i64>,
}

impl PyStr {
    /// From a string slice.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(String::from(s))
    }

    /// From an owned string.
    pub fn from_string(s: String) -> PyStr {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { text: s.into_boxed_str(), char_len, hash: Cell::new(0) }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// True when every character is ASCII (byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The code point at character index `i` (`0 <= i < char_len`).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.text.chars().nth(i)
        }
    }

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.text.len())
        } else {
            self.text.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.text.len())
        }
    }

    /// The substring of characters `[start, end)`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        self.text.get(b0..b1).unwrap_or("")
    }

    /// The string's hash (stable within a process; not CPython's SipHash).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(&self.text);
        self.hash.set(h);
        h
    }
}

/// FNV-1a over the UTF-8 bytes, folded so it is never 0 or -1.
pub fn str_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    match h {
        0 => 1,
        -1 => -2,
        h => h,
    }
}
