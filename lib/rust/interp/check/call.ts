// Calls: user functions, associated functions and methods by path (`S::new(..)`, `Self::new(..)`,
// `S::area(&s)`), tuple-struct constructors (`Meters(5)`), `Some(..)`, `drop`, and the std paths
// (`Vec::new`, `Box::new`, `mem::take`, …); paths as values (`i32::MAX`, `None`, `Self::CAP`).

import type { Expr, Span } from '../ast';
import { INT_NAMES, T, fmtTy, prune, type IntName, type MapKind, type StructInfo, type Ty } from '../ty';
import { CheckError, Checker, newVar } from './checker';
import { MAP_KINDS } from './collections';
import { IMPORTED } from './types';

declare module './checker' {
  interface Checker {
    pathExpr(e: Extract<Expr, { k: 'path' }>): Ty;
    call(e: Extract<Expr, { k: 'call' }>, expected?: Ty): Ty;
    assocCall(e: Extract<Expr, { k: 'call' }>, s: StructInfo, name: string, expected?: Ty): Ty;
    tupleStructCall(e: Extract<Expr, { k: 'call' }>, s: StructInfo): Ty;
    builtinCall(e: Extract<Expr, { k: 'call' }>, name: string, expected?: Ty): Ty;
  }
}

/** Type names of std (and bumpalo) the subset knows, for telling them from undeclared types in paths. */
const STD_TYPE_PATHS = /^(Vec|String|VecDeque|Box|Bump|Option|HashMap|HashSet|BTreeMap|BTreeSet|Rc|Arc|RefCell|Cell|Mutex|Result|Some|None|Ok|Err)$/;

const argCount = (what: string, want: number, got: number): string => `this ${what} takes ${want} argument${want === 1 ? '' : 's'} but ${got} argument${got === 1 ? ' was' : 's were'} supplied`;

/** The span of the last segment of a path (where rustc points for an unknown associated item). */
const lastSeg = (e: Span, name: string): Span => ({ from: e.to - name.length, to: e.to });

// Paths used as values: i32::MAX, None, usize::MAX.
Checker.prototype.pathExpr = function (this: Checker, e: Extract<Expr, { k: 'path' }>): Ty {
  const segs = e.segs;
  if (segs.length === 1 && segs[0] === 'None') {
    (e as { builtin?: string }).builtin = 'none';
    return { k: 'Option', e: newVar() };
  }
  if (segs.length === 2 && (INT_NAMES as string[]).includes(segs[0]) && (segs[1] === 'MAX' || segs[1] === 'MIN' || segs[1] === 'BITS')) {
    (e as { builtin?: string }).builtin = `int.${segs[1]}`;
    return segs[1] === 'BITS' ? T.int('u32') : T.int(segs[0] as IntName);
  }
  if (segs.length === 2 && (segs[0] === 'f64' || segs[0] === 'f32') && ['MAX', 'MIN', 'EPSILON', 'INFINITY', 'NEG_INFINITY', 'NAN', 'MIN_POSITIVE'].includes(segs[1])) {
    (e as { builtin?: string }).builtin = `float.${segs[1]}`;
    return { k: 'float', name: segs[0] };
  }
  if (segs.join('::') === 'std::f64::consts::PI' || segs.join('::') === 'f64::consts::PI') {
    (e as { builtin?: string }).builtin = 'float.PI';
    return T.f64;
  }
  if (segs[segs.length - 2] === 'Ordering' && ['Relaxed', 'Acquire', 'Release', 'AcqRel', 'SeqCst'].includes(segs[segs.length - 1]) && (segs.length > 2 || this.prog.imports?.includes('Ordering'))) {
    // std::sync::atomic::Ordering: a unit-like value here (check/threads.ts)
    (e as { builtin?: string }).builtin = 'ordering';
    return T.unit;
  }
  const ev = this.variantOf(segs);
  if (ev) {
    // a unit variant (`E::A`); a tuple variant's constructor as a value is outside the subset
    const v = ev.s.variants![ev.vi];
    if (v.kind === 'named') throw new CheckError(e, `expected value, found struct variant \`${segs.join('::')}\``, undefined, 'E0533');
    if (v.kind === 'tuple') throw new CheckError(e, 'tuple variant constructors as values are not supported');
    (e as { builtin?: string; vi?: number }).builtin = 'variant';
    (e as { vi?: number }).vi = ev.vi;
    return { k: 'struct', s: ev.s };
  }
  const s = segs.length === 2 ? this.structNamed(segs[0]) : null;
  if (s) {
    // an associated constant: `Self::CAP`, `Ring::CAP`
    const k = s.consts.get(segs[1]);
    if (k) {
      e.konst = k;
      return this.constTy(k);
    }
    if (s.methods.has(segs[1])) throw new CheckError(e, 'functions as values are not supported');
    if (s.variants) throw new CheckError(lastSeg(e, segs[1]), `no variant or associated item named \`${segs[1]}\` found for enum \`${s.name}\` in the current scope`, undefined, 'E0599');
    throw new CheckError(lastSeg(e, segs[1]), `no associated item named \`${segs[1]}\` found for struct \`${s.name}\` in the current scope`);
  }
  if (segs.length === 2 && segs[0] === 'Self') throw new CheckError(e, '`Self` is only available in impls, traits, and type definitions', undefined, 'E0433');
  throw new CheckError(e, `cannot find value \`${segs.join('::')}\` in this scope`);
};

Checker.prototype.call = function (this: Checker, e: Extract<Expr, { k: 'call' }>, expected?: Ty): Ty {
  const c = e.callee;
  if (c.k === 'name') {
    const g = this.generics.get(c.name);
    if (g && !this.lookup(c.name)) return this.genericCall(e, g, null, expected);
    const f = this.fns.get(c.name);
    if (f && !this.lookup(c.name)) {
      e.fn = f.decl;
      if (e.args.length !== f.params.length) throw new CheckError(e, argCount('function', f.params.length, e.args.length));
      e.args.forEach((a, i) => this.coerceIn(a, f.params[i], { from: c.from, message: 'arguments to this function are incorrect' }));
      return f.ret;
    }
    const ts = this.lookup(c.name) ? null : this.structNamed(c.name);
    if (ts && ts.kind === 'tuple') return this.tupleStructCall(e, ts);
    if (ts && ts.kind === 'unit') throw new CheckError(e, `expected function, found struct \`${c.name}\``);
    if (ts) throw new CheckError(c, `expected function, tuple struct or tuple variant, found struct \`${c.name}\``, undefined, 'E0423');
    if (c.name === 'Ok' && e.args.length === 1 && e.args[0].k === 'unit') {
      // `Ok(())` in a Display impl: a fmt::Result
      const ex = expected && prune(expected);
      if ((ex && ex.k === 'fmtResult') || prune(this.cx.ret).k === 'fmtResult') {
        this.expr(e.args[0]);
        e.builtin = 'ok';
        return { k: 'fmtResult' };
      }
    }
    if (c.name === 'Some') {
      if (e.args.length !== 1) throw new CheckError(e, 'Some takes one argument');
      const ex = expected && prune(expected);
      const inner = ex && ex.k === 'Option' ? ex.e : newVar();
      this.coerceTo(e.args[0], inner);
      e.builtin = 'some';
      return { k: 'Option', e: inner };
    }
    if (c.name === 'drop') return this.builtinCall(e, 'drop', expected);
    const local = this.lookup(c.name);
    if (local && this.callableSig(local.ty!)) {
      this.expr(c);
      return this.closureCall(e, local.ty!);
    }
    if ((c.name === 'Ok' || c.name === 'Err') && !this.fns.has(c.name)) return this.resultCall(e, c.name, expected);
    if (this.lookup(c.name)) throw new CheckError(c, `expected function, found local variable \`${c.name}\``);
    throw new CheckError(c, `cannot find function \`${c.name}\` in this scope`);
  }
  if (c.k !== 'path') {
    // `make_adder(1)(2)`, `(self.f)(x)`: a callable value
    const ct = this.expr(c);
    if (this.callableSig(ct)) return this.closureCall(e, ct);
    throw new CheckError(c, 'only calls of named functions are supported');
  }
  let segs = c.segs;
  if (segs[0] === 'std' && segs.length > 2) segs = segs.slice(segs[1] === 'collections' || segs[1] === 'rc' || segs[1] === 'cell' || segs[1] === 'string' || segs[1] === 'vec' || segs[1] === 'boxed' ? 2 : 1);
  const name = segs.join('::');
  // `HashMap::new()` without `use std::collections::HashMap;`
  if (c.segs.length === 2 && IMPORTED.test(c.segs[0]) && !this.structs.has(c.segs[0]) && !this.prog.imports?.includes(c.segs[0])) throw new CheckError({ from: c.from, to: c.from + c.segs[0].length }, `cannot find type \`${c.segs[0]}\` in this scope`, undefined, 'E0433');
  const targs = c.targs ? c.targs.map((t) => this.type(t)) : null;
  (e as { targs?: Ty[] | null }).targs = targs;
  const th = this.threadCall(e, c.segs, expected); // Arc, Mutex, atomics, thread::spawn (check/threads.ts)
  if (th) return th;
  const gen = segs.length === 1 ? this.generics.get(segs[0]) : undefined;
  if (gen) return this.genericCall(e, gen, targs, expected); // `f::<T>(..)`
  const tr = segs.length === 2 && !this.structNamed(segs[0]) ? this.traits.get(segs[0]) : undefined;
  if (tr) return this.traitPathCall(e, tr, segs[1]); // `Shape::area(&c)`
  if (name === 'Default::default' && expected && prune(expected).k === 'struct' && !e.args.length) return this.assocCall(e, (prune(expected) as Extract<Ty, { k: 'struct' }>).s, 'default');
  const known = ['Vec::new', 'Vec::with_capacity', 'String::new', 'String::with_capacity', 'String::from', 'VecDeque::new', 'VecDeque::with_capacity', 'Box::new', 'mem::drop', 'mem::take', 'mem::swap', 'mem::replace', 'mem::size_of', 'Bump::new', 'Bump::with_capacity', 'Rc::new', 'Rc::clone', 'Rc::strong_count', 'mem::align_of', 'RefCell::new', 'Cell::new'];
  if (known.includes(name)) return this.builtinCall(e, name, expected);
  const more = this.stdCall(e, name); // check/std-methods.ts
  if (more) return more;
  if (segs.length === 2 && (MAP_KINDS as string[]).includes(segs[0])) return this.mapCall(e, segs[0] as MapKind, segs[1], expected);
  if (segs.length === 2) {
    const ev = this.variantOf(segs);
    if (ev) return this.variantCall(e, ev.s, ev.vi);
    const s = this.structNamed(segs[0]);
    if (s) return this.assocCall(e, s, segs[1], expected);
    if (segs[0] === 'Self') throw new CheckError(c, '`Self` is only available in impls, traits, and type definitions', undefined, 'E0433');
    // rustc 1.95: "cannot find type `Foo` in this scope" (E0433), at the type's name
    if (/^[A-Z]/.test(segs[0]) && !STD_TYPE_PATHS.test(segs[0])) throw new CheckError({ from: c.from, to: c.from + segs[0].length }, `cannot find type \`${segs[0]}\` in this scope`, undefined, 'E0433');
  }
  if (/^(Arc|Weak)::/.test(name)) throw new CheckError(c, `${segs[0]} is not supported`);
  const chr = this.charCall(e, name); // char::from, char::from_u32 (check/strs.ts)
  if (chr) return chr;
  throw new CheckError(c, `\`${name}\` is not supported`);
};

/** `S::f(args)`: an associated function, or a method called with its receiver as the first argument. */
Checker.prototype.assocCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, s: StructInfo, name: string, expected?: Ty): Ty {
  const fr = name === 'from' ? this.fromCall(e, s) : null; // `impl From<X> for S` (check/conversions.ts)
  if (fr) return fr;
  const decl = s.methods.get(name);
  if (!decl && name === 'default' && s.traits?.has('Default') && !e.args.length) {
    e.builtin = 'derive.default'; // #[derive(Default)] (compile-trait.ts)
    return { k: 'struct', s };
  }
  if (!decl && s.variants) throw new CheckError(lastSeg(e.callee, name), `no variant or associated item named \`${name}\` found for enum \`${s.name}\` in the current scope`, undefined, 'E0599');
  if (!decl) throw new CheckError(lastSeg(e.callee, name), `no function or associated item named \`${name}\` found for struct \`${s.name}\` in the current scope`);
  if (decl.tparams && !decl.selfParam) return this.genericCall(e, decl, (e as { targs?: Ty[] | null }).targs ?? null, expected); // `S::make::<T>()`
  if (decl.tparams) throw new CheckError(e.callee, 'calling a generic method by its path is not supported (call it as `x.m(..)`)');
  const f = this.fns.get(decl.key!)!;
  const params = f.selfTy ? [f.selfTy, ...f.params] : f.params;
  e.fn = decl;
  if (e.args.length !== params.length) throw new CheckError(e, argCount('function', params.length, e.args.length));
  e.args.forEach((a, i) => this.coerceTo(a, params[i]));
  return f.ret;
};

/** `Meters(5)`: a tuple struct's constructor. */
Checker.prototype.tupleStructCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, s: StructInfo): Ty {
  if (e.args.length !== s.fields.length) throw new CheckError(e, argCount('struct', s.fields.length, e.args.length));
  e.args.forEach((a, i) => this.coerceTo(a, s.fields[i].ty));
  e.builtin = 'tstruct';
  return { k: 'struct', s };
};

Checker.prototype.builtinCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, name: string, expected?: Ty): Ty {
  e.builtin = name;
  const targs = (e as { targs?: Ty[] | null }).targs ?? null;
  const ex = expected && prune(expected);
  const argc = (n: number) => {
    if (e.args.length !== n) throw new CheckError(e, argCount('function', n, e.args.length));
  };
  const elemOf = (k: string): Ty => (targs && targs[0] ? targs[0] : ex && ex.k === k ? (ex as { e: Ty }).e : newVar());
  switch (name) {
    case 'Vec::new':
      argc(0);
      return { k: 'Vec', e: elemOf('Vec') };
    case 'VecDeque::new':
      argc(0);
      return { k: 'VecDeque', e: elemOf('VecDeque') };
    case 'Vec::with_capacity':
    case 'VecDeque::with_capacity':
      argc(1);
      this.coerceTo(e.args[0], T.usize);
      return { k: name.startsWith('Vec::') ? 'Vec' : 'VecDeque', e: elemOf(name.startsWith('Vec::') ? 'Vec' : 'VecDeque') } as Ty;
    case 'String::new':
      argc(0);
      return T.String;
    case 'String::with_capacity':
      argc(1);
      this.coerceTo(e.args[0], T.usize);
      return T.String;
    case 'String::from':
      argc(1);
      this.coerceTo(e.args[0], T.refStr);
      return T.String;
    case 'Box::new': {
      argc(1);
      // to a `Box<dyn Trait>`: a Box of the concrete type, then unsized (coerceDyn)
      const inner = ex && ex.k === 'Box' && prune(ex.e).k !== 'dyn' ? ex.e : undefined;
      const t = inner ? (this.coerceTo(e.args[0], inner), inner) : this.expr(e.args[0]);
      return { k: 'Box', e: t };
    }
    case 'drop':
    case 'mem::drop':
      argc(1);
      e.builtin = 'drop';
      this.expr(e.args[0]);
      return T.unit;
    case 'mem::take': {
      argc(1);
      const t = prune(this.expr(e.args[0]));
      if (t.k !== 'ref' || !t.mut) throw new CheckError(e.args[0], `mismatched types: expected \`&mut _\`, found \`${fmtTy(t)}\``);
      const inner = prune(t.e);
      if (!['String', 'Vec', 'VecDeque', 'Option', 'int', 'float', 'bool'].includes(inner.k)) throw new CheckError(e.args[0], `the trait bound \`${fmtTy(inner)}: Default\` is not satisfied`);
      return t.e;
    }
    case 'mem::replace': {
      argc(2);
      const t = prune(this.expr(e.args[0]));
      if (t.k !== 'ref' || !t.mut) throw new CheckError(e.args[0], `mismatched types: expected \`&mut _\`, found \`${fmtTy(t)}\``);
      this.coerceTo(e.args[1], t.e);
      return t.e;
    }
    case 'mem::swap': {
      argc(2);
      const a = prune(this.expr(e.args[0]));
      if (a.k !== 'ref' || !a.mut) throw new CheckError(e.args[0], `mismatched types: expected \`&mut _\`, found \`${fmtTy(a)}\``);
      this.coerceTo(e.args[1], a);
      return T.unit;
    }
    case 'Rc::new': {
      argc(1);
      const inner = ex && ex.k === 'Rc' ? ex.e : undefined;
      const t = inner ? (this.coerceTo(e.args[0], inner), inner) : this.expr(e.args[0]);
      return { k: 'Rc', e: t };
    }
    case 'RefCell::new':
    case 'Cell::new': {
      argc(1);
      const k = name === 'Cell::new' ? 'Cell' : 'RefCell';
      const inner = ex && ex.k === k ? ex.e : undefined;
      const t = inner ? (this.coerceTo(e.args[0], inner), inner) : this.expr(e.args[0]);
      return { k, e: t } as Ty;
    }
    case 'Rc::clone':
    case 'Rc::strong_count': {
      argc(1);
      const t = prune(this.expr(e.args[0]));
      const rc = t.k === 'ref' ? prune(t.e) : t;
      if (t.k !== 'ref' || rc.k !== 'Rc') throw new CheckError(e.args[0], `mismatched types: expected \`&Rc<_>\`, found \`${fmtTy(t)}\``);
      return name === 'Rc::clone' ? rc : T.usize;
    }
    case 'mem::align_of':
    case 'mem::size_of':
      argc(0);
      if (!targs || targs.length !== 1) throw new CheckError(e, 'size_of needs a type: size_of::<T>()');
      return T.usize;
    case 'Bump::new':
      argc(0);
      return T.Bump;
    case 'Bump::with_capacity':
      argc(1);
      this.coerceTo(e.args[0], T.usize);
      return T.Bump;
  }
  throw new CheckError(e, `\`${name}\` is not supported`);
};
