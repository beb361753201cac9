// Match exhaustiveness over bool, Option, tuples and tuple structs (rustc's usefulness algorithm,
// reduced to these constructors): the arms cover every value when, for each constructor of the
// first column's type, the rows that admit it cover the rest. Integers, chars and strings are
// infinite here (only a wildcard covers them), except a match on one integer, where literal and
// range patterns that fill the type's range count (intsCovered in control.ts).

import type { Pattern } from '../ast';
import { prune, type Ty } from '../ty';
import { witnessOf } from './enums';

const WILD: Pattern = { from: 0, to: 0, k: 'wild' };

const isWild = (p: Pattern): boolean => p.k === 'wild' || p.k === 'bind';

/** A type's constructors: their sub-patterns' types, and whether a pattern is one of them. */
interface Ctor {
  tys: Ty[];
  sub: (p: Pattern) => Pattern[] | null;
}

function ctors(t: Ty): Ctor[] | null {
  t = prune(t);
  while (t.k === 'ref') t = prune(t.e);
  switch (t.k) {
    case 'bool':
      return [true, false].map((b) => ({ tys: [], sub: (p) => (p.k === 'lit' && p.e.k === 'bool' && p.e.value === b ? [] : null) }));
    case 'Option':
      return [
        { tys: [t.e], sub: (p) => (p.k === 'some' ? [p.inner] : null) },
        { tys: [], sub: (p) => (p.k === 'none' ? [] : null) },
      ];
    case 'tuple':
      return [{ tys: t.elems, sub: (p) => (p.k === 'tuple' ? p.elems : null) }];
    case 'struct': {
      const s = t.s;
      if (s.variants) return s.variants.map((v, i) => ({ tys: v.fields.map((f) => f.ty), sub: (p) => (p.k === 'variant' && (p as { vi?: number }).vi === i ? variantSubs(p, v.fields.length) : null) }));
      return [{ tys: s.fields.map((f) => f.ty), sub: (p) => (p.k === 'tstruct' ? p.elems : p.k === 'variant' ? variantSubs(p, s.fields.length) : null) }];
    }
    default:
      return null;
  }
}

/** A variant or struct pattern's sub-patterns in field order (`_` for fields it leaves out). */
function variantSubs(p: Extract<Pattern, { k: 'variant' }>, n: number): Pattern[] {
  const out: Pattern[] = new Array<Pattern>(n).fill(WILD);
  for (const s of (p as { subs?: { i: number; pat: Pattern }[] }).subs ?? []) out[s.i] = s.pat;
  return out;
}

/** Whether the rows of patterns (one column per type of `tys`) match every value. */
export function exhaustive(rows: Pattern[][], tys: Ty[]): boolean {
  if (tys.length === 0) return rows.length > 0;
  const [t, ...rest] = tys;
  // or-patterns: one row per alternative
  rows = rows.flatMap((r) => (r[0].k === 'or' ? r[0].alts.map((a) => [a, ...r.slice(1)]) : [r]));
  // `x @ p` matches what p matches
  rows = rows.map((r) => (r[0].k === 'at' ? [r[0].sub, ...r.slice(1)] : r));
  const cs = ctors(t);
  if (!cs) return exhaustive(rows.filter((r) => isWild(r[0])).map((r) => r.slice(1)), rest);
  for (const c of cs) {
    const spec: Pattern[][] = [];
    for (const r of rows) {
      const sub = isWild(r[0]) ? c.tys.map(() => WILD) : c.sub(r[0]);
      if (sub) spec.push([...sub, ...r.slice(1)]);
    }
    if (!exhaustive(spec, [...c.tys, ...rest])) return false;
  }
  return true;
}

/** The variants of an enum scrutinee that no arm covers (rustc's witnesses at the top level), or null. */
export function missingVariants(rows: Pattern[][], t: Ty): string[] | null {
  t = prune(t);
  while (t.k === 'ref') t = prune(t.e);
  if (t.k !== 'struct' || !t.s.variants) return null;
  const s = t.s;
  const cs = ctors(t)!;
  const out: string[] = [];
  cs.forEach((c, i) => {
    const spec: Pattern[][] = [];
    for (const r0 of rows.flatMap((r) => (r[0].k === 'or' ? r[0].alts.map((a) => [a, ...r.slice(1)]) : [r]))) {
      const r = r0[0].k === 'at' ? [r0[0].sub, ...r0.slice(1)] : r0;
      const sub = isWild(r[0]) ? c.tys.map(() => WILD) : c.sub(r[0]);
      if (sub) spec.push([...sub, ...r.slice(1)]);
    }
    if (!exhaustive(spec, c.tys)) out.push(witnessOf(s, s.variants![i]));
  });
  return out;
}
