// rustc's deny-by-default lints `arithmetic_overflow` and `unconditional_panic` (KnownPanicsLint, a
// const propagation over MIR that runs after borrowck, also with -O): an integer operation whose
// operands are known at compile time and that overflows, divides by zero or indexes an array out of
// bounds is a compile error, e.g. `let a: u8 = 200; let c = a + 100;`.
//
// Known values, as rustc propagates them: literals, `T::MAX`/`MIN`/`BITS`, constants, casts and operations on
// known values, and locals assigned exactly once (the `let`) whose address is never taken — a local
// passed to `println!`/`format!`/`assert_eq!` (which borrow their arguments), borrowed with `&`, or the
// receiver of a method on &self (`x.to_string()`) is not propagated. An `if` whose condition is known visits only the branch
// taken; a `return` forgets every value known so far. Anything else is unknown (this errs on the side of
// accepting the program).

import type { Block, ConstDecl, Expr, LocalDecl, Stmt } from './ast';
import type { Checked } from './check';
import type { RawDiag } from './parse';
import { intBits, isSigned, prune, type IntName, type Ty } from './ty';

const OVERFLOW = 'this arithmetic operation will overflow';
const PANIC = 'this operation will panic at runtime';

type Val = bigint | boolean | null;

const REF_SELF = new Set(['to_string', 'clone', 'cmp', 'partial_cmp', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'to_owned']);

function intName(t: Ty | undefined): IntName | null {
  if (!t) return null;
  const p = prune(t);
  if (p.k === 'int') return p.name;
  if (p.k === 'var' && p.kind === 'int') return 'i32';
  return null;
}

const lo = (n: IntName): bigint => (isSigned(n) ? -(1n << BigInt(intBits(n) - 1)) : 0n);
const hi = (n: IntName): bigint => (isSigned(n) ? (1n << BigInt(intBits(n) - 1)) - 1n : (1n << BigInt(intBits(n))) - 1n);
const wrap = (n: IntName, v: bigint): bigint => (isSigned(n) ? BigInt.asIntN(intBits(n), v) : BigInt.asUintN(intBits(n), v));

/** Every direct sub-expression and block of e, in source order. */
function children(e: Expr): (Expr | Block)[] {
  switch (e.k) {
    case 'unary':
    case 'ref':
    case 'cast':
    case 'field':
      return [e.e];
    case 'binary':
    case 'assign':
      return [e.l, e.r];
    case 'call':
      return [e.callee, ...e.args];
    case 'method':
      return [e.recv, ...e.args];
    case 'index':
      return [e.e, e.i];
    case 'range':
      return [e.lo, e.hi].filter((x): x is Expr => x !== null);
    case 'struct':
      return e.fields.map((f) => f.e);
    case 'array':
      return e.elems;
    case 'arrayRepeat':
      return [e.e, e.n];
    case 'vecMacro':
      return e.elems ?? (e.repeat ? [e.repeat.e, e.repeat.n] : []);
    case 'fmtMacro':
      return e.f ? e.f.args : [];
    case 'assert':
      return [...e.args, ...(e.f ? e.f.args : [])];
    case 'block':
      return [e.b];
    case 'if':
    case 'ifLet':
      return [...(e.k === 'if' ? [e.cond] : [e.e]), e.then, ...(e.els ? [e.els] : [])];
    case 'while':
      return [e.cond, e.body];
    case 'whileLet':
      return [e.e, e.body];
    case 'loop':
      return [e.body];
    case 'for':
      return [e.iter, e.body];
    case 'break':
    case 'return':
      return e.e ? [e.e] : [];
    case 'match':
      return [e.e, ...e.arms.flatMap((a) => (a.guard ? [a.guard, a.body] : [a.body]))];
    case 'tuple':
      return e.elems;
    case 'try':
      return [e.e];
    case 'write':
      return [e.dest, ...(e.f ? e.f.args : [])];
    default:
      return [];
  }
}

const isBlock = (x: Expr | Block): x is Block => 'stmts' in x;

class Lint {
  diags: RawDiag[] = [];
  /** Locals that rustc would not propagate: borrowed, or assigned after their `let`. */
  private opaque = new Set<LocalDecl>();
  private known = new Map<LocalDecl, bigint>();

  private err(e: Expr, message: string): void {
    this.diags.push({ from: e.from, to: Math.max(e.to, e.from + 1), message });
  }

  // Pass 1: which locals have their address taken or are reassigned.
  private scanAll(x: Expr | Block): void {
    if (isBlock(x)) {
      for (const s of x.stmts) {
        if (s.k === 'let') {
          if (s.init) this.scanAll(s.init);
          if (s.els) this.scanAll(s.els);
        } else if (s.k === 'expr') this.scanAll(s.e);
      }
      if (x.tail) this.scanAll(x.tail);
      return;
    }
    const mark = (e: Expr | null | undefined) => {
      if (e && e.k === 'name' && e.decl) this.opaque.add(e.decl);
    };
    switch (x.k) {
      case 'ref':
        mark(x.e);
        break;
      case 'assign':
        mark(x.l);
        break;
      case 'method':
        // Integer methods take self by value (`a.wrapping_sub(b)`), except the trait methods on &self.
        if (!intName(x.recv.ty) || REF_SELF.has(x.name)) mark(x.recv);
        break;
      case 'fmtMacro':
      case 'write':
        x.f?.args.forEach(mark);
        break;
      case 'assert':
        if (x.mac !== 'assert') x.args.forEach(mark);
        x.f?.args.forEach(mark);
        break;
      case 'match':
      case 'ifLet':
      case 'whileLet':
      case 'for':
        mark(x.k === 'for' ? x.iter : x.e);
        break;
    }
    for (const c of children(x)) this.scanAll(c);
  }

  fn(body: Block): void {
    this.scanAll(body);
    this.block(body);
  }

  private block(b: Block): void {
    for (const s of b.stmts) this.stmt(s);
    if (b.tail) this.ev(b.tail);
  }

  private stmt(s: Stmt): void {
    if (s.k === 'expr') {
      this.ev(s.e);
      return;
    }
    if (s.k !== 'let') return;
    const v = s.init ? this.ev(s.init) : null;
    if (s.els) this.block(s.els);
    const p = s.pat;
    if (p.k === 'bind' && !p.byRef && p.decl && !this.opaque.has(p.decl) && typeof v === 'bigint' && intName(p.decl.ty)) this.known.set(p.decl, v);
  }

  private visit(x: Expr | Block): void {
    if (isBlock(x)) this.block(x);
    else this.ev(x);
  }

  /** Visits e (reporting what the lint reports) and returns its value if known. */
  ev(e: Expr): Val {
    switch (e.k) {
      case 'int':
        return intName(e.ty) ? e.value : null;
      case 'bool':
        return e.value;
      case 'name':
        if (e.konst) return constValue(e.konst);
        return (e.decl && this.known.get(e.decl)) ?? null;
      case 'path': {
        if (e.konst) return constValue(e.konst);
        const b = (e as { builtin?: string }).builtin;
        const n = e.segs[0] as IntName;
        if (b === 'int.MAX') return hi(n);
        if (b === 'int.MIN') return lo(n);
        if (b === 'int.BITS') return BigInt(intBits(n));
        return null;
      }
      case 'cast': {
        const v = this.ev(e.e);
        const to = intName(e.toTy ?? e.ty);
        return typeof v === 'bigint' && to && intName(e.e.ty) ? wrap(to, v) : null;
      }
      case 'unary': {
        const v = this.ev(e.e);
        if (e.op === '!') return typeof v === 'boolean' ? !v : null;
        const n = intName(e.ty);
        if (e.op !== '-' || typeof v !== 'bigint' || !n) return null;
        // `-128i8` is one constant in MIR, not a negation.
        if (e.e.k === 'int' && !(e.e as { paren?: boolean }).paren) return -v;
        if (-v > hi(n)) {
          this.err(e, OVERFLOW);
          return null;
        }
        return -v;
      }
      case 'binary':
        return this.binary(e);
      case 'index': {
        this.ev(e.e);
        const i = this.ev(e.i);
        const t = e.e.ty && prune(e.e.ty);
        const arr = t && t.k === 'ref' ? prune(t.e) : t;
        if (arr && arr.k === 'array' && typeof i === 'bigint' && i >= BigInt(arr.n)) this.err(e, PANIC);
        return null;
      }
      case 'block': {
        this.block(e.b);
        return null;
      }
      case 'if': {
        const c = this.ev(e.cond);
        if (c !== false) this.block(e.then);
        if (c !== true && e.els) this.ev(e.els);
        return null;
      }
      case 'while': {
        if (this.ev(e.cond) !== false) this.block(e.body);
        return null;
      }
      case 'return':
        // The return path ends the storage of every local, and rustc's lint (one state for the
        // whole body, blocks in reverse postorder) forgets their values from there on.
        if (e.e) this.ev(e.e);
        this.known.clear();
        return null;
      default:
        for (const c of children(e)) this.visit(c);
        return null;
    }
  }

  private binary(e: Extract<Expr, { k: 'binary' }>): Val {
    const l = this.ev(e.l);
    if (e.op === '&&' && l === false) return false;
    if (e.op === '||' && l === true) return true;
    const r = this.ev(e.r);
    if (typeof l === 'boolean' || typeof r === 'boolean') {
      if (typeof l !== 'boolean' || typeof r !== 'boolean') return null;
      if (e.op === '&&' || e.op === '&') return l && r;
      if (e.op === '||' || e.op === '|') return l || r;
      if (e.op === '==') return l === r;
      if (e.op === '!=' || e.op === '^') return l !== r;
      return null;
    }
    const n = intName(e.l.ty);
    if (!n) return null;
    switch (e.op) {
      case '==':
        return l !== null && r !== null ? l === r : null;
      case '!=':
        return l !== null && r !== null ? l !== r : null;
      case '<':
        return l !== null && r !== null ? l < r : null;
      case '>':
        return l !== null && r !== null ? l > r : null;
      case '<=':
        return l !== null && r !== null ? l <= r : null;
      case '>=':
        return l !== null && r !== null ? l >= r : null;
      case '/':
      case '%':
        if (r === 0n) {
          this.err(e, PANIC);
          return null;
        }
        if (l === null || r === null) return null;
        if (isSigned(n) && l === lo(n) && r === -1n) {
          this.err(e, PANIC);
          return null;
        }
        return e.op === '/' ? l / r : l % r;
      case '<<':
      case '>>':
        if (r !== null && (r < 0n || r >= BigInt(intBits(n)))) {
          this.err(e, OVERFLOW);
          return null;
        }
        if (l === null || r === null) return null;
        return e.op === '<<' ? wrap(n, l << r) : l >> r;
    }
    if (l === null || r === null) return null;
    let v: bigint;
    switch (e.op) {
      case '+':
        v = l + r;
        break;
      case '-':
        v = l - r;
        break;
      case '*':
        v = l * r;
        break;
      case '&':
        return l & r;
      case '|':
        return l | r;
      case '^':
        return wrap(n, l ^ r);
      default:
        return null;
    }
    if (v < lo(n) || v > hi(n)) {
      this.err(e, OVERFLOW);
      return null;
    }
    return v;
  }
}

const constValues = new WeakMap<ConstDecl, Val>();

/** A constant's value when its expression is known (rustc's const propagation sees through constants). */
function constValue(k: ConstDecl): Val {
  if (constValues.has(k)) return constValues.get(k)!;
  constValues.set(k, null); // (a constant defined by itself is E0391 in the checker)
  const v = new Lint().ev(k.value);
  constValues.set(k, v);
  return v;
}

export function knownPanicsLint(checked: Checked): RawDiag[] {
  const l = new Lint();
  for (const f of checked.fns.values()) l.fn(f.decl.body);
  return l.diags;
}
