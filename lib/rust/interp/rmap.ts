// Runtime values of HashMap/HashSet/BTreeMap/BTreeSet: the entries (key and value, in a JS Map by a
// canonical form of the key) and the allocator model — hashbrown's RawTableModel (counts mode) or the
// B-tree's BTreeMapModel. Iteration order: a HashMap/HashSet iterates in insertion order (a real one
// iterates in an order fixed by its random SipHash keys, different in every run); a B-tree in key order.

import type { BTreeMapModel } from '../btree';
import type { RawTableModel } from '../hashbrown';
import { Place, RString } from './machine';
import { prune, type StructInfo, type Ty } from './ty';

export type Canon = string | number | bigint | boolean;

export class RMap {
  /** canonical key → [key, value] (a set's value is null) */
  e = new Map<Canon, unknown[]>();
  /** live allocations: bytes → object ids, oldest first (one table, or the B-tree's nodes) */
  live = new Map<number, number[]>();
  constructor(
    public t: RawTableModel | null,
    public b: BTreeMapModel<unknown> | null,
    /** the B-tree's key order, on the ordKey forms */
    public cmp: ((a: unknown, b: unknown) => number) | null,
    public ord: ((k: unknown) => unknown) | null,
  ) {}

  /** The entries in iteration order. */
  entries(): unknown[][] {
    const a = [...this.e.values()];
    if (this.cmp) {
      const c = this.cmp;
      const o = this.ord!;
      a.sort((x, y) => c(o(x[0]), o(y[0])));
    }
    return a;
  }

  /**
   * What `for … in &map` / `&mut map` / `iter()` hand out: `[&K, &V]` tuples (a set: the keys); with
   * `mut`, a value that is not an object is a Place in its entry.
   */
  items(set: boolean, mut: boolean): unknown[] {
    const es = this.entries();
    if (set) return es.map((x) => x[0]);
    return es.map((x) => [x[0], mut ? new Place(x, 1) : x[1]]);
  }
}

/** The canonical form of a key (or of a `&Q` looked up with): equal keys, equal forms. */
export function canonFn(t: Ty): (v: unknown) => Canon {
  t = prune(t);
  switch (t.k) {
    case 'ref':
      return canonFn(t.e);
    case 'String':
    case 'str':
      return (v) => (typeof v === 'string' ? v : (v as RString).s);
    case 'struct':
      // #[derive(Hash, Eq)]: the fields (an enum: the variant index first), as for a tuple
      return structForm(t.s, canonFn, (parts) => parts.map((c) => (typeof c === 'string' ? JSON.stringify(c) : typeof c === 'bigint' ? `${c}n` : String(c))).join(',') + ';');
    case 'tuple': {
      const fs = t.elems.map(canonFn);
      return (v) => {
        const a = v as unknown[];
        let s = '';
        for (let i = 0; i < fs.length; i++) {
          const c = fs[i](a[i]);
          s += `${typeof c === 'string' ? JSON.stringify(c) : typeof c === 'bigint' ? `${c}n` : String(c)},`;
        }
        return s;
      };
    }
    default:
      return (v) => v as Canon;
  }
}

/** A struct's (or enum's) fields in their canonical / ordered forms, combined by `join`. */
function structForm<C>(s: StructInfo, each: (t: Ty) => (v: unknown) => unknown, join: (parts: unknown[]) => C): (v: unknown) => C {
  if (s.variants) {
    let fs: ((v: unknown) => unknown)[][] | null = null; // lazily: recursive enums
    return (v) => {
      fs ??= s.variants!.map((x) => x.fields.map((f) => each(f.ty)));
      const a = v as unknown[];
      const g = fs[a[0] as number];
      const parts: unknown[] = [a[0]];
      for (let i = 0; i < g.length; i++) parts.push(g[i](a[i + 1]));
      return join(parts);
    };
  }
  const fs = s.fields.map((f) => each(f.ty));
  return (v) => join(fs.map((f, i) => f((v as unknown[])[i])));
}

/** The form a B-tree orders: scalars, strings, arrays of those for tuples. */
export function ordFn(t: Ty): (v: unknown) => unknown {
  t = prune(t);
  switch (t.k) {
    case 'ref':
      return ordFn(t.e);
    case 'String':
    case 'str':
      return (v) => (typeof v === 'string' ? v : (v as RString).s);
    case 'tuple': {
      const fs = t.elems.map(ordFn);
      return (v) => fs.map((f, i) => f((v as unknown[])[i]));
    }
    case 'struct': {
      if (t.s.generic === 'Reverse') {
        const inner = ordFn(t.s.fields[0].ty);
        return (v) => new RevKey(inner((v as unknown[])[0]));
      }
      // #[derive(PartialOrd, Ord)]: fields lexicographically, an enum's variants by index first
      return structForm(t.s, ordFn, (parts) => parts);
    }
    default:
      return (v) => v;
  }
}

/** Ord on ordFn forms: numbers/bigints/bools by value, strings by code point (= UTF-8 bytes), tuples lexicographically. */
export function compareOrd(a: unknown, b: unknown): number {
  if (typeof a === 'string') return cmpStr(a, b as string);
  if (Array.isArray(a)) {
    const y = b as unknown[];
    for (let i = 0; i < a.length; i++) {
      const c = compareOrd(a[i], y[i]);
      if (c) return c;
    }
    return 0;
  }
  if (a instanceof RevKey) return compareOrd((b as RevKey).v, a.v);
  const x = a as number;
  const y = b as number;
  return x < y ? -1 : x > y ? 1 : 0;
}

function cmpStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // surrogates (astral code points) sort after U+E000–U+FFFF in code point order
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** The ordering form of `std::cmp::Reverse(x)`: compares as x reversed. */
export class RevKey {
  constructor(readonly v: unknown) {}
}
