// println!/print!/eprintln!/format!/panic!/assert*! and the Display/Debug impls of the subset's
// types, producing core::fmt's write_str/write_char chunks (see format.ts).

import type { Expr, FmtArgs } from './ast';
import { deepEq, tyOf, type Compiler } from './compile';
import { estimatedCapacity, fmtChar, fmtCharDebug, fmtFloat, fmtInt, fmtPad, fmtRadix, fmtStrDebug, indentChunks, type Chunks, type FmtPiece, type Placeholder } from './format';
import { Place, RBox, RFormatter, RSome, RString, RVec, type Machine } from './machine';
import { StringModel } from '../vec';
import { intBits, isSetKind, prune, type Ty } from './ty';
import { RMap } from './rmap';
import { RCell, RGuard, RRc } from './rrc';
import { newString, pushChunks } from './std';
import { derefFn, type E } from './values';

type Fmt = (out: Chunks, p: Placeholder, v: unknown) => void;

const PLAIN: Placeholder = { arg: null, debug: false, alternate: false, plus: false, zero: false, fill: ' ', align: null, width: null, precision: null };

/** Display ({}) or Debug ({:?}) of a value of type t (a struct's Display impl runs through m.userFmt). */
export function formatter(t: Ty, debug: boolean, m: Machine): Fmt {
  t = prune(t);
  switch (t.k) {
    case 'int': {
      const bits = intBits(t.name);
      return (out, p, v) => (p.radix ? fmtRadix(out, p, v as number | bigint, bits) : fmtInt(out, p, v as number | bigint));
    }
    case 'float': {
      const f32 = t.name === 'f32';
      return (out, p, v) => fmtFloat(out, debug ? { ...p, debug: true } : p, v as number, f32);
    }
    case 'bool':
      return (out, p, v) => fmtPad(out, p, v ? 'true' : 'false');
    case 'char':
      return debug ? (out, _p, v) => fmtCharDebug(out, v as number) : (out, p, v) => fmtChar(out, p, v as number);
    case 'str':
    case 'String':
      return debug ? (out, _p, v) => fmtStrDebug(out, typeof v === 'string' ? v : (v as RString).s) : (out, p, v) => fmtPad(out, p, typeof v === 'string' ? v : (v as RString).s);
    case 'unit':
      return (out) => out.push('()');
    case 'ref': {
      const inner = formatter(t.e, debug, m);
      const d = derefFn(t);
      return (out, p, v) => inner(out, p, d(v));
    }
    case 'Box': {
      // Lazily: recursive types (struct Node { next: Option<Box<Node>> }) go through Box.
      let inner: Fmt | null = null;
      const et = t.e;
      return (out, p, v) => (inner ??= formatter(et, debug, m))(out, p, (v as RBox).v);
    }
    case 'Vec':
    case 'VecDeque':
    case 'array':
    case 'slice':
    case 'iter': {
      const inner = formatter(t.e, true, m);
      return (out, p, v) => {
        const a = v instanceof RVec ? v.a : v instanceof Place ? (v.o[v.k] as unknown[]) : (v as unknown[]);
        debugList(out, p, a, inner, t.k === 'iter' ? 'Iter(' : '');
      };
    }
    case 'Option': {
      const inner = formatter(t.e, true, m);
      return (out, p, v) => {
        if (v === null) out.push('None');
        else debugTuple(out, p, 'Some', [(v as RSome).v], [inner]);
      };
    }
    case 'struct': {
      const s = t.s;
      // `impl fmt::Display`: the program's fmt writes the chunks (write! ignores the placeholder's width/fill)
      if (!debug && s.display) return (out, _p, v) => m.userFmt(s, v, out);
      if (s.generic === 'Cow') {
        // Cow<str> formats as the str it derefs to (Display and Debug)
        const str = formatter({ k: 'str' }, debug, m);
        return (out, p, v) => {
          const x = (v as unknown[])[1];
          str(out, p, typeof x === 'string' ? x : (x as RString).s);
        };
      }
      if (s.variants) {
        // derive(Debug): `write_str("Name")` for a unit variant, DebugTuple / DebugStruct for the others
        const vs = s.variants;
        let per: Fmt[][] | null = null;
        return (out, p, v) => {
          per ??= vs.map((x) => x.fields.map((fd) => formatter(fd.ty, true, m)));
          const a = v as unknown[];
          const x = vs[a[0] as number];
          if (x.kind === 'unit') out.push(x.name);
          else if (x.kind === 'tuple') debugTuple(out, p, x.name, a.slice(1), per[a[0] as number]);
          else debugStruct(out, p, x.name, x.fields.map((fd) => fd.name), a.slice(1), per[a[0] as number]);
        };
      }
      const fs = s.fields.map((f) => formatter(f.ty, true, m));
      const names = s.fields.map((f) => f.name);
      const name = s.name;
      if (s.kind === 'tuple') return (out, p, v) => debugTuple(out, p, name, v as unknown[], fs);
      return (out, p, v) => debugStruct(out, p, name, names, v as unknown[], fs);
    }
    case 'tuple': {
      const fs = t.elems.map((x) => formatter(x, true, m));
      return (out, p, v) => debugTuple(out, p, '', v as unknown[], fs);
    }
    case 'Rc': {
      let inner: Fmt | null = null;
      const et = t.e;
      return (out, p, v) => (inner ??= formatter(et, debug, m))(out, p, (v as RRc).b.v);
    }
    case 'Guard': {
      const inner = formatter(t.e, debug, m);
      return (out, p, v) => inner(out, p, (v as RGuard).c.a[0]);
    }
    case 'RefCell':
    case 'Cell': {
      // RefCell { value: .. } (a RefCell borrowed mutably prints `RefCell { value: <borrowed> }`)
      const inner = formatter(t.e, true, m);
      const name = t.k;
      return (out, p, v) => {
        const c = v as RCell;
        if (c.b < 0) {
          out.push(`${name} { value: <borrowed> }`);
          return;
        }
        debugStruct(out, p, name, ['value'], c.a, [inner]);
      };
    }
    case 'Map': {
      // DebugMap `{k: v, …}` / DebugSet `{k, …}`, in iteration order
      const kf = formatter(t.key, true, m);
      const vf = isSetKind(t.kind) ? null : formatter(t.val, true, m);
      return (out, p, v) => debugMap(out, p, (v as RMap).entries(), kf, vf);
    }
    case 'range': {
      const inner = formatter(t.e, true, m);
      const inc = t.inclusive;
      return (out, p, v) => {
        const r = v as unknown[];
        inner(out, p, r[0]);
        out.push(inc ? '..=' : '..');
        inner(out, p, r[1]);
      };
    }
    default:
      return (out) => out.push(`<${t.k}>`);
  }
}

// core::fmt::builders: DebugList / DebugTuple / DebugStruct, plain and pretty ({:#?}).
function debugList(out: Chunks, p: Placeholder, a: unknown[], inner: Fmt, prefix: string): void {
  if (prefix) out.push(prefix);
  out.push('[');
  if (p.alternate) {
    for (const x of a) {
      if (out.length && a.indexOf(x) === 0) out.push('\n');
      else out.push('\n');
      const sub: Chunks = [];
      inner(sub, p, x);
      sub.push(',\n');
      const nl = { v: true };
      out.push(...indentChunks(sub, nl));
      out.pop();
      out.push(',');
    }
    if (a.length) out.push('\n');
  } else {
    for (let i = 0; i < a.length; i++) {
      if (i) out.push(', ');
      inner(out, p, a[i]);
    }
  }
  out.push(']');
  if (prefix) out.push(')');
}

function debugMap(out: Chunks, p: Placeholder, es: unknown[][], kf: Fmt, vf: Fmt | null): void {
  out.push('{');
  if (p.alternate) {
    if (es.length) out.push('\n');
    for (const en of es) {
      const sub: Chunks = [];
      kf(sub, p, en[0]);
      if (vf) {
        sub.push(': ');
        vf(sub, p, en[1]);
      }
      sub.push(',\n');
      out.push(...indentChunks(sub, { v: true }));
    }
  } else {
    es.forEach((en, i) => {
      if (i) out.push(', ');
      kf(out, p, en[0]);
      if (vf) {
        out.push(': ');
        vf(out, p, en[1]);
      }
    });
  }
  out.push('}');
}

function debugTuple(out: Chunks, p: Placeholder, name: string, vals: unknown[], fs: Fmt[]): void {
  out.push(name);
  if (p.alternate) {
    out.push('(\n');
    vals.forEach((v, i) => {
      const sub: Chunks = [];
      fs[i](sub, p, v);
      sub.push(',\n');
      out.push(...indentChunks(sub, { v: true }));
    });
    out.push(')');
    return;
  }
  vals.forEach((v, i) => {
    out.push(i === 0 ? '(' : ', ');
    fs[i](out, p, v);
  });
  // DebugTuple::finish: a 1-tuple is `(x,)`
  if (vals.length === 1 && name === '') out.push(',');
  if (vals.length) out.push(')');
}

function debugStruct(out: Chunks, p: Placeholder, name: string, names: string[], vals: unknown[], fs: Fmt[]): void {
  out.push(name);
  if (!names.length) return;
  if (p.alternate) {
    out.push(' {\n');
    names.forEach((n, i) => {
      const sub: Chunks = [n, ': '];
      fs[i](sub, p, vals[i]);
      sub.push(',\n');
      out.push(...indentChunks(sub, { v: true }));
    });
    out.push('}');
    return;
  }
  names.forEach((n, i) => {
    out.push(i === 0 ? ' { ' : ', ');
    out.push(n);
    out.push(': ');
    fs[i](out, p, vals[i]);
  });
  out.push(' }');
}

interface CompiledFmt {
  pieces: FmtPiece[];
  run: (f: unknown[]) => Chunks;
}

/** format_args!: evaluates the arguments (by reference) and renders the chunks. */
function compileArgs(cx: Compiler, fa: FmtArgs): CompiledFmt {
  let pieces = ((fa as { spec?: FmtPiece[] }).spec ?? []).slice();
  // rustc inlines literal string arguments of plain {} into the template (format_args flattening).
  pieces = pieces.map((p) => {
    if (typeof p === 'string') return p;
    const a = fa.args[p.arg as number];
    const plain = !p.debug && p.width === null && p.precision === null && !p.plus && !p.alternate && !p.radix;
    if (a && a.k === 'str' && plain) return a.value;
    // Integer literals too (`format!("{x}/{y}", x = 3, y = 4)` is the static "3/4").
    if (a && a.k === 'int' && plain) return a.value.toString();
    return p;
  });
  const merged: FmtPiece[] = [];
  for (const p of pieces) {
    if (typeof p === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] = (merged[merged.length - 1] as string) + p;
    else if (p !== '') merged.push(p);
  }
  pieces = merged;
  const args = fa.args.map((a) => (cx.isPlace(a) ? cx.place(a).get : cx.read(a)));
  const fmts = fa.args.map((a, i) => {
    const dbg = pieces.some((p) => typeof p !== 'string' && p.arg === i && p.debug);
    const disp = pieces.some((p) => typeof p !== 'string' && p.arg === i && !p.debug);
    return { d: dbg ? formatter(tyOf(a), true, cx.m) : null, s: disp ? formatter(tyOf(a), false, cx.m) : null };
  });
  const n = args.length;
  return {
    pieces,
    run: (f) => {
      const vals = new Array(n);
      for (let i = 0; i < n; i++) vals[i] = args[i](f);
      const out: Chunks = [];
      for (const p of pieces) {
        if (typeof p === 'string') out.push(p);
        else {
          const i = p.arg as number;
          const fm = p.debug ? fmts[i].d! : fmts[i].s!;
          fm(out, p, vals[i]);
        }
      }
      return out;
    },
  };
}

export function fmtToString(cx: Compiler, t: Ty): (v: unknown) => Chunks {
  const fm = formatter(t, false, cx.m);
  return (v) => {
    const out: Chunks = [];
    fm(out, PLAIN, v);
    return out;
  };
}

export function compileFmtMacro(cx: Compiler, e: Extract<Expr, { k: 'fmtMacro' }>): E {
  const m = cx.m;
  const panicAt = cx.panicAt(e);
  const nl = e.mac === 'println' || e.mac === 'eprintln';
  if (!e.f) {
    if (e.mac === 'panic') return () => panicAt('explicit panic', null);
    return () => {
      if (e.mac === 'println') m.write('\n');
      else m.err += '\n';
      return null;
    };
  }
  const c = compileArgs(cx, e.f);
  const staticStr = c.pieces.every((p) => typeof p === 'string') ? (c.pieces as string[]).join('') : null;
  switch (e.mac) {
    case 'println':
    case 'print':
      return (f) => {
        const s = c.run(f).join('');
        m.write(nl ? s + '\n' : s);
        m.byteWork += s.length;
        return null;
      };
    case 'eprintln':
    case 'eprint':
      return (f) => {
        const s = c.run(f).join('');
        m.err += nl ? s + '\n' : s;
        return null;
      };
    case 'format': {
      // alloc::fmt::format: as_str() → to_owned (cap == len); else with_capacity(estimated_capacity) + writes.
      const est = estimatedCapacity(c.pieces);
      if (staticStr !== null) return () => newString(m, staticStr, new TextEncoder().encode(staticStr).length, 'format! (static string)');
      return (f) => {
        const chunks = c.run(f);
        const s = est ? newString(m, '', est, `format! (estimated capacity ${est})`) : new RString('', new StringModel(), 0);
        pushChunks(m, s, chunks, 'format!', panicAt);
        return s;
      };
    }
    case 'panic':
      if (staticStr !== null) return () => panicAt(staticStr, null);
      return (f) => {
        const chunks = c.run(f);
        return panicAt(chunks.join(''), chunks);
      };
  }
}

export function compileAssert(cx: Compiler, e: Extract<Expr, { k: 'assert' }>): E {
  const panicAt = cx.panicAt(e);
  const msg = e.f ? compileArgs(cx, e.f) : null;
  if (e.mac === 'assert') {
    const cond = cx.expr(e.args[0]);
    const text = cx.src().slice(e.args[0].from, e.args[0].to);
    return (f) => {
      if (cond(f)) return null;
      if (msg) {
        const chunks = msg.run(f);
        panicAt(chunks.join(''), chunks);
      }
      return panicAt(`assertion failed: ${text}`, null);
    };
  }
  const ta = tyOf(e.args[0]);
  const a = cx.isPlace(e.args[0]) ? cx.place(e.args[0]).get : cx.read(e.args[0]);
  const b = cx.isPlace(e.args[1]) ? cx.place(e.args[1]).get : cx.read(e.args[1]);
  const eqv = deepEq(ta);
  const dbgA = formatter(ta, true, cx.m);
  const dbgB = formatter(tyOf(e.args[1]), true, cx.m);
  const want = e.mac === 'assert_eq';
  return (f) => {
    const x = a(f);
    const y = b(f);
    if (eqv(x, y) === want) return null;
    // core::panicking::assert_failed_inner: panic!("assertion `left {op} right` failed: {args}\n  left: {left:?}\n right: {right:?}")
    // (or without `: {args}`): `op` is an argument, so the pieces around it are separate writes.
    const op = want ? '==' : '!=';
    const chunks: Chunks = ['assertion `left ', op];
    if (msg) {
      chunks.push(' right` failed: ');
      chunks.push(...msg.run(f));
      chunks.push('\n  left: ');
    } else chunks.push(' right` failed\n  left: ');
    dbgA(chunks, { ...PLAIN, debug: true }, x);
    chunks.push('\n right: ');
    dbgB(chunks, { ...PLAIN, debug: true }, y);
    return panicAt(chunks.join(''), chunks);
  };
}

/** write!(f, …) / writeln!(f, …) in a Display impl: the chunks go to the Formatter; the result is Ok(()). */
export function compileWrite(cx: Compiler, e: Extract<Expr, { k: 'write' }>): E {
  const dest = cx.expr(e.dest);
  const c = e.f ? compileArgs(cx, e.f) : null;
  const nl = e.mac === 'writeln' && !c;
  return (f) => {
    const fm = dest(f) as RFormatter;
    if (c) for (const x of c.run(f)) fm.out.push(x);
    if (nl) fm.out.push('\n');
    return null;
  };
}

export { newString };
