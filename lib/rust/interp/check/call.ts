// Calls: user functions, `Some(..)`, `drop`, and the std paths (`Vec::new`, `Box::new`, `mem::take`, …);
// paths as values (`i32::MAX`, `None`, `f64::consts::PI`).

import type { Expr } from '../ast';
import { INT_NAMES, T, fmtTy, prune, type IntName, type Ty } from '../ty';
import { CheckError, Checker, newVar } from './checker';

declare module './checker' {
  interface Checker {
    pathExpr(e: Extract<Expr, { k: 'path' }>): Ty;
    call(e: Extract<Expr, { k: 'call' }>, expected?: Ty): Ty;
    builtinCall(e: Extract<Expr, { k: 'call' }>, name: string, expected?: Ty): Ty;
  }
}

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
  throw new CheckError(e, `cannot find value \`${segs.join('::')}\` in this scope`);
};

Checker.prototype.call = function (this: Checker, e: Extract<Expr, { k: 'call' }>, expected?: Ty): Ty {
  const c = e.callee;
  if (c.k === 'name') {
    const f = this.fns.get(c.name);
    if (f && !this.lookup(c.name)) {
      e.fn = f.decl;
      if (e.args.length !== f.params.length) throw new CheckError(e, `this function takes ${f.params.length} argument${f.params.length === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`);
      e.args.forEach((a, i) => this.coerceTo(a, f.params[i]));
      return f.ret;
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
    if ((c.name === 'Ok' || c.name === 'Err') && !this.fns.has(c.name)) throw new CheckError(c, `Result (\`${c.name}\`) is not supported`);
    if (this.lookup(c.name)) throw new CheckError(c, `expected function, found local variable \`${c.name}\``);
    throw new CheckError(c, `cannot find function \`${c.name}\` in this scope`);
  }
  if (c.k !== 'path') throw new CheckError(c, 'only calls of named functions are supported');
  let segs = c.segs;
  if (segs[0] === 'std' && segs.length > 2) segs = segs.slice(segs[1] === 'collections' || segs[1] === 'string' || segs[1] === 'vec' || segs[1] === 'boxed' ? 2 : 1);
  const name = segs.join('::');
  const targs = c.targs ? c.targs.map((t) => this.type(t)) : null;
  (e as { targs?: Ty[] | null }).targs = targs;
  const known = ['Vec::new', 'Vec::with_capacity', 'String::new', 'String::with_capacity', 'String::from', 'VecDeque::new', 'VecDeque::with_capacity', 'Box::new', 'mem::drop', 'mem::take', 'mem::swap', 'mem::replace', 'mem::size_of', 'Bump::new', 'Bump::with_capacity'];
  if (known.includes(name)) return this.builtinCall(e, name, expected);
  if (/^(HashMap|HashSet|BTreeMap|BTreeSet|Rc|Arc|RefCell|Cell)::/.test(name)) throw new CheckError(c, `${segs[0]} is not supported`);
  throw new CheckError(c, `\`${name}\` is not supported`);
};

Checker.prototype.builtinCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, name: string, expected?: Ty): Ty {
  e.builtin = name;
  const targs = (e as { targs?: Ty[] | null }).targs ?? null;
  const ex = expected && prune(expected);
  const argc = (n: number) => {
    if (e.args.length !== n) throw new CheckError(e, `this function takes ${n} argument${n === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`);
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
      const inner = ex && ex.k === 'Box' ? ex.e : undefined;
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
