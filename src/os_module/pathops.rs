//! The string algorithms of `posixpath`, on path bytes: `join`, `split`,
//! `splitext`, `normpath`, `relpath` components, `commonpath`, and the
//! symlink-resolving walk behind `realpath`. Each follows CPython 3.11's
//! Python source step by step.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// The path separator.
const SEP: u8 = b'/';

/// `path.rfind(sep) + 1`: where the last component starts.
fn tail_start(p: &[u8]) -> usize {
    p.iter().rposition(|&c| c == SEP).map(|i| i + 1).unwrap_or(0)
}

/// `s.rstrip(sep)`.
fn rstrip_sep(s: &[u8]) -> &[u8] {
    let end = s.iter().rposition(|&c| c != SEP).map(|i| i + 1).unwrap_or(0);
    &s[..end]
}

/// `posixpath.join(a, *p)`.
pub(crate) fn join(a: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut path = a.to_vec();
    for b in parts {
        if b.first() == Some(&SEP) {
            path = b.to_vec();
        } else if path.is_empty() || path.last() == Some(&SEP) {
            path.extend_from_slice(b);
        } else {
            path.push(SEP);
            path.extend_from_slice(b);
        }
    }
    path
}

/// `posixpath.split(p)`: `(head, tail)`, trailing slashes stripped from
/// a head that is not all slashes.
pub(crate) fn split(p: &[u8]) -> (&[u8], &[u8]) {
    let i = tail_start(p);
    let (head, tail) = p.split_at(i);
    if !head.is_empty() && head.iter().any(|&c| c != SEP) {
        return (rstrip_sep(head), tail);
    }
    (head, tail)
}

/// `posixpath.basename(p)`.
pub(crate) fn basename(p: &[u8]) -> &[u8] {
    &p[tail_start(p)..]
}

/// `posixpath.dirname(p)`.
pub(crate) fn dirname(p: &[u8]) -> &[u8] {
    split(p).0
}

/// `posixpath.splitext(p)`: `(root, ext)`; leading dots of the last
/// component do not start an extension.
pub(crate) fn splitext(p: &[u8]) -> (&[u8], &[u8]) {
    let sep_index = p.iter().rposition(|&c| c == SEP).map(|i| i as isize).unwrap_or(-1);
    let Some(dot) = p.iter().rposition(|&c| c == b'.') else { return (p, &p[p.len()..]) };
    if dot as isize > sep_index {
        let first = (sep_index + 1) as usize;
        if p[first..dot].iter().any(|&c| c != b'.') {
            return p.split_at(dot);
        }
    }
    (p, &p[p.len()..])
}

/// `posixpath.normpath(p)`.
pub(crate) fn normpath(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return b".".to_vec();
    }
    let mut initial = usize::from(p.first() == Some(&SEP));
    if p.starts_with(b"//") && !p.starts_with(b"///") {
        initial = 2;
    }
    let mut comps: Vec<&[u8]> = Vec::new();
    for comp in p.split(|&c| c == SEP) {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        let keep = comp != b".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&&b".."[..]);
        if keep {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = vec![SEP; initial];
    out.extend_from_slice(&comps.join(&SEP));
    if out.is_empty() {
        out.push(b'.');
    }
    out
}

/// `posixpath.abspath(p)` given the current directory.
pub(crate) fn abspath(p: &[u8], cwd: &[u8]) -> Vec<u8> {
    if p.first() == Some(&SEP) {
        return normpath(p);
    }
    normpath(&join(cwd, &[p]))
}

/// The non-empty components of a path (`[x for x in p.split(sep) if x]`).
pub(crate) fn components(p: &[u8]) -> Vec<&[u8]> {
    p.split(|&c| c == SEP).filter(|c| !c.is_empty()).collect()
}

/// Length of the common leading run of two component lists.
pub(crate) fn common_len(a: &[&[u8]], b: &[&[u8]]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// `posixpath.relpath(path, start)` on absolute, normalised inputs.
pub(crate) fn relpath(path_abs: &[u8], start_abs: &[u8]) -> Vec<u8> {
    let (start, path) = (components(start_abs), components(path_abs));
    let i = common_len(&start, &path);
    let mut rel: Vec<&[u8]> = vec![b".."; start.len() - i];
    rel.extend_from_slice(&path[i..]);
    match rel.split_first() {
        None => b".".to_vec(),
        Some((first, rest)) => join(first, rest),
    }
}

/// `posixpath.commonpath` for converted paths of one type; `Err` for a
/// mix of absolute and relative paths.
pub(crate) fn commonpath(paths: &[Vec<u8>]) -> Result<Vec<u8>, ()> {
    let abs: Vec<bool> = paths.iter().map(|p| p.first() == Some(&SEP)).collect();
    let Some(&is_abs) = abs.first() else { return Err(()) };
    if abs.iter().any(|a| *a != is_abs) {
        return Err(());
    }
    let split: Vec<Vec<&[u8]>> =
        paths.iter().map(|p| p.split(|&c| c == SEP).filter(|c| !c.is_empty() && *c != b".").collect()).collect();
    let (Some(s1), Some(s2)) = (split.iter().min(), split.iter().max()) else { return Err(()) };
    let n = common_len(s1, s2);
    let mut out = if is_abs { vec![SEP] } else { Vec::new() };
    out.extend_from_slice(&s1[..n].join(&SEP));
    Ok(out)
}

/// Length of the common prefix of two strings, at a character boundary
/// when `text` (UTF-8).
pub(crate) fn common_prefix_len(a: &[u8], b: &[u8], text: bool) -> usize {
    let mut n = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    while text && n < a.len() && n > 0 && (a[n] & 0xC0) == 0x80 {
        n -= 1;
    }
    n
}

/// Is the file at `p` a symbolic link (no error if it is missing)?
fn is_link(p: &[u8]) -> bool {
    std::fs::symlink_metadata(Path::new(OsStr::from_bytes(p))).map(|m| m.file_type().is_symlink()).unwrap_or(false)
}

/// CPython's `_joinrealpath(path, rest, strict=False, seen)`: resolve
/// the symlinks of `rest` relative to the resolved `path`. Returns the
/// path and whether resolution completed (no symlink loop).
pub(crate) fn join_realpath(mut path: Vec<u8>, rest: &[u8], seen: &mut Vec<(Vec<u8>, Option<Vec<u8>>)>) -> (Vec<u8>, bool) {
    let mut rest = rest;
    if rest.first() == Some(&SEP) {
        rest = &rest[1..];
        path = vec![SEP];
    }
    while !rest.is_empty() {
        let (name, after) = match rest.iter().position(|&c| c == SEP) {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, &rest[rest.len()..]),
        };
        rest = after;
        if name.is_empty() || name == b"." {
            continue;
        }
        if name == b".." {
            path = parent_of(path);
            continue;
        }
        let newpath = join(&path, &[name]);
        if !is_link(&newpath) {
            path = newpath;
            continue;
        }
        if let Some((_, resolved)) = seen.iter().find(|(k, _)| *k == newpath) {
            match resolved {
                Some(r) => {
                    path = r.clone();
                    continue;
                }
                None => return (join(&newpath, &[rest]), false),
            }
        }
        seen.push((newpath.clone(), None));
        let target = std::fs::read_link(Path::new(OsStr::from_bytes(&newpath)))
            .map(|t| t.as_os_str().as_bytes().to_vec())
            .unwrap_or_default();
        let (p, ok) = join_realpath(path, &target, seen);
        if !ok {
            return (join(&p, &[rest]), false);
        }
        if let Some(entry) = seen.iter_mut().find(|(k, _)| *k == newpath) {
            entry.1 = Some(p.clone());
        }
        path = p;
    }
    (path, true)
}

/// The `..` step of `_joinrealpath`.
fn parent_of(path: Vec<u8>) -> Vec<u8> {
    if path.is_empty() {
        return b"..".to_vec();
    }
    let (head, name) = split(&path);
    if name == b".." {
        return join(head, &[b"..", b".."]);
    }
    head.to_vec()
}

/// The `$name` / `${name}` reference starting at `i` (which holds `$`):
/// the name and the end of the reference (CPython's `\$(\w+|\{[^}]*\})`
/// with `re.ASCII`).
pub(crate) fn var_ref(p: &[u8], i: usize) -> Option<(&[u8], usize)> {
    let rest = p.get(i + 1..)?;
    if rest.first() == Some(&b'{') {
        let close = rest.iter().position(|&c| c == b'}')?;
        return Some((&rest[1..close], i + 1 + close + 1));
    }
    let n = rest.iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'_').count();
    if n == 0 {
        return None;
    }
    Some((&rest[..n], i + 1 + n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(b: &[u8]) -> &str {
        std::str::from_utf8(b).unwrap_or("<bad>")
    }

    #[test]
    fn normpath_cases() {
        for (i, o) in [("a//b/./c/../d", "a/b/d"), ("/../x", "/x"), ("", "."), ("./x/../../y", "../y"), ("//a//b", "//a/b"), ("///a", "/a")] {
            assert_eq!(s(&normpath(i.as_bytes())), o);
        }
    }

    #[test]
    fn splitext_cases() {
        for (i, r, e) in [("archive.tar.gz", "archive.tar", ".gz"), (".bashrc", ".bashrc", ""), ("a.b/c", "a.b/c", ""), ("name.", "name", "."), ("..x", "..x", "")] {
            let (a, b) = splitext(i.as_bytes());
            assert_eq!((s(a), s(b)), (r, e));
        }
    }

    #[test]
    fn relpath_cases() {
        assert_eq!(s(&relpath(b"/a/b", b"/a/c/d")), "../../b");
        assert_eq!(s(&relpath(b"/a", b"/a")), ".");
    }
}
