//! No panic, abort or hang is reachable from source text.
//!
//! A deterministic corpus of a few thousand sources — truncated, garbled,
//! shuffled and spliced versions of the scripts in `tests/py` and
//! `benches/py`, deeply nested brackets and expressions, very long lines,
//! random unicode, random printable text, and a list of runtime stress
//! snippets — is run through the VM with an instruction budget, on a thread
//! with a small (256 KiB) stack, as a kernel would run it. Every case must
//! end in `Ok` or `Err` (a Python exception; an exhausted budget is one
//! too), and the VM must stay usable afterwards.
//!
//! The cases run in a child process (this test binary again, running the
//! ignored `fuzz_child` test) so that what `catch_unwind` cannot catch —
//! a host stack overflow, an abort, a hang — is reported too: the parent
//! reads the child's progress, kills it when one case takes too long, and
//! restarts it after the failing case. Failing inputs are shrunk (lines,
//! then characters) and the shortest is printed.
//!
//! `KRAIT_FUZZ_CASES=N` changes the number of cases, `KRAIT_FUZZ_SEED=S` the
//! corpus; `KRAIT_FUZZ_DUMP=I cargo test --release -p core-vm --test
//! fuzz_sources fuzz_child -- --ignored --nocapture` writes case `I` to a
//! file. `KRAIT_FUZZ_MEMORY=1` runs the allocation bombs even when the heap
//! limit is not enforced.

use std::io::{BufRead, BufReader, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use core_vm::vm::NullHost;
use core_vm::{Config, Vm};

/// Cases in the corpus.
const CASES: usize = 5000;
/// Instructions each case may run (`BudgetExceeded` past it).
const BUDGET: u64 = 200_000;
/// The host stack the VM runs on.
const STACK: usize = 256 * 1024;
/// What the VM may use of it (`Config::host_stack_limit`).
const STACK_LIMIT: usize = 192 * 1024;
/// A case that runs longer than this (in a release build) hangs.
const CASE_TIMEOUT: Duration = Duration::from_secs(20);
/// Address space of the child process: an allocation beyond it fails
/// instead of taking the machine's memory.
const CHILD_MEMORY: u64 = 4 << 30;

// ----- a small deterministic PRNG (splitmix64) ------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ----- the corpus -----------------------------------------------------------

/// The scripts of `tests/py` and `benches/py`, sorted by path.
fn seeds() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut paths = Vec::new();
    for dir in ["tests/py", "benches/py"] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("reading {}: {}", dir, e));
        for e in entries {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "py") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    assert!(paths.len() > 100, "expected the test scripts under tests/py, found {}", paths.len());
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "print", "self",
    "super", "__init__", "__class__", "*args", "**kw", "0", "1", "-1", "0.5", "1e308", "10**20", "'s'", "b'b'",
    "f'{x}'", "r'\\'", "'''", "\"\"\"", "x", "_",
];

const PUNCT: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "...", "=", "==", "!=", "<", ">", "<=", ">=", "+", "-",
    "*", "/", "//", "%", "**", "@", "&", "|", "^", "~", "<<", ">>", ":=", "->", "+=", "**=", "//=", "\\", "#",
    "'", "\"", "!", "$", "?", "`", "\n", "\t", "\r", "\x0c", "\0", " ", "\n    ", "\\\n",
];

/// Characters from awkward corners of unicode.
const ODD_CHARS: &[char] = &[
    '\u{0}', '\u{7}', '\u{b}', '\u{c}', '\r', '\u{1b}', '\u{7f}', '\u{80}', '\u{a0}', '\u{ad}', 'é', 'ß', 'İ',
    'ﬁ', 'Σ', 'ς', 'ǅ', 'π', 'ℌ', '𝔘', 'Ⅻ', '٣', '߀', '\u{300}', '\u{200b}', '\u{200d}', '\u{202e}',
    '\u{2028}', '\u{2029}', '\u{3000}', '\u{feff}', '\u{fffd}', '\u{ffff}', '中', '😀', '\u{10ffff}', '\u{e000}',
    '\u{1d7ce}', '＿', '（', '：',
];

fn random_char(rng: &mut Rng) -> char {
    match rng.below(4) {
        0 => *rng.pick(ODD_CHARS),
        1 => char::from_u32(rng.below(0x800) as u32).unwrap_or('?'),
        2 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}'),
        _ => (b' ' + rng.below(95) as u8) as char,
    }
}

fn random_printable(rng: &mut Rng, len: usize) -> String {
    (0..len)
        .map(|_| if rng.chance(8) { '\n' } else { (b' ' + rng.below(95) as u8) as char })
        .collect()
}

fn random_unicode(rng: &mut Rng, len: usize) -> String {
    (0..len).map(|_| random_char(rng)).collect()
}

/// Split into identifier/number runs, single punctuation characters and
/// whitespace runs.
fn tokens(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let class = |c: char| {
        if c.is_alphanumeric() || c == '_' {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    let mut last = 3;
    for c in s.chars() {
        let k = class(c);
        if k != last || k == 2 {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            last = k;
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A byte offset on a char boundary.
fn char_pos(rng: &mut Rng, s: &str) -> usize {
    let mut i = rng.below(s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One mutation step applied to `s`.
fn mutate_once(rng: &mut Rng, s: &str, seeds: &[String]) -> String {
    let lines: Vec<&str> = s.split_inclusive('\n').collect();
    match rng.below(11) {
        // Truncate at a random point.
        0 => s[..char_pos(rng, s)].to_string(),
        // Replace characters (random ones, or ASCII bit flips).
        1 => {
            let mut cs: Vec<char> = s.chars().collect();
            if cs.is_empty() {
                return random_printable(rng, 10);
            }
            for _ in 0..rng.range(1, 8) {
                let i = rng.below(cs.len());
                cs[i] = if rng.chance(50) && cs[i].is_ascii() {
                    ((cs[i] as u8) ^ (1 << rng.below(7))) as char
                } else {
                    random_char(rng)
                };
            }
            cs.into_iter().collect()
        }
        // Delete lines.
        2 => {
            let mut ls = lines.clone();
            for _ in 0..rng.range(1, 5) {
                if !ls.is_empty() {
                    let i = rng.below(ls.len());
                    ls.remove(i);
                }
            }
            ls.concat()
        }
        // Duplicate lines (sometimes many times).
        3 => {
            let mut ls: Vec<&str> = lines.clone();
            if ls.is_empty() {
                return String::new();
            }
            for _ in 0..rng.range(1, 4) {
                let i = rng.below(ls.len());
                let times = if rng.chance(10) { rng.range(10, 200) } else { 1 };
                for _ in 0..times {
                    ls.insert(i, ls[i]);
                }
            }
            ls.concat()
        }
        // Swap two lines.
        4 => {
            let mut ls = lines.clone();
            if ls.len() > 1 {
                let (i, j) = (rng.below(ls.len()), rng.below(ls.len()));
                ls.swap(i, j);
            }
            ls.concat()
        }
        // Shuffle tokens: swap pairs of tokens anywhere in the text.
        5 => {
            let mut ts = tokens(s);
            if ts.len() > 1 {
                for _ in 0..rng.range(1, 6) {
                    let i = rng.below(ts.len());
                    let j = if rng.chance(70) { (i + rng.range(1, 4)).min(ts.len() - 1) } else { rng.below(ts.len()) };
                    ts.swap(i, j);
                }
            }
            ts.concat()
        }
        // Insert punctuation or keywords.
        6 => {
            let mut out = s.to_string();
            for _ in 0..rng.range(1, 10) {
                let ins = if rng.chance(50) { *rng.pick(PUNCT) } else { *rng.pick(KEYWORDS) };
                let at = char_pos(rng, &out);
                let pad = if rng.chance(50) { " " } else { "" };
                out.insert_str(at, &format!("{pad}{ins}{pad}"));
            }
            out
        }
        // Splice: a prefix of this script and a suffix of another.
        7 => {
            let other = rng.pick(seeds);
            let (a, b) = (char_pos(rng, s), char_pos(rng, other));
            format!("{}{}", &s[..a], &other[b..])
        }
        // Re-indent lines.
        8 => lines
            .iter()
            .map(|l| {
                if rng.chance(15) {
                    let t = l.trim_start();
                    let n = rng.below(12);
                    format!("{}{}", if rng.chance(20) { "\t".repeat(n / 4) } else { " ".repeat(n) }, t)
                } else {
                    l.to_string()
                }
            })
            .collect(),
        // Delete a random range of characters.
        9 => {
            let a = char_pos(rng, s);
            let b = a + char_pos(rng, &s[a..]).min(rng.below(200));
            let mut b = b.min(s.len());
            while !s.is_char_boundary(b) {
                b -= 1;
            }
            format!("{}{}", &s[..a], &s[b..])
        }
        // Replace a number by an extreme one.
        _ => {
            let ts = tokens(s);
            let nums: Vec<usize> = (0..ts.len()).filter(|&i| ts[i].chars().all(|c| c.is_ascii_digit())).collect();
            if nums.is_empty() {
                return s.to_string();
            }
            let mut ts = ts;
            let i = *rng.pick(&nums);
            ts[i] = rng.pick(&["0", "-1", "999999", "2**64", "10**30", "-2**63", "1e308", "0.0", "255", "2**31"]).to_string();
            ts.concat()
        }
    }
}

fn mutated(rng: &mut Rng, seeds: &[String]) -> String {
    let mut s = rng.pick(seeds).clone();
    let steps = if rng.chance(70) { 1 } else { rng.range(2, 5) };
    for _ in 0..steps {
        s = mutate_once(rng, &s, seeds);
    }
    s
}

/// Deeply nested brackets, expressions, lambdas, blocks.
fn deep(rng: &mut Rng) -> String {
    let n = *rng.pick(&[100, 199, 200, 201, 300, 499, 500, 501, 1000, 3000, 10_000]);
    let n = if rng.chance(20) { rng.range(50, 20_000) } else { n };
    let r = |s: &str| s.repeat(n);
    let closed = rng.chance(70);
    let c = |s: &str| if closed { s.repeat(n) } else { String::new() };
    match rng.below(26) {
        0 => r("("),
        1 => format!("x = {}1{}", r("("), c(")")),
        2 => format!("x = {}{}", r("["), c("]")),
        3 => format!("x = {}{}", r("{"), c("}")),
        4 => format!("f = {}1", r("lambda: ")),
        5 => format!("f = {}1{}", r("lambda: ("), c(")")),
        6 => format!("x = {}1", r("-")),
        7 => format!("x = {}x", r("not ")),
        8 => format!("x = 1{}", r(" + 1")),
        9 => format!("x = 2{}", r(" ** 2")),
        10 => format!("x = {}0", r("1 if 1 else ")),
        11 => format!("x = f{}", r("()")),
        12 => format!("x = {}0{}", r("f("), c(")")),
        13 => format!("x = a{}", r(".b")),
        14 => format!("x = a{}", r("[0]")),
        15 => format!("x = {}1{}", r("{1: "), c("}")),
        16 => format!("x = {}y{}", r("[x for x in "), c("]")),
        17 => (0..n.min(2000)).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(n.min(2000)) + "pass\n",
        18 => (0..n.min(2000)).map(|i| format!("{}def f{}():\n", " ".repeat(i), i)).collect::<String>() + &" ".repeat(n.min(2000)) + "return 1\n",
        19 => r("if x:\n    pass\nel") + "se:\n    pass\n",
        20 => format!("x = {}1{}", r("f'{"), c("}'")),
        21 => format!("x = {}1{}", r("eval('"), c("')")),
        22 => format!("x = 1{}", r(" < 1")),
        23 => format!("x = 1{}", r(" and 1")),
        24 => format!("x = 1{}", r(", 1")),
        _ => format!("x = {}{}", r("*["), c("]")),
    }
}

/// Very long lines and files.
fn long(rng: &mut Rng) -> String {
    let n = rng.range(10_000, 200_000);
    match rng.below(8) {
        0 => format!("x = '{}'\nprint(len(x))\n", "a".repeat(n)),
        1 => format!("{} = 1\nprint({})\n", "v".repeat(n), "v".repeat(n)),
        2 => format!("x = {}\nprint(x % 7)\n", "9".repeat(n.min(50_000))),
        3 => format!("x = [{}]\nprint(len(x))\n", "1, ".repeat(n / 3)),
        4 => format!("x = 0{}\n", " + 1".repeat(n / 4)),
        5 => "x = 1\n".repeat(n / 6) + "print(x)\n",
        6 => format!("x = \"\"\"{}\"\"\"\n", random_unicode(rng, n / 10)),
        _ => format!("# {}\nprint(1)\n", random_unicode(rng, n / 10)),
    }
}

/// Runtime stress: deep data, recursion through natives, huge numbers,
/// endless loops. Each must end in a result or an exception.
const STRESS: &[&str] = &[
    "while True: pass\n",
    "while 1:\n    x = 1\n",
    "for i in iter(int, 1): pass\n",
    "def f(): return f()\nf()\n",
    "def f(n): return f(n + 1)\nf(0)\n",
    "def f(): return [f() for _ in [1]]\nf()\n",
    "def g(): yield from g()\nlist(g())\n",
    "def g(): yield next(g())\nnext(g())\n",
    "class A:\n    def __init__(self): A()\nA()\n",
    "class A:\n    def __repr__(self): return repr(self)\nrepr(A())\n",
    "class A:\n    def __str__(self): return str(self)\nprint(A())\n",
    "class A:\n    def __eq__(self, o): return self == o\nA() == A()\n",
    "class A:\n    def __hash__(self): return hash(self)\n{A()}\n",
    "class A:\n    def __len__(self): return len(self)\nlen(A())\n",
    "class A:\n    def __getattr__(self, n): return getattr(self, n)\nA().x\n",
    "class A:\n    def __getattribute__(self, n): return self.x\nA().x\n",
    "class A:\n    @property\n    def p(self): return self.p\nA().p\n",
    "class A:\n    def __lt__(self, o): return sorted([self, o])\nsorted([A(), A()])\n",
    "class A:\n    def __iter__(self): return iter(list(self))\nlist(A())\n",
    "class A:\n    def __index__(self): return [0][self]\n[0][A()]\n",
    "class A:\n    def __bool__(self): return not self\nbool(A())\n",
    "class A:\n    def __call__(self): return self()\nA()()\n",
    "class A:\n    def __format__(self, s): return format(self, s)\nf'{A()}'\n",
    "class A:\n    def __add__(self, o): return self + o\nA() + 1\n",
    "class A:\n    def __contains__(self, o): return o in self\n1 in A()\n",
    "class A:\n    def __getitem__(self, i): return self[i]\nA()[0]\n",
    "class A:\n    def __setattr__(self, n, v): setattr(self, n, v)\nA().x = 1\n",
    "class A:\n    def __del__(self): A()\nA()\n",
    "def f(x): return sorted([x, x], key=f)\nf(1)\n",
    "def f(x): return max([x, x], key=f)\nf(1)\n",
    "def f(x): return list(map(f, [x]))\nf(1)\n",
    "def f(x): return list(filter(f, [x]))\nf(1)\n",
    "def f(x): return sum(f(y) for y in [x])\nf(1)\n",
    "x = []\nfor i in range(30000): x = [x]\nprint(len(repr(x)))\n",
    "x = []\nfor i in range(30000): x = [x]\ny = []\nfor i in range(30000): y = [y]\nprint(x == y)\n",
    "x = ()\nfor i in range(30000): x = (x,)\nprint(hash(x))\n",
    "x = {}\nfor i in range(30000): x = {1: x}\nprint(x)\n",
    "x = None\nfor i in range(30000): x = [x]\ndel x\n",
    "x = None\nfor i in range(30000): x = (x, i)\nx = 0\n",
    "x = None\nfor i in range(30000): x = {'a': x}\nx = 0\n",
    "class N: pass\nx = None\nfor i in range(20000):\n    n = N(); n.next = x; x = n\nx = n = None\n",
    "def f(): pass\nfor i in range(20000):\n    def f(g=f): pass\nf = None\n",
    "x = []\nfor i in range(30000): x = [x]\nstr(x)\n",
    "x = []\nfor i in range(30000): x = [x]\nx < x\n",
    "x = []\nfor i in range(30000): x = [x]\nx in [x]\n",
    "x = []\nfor i in range(30000): x = [x]\nf'{x}'\n",
    "x = []\nfor i in range(30000): x = [x]\n'%s' % (x,)\n",
    "x = int\nfor i in range(30000): x = (x,)\nisinstance(1, x)\n",
    "x = int\nfor i in range(30000): x = (x,)\nissubclass(int, x)\n",
    "x = int\nfor i in range(30000): x = (x,)\ntry:\n    pass\nexcept x:\n    pass\nraise ValueError\n",
    "x = frozenset()\nfor i in range(30000): x = frozenset([x])\nprint(hash(x))\n",
    "x = []\nfor i in range(30000): x = [x]\nimport collections\ncollections.deque([x])\n",
    "a = []\na.append(a)\nprint(a, a == a, str(a))\n",
    "d = {}\nd[1] = d\nprint(d)\n",
    "x = 10 ** 10 ** 3\nprint(len(str(x)))\n",
    "print(2 ** 100000 % 7)\n",
    "print(len(str(7 ** 5000)))\n",
    "print(int('9' * 4000) // 7)\n",
    "print(float(10 ** 400))\n",
    "print(1e308 * 10, -1e308 * 10, 2.0 ** 10000)\n",
    "print(10 ** -400, 2 ** -1075)\n",
    "print((1 << 10000) >> 9990)\n",
    "print(1 << 2 ** 62)\n",
    "print(1 << -1)\n",
    "print(divmod(-2 ** 63, -1), -2 ** 63 // -1, abs(-2 ** 63))\n",
    "print(round(1e300, -400), round(123, -2 ** 63))\n",
    "print('a' * 2 ** 62)\n",
    "print([0] * 2 ** 62)\n",
    "print('ab' * -5, [1] * -1)\n",
    "print(range(2 ** 64)[2 ** 63], len(range(2 ** 62)))\n",
    "print(list(range(10 ** 20, 10 ** 20 + 3)))\n",
    "print('x'.center(2 ** 40))\n",
    "print('{:>999999999999}'.format(1))\n",
    "print('%999999999999d' % 1)\n",
    "print(f'{1:{2**70}}')\n",
    "print(chr(0x110000))\n",
    "print(int('1' * 100, 36), int('z', 37))\n",
    "print(bytes(-1))\n",
    "print(b'a' * 2 ** 62)\n",
    "print(sum(range(10 ** 18)))\n",
    "x = list(range(100))\nx[::2 ** 62] = []\nprint(x[::-2 ** 63])\n",
    "x = list(range(5))\ndel x[::0]\n",
    "print([].pop(), {}.popitem())\n",
    "import sys\nsys.setrecursionlimit(10 ** 9)\ndef f(): f()\nf()\n",
    "import sys\nsys.setrecursionlimit(1)\nprint(1)\n",
    "import math\nprint(math.factorial(10000) % 7)\n",
    "import math\nprint(math.factorial(5000) % 7, math.comb(10 ** 5, 500) % 7)\n",
    "import random\nrandom.seed(2 ** 1000)\nprint(random.getrandbits(10 ** 5) % 7)\n",
    "import random\nprint(random.randrange(10 ** 50) > 0)\n",
    "print(pow(3, 10 ** 20, 7), pow(3, -1, 7), pow(2, 10 ** 6) % 3)\n",
    "print(eval('(' * 199 + '1' + ')' * 199))\n",
    "print(eval('(' * 300 + '1' + ')' * 300))\n",
    "exec('x = 1 + ' * 400 + '1')\n",
    "exec('-' * 100000 + '1')\n",
    "compile('(' * 10000, 'f', 'exec')\n",
    "exec(chr(0))\n",
    "exec('\\n'.join(' ' * i + 'if 1:' for i in range(200)) + '\\n' + ' ' * 200 + 'pass')\n",
    "def g():\n    while True:\n        yield\nfor x in g(): pass\n",
    "x = [1]\nfor y in x: x.append(y)\n",
    "d = {1: 1}\nfor k in d: d[k + 1] = 1\n",
    "s = {1}\nfor k in s: s.add(k + 1)\n",
    "try:\n    raise ValueError\nexcept ValueError as e:\n    e.__context__ = e\n    raise e\n",
    "e = ValueError()\ne.__cause__ = e\nraise e\n",
    "try:\n    1 / 0\nfinally:\n    while True: pass\n",
    "try:\n    while True: pass\nexcept BaseException:\n    while True: pass\n",
    "def f():\n    try:\n        return f()\n    finally:\n        return f()\nf()\n",
    "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n",
    "class M(type):\n    def __call__(cls): return cls()\nclass A(metaclass=M): pass\nA()\n",
    "class A:\n    def __init_subclass__(cls): class B(cls): pass\nclass C(A): pass\n",
    "class A: pass\nclass B(A): pass\nA.__bases__ = (B,)\n",
    "class A(A): pass\n",
    "print(*range(100000), sep='')\n",
    "print(sorted(range(100000), key=lambda x: -x)[0])\n",
    "x = 'a' * 100000\nprint(x.replace('a', 'aa').count('a'))\n",
    "x = list(range(10 ** 5))\nx.sort(key=str)\nprint(x[:3])\n",
    "import io\ns = io.StringIO()\nfor i in range(100000): s.write('x')\nprint(len(s.getvalue()))\n",
    "globals()['__builtins__'] = None\nprint(1)\n",
    "__builtins__.print = None\nprint(1)\n",
    "import sys\nsys.stdout = None\nprint(1)\n",
    "import sys\nsys.modules.clear()\nimport math\n",
    "del __builtins__\nlen\n",
    "raise SystemExit(2 ** 100)\n",
    "raise SystemExit('x')\n",
    "raise KeyboardInterrupt\n",
    "raise BudgetExceeded\n",
    "raise StopIteration\n",
    "raise GeneratorExit\n",
    "raise 1\n",
    "raise ValueError from 1\n",
];

/// Allocation bombs: without an enforced heap limit an impossible
/// allocation aborts the process (Rust's allocation-failure handler), so
/// these run only when `Config::heap_limit` is enforced, where each must
/// end in `MemoryError`.
const MEMORY_STRESS: &[&str] = &[
    "def f(*a): return f(*a, *a)\nf(1)\n",
    "x = [0]\nwhile True: x = x + x\n",
    "x = 'ab'\nwhile True: x += x\n",
    "x = [[0] * 1000]\nwhile True: x.append([0] * 1000)\n",
    "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 100\n    i += 1\n",
    "print([0] * (2 ** 31))\n",
    "print(len('x' * (2 ** 33)))\n",
    "print(len(b'x' * (2 ** 33)))\n",
    "print(len(list(range(2 ** 31))))\n",
    "print(len(bytes(2 ** 33)))\n",
    "print(len(str(10 ** (10 ** 10))))\n",
    "print((1 << (2 ** 36)) > 0)\n",
    "x = ' ' * (2 ** 31)\nprint(len(x.split(' ')))\n",
];

fn corpus(total: usize, seed: u64) -> Vec<String> {
    let seeds = seeds();
    let mut rng = Rng(seed);
    let mut out: Vec<String> = STRESS.iter().map(|s| s.to_string()).collect();
    let stress_end = out.len();
    while out.len() < total {
        let s = match rng.below(100) {
            0..=62 => mutated(&mut rng, &seeds),
            63..=72 => deep(&mut rng),
            73..=74 => long(&mut rng),
            75..=80 => {
                let n = rng.range(1, 400);
                random_unicode(&mut rng, n)
            }
            81..=88 => {
                let n = rng.range(1, 400);
                random_printable(&mut rng, n)
            }
            89..=93 => {
                // A stress snippet, mutated.
                let base = out[rng.below(stress_end)].clone();
                mutate_once(&mut rng, &base, &seeds)
            }
            _ => {
                // A fragment of a seed with random text inserted.
                let s = rng.pick(&seeds);
                let a = char_pos(&mut rng, s);
                let b = a + char_pos(&mut rng, &s[a..]).min(rng.range(10, 1500));
                let mut b = b.min(s.len());
                while !s.is_char_boundary(b) {
                    b -= 1;
                }
                let n = rng.range(1, 20);
                format!("{}{}{}", &s[a..b], random_printable(&mut rng, n), s[b..].chars().take(50).collect::<String>())
            }
        };
        out.push(s);
    }
    out.truncate(total.max(stress_end));
    out
}

/// The allocation bombs and mutations of them (see [`MEMORY_STRESS`]).
fn memory_corpus(seed: u64) -> Vec<String> {
    let seeds = seeds();
    let mut rng = Rng(seed ^ 0x6d65_6d6f_7279);
    let mut out: Vec<String> = MEMORY_STRESS.iter().map(|s| s.to_string()).collect();
    for _ in 0..50 {
        let base = rng.pick(MEMORY_STRESS).to_string();
        out.push(mutate_once(&mut rng, &base, &seeds));
    }
    out
}

/// Does this build enforce `Config::heap_limit`? (A string past the limit
/// must be a `MemoryError`.)
fn heap_limit_enforced() -> bool {
    let mut vm = Vm::new(Box::new(NullHost), config());
    let r = vm.run_source("try:\n    x = 'x' * (300 << 20)\nexcept MemoryError:\n    pass\nelse:\n    raise SystemError\n", "<probe>");
    r.is_ok()
}

/// The whole corpus: [`corpus`], then [`memory_corpus`] if `memory`.
fn all_cases(memory: bool) -> Vec<String> {
    let mut cases = corpus(case_count(), corpus_seed());
    if memory {
        cases.extend(memory_corpus(corpus_seed()));
    }
    cases
}

// ----- running one case -----------------------------------------------------

/// How one case ended, as the child reports it.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// `Ok` or a Python exception, and the VM still worked afterwards.
    Fine,
    /// A Rust panic (caught), with its message.
    Panic(String),
    /// The VM did not work after the case.
    Unusable(String),
    /// The child died (stack overflow, abort, ...) — parent side only.
    Crash(String),
    /// No answer within [`CASE_TIMEOUT`] — parent side only.
    Hang,
}

fn config() -> Config {
    Config {
        budget: Some(BUDGET),
        recursion_limit: 1000,
        heap_limit: Some(256 << 20),
        host_stack_limit: STACK_LIMIT,
        ..Config::default()
    }
}

/// Run one source in a fresh VM (on the current thread), then check the VM
/// still runs a trivial script.
fn run_case(src: &str) -> Outcome {
    let r = catch_unwind(AssertUnwindSafe(|| {
        let mut vm = Vm::new(Box::new(NullHost), config());
        let _ = vm.run_source(src, "<fuzz>");
        // Whatever the script did, the VM must run the next one.
        match vm.run_source("x = 6 * 7\n", "<after>") {
            Ok(_) => Outcome::Fine,
            Err(e) => Outcome::Unusable(format!("{:?}", e)),
        }
    }));
    match r {
        Ok(o) => o,
        Err(p) => Outcome::Panic(
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "<non-string panic>".into()),
        ),
    }
}

fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(STACK).spawn(f).unwrap().join().unwrap()
}

// ----- the child process ----------------------------------------------------

/// Limit the child's address space (and write no core files: a crash is
/// reported through its exit status).
#[cfg(target_os = "linux")]
fn limit_address_space(bytes: u64) {
    #[repr(C)]
    struct RLimit {
        cur: u64,
        max: u64,
    }
    extern "C" {
        fn setrlimit(resource: i32, rlim: *const RLimit) -> i32;
    }
    const RLIMIT_CORE: i32 = 4;
    const RLIMIT_AS: i32 = 9;
    // SAFETY: setrlimit reads the struct we pass; RLIMIT_CORE is 4 and
    // RLIMIT_AS is 9 on every Linux architecture Rust supports.
    unsafe {
        setrlimit(RLIMIT_CORE, &RLimit { cur: 0, max: 0 });
        setrlimit(RLIMIT_AS, &RLimit { cur: bytes, max: bytes });
    }
}

#[cfg(not(target_os = "linux"))]
fn limit_address_space(_bytes: u64) {}

fn encode(o: &Outcome) -> String {
    match o {
        Outcome::Fine => "ok".into(),
        Outcome::Panic(m) => format!("panic {}", m.replace('\n', "\\n")),
        Outcome::Unusable(m) => format!("unusable {}", m.replace('\n', "\\n")),
        Outcome::Crash(m) => format!("crash {}", m),
        Outcome::Hang => "hang".into(),
    }
}

fn decode(s: &str) -> Outcome {
    let (k, m) = s.split_once(' ').unwrap_or((s, ""));
    match k {
        "ok" => Outcome::Fine,
        "panic" => Outcome::Panic(m.into()),
        "unusable" => Outcome::Unusable(m.into()),
        _ => Outcome::Crash(s.into()),
    }
}

/// The child: runs cases `KRAIT_FUZZ_FROM..` of the corpus (or the single
/// source in the file `KRAIT_FUZZ_FILE`), printing `@@start N` before and
/// `@@done N OUTCOME` after each.
#[test]
#[ignore = "run by no_panic_from_any_source in a child process"]
fn fuzz_child() {
    if let Ok(n) = std::env::var("KRAIT_FUZZ_DUMP") {
        // Write case N to a file (to reproduce a failure).
        let cases = all_cases(std::env::var("KRAIT_FUZZ_MEMORY").is_ok());
        let path = std::env::temp_dir().join(format!("krait-fuzz-case-{}.py", n));
        std::fs::write(&path, &cases[n.parse::<usize>().unwrap()]).unwrap();
        println!("case {} written to {}", n, path.display());
        return;
    }
    let Ok(from) = std::env::var("KRAIT_FUZZ_FROM") else { return };
    limit_address_space(CHILD_MEMORY);
    // Panics are reported through the protocol; keep stderr for crashes.
    std::panic::set_hook(Box::new(|_| {}));
    let from: usize = from.parse().unwrap();
    let cases = match std::env::var("KRAIT_FUZZ_FILE") {
        Ok(f) => vec![std::fs::read_to_string(f).unwrap()],
        Err(_) => all_cases(std::env::var("KRAIT_FUZZ_MEMORY").is_ok()),
    };
    on_small_stack(move || {
        let out = std::io::stdout();
        for (i, src) in cases.into_iter().enumerate().skip(from) {
            writeln!(out.lock(), "@@start {}", i).unwrap();
            let t = Instant::now();
            let o = run_case(&src);
            writeln!(out.lock(), "@@done {} {} {}", i, t.elapsed().as_micros(), encode(&o)).unwrap();
        }
    });
}

fn case_count() -> usize {
    std::env::var("KRAIT_FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(CASES)
}

fn corpus_seed() -> u64 {
    std::env::var("KRAIT_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x6b72_6169_74)
}

// ----- the parent -----------------------------------------------------------

/// Whether the children run [`memory_corpus`] too.
static MEMORY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Run the child from case `from` (or on one source file); return the
/// outcomes it reported and, if it stopped early, the case it was in and
/// why.
fn run_child(
    from: usize,
    file: Option<&std::path::Path>,
    slowest: &mut Vec<(u64, usize)>,
) -> (Vec<(usize, Outcome)>, Option<(usize, Outcome)>) {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["fuzz_child", "--exact", "--ignored", "--nocapture", "--test-threads=1"])
        .env("KRAIT_FUZZ_FROM", from.to_string())
        .env("RUST_BACKTRACE", "0")
        .env_remove("KRAIT_FUZZ_MEMORY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if MEMORY.load(std::sync::atomic::Ordering::Relaxed) {
        cmd.env("KRAIT_FUZZ_MEMORY", "1");
    }
    if let Some(f) = file {
        cmd.env("KRAIT_FUZZ_FILE", f);
    }
    let mut child = cmd.spawn().expect("spawning the fuzz child");
    let stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut s);
        s
    });
    let (tx, rx) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut done = Vec::new();
    let mut current: Option<usize> = None;
    let mut stopped = None;
    loop {
        match rx.recv_timeout(CASE_TIMEOUT) {
            Ok(line) => {
                // The test harness may print on the same line before ours.
                let line = line.find("@@").map_or("", |p| &line[p + 2..]);
                if let Some(n) = line.strip_prefix("start ") {
                    current = n.parse().ok();
                } else if let Some(rest) = line.strip_prefix("done ") {
                    let mut parts = rest.splitn(3, ' ');
                    let n = parts.next().and_then(|n| n.parse().ok()).unwrap_or(usize::MAX);
                    let micros: u64 = parts.next().and_then(|t| t.parse().ok()).unwrap_or(0);
                    done.push((n, decode(parts.next().unwrap_or(""))));
                    slowest.push((micros, n));
                    current = None;
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let _ = child.kill();
                let _ = child.wait();
                stopped = current.map(|i| (i, Outcome::Hang));
                break;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                let status = child.wait().unwrap();
                let err = err_reader.join().unwrap_or_default();
                if let Some(i) = current {
                    let tail: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
                    let tail = tail[tail.len().saturating_sub(3)..].join(" | ");
                    stopped = Some((i, Outcome::Crash(format!("{} {}", status, tail))));
                }
                break;
            }
        }
    }
    (done, stopped)
}

/// The outcome of one source, run in a child process.
fn outcome_of(src: &str) -> Outcome {
    let dir = std::env::temp_dir().join(format!("krait-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("case.py");
    std::fs::write(&file, src).unwrap();
    let (done, stopped) = run_child(0, Some(&file), &mut Vec::new());
    match (done.first(), stopped) {
        (_, Some((_, o))) => o,
        (Some((_, o)), None) => o.clone(),
        (None, None) => Outcome::Crash("no answer".into()),
    }
}

/// Kind of failure, for shrinking (messages may change while shrinking).
fn same_kind(a: &Outcome, b: &Outcome) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// Shrink a failing input: drop chunks of lines, then chunks of
/// characters, while it still fails the same way (bounded attempts).
fn shrink(src: &str, how: &Outcome) -> String {
    // Each attempt runs in a child too: a candidate may crash differently.
    let fails = |s: &str| same_kind(&outcome_of(s), how);
    let mut attempts = if matches!(how, Outcome::Hang) { 0 } else { 400 };
    let mut best = src.to_string();
    for by_lines in [true, false] {
        let mut chunk = {
            let n = if by_lines { best.lines().count() } else { best.chars().count() };
            (n / 2).max(1)
        };
        loop {
            let parts: Vec<String> = if by_lines {
                best.split_inclusive('\n').map(String::from).collect()
            } else {
                best.chars().map(String::from).collect()
            };
            let mut i = 0;
            let mut changed = false;
            while i < parts.len() && attempts > 0 {
                let candidate: String =
                    parts[..i].iter().chain(parts[(i + chunk).min(parts.len())..].iter()).cloned().collect();
                attempts -= 1;
                if candidate.len() < best.len() && fails(&candidate) {
                    best = candidate;
                    changed = true;
                    break;
                }
                i += chunk;
            }
            if attempts == 0 {
                return best;
            }
            if !changed {
                if chunk == 1 {
                    break;
                }
                chunk /= 2;
            }
        }
    }
    best
}

fn preview(s: &str) -> String {
    let mut p: String = s.chars().take(600).collect();
    if p.len() < s.len() {
        p.push_str(&format!("... ({} bytes in all)", s.len()));
    }
    p
}

#[test]
fn no_panic_from_any_source() {
    let started = Instant::now();
    let memory = heap_limit_enforced() || std::env::var("KRAIT_FUZZ_MEMORY").is_ok();
    MEMORY.store(memory, std::sync::atomic::Ordering::Relaxed);
    if !memory {
        eprintln!("fuzz: the heap limit is not enforced in this build: allocation bombs skipped");
    }
    let total = all_cases(memory).len();
    let mut failures: Vec<(usize, Outcome)> = Vec::new();
    let mut fine = 0usize;
    let mut from = 0;
    let mut slowest: Vec<(u64, usize)> = Vec::new();
    while from < total {
        let (done, stopped) = run_child(from, None, &mut slowest);
        for (i, o) in &done {
            if *o == Outcome::Fine {
                fine += 1;
            } else {
                failures.push((*i, o.clone()));
            }
        }
        match stopped {
            Some((i, o)) => {
                failures.push((i, o));
                from = i + 1;
            }
            None => {
                let last = done.last().map(|(i, _)| *i + 1).unwrap_or(total);
                assert!(last >= total, "the fuzz child stopped after case {} without a reason", last);
                from = total;
            }
        }
    }
    let elapsed = started.elapsed();
    eprintln!("fuzz: {} cases, {} fine, {} failed, {:.1?}", total, fine, failures.len(), elapsed);
    slowest.sort_unstable_by(|a, b| b.cmp(a));
    let run_time: u64 = slowest.iter().map(|(t, _)| t).sum();
    eprintln!(
        "fuzz: {:.1} s running cases; slowest (ms, case): {:?}",
        run_time as f64 / 1e6,
        slowest.iter().take(8).map(|(t, i)| (t / 1000, *i)).collect::<Vec<_>>()
    );
    if failures.is_empty() {
        return;
    }
    let corpus = all_cases(memory);
    let mut report = String::new();
    for (n, (i, o)) in failures.iter().enumerate() {
        report.push_str(&format!("\ncase {}: {:?}\n  source: {:?}\n", i, o, preview(&corpus[*i])));
        if n < 5 && std::env::var("KRAIT_FUZZ_NO_SHRINK").is_err() {
            let small = shrink(&corpus[*i], o);
            report.push_str(&format!("  shrunk: {:?}\n", preview(&small)));
        }
    }
    panic!("{} of {} sources did not end in a result or a Python exception:{}", failures.len(), total, report);
}

/// `catch_unwind` works in this test build (the release profile aborts on
/// panic, but tests are built to unwind): otherwise the fuzz test could not
/// report a panicking source.
#[test]
fn panics_are_caught_in_tests() {
    let r = catch_unwind(|| panic!("caught"));
    assert!(r.is_err());
}

/// The corpus is deterministic and holds what the brief asks for.
#[test]
fn corpus_is_deterministic() {
    let a = corpus(300, 7);
    let b = corpus(300, 7);
    assert_eq!(a, b);
    assert!(a.iter().any(|s| s.starts_with("while True")));
}
