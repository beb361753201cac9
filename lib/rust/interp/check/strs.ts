// Methods of `str` (also reached from String), `char` and the integer types beyond the basic table
// in method.ts: searching and trimming (core/src/str/mod.rs), `parse` with ParseIntError /
// ParseFloatError (core/src/num/error.rs, dec2flt), the split iterators (sources in iterators.ts),
// char classification (core/src/char/methods.rs), checked/wrapping/saturating/overflowing
// arithmetic (core/src/num/int_macros.rs). The run-time side is std-str.ts.

import type { Expr, Span } from '../ast';
import { T, fmtTy, prune, type Ty } from '../ty';
import { resultTy } from './enums';
import { CheckError, Checker, newVar, type MethodSig } from './checker';
import { PARSE_FLOAT_ERROR, PARSE_INT_ERROR, STR_ITER_SOURCES } from './str-types';

const ref = (e: Ty): Ty => ({ k: 'ref', mut: false, e });
const opt = (e: Ty): Ty => ({ k: 'Option', e });

declare module './checker' {
  interface Checker {
    strMethodSig(e: Extract<Expr, { k: 'method' }>, expected?: Ty): MethodSig | null;
    charMethodSig(e: Extract<Expr, { k: 'method' }>): MethodSig | null;
    intMethodSig2(t: Extract<Ty, { k: 'int' }>, e: Extract<Expr, { k: 'method' }>): MethodSig | null;
    pendingParses?: { e: Extract<Expr, { k: 'method' }>; target: Ty; err: Ty; letAt: Span | null }[];
    /** The binding of the `let` being checked, where rustc reports an unknown parse target. */
    parseLet?: Span | null;
  }
}

/** A pattern argument: a char or a string (`&str`, `&String`). */
function patternOk(t: Ty): boolean {
  let p = prune(t);
  if (p.k === 'char' || p.k === 'var') return true;
  if (p.k !== 'ref') return false;
  p = prune(p.e);
  while (p.k === 'ref') p = prune(p.e);
  return p.k === 'str' || p.k === 'String';
}

Checker.prototype.strMethodSig = function (this: Checker, e: Extract<Expr, { k: 'method' }>, expected?: Ty): MethodSig | null {
  const sig = (id: string, params: Ty[], ret: Ty): MethodSig => ({ id, self: 'ref', params, ret });
  const pat = (): Ty => {
    if (e.args.length < 1) return newVar();
    const t = this.expr(e.args[0]);
    if (!patternOk(t)) throw new CheckError(e.args[0], `the trait bound \`${fmtTy(t)}: Pattern\` is not satisfied`, undefined, 'E0277');
    return t;
  };
  switch (e.name) {
    case 'trim': case 'trim_start': case 'trim_end':
      return sig(`str.${e.name}`, [], T.refStr);
    case 'trim_matches':
      return sig('str.trim_matches', [pat()], T.refStr);
    case 'starts_with': case 'ends_with': case 'contains':
      return sig(`str.${e.name}`, [pat()], T.bool);
    case 'find': case 'rfind':
      return sig(`str.${e.name}`, [pat()], opt(T.usize));
    case 'split_once': case 'rsplit_once':
      return sig(`str.${e.name}`, [pat()], opt({ k: 'tuple', elems: [T.refStr, T.refStr] }));
    case 'strip_prefix': case 'strip_suffix':
      return sig(`str.${e.name}`, [pat()], opt(T.refStr));
    case 'eq_ignore_ascii_case':
      return sig('str.eq_ignore_ascii_case', [T.refStr], T.bool);
    case 'as_bytes':
      return sig('str.as_bytes', [], ref({ k: 'slice', e: T.int('u8') }));
    case 'to_uppercase': case 'to_lowercase': case 'to_ascii_uppercase': case 'to_ascii_lowercase':
      return sig(`str.${e.name}`, [], T.String);
    case 'is_char_boundary':
      return sig('str.is_char_boundary', [T.usize], T.bool);
    case 'replace': {
      if (e.args.length !== 2) return null;
      return sig('str.replace', [pat(), T.refStr], T.String);
    }
    case 'repeat':
      return sig('str.repeat', [T.usize], T.String);
    case 'parse': {
      const targ = e.targs && e.targs[0] ? this.type(e.targs[0]) : null;
      const ex = expected ? prune(expected) : null;
      const fromExpected = ex && ex.k === 'struct' && ex.s.generic === 'Result' ? ex.s.targs![0] : null;
      const target = targ ?? fromExpected ?? newVar();
      const err = parseErrTy(target) ?? newVar();
      if (prune(err).k === 'var') (this.pendingParses ??= []).push({ e, target, err, letAt: this.parseLet ?? null });
      else checkParseTarget(e, target);
      return sig('str.parse', [], resultTy(target, err));
    }
  }
  return null;
};

function parseErrTy(target: Ty): Ty | null {
  const p = prune(target);
  if (p.k === 'int' || (p.k === 'var' && p.kind === 'int')) return { k: 'struct', s: PARSE_INT_ERROR };
  if (p.k === 'float' || (p.k === 'var' && p.kind === 'float')) return { k: 'struct', s: PARSE_FLOAT_ERROR };
  return null;
}

function checkParseTarget(e: Extract<Expr, { k: 'method' }>, target: Ty, letAt: Span | null = null): void {
  const p = prune(target);
  if (p.k === 'var') {
    // `let n = "42".parse().unwrap();`: rustc points at `n` and labels the `parse`
    if (letAt) throw new CheckError(letAt, 'type annotations needed', [{ from: e.nameSpan.from, message: 'type must be known at this point' }], 'E0284');
    throw new CheckError(e.nameSpan, 'type annotations needed', undefined, 'E0284');
  }
  if (p.k !== 'int' && p.k !== 'float') throw new CheckError(e.nameSpan, `parsing into \`${fmtTy(p)}\` is not in the playground's subset (integers and floats are)`);
}

// parse targets known only after the body was checked (`let n: i32 = s.parse().unwrap();`)
const baseFnBody = Checker.prototype.fnBody;
Checker.prototype.fnBody = function (this: Checker, f) {
  const outer = this.pendingParses;
  this.pendingParses = [];
  baseFnBody.call(this, f);
  const pending = this.pendingParses;
  this.pendingParses = outer;
  for (const p of pending) {
    try {
      checkParseTarget(p.e, p.target, p.letAt);
      this.unify(p.err, parseErrTy(p.target)!, p.e);
    } catch (err) {
      if (!(err instanceof CheckError)) throw err;
      this.report(err);
    }
  }
};

Checker.prototype.charMethodSig = function (this: Checker, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const sig = (id: string, params: Ty[], ret: Ty): MethodSig => ({ id, self: 'value', params, ret });
  switch (e.name) {
    case 'is_alphabetic': case 'is_numeric': case 'is_alphanumeric': case 'is_whitespace': case 'is_uppercase': case 'is_lowercase':
    case 'is_ascii': case 'is_ascii_digit': case 'is_ascii_alphabetic': case 'is_ascii_alphanumeric': case 'is_ascii_uppercase': case 'is_ascii_lowercase':
    case 'is_ascii_whitespace': case 'is_ascii_punctuation': case 'is_ascii_hexdigit': case 'is_control':
      return { id: `char.${e.name}`, self: 'ref', params: [], ret: T.bool };
    case 'to_digit':
      return sig('char.to_digit', [T.int('u32')], opt(T.int('u32')));
    case 'to_ascii_uppercase': case 'to_ascii_lowercase':
      return { id: `char.${e.name}`, self: 'ref', params: [], ret: T.char };
    case 'eq_ignore_ascii_case':
      return { id: 'char.eq_ignore_ascii_case', self: 'ref', params: [ref(T.char)], ret: T.bool };
  }
  return null;
};

/** u8's ASCII methods (`b.is_ascii_digit()`), as core defines them on u8 too. */
const U8_ASCII = new Set(['is_ascii_digit', 'is_ascii_alphabetic', 'is_ascii_alphanumeric', 'is_ascii_uppercase', 'is_ascii_lowercase', 'is_ascii_whitespace', 'is_ascii_punctuation', 'is_ascii_hexdigit', 'is_ascii']);

Checker.prototype.intMethodSig2 = function (this: Checker, t: Extract<Ty, { k: 'int' }>, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const m = e.name;
  const sig = (id: string, params: Ty[], ret: Ty): MethodSig => ({ id, self: 'value', params, ret });
  const signed = t.name[0] === 'i';
  if (t.name === 'u8' && U8_ASCII.has(m)) return { id: `u8.${m}`, self: 'ref', params: [], ret: T.bool };
  if (t.name === 'u8' && (m === 'to_ascii_uppercase' || m === 'to_ascii_lowercase')) return { id: `u8.${m}`, self: 'ref', params: [], ret: t };
  switch (m) {
    case 'checked_add': case 'checked_sub': case 'checked_mul': case 'checked_div': case 'checked_rem': case 'checked_pow':
      return sig(`int.${m}`, [m === 'checked_pow' ? T.int('u32') : t], opt(t));
    case 'saturating_add': case 'saturating_sub': case 'saturating_mul': case 'saturating_pow':
      return sig(`int.${m}`, [m === 'saturating_pow' ? T.int('u32') : t], t);
    case 'overflowing_add': case 'overflowing_sub': case 'overflowing_mul':
      return sig(`int.${m}`, [t], { k: 'tuple', elems: [t, T.bool] });
    case 'wrapping_neg': case 'wrapping_abs':
      return signed || m === 'wrapping_neg' ? sig(`int.${m}`, [], t) : null;
    case 'wrapping_pow':
      return sig('int.wrapping_pow', [T.int('u32')], t);
    case 'rem_euclid': case 'div_euclid':
      return sig(`int.${m}`, [t], t);
    case 'signum':
      return signed ? sig('int.signum', [], t) : null;
    case 'is_positive': case 'is_negative':
      return signed ? sig(`int.${m}`, [], T.bool) : null;
    case 'abs_diff':
      return sig('int.abs_diff', [t], T.int(signed ? (t.name.replace('i', 'u') as 'u8') : t.name));
    case 'unsigned_abs':
      return signed ? sig('int.unsigned_abs', [], T.int(t.name.replace('i', 'u') as 'u8')) : null;
    case 'leading_zeros': case 'trailing_zeros': case 'count_zeros':
      return sig(`int.${m}`, [], T.int('u32'));
    case 'clamp':
      return sig('int.clamp', [t, t], t);
  }
  return null;
};

declare module './checker' {
  interface Checker {
    strIterSource(e: Extract<Expr, { k: 'method' }>, t: Ty): Ty | null;
  }
}

/** `s.split(pat)`, `split_whitespace()`, `lines()`, …: iterators of `&str` borrowing `s`. */
Checker.prototype.strIterSource = function (this: Checker, e: Extract<Expr, { k: 'method' }>, t: Ty): Ty | null {
  if (!STR_ITER_SOURCES.has(e.name)) return null;
  let s = prune(t);
  while (s.k === 'ref' || s.k === 'Box') s = prune(s.e);
  if (s.k !== 'String' && s.k !== 'str') return null;
  const takesPat = e.name !== 'split_whitespace' && e.name !== 'lines';
  const n = takesPat ? 1 : 0;
  if (e.args.length !== n) throw new CheckError(e.nameSpan, `this method takes ${n} argument${n === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`, undefined, 'E0061');
  if (takesPat) {
    const pt = this.expr(e.args[0]);
    if (!patternOk(pt)) throw new CheckError(e.args[0], `the trait bound \`${fmtTy(pt)}: Pattern\` is not satisfied`, undefined, 'E0277');
  }
  e.builtin = 'iter.src';
  (e as { iterOp?: string }).iterOp = `str.${e.name}`;
  return { k: 'iterAd', item: T.refStr, name: `str.${e.name}` };
};

declare module './checker' {
  interface Checker {
    charCall(e: Extract<Expr, { k: 'call' }>, name: string): Ty | null;
  }
}

/** `char::from(b)` (u8 → char), `char::from_u32(n)` → Option<char>, `char::from_digit(d, radix)`. */
Checker.prototype.charCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, name: string): Ty | null {
  const argc = (n: number) => {
    if (e.args.length !== n) throw new CheckError(e, `this function takes ${n} argument${n === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`, undefined, 'E0061');
  };
  switch (name) {
    case 'char::from':
      argc(1);
      this.coerceTo(e.args[0], T.int('u8'));
      e.builtin = name;
      return T.char;
    case 'char::from_u32':
      argc(1);
      this.coerceTo(e.args[0], T.int('u32'));
      e.builtin = name;
      return opt(T.char);
    case 'char::from_digit':
      argc(2);
      this.coerceTo(e.args[0], T.int('u32'));
      this.coerceTo(e.args[1], T.int('u32'));
      e.builtin = name;
      return opt(T.char);
  }
  return null;
};

// the `let` whose initializer is being checked (for E0284's position)
const baseStmt = Checker.prototype.stmt;
Checker.prototype.stmt = function (this: Checker, st) {
  if (st.k !== 'let') return baseStmt.call(this, st);
  const outer = this.parseLet;
  this.parseLet = !st.tyAnn && st.pat.k === 'bind' ? { from: st.pat.from, to: st.pat.to } : null;
  try {
    return baseStmt.call(this, st);
  } finally {
    this.parseLet = outer;
  }
};
