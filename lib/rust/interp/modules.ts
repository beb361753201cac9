// Modules within the file (`mod a { pub fn f() … }`), read the way rustc_resolve reads them, reduced:
// the items of every module are flattened into one namespace (a function or constant whose name
// another module also uses is named `a::f`; two types of the same name are not supported),
// and paths lose their module prefix (`a::b::f` → `f`, `crate::`, `self::`, `super::`, and names
// brought in by `use a::b;`). What is kept is what a learner meets: paths to modules that don't exist
// (E0433), items missing from a module (E0425/E0412/E0422), and privacy (E0603 for a private item
// reached from outside its module; fields and methods are checked in check/privacy.ts).

import type { SyntaxNode } from '@lezer/common';
import type { RawDiag } from './parse';

export interface ModItem {
  kind: 'fn' | 'struct' | 'enum' | 'const' | 'static' | 'mod';
  pub: boolean;
  /** the whole item (rustc's "defined here" note) */
  from: number;
  to: number;
}

const KIND_WORD: Record<ModItem['kind'], string> = { fn: 'function', struct: 'struct', enum: 'enum', const: 'constant', static: 'static', mod: 'module' };

/** Names a path may start with that are not modules of the program (std's crates, primitive types' paths). */
/** `use`, `pub use`, `pub(crate) use` before the path. */
const USE_HEAD = /^(?:pub(?:\([^)]*\))?\s+)?use\s+/;

const EXTERN = new Set(['std', 'core', 'alloc', 'bumpalo', 'mem', 'fmt', 'ptr', 'cmp', 'iter', 'char', 'str', 'f32', 'f64', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'collections', 'rc', 'cell', 'hint', 'process', 'thread', 'sync', 'time', 'ops', 'convert', 'string', 'vec', 'boxed', 'num', 'slice', 'io']);

export class Modules {
  /** module key ('' for the crate root, 'a::b') → its items by name */
  readonly items = new Map<string, Map<string, ModItem>>();
  /** module key → names `use` brings in that refer to modules (`use a::b;`, `use a::{self}`) */
  readonly aliases = new Map<string, Map<string, string>>();
  readonly diags: RawDiag[] = [];
  /** Item names seen in more than one module: functions and constants get their module path as their name. */
  readonly clashes = new Map<string, { at: number; kind: ModItem['kind'] }>();

  constructor(top: SyntaxNode, private readonly src: string) {
    this.scan(top, '');
    if (this.any) this.scanUses(top, '');
  }

  /** `use` declarations first (they may come after the paths that rely on them). */
  private scanUses(list: SyntaxNode, key: string): void {
    for (let c = list.firstChild; c; c = c.nextSibling) {
      if (c.name === 'UseDeclaration') {
        const full = this.src.slice(c.from, c.to);
        const text = full.replace(USE_HEAD, '').replace(/;\s*$/, '');
        this.use(text, key, c.from + full.indexOf(text), full.startsWith('pub'));
      } else if (c.name === 'ModItem') {
        const id = c.getChild('BoundIdentifier');
        const body = c.getChild('DeclarationList');
        if (id && body) this.scanUses(body, key ? `${key}::${this.src.slice(id.from, id.to)}` : this.src.slice(id.from, id.to));
      }
    }
  }

  /** Is this `use` (the text after `use`) about the program's modules? */
  isLocalUse(text: string, key: string): boolean {
    return this.any && this.startsLocal(text.replace(USE_HEAD, '').replace(/\s+/g, '').split('::')[0], key);
  }

  get any(): boolean {
    return this.items.size > 1;
  }

  private scan(list: SyntaxNode, key: string): void {
    const own = new Map<string, ModItem>();
    this.items.set(key, own);
    const seen = new Set<string>();
    for (let c = list.firstChild; c; c = c.nextSibling) {
      let n: SyntaxNode = c;
      if (n.name === 'AttributeItem') {
        const inner = n.lastChild;
        if (!inner) continue;
        n = inner;
      }
      const kind = ({ FunctionItem: 'fn', StructItem: 'struct', EnumItem: 'enum', ConstItem: 'const', StaticItem: 'static', ModItem: 'mod' } as Record<string, ModItem['kind']>)[n.name];
      if (!kind) continue;
      const id = n.getChild('BoundIdentifier') ?? n.getChild('TypeIdentifier');
      if (!id) continue;
      const name = this.src.slice(id.from, id.to);
      const vis = n.getChild('Vis');
      own.set(name, { kind, pub: !!vis && this.src.slice(vis.from, vis.to).startsWith('pub'), from: n.from, to: n.to });
      if (kind === 'mod') {
        const body = n.getChild('DeclarationList');
        if (body) this.scan(body, key ? `${key}::${name}` : name);
      } else if (kind !== 'fn' || key !== '') {
        if (seen.has(name)) continue;
        seen.add(name);
      }
    }
    // names of non-module items also declared in another module
    for (const [name, it] of own) {
      if (it.kind === 'mod') continue;
      for (const [k, other] of this.items) {
        if (k !== key && other.has(name) && other.get(name)!.kind !== 'mod') {
          // types keep one flat name: two of them can't be told apart
          const kind = it.kind === 'struct' || it.kind === 'enum' ? it.kind : other.get(name)!.kind;
          this.clashes.set(name, { at: it.from, kind });
        }
      }
    }
  }

  /** Reads `use` declarations of module `key` (the part after `use`, without `;`): module aliases. */
  use(text: string, key: string, from: number, isPub = false): boolean {
    const t = text.replace(/\s+/g, '');
    const m = /^(.*?)(?:::\{(.*)\})?$/.exec(t)!;
    const base = m[1].split('::');
    if (!this.startsLocal(base[0], key)) return false;
    const parts = m[2] !== undefined ? m[2].split(',').filter(Boolean) : [null];
    for (const p of parts) {
      let segs = p === null ? base : p === 'self' ? base : [...base, ...p.split('::')];
      if (segs[segs.length - 1] === '*') {
        // a glob: the items are reachable anyway (flattened); its public modules become names here
        const r = this.walk(segs.slice(0, -1), key, from, true);
        if (r && r.rest.length === 0) {
          for (const [name, it] of this.items.get(r.mod) ?? []) if (it.kind === 'mod' && it.pub) this.alias(key, name, r.mod ? `${r.mod}::${name}` : name);
        }
        continue;
      }
      let alias: string | null = null;
      const as = /^(.*)as(\w+)$/.exec(segs[segs.length - 1]);
      if (as && segs[segs.length - 1].includes('as')) {
        const idx = segs[segs.length - 1].lastIndexOf('as');
        const head = segs[segs.length - 1].slice(0, idx);
        if (head && /^\w+$/.test(head)) {
          alias = as[2];
          segs = [...segs.slice(0, -1), head];
        }
      }
      const r = this.walk(segs, key, from, true);
      if (r === null) continue;
      if (r.rest.length === 0) {
        const last = segs[segs.length - 1] === 'self' ? segs[segs.length - 2] : segs[segs.length - 1];
        this.alias(key, alias ?? last, r.mod);
      } else {
        this.check(r.mod, r.rest[0], key, from, 'use');
        // `pub use self::round::circle;` makes `circle` an item of this module too
        const it = this.items.get(r.mod)?.get(r.rest[0]);
        const own = this.items.get(key)!;
        if (it && r.rest.length === 1 && !own.has(alias ?? r.rest[0])) own.set(alias ?? r.rest[0], { ...it, pub: isPub });
      }
    }
    return true;
  }

  private alias(key: string, name: string, mod: string): void {
    let al = this.aliases.get(key);
    if (!al) this.aliases.set(key, (al = new Map()));
    al.set(name, mod);
  }

  private startsLocal(first: string, key: string): boolean {
    return first === 'crate' || first === 'self' || first === 'super' || this.child(key, first) !== null || this.aliases.get(key)?.has(first) === true;
  }

  private child(key: string, name: string): string | null {
    const it = this.items.get(key)?.get(name);
    return it && it.kind === 'mod' ? (key ? `${key}::${name}` : name) : null;
  }

  /**
   * Splits a path into the module it goes through and the rest (`['a','b','f']` in the root →
   * mod 'a::b', rest ['f']); null when it does not start with a module of the program.
   */
  private walk(segs: string[], key: string, from: number, isUse = false): { mod: string; rest: string[] } | null {
    let cur: string | null = null;
    let i = 0;
    let at = from;
    for (; i < segs.length - (isUse ? 0 : 1); i++) {
      const s = segs[i];
      const base: string = cur ?? key;
      let next: string | null;
      if (s === 'crate' && cur === null) next = '';
      else if (s === 'self' && cur === null) next = key;
      else if (s === 'super') next = base.includes('::') ? base.slice(0, base.lastIndexOf('::')) : '';
      else {
        next = this.child(base, s);
        if (next === null && cur === null) next = this.aliases.get(key)?.get(s) ?? null;
        // a private module reached from outside its parent
        if (next !== null && cur !== null) {
          const it = this.items.get(cur)!.get(s)!;
          if (!it.pub && !this.inside(key, cur)) this.privateErr(it, s, at);
        }
      }
      if (next === null) break;
      cur = next;
      at += s.length + 2;
    }
    if (cur === null) return null;
    return { mod: cur, rest: segs.slice(i) };
  }

  /** The flat name of item `name` of module `mod` (`circle::area` when another module has an `area` too). */
  mangled(mod: string, name: string): string {
    if (!mod || !this.clashes.has(name)) return name;
    const it = this.items.get(mod)?.get(name);
    return it && (it.kind === 'fn' || it.kind === 'const' || it.kind === 'static') ? `${mod}::${name}` : name;
  }

  /** Is module `from` the module `mod` or inside it (where `mod`'s private items are visible)? */
  inside(from: string, mod: string): boolean {
    return mod === '' || from === mod || from.startsWith(`${mod}::`);
  }

  private privateErr(it: ModItem, name: string, at: number): void {
    const w = KIND_WORD[it.kind];
    this.diags.push({ from: at, to: at + name.length, message: `${w} \`${name}\` is private`, code: 'E0603', notes: [{ from: at, message: `private ${w}` }] });
  }

  /** Checks that `name` exists in module `mod` and is visible from module `from`. */
  private check(mod: string, name: string, from: string, at: number, ctx: 'value' | 'type' | 'call' | 'use'): void {
    const it = this.items.get(mod)?.get(name);
    if (!it) {
      const where = mod === '' ? 'the crate root' : `module \`${mod.split('::').pop()}\``;
      const what = ctx === 'call' ? 'function' : ctx === 'type' ? 'type' : 'value';
      const code = ctx === 'type' ? 'E0412' : 'E0425';
      this.diags.push({ from: at, to: at + name.length, message: `cannot find ${what} \`${name}\` in ${where}`, code, notes: [{ from: at, message: `not found in \`${mod.split('::').pop()}\`` }] });
      return;
    }
    if (!it.pub && !this.inside(from, mod)) this.privateErr(it, name, at);
  }

  /**
   * A path in module `key` with its segments' start offset: returns the path without its module
   * prefix (checked for existence and privacy), or the path unchanged when it does not start with a
   * module of the program. `geometri::area` (no such module, not a crate) is E0433.
   */
  resolve(segs: string[], key: string, from: number, ctx: 'value' | 'type' | 'call'): string[] {
    if (segs.length < 2) return segs;
    const r = this.walk(segs, key, from);
    if (r === null) {
      const s = segs[0];
      if (/^[a-z_][a-z0-9_]*$/.test(s) && !EXTERN.has(s) && this.any) {
        this.diags.push({ from, to: from + s.length, message: `cannot find module or crate \`${s}\` in this scope`, code: 'E0433', notes: [{ from, message: `use of unresolved module or unlinked crate \`${s}\`` }] });
      }
      return segs;
    }
    const restFrom = from + segs.slice(0, segs.length - r.rest.length).reduce((n, s) => n + s.length + 2, 0);
    this.check(r.mod, r.rest[0], key, restFrom, r.rest.length > 1 ? 'type' : ctx);
    return [this.mangled(r.mod, r.rest[0]), ...r.rest.slice(1)];
  }
}
