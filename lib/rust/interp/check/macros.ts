// println!/format!/panic!/assert*! (format strings, Display/Debug requirements), write!/writeln! and
// `?` in a Display impl, vec!.

import type { Expr, FmtArgs, Span } from '../ast';
import { parseFormat } from '../format';
import { T, fmtTy, isCopy, prune, type Ty } from '../ty';
import { CheckError, Checker, autoDerefAll, newVar } from './checker';

declare module './checker' {
  interface Checker {
    fmtArgs(f: FmtArgs): void;
    requireDisplay(t: Ty, at: Span, ph?: Span | null): void;
    requireDebug(t: Ty, at: Span): void;
    vecMacro(e: Extract<Expr, { k: 'vecMacro' }>, expected?: Ty): Ty;
    fmtMacro(e: Extract<Expr, { k: 'fmtMacro' }>): Ty;
    assertMacro(e: Extract<Expr, { k: 'assert' }>): Ty;
    writeMacro(e: Extract<Expr, { k: 'write' }>): Ty;
    tryExpr(e: Extract<Expr, { k: 'try' }>): Ty;
  }
}

Checker.prototype.fmtArgs = function (this: Checker, f: FmtArgs): void {
  let spec;
  try {
    spec = parseFormat(f.fmt);
  } catch (err) {
    throw new CheckError(f.fmtSpan, (err as Error).message);
  }
  const used = new Set<number>();
  let next = 0;
  for (const p of spec) {
    if (typeof p === 'string') continue;
    let idx: number;
    if (p.arg === null) idx = next++;
    else if (typeof p.arg === 'number') idx = p.arg;
    else if (f.names && Object.hasOwn(f.names, p.arg)) idx = f.names[p.arg];
    else {
      // {name}: an inline captured variable.
      const name = p.arg;
      const d = this.lookup(name);
      if (!d) throw new CheckError(f.fmtSpan, `cannot find value \`${name}\` in this scope`);
      const ne: Expr = { ...inlineArgSpan(f, name), k: 'name', name };
      f.args.push(ne);
      idx = f.args.length - 1;
      p.arg = idx;
    }
    if (idx >= f.args.length) throw new CheckError(firstPlaceholder(f), `${spec.filter((x) => typeof x !== 'string').length} positional arguments in format string, but there ${f.args.length === 1 ? 'is 1 argument' : `are ${f.args.length} arguments`}`);
    p.arg = idx;
    used.add(idx);
  }
  (f as { spec?: unknown }).spec = spec;
  for (let i = 0; i < f.args.length; i++) {
    const t = this.expr(f.args[i]);
    if (!used.has(i)) this.err(f.args[i], 'argument never used');
    for (const p of spec) {
      if (typeof p !== 'string' && p.arg === i) {
        if (p.radix) {
          const it = prune(autoDerefAll(t));
          const trait = { x: 'LowerHex', X: 'UpperHex', b: 'Binary', o: 'Octal' }[p.radix];
          if (!(it.k === 'int' || (it.k === 'var' && it.kind === 'int'))) throw new CheckError(f.args[i], `the trait bound \`${fmtTy(it)}: ${trait}\` is not satisfied`);
        } else if (p.debug) this.requireDebug(t, f.args[i]);
        else this.requireDisplay(t, f.args[i], nthPlaceholder(f, spec.filter((x) => typeof x !== 'string').indexOf(p)));
      }
    }
  }
};

Checker.prototype.requireDisplay = function (this: Checker, t: Ty, at: Span, ph?: Span | null): void {
  const p = autoDerefAll(t);
  if (p.k === 'int' || p.k === 'float' || p.k === 'bool' || p.k === 'char' || p.k === 'str' || p.k === 'String' || p.k === 'var') return;
  if (p.k === 'struct' && (p.s.display || p.s.generic === 'Cow')) return;
  // rustc 1.95's words and labels for a type of the program
  if (p.k === 'struct' && ph) throw new CheckError(at, `\`${p.s.name}\` doesn't implement \`std::fmt::Display\``, [{ from: ph.from, message: 'required by this formatting parameter' }, { from: at.from, message: `\`${p.s.name}\` cannot be formatted with the default formatter` }], 'E0277');
  throw new CheckError(at, `\`${fmtTy(p)}\` doesn't implement \`std::fmt::Display\`${p.k === 'Vec' || p.k === 'struct' || p.k === 'Option' ? ' (use {:?})' : ''}`);
};

Checker.prototype.requireDebug = function (this: Checker, t: Ty, at: Span): void {
  const p = autoDerefAll(t);
  if (p.k === 'struct' && !p.s.debug) throw new CheckError(at, `\`${p.s.name}\` doesn't implement \`Debug\` (add #[derive(Debug)])`);
  if (p.k === 'Vec' || p.k === 'VecDeque' || p.k === 'Option' || p.k === 'array' || p.k === 'slice' || p.k === 'Box' || p.k === 'Rc' || p.k === 'RefCell' || p.k === 'Cell') this.requireDebug(p.e, at);
  if (p.k === 'tuple') for (const x of p.elems) this.requireDebug(x, at);
  if (p.k === 'Map') {
    this.requireDebug(p.key, at);
    this.requireDebug(p.val, at);
  }
  if (p.k === 'Formatter' || p.k === 'fmtResult') throw new CheckError(at, `\`${fmtTy(p)}\` can't be formatted here`);
  if (p.k === 'Bump' || p.k === 'iter' || p.k === 'range') throw new CheckError(at, `\`${fmtTy(p)}\` can't be formatted here`);
};

Checker.prototype.vecMacro = function (this: Checker, e: Extract<Expr, { k: 'vecMacro' }>, expected?: Ty): Ty {
  const ex = expected && prune(expected);
  const el = ex && ex.k === 'Vec' ? ex.e : newVar();
  if (e.repeat) {
    this.coerceTo(e.repeat.e, el);
    this.coerceTo(e.repeat.n, T.usize);
    const et = prune(el);
    if (!isCopy(et) && et.k !== 'String' && et.k !== 'Vec' && et.k !== 'var' && !(et.k === 'struct' && et.s.clone)) {
      this.err(e.repeat.e, `the trait bound \`${fmtTy(el)}: Clone\` is not satisfied`);
    }
  } else for (const x of e.elems!) this.coerceTo(x, el);
  return { k: 'Vec', e: el };
};

Checker.prototype.fmtMacro = function (this: Checker, e: Extract<Expr, { k: 'fmtMacro' }>): Ty {
  if (e.f) this.fmtArgs(e.f);
  if (e.mac === 'format') return T.String;
  if (e.mac === 'panic') return T.never;
  return T.unit;
};

Checker.prototype.assertMacro = function (this: Checker, e: Extract<Expr, { k: 'assert' }>): Ty {
  if (e.mac === 'assert') this.coerceTo(e.args[0], T.bool);
  else {
    const a = this.expr(e.args[0]);
    const b = this.expr(e.args[1], a);
    const ak = prune(autoDerefAll(a)).k;
    const bk = prune(autoDerefAll(b)).k;
    // String: PartialEq<&str> and &str: PartialEq<String>, as for `==`.
    const strs = (ak === 'String' || ak === 'str') && (bk === 'String' || bk === 'str');
    if (!strs && !this.tryUnify(autoDerefAll(a), autoDerefAll(b))) this.err(e.args[1], `can't compare \`${fmtTy(a)}\` with \`${fmtTy(b)}\``);
    this.requireDebug(a, e.args[0]);
  }
  if (e.f) this.fmtArgs(e.f);
  return T.unit;
};

/** `write!(f, "…", args)` / `writeln!(f, …)` into the Formatter of a Display impl: a fmt::Result. */
Checker.prototype.writeMacro = function (this: Checker, e: Extract<Expr, { k: 'write' }>): Ty {
  const dt = this.expr(e.dest);
  const d = autoDerefAll(dt);
  if (d.k !== 'Formatter') {
    if (d.k === 'var') throw new CheckError(e.dest, 'type annotations needed');
    throw new CheckError(e.dest, `cannot write into \`${fmtTy(dt)}\``);
  }
  if (e.f) this.fmtArgs(e.f);
  return { k: 'fmtResult' };
};

/** `expr?`: only on a fmt::Result, in a function that returns one (writes to a Formatter of the subset never fail). */
Checker.prototype.tryExpr = function (this: Checker, e: Extract<Expr, { k: 'try' }>): Ty {
  const t = prune(this.expr(e.e));
  if (t.k !== 'fmtResult') return this.tryResult(e, t);
  if (t.k !== 'fmtResult') throw new CheckError(e, 'the ? operator is not supported (only on the fmt::Result of write! in a Display impl)');
  if (prune(this.cx.ret).k !== 'fmtResult') throw new CheckError({ from: e.to - 1, to: e.to }, 'the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)');
  return T.unit;
};

/** Where rustc points for an inline `{name}` argument: the name inside the string (if no escape precedes it). */
function inlineArgSpan(f: FmtArgs, name: string): Span {
  const m = new RegExp(`(^|[^{])((?:\\{\\{)*)\\{${name}[}:]`).exec(f.fmt);
  const escaped = f.fmtSpan.to - f.fmtSpan.from !== f.fmt.length + 2;
  if (!m || (escaped && /[\n\t\r\\"\0]/.test(f.fmt.slice(0, m.index + m[0].length)))) return f.fmtSpan;
  const at = f.fmtSpan.from + 1 + m.index + m[1].length + m[2].length + 1;
  return { from: at, to: at + name.length };
}

/** Where rustc points for a placeholder count error: the first `{…}` (when no escape precedes it). */
/** The n-th `{…}` of a format string (null when escapes make offsets unsure). */
function nthPlaceholder(f: FmtArgs, n: number): Span | null {
  if (f.fmtSpan.to - f.fmtSpan.from !== f.fmt.length + 2) return null;
  let k = 0;
  for (let i = 0; i < f.fmt.length; i++) {
    if (f.fmt[i] === '{' && f.fmt[i + 1] === '{') i++;
    else if (f.fmt[i] === '{') {
      if (k++ === n) return { from: f.fmtSpan.from + 1 + i, to: f.fmtSpan.from + 2 + i };
    }
  }
  return null;
}

function firstPlaceholder(f: FmtArgs): Span {
  let i = 0;
  while (i < f.fmt.length) {
    if (f.fmt[i] === '{' && f.fmt[i + 1] === '{') i += 2;
    else if (f.fmt[i] === '{') break;
    else i++;
  }
  const escaped = f.fmtSpan.to - f.fmtSpan.from !== f.fmt.length + 2;
  if (i >= f.fmt.length || (escaped && /[\n\t\r\\"\0]/.test(f.fmt.slice(0, i)))) return f.fmtSpan;
  return { from: f.fmtSpan.from + 1 + i, to: f.fmtSpan.from + 2 + i };
}
