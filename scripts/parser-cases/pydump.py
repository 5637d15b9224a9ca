import ast, struct, sys, os, json

UNSUPPORTED = (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Match, ast.TryStar)

class Unsupported(Exception): pass

def esc(s):
    out = []
    for c in s:
        o = ord(c)
        if 0xD800 <= o <= 0xDFFF: raise Unsupported('surrogate')
        if ' ' <= c <= '~' and c not in "'\\": out.append(c)
        else: out.append('\\u{%x}' % o)
    return "'" + ''.join(out) + "'"

def bits(f): return '%x' % struct.unpack('<Q', struct.pack('<d', f))[0]

class D:
    def __init__(self, src=''):
        self.noloc = 0
        self.lines = src.encode('utf-8').split(b'\n')
    def loc(self, n):
        if self.noloc: return ''
        col = n.col_offset
        if 0 < n.lineno <= len(self.lines):
            col = len(self.lines[n.lineno - 1][:col].decode('utf-8', 'replace'))
        return '@%d:%d' % (n.lineno, col)
    def opt(self, e): return '~' if e is None else self.expr(e)
    def lst(self, v, f): return '[' + ', '.join(f(x) for x in v) + ']'
    def exprs(self, v): return self.lst(v, self.expr)
    def stmts(self, v): return self.lst(v, self.stmt)
    def ctx(self, c): return {ast.Load: 'L', ast.Store: 'S', ast.Del: 'D'}[type(c)]
    def const(self, v):
        if v is None: return 'None'
        if v is True: return 'True'
        if v is False: return 'False'
        if v is Ellipsis: return '...'
        if isinstance(v, int): return str(v)
        if isinstance(v, float): return 'f:' + bits(v)
        if isinstance(v, complex): return 'j:' + bits(v.imag)
        if isinstance(v, str): return esc(v)
        if isinstance(v, bytes): return "b'" + v.hex() + "'"
        raise Unsupported(repr(v))
    def args(self, a):
        return 'args(%s, %s, %s, %s, %s, %s, %s)' % (
            self.lst(a.posonlyargs, self.arg), self.lst(a.args, self.arg),
            '~' if a.vararg is None else self.arg(a.vararg),
            self.lst(a.kwonlyargs, self.arg), self.lst(a.kw_defaults, self.opt),
            '~' if a.kwarg is None else self.arg(a.kwarg), self.exprs(a.defaults))
    def arg(self, a): return 'arg%s(%s, %s)' % (self.loc(a), a.arg, self.opt(a.annotation))
    def kw(self, k): return 'kw%s(%s, %s)' % (self.loc(k), k.arg or '~', self.expr(k.value))
    def alias(self, a): return 'alias%s(%s, %s)' % (self.loc(a), a.name, a.asname or '~')
    def comp(self, c): return 'comp(%s, %s, %s, %d)' % (self.expr(c.target), self.expr(c.iter), self.exprs(c.ifs), c.is_async)
    def stmt(self, s):
        if isinstance(s, UNSUPPORTED): raise Unsupported(type(s).__name__)
        n = type(s).__name__
        h = n + self.loc(s) + '('
        T = type(s)
        if T is ast.FunctionDef: b = '%s, %s, %s, %s, %s' % (s.name, self.args(s.args), self.stmts(s.body), self.exprs(s.decorator_list), self.opt(s.returns))
        elif T is ast.ClassDef: b = '%s, %s, %s, %s, %s' % (s.name, self.exprs(s.bases), self.lst(s.keywords, self.kw), self.stmts(s.body), self.exprs(s.decorator_list))
        elif T is ast.Return: b = self.opt(s.value)
        elif T is ast.Delete: b = self.exprs(s.targets)
        elif T is ast.Assign: b = '%s, %s' % (self.exprs(s.targets), self.expr(s.value))
        elif T is ast.AugAssign: b = '%s, %s, %s' % (self.expr(s.target), type(s.op).__name__, self.expr(s.value))
        elif T is ast.AnnAssign: b = '%s, %s, %s, %d' % (self.expr(s.target), self.expr(s.annotation), self.opt(s.value), s.simple)
        elif T is ast.For: b = '%s, %s, %s, %s' % (self.expr(s.target), self.expr(s.iter), self.stmts(s.body), self.stmts(s.orelse))
        elif T in (ast.While, ast.If): b = '%s, %s, %s' % (self.expr(s.test), self.stmts(s.body), self.stmts(s.orelse))
        elif T is ast.With: b = '%s, %s' % (self.lst(s.items, lambda i: 'item(%s, %s)' % (self.expr(i.context_expr), self.opt(i.optional_vars))), self.stmts(s.body))
        elif T is ast.Raise: b = '%s, %s' % (self.opt(s.exc), self.opt(s.cause))
        elif T is ast.Try: b = '%s, %s, %s, %s' % (self.stmts(s.body), self.lst(s.handlers, lambda h: 'handler%s(%s, %s, %s)' % (self.loc(h), self.opt(h.type), h.name or '~', self.stmts(h.body))), self.stmts(s.orelse), self.stmts(s.finalbody))
        elif T is ast.Assert: b = '%s, %s' % (self.expr(s.test), self.opt(s.msg))
        elif T is ast.Import: b = self.lst(s.names, self.alias)
        elif T is ast.ImportFrom: b = '%s, %s, %d' % (s.module or '~', self.lst(s.names, self.alias), s.level)
        elif T in (ast.Global, ast.Nonlocal): b = '[' + ', '.join(s.names) + ']'
        elif T is ast.Expr: b = self.expr(s.value)
        elif T in (ast.Pass, ast.Break, ast.Continue): b = ''
        else: raise Unsupported(n)
        return h + b + ')'
    def expr(self, e):
        if isinstance(e, UNSUPPORTED): raise Unsupported(type(e).__name__)
        T = type(e); n = T.__name__
        h = n + self.loc(e) + '('
        if T is ast.BoolOp: b = '%s, %s' % (type(e.op).__name__, self.exprs(e.values))
        elif T is ast.NamedExpr: b = '%s, %s' % (self.expr(e.target), self.expr(e.value))
        elif T is ast.BinOp: b = '%s, %s, %s' % (self.expr(e.left), type(e.op).__name__, self.expr(e.right))
        elif T is ast.UnaryOp: b = '%s, %s' % (type(e.op).__name__, self.expr(e.operand))
        elif T is ast.Lambda: b = '%s, %s' % (self.args(e.args), self.expr(e.body))
        elif T is ast.IfExp: b = '%s, %s, %s' % (self.expr(e.test), self.expr(e.body), self.expr(e.orelse))
        elif T is ast.Dict: b = '%s, %s' % (self.lst(e.keys, self.opt), self.exprs(e.values))
        elif T is ast.Set: b = self.exprs(e.elts)
        elif T in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
            for g in e.generators:
                if g.is_async: raise Unsupported('async comp')
            b = '%s, %s' % (self.expr(e.elt), self.lst(e.generators, self.comp))
        elif T is ast.DictComp:
            for g in e.generators:
                if g.is_async: raise Unsupported('async comp')
            b = '%s, %s, %s' % (self.expr(e.key), self.expr(e.value), self.lst(e.generators, self.comp))
        elif T in (ast.YieldFrom, ast.Await): b = self.expr(e.value)
        elif T is ast.Yield: b = self.opt(e.value)
        elif T is ast.Compare: b = '%s, %s, %s' % (self.expr(e.left), '[' + ', '.join(type(o).__name__ for o in e.ops) + ']', self.exprs(e.comparators))
        elif T is ast.Call: b = '%s, %s, %s' % (self.expr(e.func), self.exprs(e.args), self.lst(e.keywords, self.kw))
        elif T is ast.JoinedStr:
            self.noloc += 1; b = self.exprs(e.values); self.noloc -= 1
        elif T is ast.FormattedValue:
            self.noloc += 1
            conv = '~' if e.conversion == -1 else chr(e.conversion)
            b = '%s, %s, %s' % (self.expr(e.value), conv, self.opt(e.format_spec))
            self.noloc -= 1
        elif T is ast.Constant: b = self.const(e.value)
        elif T is ast.Attribute: b = '%s, %s, %s' % (self.expr(e.value), e.attr, self.ctx(e.ctx))
        elif T is ast.Subscript: b = '%s, %s, %s' % (self.expr(e.value), self.expr(e.slice), self.ctx(e.ctx))
        elif T is ast.Starred: b = '%s, %s' % (self.expr(e.value), self.ctx(e.ctx))
        elif T is ast.Name: b = '%s, %s' % (e.id, self.ctx(e.ctx))
        elif T in (ast.List, ast.Tuple): b = '%s, %s' % (self.exprs(e.elts), self.ctx(e.ctx))
        elif T is ast.Slice: b = '%s, %s, %s' % (self.opt(e.lower), self.opt(e.upper), self.opt(e.step))
        else: raise Unsupported(n)
        return h + b + ')'

def dump_module(tree, src=''):
    d = D(src)
    return '\n'.join(d.stmt(s) for s in tree.body)

def error_line(src):
    try:
        compile(src, 'f', 'exec'); return None
    except SyntaxError as e:
        return e
