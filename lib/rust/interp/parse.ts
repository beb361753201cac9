// @lezer/rust tree → the subset's AST (ast.ts). Error-tolerant: syntax errors (⚠ nodes) and
// constructs outside the subset become diagnostics naming the construct; parsing goes on.

import { Modules } from './modules';
import { readAttributes, readUse } from './parse-decls';
import { parser } from '@lezer/rust';
import type { SyntaxNode } from '@lezer/common';
import type { Block, ConstDecl, Expr, FmtArgs, FnDecl, ImplDecl, Pattern, Program, Span, Stmt, StructDecl, TraitDecl, TypeExpr, TypeParam } from './ast';

const U128_MAX = (1n << 128n) - 1n;

export interface RawDiag {
  from: number;
  to: number;
  message: string;
  code?: string;
  notes?: { from: number; message: string }[];
}

export class Unsupported extends Error {
  constructor(
    readonly from: number,
    readonly to: number,
    message: string,
  ) {
    super(message);
  }
}

const isNamed = (n: SyntaxNode): boolean => (/^[A-Z⚠]/.test(n.name) || n.name === '_' || n.name === 'self') && n.name !== 'LineComment' && n.name !== 'BlockComment';

function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (isNamed(c)) out.push(c);
  return out;
}

function has(n: SyntaxNode, name: string): boolean {
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name === name) return true;
  return false;
}

/** Where a `mut` keyword child starts (rustc's binding span for `let mut x` starts there). */
function mutAt(n: SyntaxNode): number | undefined {
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name === 'mut') return c.from;
  return undefined;
}

const UNSUPPORTED_ITEMS: Record<string, string> = {
  TraitItem: 'traits are not supported',
  ModItem: 'modules are not supported',
  TypeItem: 'type aliases are not supported',
  UnionItem: 'unions are not supported',
  MacroRules: 'macro_rules! is not supported',
  ForeignModItem: 'extern blocks are not supported',
  ExternCrateDeclaration: 'extern crate is not supported',
};

const UNSUPPORTED_EXPRS: Record<string, string> = {
  AwaitExpression: 'async/await is not supported',
  AsyncBlock: 'async blocks are not supported',
  UnsafeBlock: 'unsafe blocks are not supported',
  RawString: null as unknown as string,
};

const KNOWN_MACROS = new Set(['println', 'print', 'eprintln', 'eprint', 'format', 'panic', 'vec', 'assert', 'assert_eq', 'assert_ne', 'write', 'writeln']);

function unescape(raw: string): string {
  return raw.replace(/\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]+\}|\n\s*|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e[0] === 'u') return String.fromCodePoint(parseInt(e.slice(2, -1).replace(/_/g, ''), 16));
    if (e[0] === '\n') return '';
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? e;
  });
}

const INT_SUFFIX = /(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$/;

export class Parser {
  diags: RawDiag[] = [];
  /** The program's modules (modules.ts) and the one being parsed ('' = the crate root). */
  mods: Modules | null = null;
  modKey = '';
  /** A macro argument's parser: where its text starts in the source (for modules.ts's errors). */
  posShift = 0;
  constructor(readonly src: string) {}

  /** A function or constant declared in the current module: its flat name (modules.ts) and module. */
  private modItem<D extends { name: string; mod?: string }>(d: D): D {
    if (this.modKey) d.name = this.mods!.mangled(this.modKey, d.name);
    d.mod = this.modKey;
    return d;
  }

  /** A path without its module prefix (`geometry::area` → `area`), checked by modules.ts. */
  private modPath(segs: string[], from: number, ctx: 'value' | 'type' | 'call'): string[] {
    return this.mods && segs.length > 1 ? this.mods.resolve(segs, this.modKey, from + this.posShift, ctx) : segs;
  }

  text(n: Span): string {
    return this.src.slice(n.from, n.to);
  }

  err(from: number, to: number, message: string): void {
    if (this.diags.some((d) => d.from === from && d.message === message)) return;
    this.diags.push({ from, to, message });
  }

  // Syntax errors anywhere in a subtree.
  scanErrors(node: SyntaxNode): void {
    const cur = node.cursor();
    do {
      if (cur.type.isError) {
        const from = cur.from;
        const prev = cur.node.prevSibling;
        if (cur.node.parent?.name === 'LetDeclaration' && !cur.node.nextSibling && prev && prev.prevSibling?.name === '=' && from >= prev.to) {
          // `let x = 5` and a newline: rustc points just after the initializer (lezer's node may
          // include the whitespace after it).
          const end = prev.from + this.src.slice(prev.from, prev.to).trimEnd().length;
          const found = /^\s*([A-Za-z_][A-Za-z0-9_]*|\S)/.exec(this.src.slice(end));
          const kw = found && RUST_KEYWORDS.has(found[1]) ? 'keyword ' : '';
          this.err(end, end + 1, found ? `expected \`;\`, found ${kw}\`${found[1]}\`` : 'expected `;`, found end of input');
          continue;
        }
        const tok = this.src.slice(from, Math.max(cur.to, from + 1)).trim().split(/\s+/)[0];
        const msg = from >= this.src.length || tok === '' ? 'syntax error: unexpected end of input' : `syntax error: unexpected \`${tok}\``;
        this.err(from, Math.max(cur.to, from + 1), msg);
      }
    } while (cur.next());
  }

  program(): Program {
    const tree = parser.parse(this.src);
    const top = tree.topNode;
    this.scanErrors(top);
    const prog: Program = { fns: [], structs: [], impls: [], consts: [], usesBump: false };
    this.mods = new Modules(top, this.src);
    for (const item of kids(top)) this.item(item, prog, []);
    for (const d of this.mods.diags) this.diags.push(d);
    for (const [name, c] of this.mods.clashes) if (c.kind === 'struct' || c.kind === 'enum') this.err(c.at, c.at + 1, `two types named \`${name}\` in different modules are not supported (the playground flattens modules)`);
    return prog;
  }

  private item(item: SyntaxNode, prog: Program, attrs: string[]): void {
    try {
      switch (item.name) {
        case 'FunctionItem':
          prog.fns.push(this.modItem(this.fnItem(item)));
          return;
        case 'StructItem':
          prog.structs.push(Object.assign(this.structItem(item, attrs), { mod: this.modKey }));
          return;
        case 'EnumItem':
          prog.structs.push(Object.assign(this.enumItem(item, attrs), { mod: this.modKey }));
          return;
        case 'ImplItem':
          prog.impls.push(this.implItem(item));
          return;
        case 'TraitItem':
          (prog.traits ??= []).push(this.traitItem(item));
          return;
        case 'ConstItem':
          prog.consts.push(this.modItem(this.constItem(item)));
          return;
        case 'ModItem': {
          // `mod name { … }`: its items join the program's (modules.ts), remembering their module
          const id = item.getChild('BoundIdentifier');
          const body = item.getChild('DeclarationList');
          if (!id || !body) throw new Unsupported(item.from, Math.min(item.to, item.from + 40), 'modules in other files (`mod name;`) are not supported');
          const outer = this.modKey;
          const name = this.text(id);
          this.modKey = outer ? `${outer}::${name}` : name;
          try {
            for (const c of kids(body)) this.item(c, prog, []);
          } finally {
            this.modKey = outer;
          }
          return;
        }
        case 'StaticItem':
          // `static NAME: T = v;` reads as a constant (the subset has no interior mutability in statics)
          if (has(item, 'mut')) throw new Unsupported(item.from, Math.min(item.to, item.from + 40), '`static mut` needs `unsafe`, which is not supported');
          prog.consts.push(this.modItem({ ...this.constItem(item), isStatic: true }));
          return;
        case 'AttributeItem': {
          const got: string[] = [];
          let inner: SyntaxNode | null = null;
          for (const c of kids(item)) {
            if (c.name === 'Attribute') got.push(this.text(c));
            else inner = c;
          }
          const { derives, unsupported } = readAttributes(got);
          for (const u of unsupported) this.err(item.from, item.from + u.length + 1, `the attribute #[${u.body}] is not supported`);
          if (inner) this.item(inner, prog, derives);
          return;
        }
        case 'UseDeclaration': {
          if (this.mods?.isLocalUse(this.text(item), this.modKey)) return; // read by modules.ts
          const u = readUse(this.text(item).replace(/\s+/g, ''));
          if (u.imports.length) (prog.imports ??= []).push(...u.imports);
          if (u.usesBump) prog.usesBump = true;
          if (u.error) this.err(item.from, item.to, u.error);
          return;
        }
        case 'InnerAttributeItem':
          return;
        case '⚠':
          return;
        default:
          this.err(item.from, Math.min(item.to, item.from + 40), UNSUPPORTED_ITEMS[item.name] ?? `${item.name} is not supported`);
      }
    } catch (e) {
      if (e instanceof Unsupported) this.err(e.from, e.to, e.message);
      else throw e;
    }
  }

  /** `impl Type { fn … const … }` and the two trait impls of the subset (Drop, Display). */
  private implItem(n: SyntaxNode): ImplDecl {
    const ks = kids(n);
    // `impl<'a> Parser<'a>`: lifetime parameters only
    if (ks.some((c) => c.name === 'TypeParamList' && !kids(c).every((x) => x.name === 'Lifetime'))) throw new Unsupported(n.from, Math.min(n.to, n.from + 40), 'generic impl blocks are not supported');
    const body = ks.find((c) => c.name === 'DeclarationList');
    const types = ks.filter((c) => c !== body && c.name !== 'Vis' && c.name !== 'WhereClause' && c.name !== 'TypeParamList');
    let trait: ImplDecl['trait'] = null;
    if (types.length === 2) {
      const t = this.text(types[0]).replace(/\s+/g, '');
      const name = t === 'Drop' || t === 'std::ops::Drop' ? 'Drop' : /^(std::)?(fmt::)?Display$/.test(t) ? 'Display' : null;
      // any other trait is the program's own (check/traits.ts)
      // `impl From<X> for Y`: the one generic std trait of the subset
      // (and `Mul<i32>`: an operator trait's right-hand side type)
      const from = types[0].name === 'GenericType' && /^(From|Add|Sub|Mul)$/.test(this.text(kids(types[0])[0])) ? (this.type(types[0]) as Extract<TypeExpr, { k: 'path' }>) : null;
      if (!name && !from && types[0].name !== 'TypeIdentifier') throw new Unsupported(types[0].from, types[0].to, `impls of this trait are not supported`);
      trait = { name: from ? from.name : (name ?? t), span: { from: types[0].from, to: types[0].to }, ...(from ? { args: from.args } : {}) };
    } else if (types.length !== 1) throw new Unsupported(n.from, Math.min(n.to, n.from + 40), 'this impl block is not supported');
    const st = types[types.length - 1];
    const self = this.type(st);
    if (self.k !== 'path' || self.args.length) throw new Unsupported(st.from, st.to, 'impl blocks are only supported for structs declared in the program');
    const impl: ImplDecl = { from: n.from, to: n.to, self, trait, fns: [], consts: [] };
    let item: TypeExpr | null = null;
    for (const c of body ? kids(body) : []) {
      try {
        if (c.name === 'FunctionItem') {
          const f = this.fnItem(c);
          f.impl = impl;
          f.mod = this.modKey;
          f.pub = this.text(c).startsWith('pub');
          impl.fns.push(f);
        } else if (c.name === 'ConstItem') {
          const k = this.constItem(c);
          k.impl = impl;
          impl.consts.push(k);
        } else if (c.name === 'AttributeItem') continue;
        else if (c.name === 'TypeItem' && trait && /^(Iterator|Add|Sub|Mul)$/.test(trait.name)) item = this.type(kids(c)[kids(c).length - 1]); // `type Item = T;` / `type Output = T;`
        else throw new Unsupported(c.from, Math.min(c.to, c.from + 40), `${c.name.replace(/Item$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} items in impl blocks are not supported`);
      } catch (e) {
        if (e instanceof Unsupported) this.err(e.from, e.to, e.message);
        else throw e;
      }
    }
    // `Self::Item` in the methods' signatures is the impl's `type Item`
    if (item) {
      const it = item;
      const selfItem = (t: TypeExpr) => t.k === 'path' && (t.name === 'Self::Item' || t.name === 'Self::Output');
      for (const f of impl.fns) {
        if (f.ret && selfItem(f.ret)) f.ret = it;
        for (const p of [...f.params.map((x) => x.ty), ...(f.ret ? [f.ret] : [])]) substSelfItem(p, it);
      }
    }
    return impl;
  }

  private constItem(n: SyntaxNode): ConstDecl {
    const ks = kids(n).filter((c) => c.name !== 'Vis');
    const id = ks.find((c) => c.name === 'BoundIdentifier');
    const rest = ks.filter((c) => c !== id);
    if (!id || rest.length !== 2) throw new Unsupported(n.from, n.to, 'a constant needs a type and a value: `const NAME: T = value;`');
    return { from: n.from, to: n.to, name: this.text(id), nameSpan: { from: id.from, to: id.to }, ty: this.type(rest[0]), value: this.expr(rest[1]) };
  }

  /** `trait Name: Super { fn m(&self) -> T; fn d(&self) { … } }`: methods with or without a default body. */
  private traitItem(n: SyntaxNode): TraitDecl {
    const ks = kids(n);
    const id = ks.find((c) => c.name === 'TypeIdentifier')!;
    const tb = ks.find((c) => c.name === 'TraitBounds');
    const body = ks.find((c) => c.name === 'DeclarationList');
    if (ks.some((c) => c.name === 'TypeParamList')) throw new Unsupported(n.from, Math.min(n.to, n.from + 40), 'generic traits are not supported');
    const supers = tb ? kids(tb).map((c) => ({ name: this.text(c), span: { from: c.from, to: c.to } })) : [];
    const decl: TraitDecl = { from: n.from, to: n.to, name: this.text(id), nameSpan: { from: id.from, to: id.to }, supers, fns: [], consts: [] };
    for (const c of body ? kids(body) : []) {
      try {
        if (c.name === 'FunctionItem') decl.fns.push(this.fnItem(c, true));
        else if (c.name === 'ConstItem') {
          // `const N: u32;` or `const N: u32 = 4;`
          const ck = kids(c).filter((x) => x.name !== 'Vis');
          const cid = ck.find((x) => x.name === 'BoundIdentifier')!;
          const rest = ck.filter((x) => x !== cid);
          decl.consts.push({ from: c.from, to: c.to, name: this.text(cid), nameSpan: { from: cid.from, to: cid.to }, ty: this.type(rest[0]), value: rest[1] ? this.expr(rest[1]) : null });
        } else throw new Unsupported(c.from, Math.min(c.to, c.from + 40), `${c.name.replace(/Item$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} items in traits are not supported`);
      } catch (e) {
        if (e instanceof Unsupported) this.err(e.from, e.to, e.message);
        else throw e;
      }
    }
    return decl;
  }

  /** `<T: A + B, U>` and `where T: C`: type parameters with the traits bounding them. */
  private typeParams(n: SyntaxNode): TypeParam[] {
    const out: TypeParam[] = [];
    const bounds = (tb: SyntaxNode | undefined) =>
      (tb ? kids(tb) : []).filter((b) => b.name !== 'RemovedTraitBound').map((b) => {
        // a std trait by its path (`std::fmt::Debug`, `fmt::Display`) is the trait by its name
        const path = b.name === 'ScopedTypeIdentifier' ? /^(?:(?:std|core)::\w+|fmt)::(\w+)$/.exec(this.text(b).replace(/\s+/g, '')) : null;
        if (b.name !== 'TypeIdentifier' && !path) throw new Unsupported(b.from, b.to, 'this trait bound is not supported');
        return { name: path ? path[1] : this.text(b), span: { from: b.from, to: b.to } };
      });
    const tpl = kids(n).find((c) => c.name === 'TypeParamList');
    for (const p of tpl ? kids(tpl) : []) {
      if (p.name === 'Lifetime') continue;
      if (p.name === 'TypeIdentifier') out.push({ name: this.text(p), span: { from: p.from, to: p.to }, bounds: [] });
      else if (p.name === 'ConstrainedTypeParameter') {
        const pk = kids(p);
        out.push({ name: this.text(pk[0]), span: { from: pk[0].from, to: pk[0].to }, bounds: bounds(pk[1]) });
      } else throw new Unsupported(p.from, p.to, 'this type parameter is not supported');
    }
    const wc = kids(n).find((c) => c.name === 'WhereClause');
    for (const cl of wc ? kids(wc) : []) {
      const ck = kids(cl);
      const tp = out.find((t) => ck[0] && t.name === this.text(ck[0]));
      if (cl.name !== 'TypeBoundClause' || !tp) throw new Unsupported(cl.from, cl.to, 'this where clause is not supported');
      tp.bounds.push(...bounds(ck[1]));
    }
    return out;
  }

  private fnItem(n: SyntaxNode, inTrait = false): FnDecl {
    let name = '';
    let nameSpan: Span = { from: n.from, to: n.from };
    const params: FnDecl['params'] = [];
    let selfParam: FnDecl['selfParam'] = null;
    let ret: TypeExpr | null = null;
    let body: Block | null = null;
    // `fn f<F: Fn(i32) -> i32>(f: F)` / `where F: FnMut()`: type parameters bounded by a closure trait
    // only, read as `impl Fn(..)` (other generics stay outside the subset)
    const fnBounds = this.closureTypeParams(n);
    let tparams: TypeParam[] | undefined;
    for (const c of kids(n)) {
      if (c.name === 'BoundIdentifier') {
        name = this.text(c);
        nameSpan = { from: c.from, to: c.to };
      } else if (c.name === 'ParamList') {
        for (const p of kids(c)) {
          if (p.name === 'SelfParameter') {
            // `self`, `mut self`, `&self`, `&mut self` (not `self: Box<Self>` or lifetimes)
            if (kids(p).some((c) => c.name !== 'self')) throw new Unsupported(p.from, p.to, 'this form of `self` parameter is not supported (only `self`, `mut self`, `&self`, `&mut self`)');
            const amp = has(p, '&');
            selfParam = { mode: amp ? (has(p, 'mut') ? 'mut' : 'ref') : 'value', mut: !amp && has(p, 'mut'), span: { from: p.from, to: p.to } };
            continue;
          }
          if (p.name !== 'Parameter') continue;
          const pk = kids(p);
          if (pk[0]?.name === 'SelfPattern') throw new Unsupported(p.from, p.to, 'this form of `self` parameter is not supported (only `self`, `mut self`, `&self`, `&mut self`)');
          if (pk.length < 2) throw new Unsupported(p.from, p.to, 'parameters need a type');
          params.push({ pat: this.pattern(pk[0], has(p, 'mut'), mutAt(p)), ty: this.type(pk[pk.length - 1]), span: { from: p.from, to: p.to } });
        }
      } else if (c.name === 'Block') body = this.block(c);
      else if (c.name === 'TypeParamList' || c.name === 'WhereClause') {
        if (fnBounds) continue; // every type parameter bounded by Fn/FnMut/FnOnce
        // lifetime parameters only (`fn longest<'a>(…)`) are accepted
        if (c.name === 'TypeParamList' && kids(c).every((x) => x.name === 'Lifetime')) continue;
        tparams ??= this.typeParams(n);
      }
      else if (c.name === 'FunctionModifiers' || c.name === 'Vis') continue;
      else ret = this.type(c);
    }
    if (!body && !inTrait) throw new Unsupported(n.from, n.to, 'a function needs a body');
    if (fnBounds) for (const p of params) p.ty = substFnBounds(p.ty, fnBounds);
    const d: FnDecl = { from: n.from, to: n.to, name, nameSpan, selfParam, params, ret, body: body ?? { from: n.to, to: n.to, stmts: [], tail: null } };
    if (tparams && tparams.length) d.tparams = tparams;
    if (!body) d.required = true;
    return d;
  }

  /** The type parameters of a function if every one is bounded by exactly one of Fn/FnMut/FnOnce, else null. */
  private closureTypeParams(n: SyntaxNode): Map<string, TypeExpr> | null {
    const tpl = kids(n).find((c) => c.name === 'TypeParamList');
    if (!tpl) return null;
    const bounds = new Map<string, TypeExpr>();
    const names: string[] = [];
    const bound = (nameN: SyntaxNode, tb: SyntaxNode | undefined) => {
      const ft = tb ? kids(tb) : [];
      if (ft.length !== 1 || ft[0].name !== 'FunctionType') return false;
      const t = this.fnTraitType(ft[0], { from: ft[0].from, to: ft[0].to }, false);
      if (!t) return false;
      bounds.set(this.text(nameN), t);
      return true;
    };
    for (const p of kids(tpl)) {
      if (p.name === 'TypeIdentifier') names.push(this.text(p));
      else if (p.name === 'ConstrainedTypeParameter') {
        const pk = kids(p);
        names.push(this.text(pk[0]));
        if (!bound(pk[0], pk[1])) return null;
      } else return null;
    }
    const wc = kids(n).find((c) => c.name === 'WhereClause');
    if (wc) {
      for (const cl of kids(wc)) {
        const ck = kids(cl);
        if (cl.name !== 'TypeBoundClause' || ck[0]?.name !== 'TypeIdentifier' || !bound(ck[0], ck[1])) return null;
      }
    }
    return names.every((x) => bounds.has(x)) ? bounds : null;
  }

  /** `enum E { A, B(T, U), C { x: T } }`: a StructDecl with variants (check/enums.ts). */
  private enumItem(n: SyntaxNode, derives: string[]): StructDecl {
    let name = '';
    let nameSpan: Span = { from: n.from, to: n.from };
    const variants: NonNullable<StructDecl['variants']> = [];
    for (const c of kids(n)) {
      if (c.name === 'TypeIdentifier') {
        name = this.text(c);
        nameSpan = { from: c.from, to: c.to };
      } else if (c.name === 'TypeParamList') throw new Unsupported(c.from, c.to, 'generic enums are not supported');
      else if (c.name === 'EnumVariantList') {
        for (const v of kids(c)) {
          if (v.name !== 'EnumVariant') continue;
          const vk = kids(v).filter((x) => x.name !== 'Vis');
          const id = vk[0];
          const variant: (typeof variants)[number] = { name: this.text(id), nameSpan: { from: id.from, to: id.to }, kind: 'unit', fields: [] };
          for (const x of vk.slice(1)) {
            if (x.name === 'FieldDeclarationList') {
              variant.kind = 'named';
              for (const f of kids(x)) {
                if (f.name !== 'FieldDeclaration') continue;
                const fk = kids(f).filter((y) => y.name !== 'Vis');
                variant.fields.push({ name: this.text(fk[0]), ty: this.type(fk[fk.length - 1]), span: { from: f.from, to: f.to } });
              }
            } else if (x.name === 'OrderedFieldDeclarationList') {
              variant.kind = 'tuple';
              for (const f of kids(x)) if (f.name !== 'Vis') variant.fields.push({ name: String(variant.fields.length), ty: this.type(f), span: { from: f.from, to: f.to } });
            } else throw new Unsupported(x.from, x.to, 'explicit discriminants are not supported');
          }
          variants.push(variant);
        }
      }
    }
    for (const d of derives) {
      if (d.startsWith('repr(') ? d === 'repr(C)' || variants.some((v) => v.fields.length) : !['Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'Hash', 'PartialOrd', 'Ord'].includes(d)) this.err(n.from, n.to, d.startsWith('repr(') ? `#[${d}] is supported on fieldless enums only` : `#[derive(${d})] is not supported on enums`);
    }
    return { from: n.from, to: n.to, name, nameSpan, kind: 'named', fields: [], derives, variants };
  }

  private structItem(n: SyntaxNode, derives: string[]): StructDecl {
    let name = '';
    let nameSpan: Span = { from: n.from, to: n.from };
    let kind: StructDecl['kind'] = 'named';
    let lifetimes: string[] | undefined;
    const fields: StructDecl['fields'] = [];
    for (const c of kids(n)) {
      if (c.name === 'TypeIdentifier') {
        name = this.text(c);
        nameSpan = { from: c.from, to: c.to };
      } else if (c.name === 'FieldDeclarationList') {
        for (const f of kids(c)) {
          if (f.name !== 'FieldDeclaration') continue;
          const fk = kids(f).filter((x) => x.name !== 'Vis');
          fields.push({ name: this.text(fk[0]), ty: this.type(fk[fk.length - 1]), span: { from: f.from, to: f.to }, ...(f.getChild('Vis') ? {} : { private: true }) });
        }
      } else if (c.name === 'OrderedFieldDeclarationList') {
        kind = 'tuple';
        let vis = false;
        for (const f of kids(c)) {
          if (f.name === 'Vis') {
            vis = true;
            continue;
          }
          fields.push({ name: String(fields.length), ty: this.type(f), span: { from: f.from, to: f.to }, ...(vis ? {} : { private: true }) });
          vis = false;
        }
      } else if (c.name === 'TypeParamList') {
        // `struct Parser<'a>`: lifetime parameters only
        if (!kids(c).every((x) => x.name === 'Lifetime')) throw new Unsupported(c.from, c.to, 'generic structs are not supported');
        lifetimes = kids(c).map((x) => this.text(x));
      }
    }
    if (kind === 'named' && !kids(n).some((c) => c.name === 'FieldDeclarationList')) kind = 'unit';
    for (const d of derives) {
      if (d.startsWith('repr(') ? d !== 'repr(C)' : !['Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'Default', 'Hash', 'PartialOrd', 'Ord'].includes(d)) this.err(n.from, n.to, d.startsWith('repr(') ? `#[${d}] is supported on enums only` : `#[derive(${d})] is not supported`);
    }
    return { from: n.from, to: n.to, name, nameSpan, kind, fields, derives, ...(lifetimes ? { lifetimes } : {}) };
  }

  type(n: SyntaxNode): TypeExpr {
    const span = { from: n.from, to: n.to };
    switch (n.name) {
      case '_':
      case 'InferredType':
        return { ...span, k: 'path', name: '_', args: [] };
      case 'TypeIdentifier':
      case 'PrimitiveType':
        return { ...span, k: 'path', name: this.text(n), args: [] };
      case 'ScopedTypeIdentifier': {
        const t = this.text(n).replace(/\s+/g, '');
        const last = t.split('::').pop()!;
        if (t === 'std::collections::VecDeque' || t === 'bumpalo::Bump' || t === 'std::string::String' || t === 'std::vec::Vec') return { ...span, k: 'path', name: last, args: [] };
        return { ...span, k: 'path', name: this.modPath(t.split('::'), n.from, 'type').join('::'), args: [] };
      }
      case 'GenericType': {
        const k = kids(n);
        const full = this.text(k[0]).replace(/\s+/g, '').split('::');
        const name = this.modPath(full, k[0].from, 'type').pop()!;
        // `fmt::Formatter<'_>`: the one lifetime argument the subset accepts
        const targs = k[1] ? kids(k[1]).filter((a) => !(name === 'Formatter' && a.name === 'Lifetime')) : [];
        // `Parser<'a>`: lifetime arguments are kept apart (nll/ reads them)
        const lts = targs.filter((a) => a.name === 'Lifetime').map((a) => this.text(a));
        const args = targs.filter((a) => a.name !== 'Lifetime').map((a) => this.type(a));
        return { ...span, k: 'path', name, args, ...(lts.length ? { lts } : {}) };
      }
      case 'ReferenceType': {
        const k = kids(n);
        // `&'a T`, `&'static str`: lifetimes are accepted and not checked beyond what borrowck.ts does
        const lt = k.find((c) => c.name === 'Lifetime');
        return { ...span, k: 'ref', mut: has(n, 'mut'), elem: this.type(k[k.length - 1]), ...(lt ? { lifetime: true, lt: this.text(lt) } : {}) };
      }
      case 'ArrayType': {
        const k = kids(n);
        if (k.length === 1) return { ...span, k: 'array', elem: this.type(k[0]), len: null };
        const len = Number(this.text(k[1]).replace(/_|usize$/g, ''));
        if (!Number.isSafeInteger(len)) throw new Unsupported(k[1].from, k[1].to, 'array lengths must be integer literals');
        return { ...span, k: 'array', elem: this.type(k[0]), len };
      }
      case 'UnitType':
        return { ...span, k: 'unit' };
      case 'TupleType':
        return { ...span, k: 'tuple', elems: kids(n).map((c) => this.type(c)) };
      case 'PointerType':
        throw new Unsupported(n.from, n.to, 'raw pointers are not supported');
      case 'FunctionType':
        throw new Unsupported(n.from, n.to, 'function pointer types are not supported');
      case 'DynamicType':
      case 'AbstractType': {
        // `impl Fn(i32) -> i32`, `dyn FnMut()`: the closure traits
        const ft = kids(n).find((c) => c.name === 'FunctionType');
        const fnT = ft ? this.fnTraitType(ft, span, n.name === 'DynamicType') : null;
        if (fnT) return fnT;
        // `dyn Shape`, `impl Shape + Clone`: the program's traits
        const tk = kids(n);
        if (!tk.length || tk.some((c) => c.name !== 'TypeIdentifier')) throw new Unsupported(n.from, n.to, 'this trait type is not supported');
        return { ...span, k: n.name === 'DynamicType' ? 'dyn' : 'impl', traits: tk.map((c) => ({ name: this.text(c), span: { from: c.from, to: c.to } })) };
      }
      default:
        throw new Unsupported(n.from, n.to, `this type is not supported`);
    }
  }

  /** `Fn(A, B) -> R` (also FnMut, FnOnce) as a type, else null. */
  private fnTraitType(ft: SyntaxNode, span: Span, dyn: boolean): TypeExpr | null {
    const fk = kids(ft);
    const trait = this.text(fk[0]);
    if (trait !== 'Fn' && trait !== 'FnMut' && trait !== 'FnOnce') return null;
    const pl = fk.find((c) => c.name === 'ParamList');
    const params = pl ? kids(pl).map((p) => this.type(kids(p)[kids(p).length - 1] ?? p)) : [];
    const rt = fk[fk.length - 1] !== pl && fk[fk.length - 1] !== fk[0] ? this.type(fk[fk.length - 1]) : null;
    return { ...span, k: 'fn', trait, params, ret: rt, dyn };
  }

  pattern(n: SyntaxNode, mut = false, mutFrom?: number): Pattern {
    const span = { from: n.from, to: n.to };
    switch (n.name) {
      case 'BoundIdentifier':
      case 'Identifier': {
        const name = this.text(n);
        if (name === 'None') return { ...span, k: 'none' };
        return { ...span, k: 'bind', name, mut, byRef: false, ...(mut && mutFrom !== undefined ? { mutFrom } : {}) };
      }
      case '_':
        return { ...span, k: 'wild' };
      case 'MutPattern':
        return this.pattern(kids(n)[0], true, n.from);
      case 'RefPattern': {
        // `ref x` / `ref mut x`: binds a reference to the matched place
        const k = kids(n);
        const id = k[k.length - 1];
        if (!id || id.name !== 'BoundIdentifier') throw new Unsupported(n.from, n.to, 'this pattern is not supported');
        return { ...span, k: 'bind', name: this.text(id), mut: false, byRef: true, ...(has(n, 'mut') ? { refMut: true } : {}) } as Pattern;
      }
      case 'CapturedPattern': {
        const k = kids(n);
        return { ...span, k: 'at', name: this.text(k[0]), mut, sub: this.pattern(k[k.length - 1]) };
      }
      case 'ScopedIdentifier': {
        const path = this.modPath(this.text(n).replace(/\s+/g, '').split('::'), n.from, 'value').join('::');
        return { ...span, k: 'variant', path, pathSpan: span, elems: null, fields: null, rest: false };
      }
      case 'StructPattern': {
        const k = kids(n);
        const path = this.modPath(this.text(k[0]).replace(/\s+/g, '').split('::'), k[0].from, 'type').join('::');
        const fields: { name: string; span: Span; pat: Pattern }[] = [];
        let rest = false;
        const list = k.find((c) => c.name === 'FieldPatternList');
        if (list) {
          for (let c = list.firstChild; c; c = c.nextSibling) {
            if (c.name === '..') rest = true;
            if (c.name !== 'FieldPattern') continue;
            const fk = kids(c);
            const fmut = has(c, 'mut');
            const fref = has(c, 'ref');
            if (fk.length === 1) {
              const nm = this.text(fk[0]);
              const sp = { from: fk[0].from, to: fk[0].to };
              const pat = { from: c.from, to: c.to, k: 'bind', name: nm, mut: fmut && !fref, byRef: fref, ...(fref && fmut ? { refMut: true } : {}) } as Pattern;
              fields.push({ name: nm, span: sp, pat });
            } else fields.push({ name: this.text(fk[0]), span: { from: fk[0].from, to: fk[0].to }, pat: this.pattern(fk[fk.length - 1]) });
          }
        }
        return { ...span, k: 'variant', path, pathSpan: { from: k[0].from, to: k[0].to }, elems: null, fields, rest };
      }
      case 'ReferencePattern': {
        // `&x` around a name (or `_`): binds the Copy value behind the reference (`for &x in &v`).
        const k = kids(n);
        const inner = k.length ? this.pattern(k[k.length - 1]) : null;
        if (!inner || has(n, 'mut') || (inner.k !== 'bind' && inner.k !== 'wild')) throw new Unsupported(n.from, n.to, '`&` patterns are only supported around a name (`&x`)');
        return inner.k === 'wild' ? { ...span, k: 'wild' } : { ...inner, ...span, deref: true };
      }
      case 'TuplePattern': {
        const k: SyntaxNode[] = [];
        // `..` (the rest of the fields) becomes a `wild` marked `rest`, expanded by the checker
        for (let c = n.firstChild; c; c = c.nextSibling) if (isNamed(c) || c.name === '..') k.push(c);
        if (k.some((c) => c.name === '..')) {
          const head = k[0].name === 'TypeIdentifier' || k[0].name === 'ScopedTypeIdentifier' ? k[0] : null;
          const elems = (head ? k.slice(1) : k).map((x): Pattern => (x.name === '..' ? { from: x.from, to: x.to, k: 'wild', rest: true } as Pattern : this.pattern(x)));
          if (!head) return { ...span, k: 'tuple', elems };
          const name = this.modPath(this.text(head).replace(/\s+/g, '').split('::'), head.from, 'type').join('::');
          if (name.includes('::')) return { ...span, k: 'variant', path: name, pathSpan: { from: head.from, to: head.to }, elems, fields: null, rest: false };
          return { ...span, k: 'tstruct', name, elems };
        }
        if (k.length && (k[0].name === 'TypeIdentifier' || k[0].name === 'ScopedTypeIdentifier')) {
          const name = this.modPath(this.text(k[0]).replace(/\s+/g, '').split('::'), k[0].from, 'type').join('::');
          const elems = k.slice(1).map((x) => this.pattern(x));
          if (name === 'Some') {
            if (elems.length !== 1) throw new Unsupported(n.from, n.to, 'this pattern is not supported');
            return { ...span, k: 'some', inner: elems[0] };
          }
          if (name.includes('::')) return { ...span, k: 'variant', path: name, pathSpan: { from: k[0].from, to: k[0].to }, elems, fields: null, rest: false };
          return { ...span, k: 'tstruct', name, elems };
        }
        if (k.length === 0) throw new Unsupported(n.from, n.to, 'this pattern is not supported');
        return { ...span, k: 'tuple', elems: k.map((x) => this.pattern(x)) };
      }
      case 'Integer':
      case 'Char':
      case 'Boolean':
      case 'String':
        return { ...span, k: 'lit', e: this.expr(n) };
      case 'LiteralPattern': {
        const k = kids(n);
        const lit = this.expr(k[k.length - 1]);
        if (this.src.slice(n.from, k[k.length - 1].from).trim() === '-') return { ...span, k: 'lit', e: { ...span, k: 'unary', op: '-', e: lit } };
        return { ...span, k: 'lit', e: lit };
      }
      case 'OrPattern': {
        const alts: Pattern[] = [];
        for (const c of kids(n)) {
          const a = this.pattern(c);
          if (a.k === 'or') alts.push(...a.alts);
          else alts.push(a);
        }
        return { ...span, k: 'or', alts };
      }
      case 'RangePattern': {
        // Endpoints: literals, `-` literals, paths (`i32::MIN`); the `..`/`..=` token is anonymous.
        const ends: Expr[] = [];
        let neg: number | null = null;
        for (const c of kids(n)) {
          if (c.name === 'ArithOp' && this.text(c) === '-') neg = c.from;
          else if (c.name !== '..') {
            const e = this.expr(c);
            ends.push(neg === null ? e : { from: neg, to: c.to, k: 'unary', op: '-', e });
            neg = null;
          }
        }
        const inclusive = /\.\.=/.test(this.src.slice(n.from, n.to));
        const dots = this.src.indexOf('..', n.from);
        const lo = ends.length && ends[0].from < dots ? ends[0] : null;
        const hi = ends.length && ends[ends.length - 1].from > dots ? ends[ends.length - 1] : null;
        if (inclusive && !hi) throw new Unsupported(n.from, n.to, 'inclusive range with no end');
        return { ...span, k: 'range', lo, hi, inclusive };
      }
      default:
        if (this.text(n) === '_') return { ...span, k: 'wild' };
        throw new Unsupported(n.from, n.to, 'this pattern is not supported');
    }
  }

  block(n: SyntaxNode): Block {
    const stmts: Stmt[] = [];
    let tail: Expr | null = null;
    const ks = kids(n);
    for (let i = 0; i < ks.length; i++) {
      const c = ks[i];
      try {
        const s = this.stmt(c);
        if (!s) continue;
        if (i === ks.length - 1 && s.k === 'expr' && !s.semi) tail = s.e;
        else stmts.push(s);
      } catch (e) {
        if (e instanceof Unsupported) this.err(e.from, e.to, e.message);
        else throw e;
      }
    }
    return { from: n.from, to: n.to, stmts, tail };
  }

  private stmt(c: SyntaxNode): Stmt | null {
    const span = { from: c.from, to: c.to };
    switch (c.name) {
      case 'LetDeclaration': {
        const k = kids(c);
        let i = 0;
        const pat = this.pattern(k[i++], has(c, 'mut'), mutAt(c));
        let tyAnn: TypeExpr | null = null;
        let init: Expr | null = null;
        let els: Block | null = null;
        // let PAT [: TYPE] [= EXPR] [else BLOCK];
        let sawEq = false;
        for (let cc = k[0].nextSibling; cc; cc = cc.nextSibling) {
          if (cc.name === '=') sawEq = true;
          else if (cc.name === 'else') {
            // `let PAT = EXPR else { … };`: the block must diverge
            const blk = cc.nextSibling;
            if (!blk || blk.name !== 'Block') throw new Unsupported(cc.from, c.to, 'let-else needs a block');
            els = this.block(blk);
            break;
          } else if (!isNamed(cc)) continue;
          else if (!sawEq) tyAnn = this.type(cc);
          else init = this.expr(cc);
        }
        void i;
        return { ...span, k: 'let', pat, tyAnn, init, els };
      }
      case 'ExpressionStatement': {
        const e = kids(c)[0];
        if (!e) return null;
        return { ...span, k: 'expr', e: this.expr(e), semi: has(c, ';') };
      }
      case 'MacroInvocation':
        return { ...span, k: 'expr', e: this.expr(c), semi: has(c, ';') };
      case 'FunctionItem':
      case 'StructItem':
      case 'ImplItem':
      case 'ConstItem':
        throw new Unsupported(c.from, c.to, 'items inside functions are not supported');
      case '⚠':
      case 'EmptyStatement':
        return null;
      default:
        if (UNSUPPORTED_ITEMS[c.name]) throw new Unsupported(c.from, c.to, UNSUPPORTED_ITEMS[c.name]);
        return { ...span, k: 'expr', e: this.expr(c), semi: false };
    }
  }

  private loopLabel(n: SyntaxNode): string | null {
    for (const c of kids(n)) if (c.name === 'LoopLabel') return this.text(c);
    return null;
  }

  expr(n: SyntaxNode): Expr {
    const span = { from: n.from, to: n.to };
    const k = kids(n);
    switch (n.name) {
      case 'Integer': {
        const t = this.text(n);
        const m = INT_SUFFIX.exec(t);
        const body = (m ? t.slice(0, -m[0].length) : t).replace(/_/g, '');
        if (/^[0-9]+(e|E)/.test(body) || (/f(32|64)$/.test(t) && !/^0x/i.test(t))) {
          const fm = /f(32|64)$/.exec(t);
          return { ...span, k: 'float', value: Number(t.replace(/_/g, '').replace(/f(32|64)$/, '')), suffix: fm ? fm[0] : null };
        }
        let value: bigint;
        try {
          value = /^0o/i.test(body) ? BigInt('0o' + body.slice(2)) : BigInt(body);
        } catch {
          throw new Unsupported(n.from, n.to, `invalid integer literal \`${t}\``);
        }
        // rustc's lexer: no integer type holds more than u128 (reported once, here, not as a lint too).
        if (value > U128_MAX) {
          this.err(n.from, n.to, 'integer literal is too large');
          value = 0n;
        }
        return { ...span, k: 'int', text: t, value, suffix: m ? m[0] : null };
      }
      case 'Float': {
        const t = this.text(n).replace(/_/g, '');
        const m = /f(32|64)$/.exec(t);
        return { ...span, k: 'float', value: Number(m ? t.slice(0, -3) : t), suffix: m ? m[0] : null };
      }
      case 'Boolean':
        return { ...span, k: 'bool', value: this.text(n) === 'true' };
      case 'Char': {
        const t = this.text(n);
        if (t.startsWith('b')) return { ...span, k: 'int', text: t, value: BigInt(unescape(t.slice(2, -1)).charCodeAt(0)), suffix: 'u8' };
        return { ...span, k: 'char', value: unescape(t.slice(1, -1)).codePointAt(0) ?? 0 };
      }
      case 'String': {
        const t = this.text(n);
        if (t.startsWith('b')) throw new Unsupported(n.from, n.to, 'byte strings are not supported');
        return { ...span, k: 'str', value: unescape(t.slice(1, -1)) };
      }
      case 'RawString': {
        const t = this.text(n);
        const m = /^r(#*)"([\s\S]*)"\1$/.exec(t);
        if (!m) throw new Unsupported(n.from, n.to, 'byte strings are not supported');
        return { ...span, k: 'str', value: m[2] };
      }
      case 'UnitExpression':
        return { ...span, k: 'unit' };
      case 'Identifier':
      case 'self': {
        const name = this.text(n);
        if (name === 'None') return { ...span, k: 'path', segs: ['None'], targs: null };
        // a function or constant of this module whose name another module also uses (modules.ts)
        if (this.modKey && this.mods?.clashes.has(name)) return { ...span, k: 'name', name: this.mods.mangled(this.modKey, name) };
        return { ...span, k: 'name', name };
      }
      case 'ScopedIdentifier': {
        const segs: string[] = [];
        let targs: TypeExpr[] | null = null;
        for (const c of k) {
          if (c.name === 'TypeArgList') targs = kids(c).map((a) => this.type(a));
          else if (c.name === 'ScopedIdentifier' || c.name === 'ScopeIdentifier' || c.name === 'Identifier' || c.name === 'TypeIdentifier' || c.name === 'crate' || c.name === 'self' || c.name === 'super') segs.push(...this.text(c).replace(/\s+/g, '').split('::'));
          else if (c.name === 'QualifiedScope' && kids(c)[0]?.name === 'TypeIdentifier') segs.push(this.text(kids(c)[0])); // `<T as Trait>::m`: T's own
          else if (c.name === 'GenericType') {
            const g = this.type(c) as Extract<TypeExpr, { k: 'path' }>;
            segs.push(g.name);
            targs = g.args;
          } else throw new Unsupported(c.from, c.to, 'this path is not supported');
        }
        // `crate::` / `super::` are keywords kids() leaves out: read them from the text
        if (/^(crate|super)\b/.test(this.text(n)) && (segs[0] !== 'crate' && segs[0] !== 'super')) segs.unshift(...this.text(n).replace(/\s+/g, '').split('::').slice(0, this.text(n).replace(/\s+/g, '').split('::').length - segs.length));
        const callee = n.parent?.name === 'CallExpression' && n.parent.firstChild?.from === n.from;
        const local = this.modPath(segs, n.from, callee ? 'call' : 'value');
        // `geometry::area` is the function `area` (modules are flattened)
        if (local.length === 1 && !targs) return { from: n.to - local[0].length, to: n.to, k: 'name', name: local[0] };
        return { ...span, k: 'path', segs: local, targs };
      }
      case 'TupleExpression':
        return { ...span, k: 'tuple', elems: k.map((c) => this.expr(c)) };
      case 'TryExpression':
        return { ...span, k: 'try', e: this.expr(k[0]) };
      case 'ParenthesizedExpression':
        return { ...this.expr(k[0]), from: n.from, to: n.to, paren: true } as unknown as Expr;
      case 'UnaryExpression': {
        const op = this.text(n.firstChild!);
        return { ...span, k: 'unary', op: op === '!' ? '!' : op === '*' ? '*' : '-', e: this.expr(k[k.length - 1]) };
      }
      case 'ReferenceExpression':
        return { ...span, k: 'ref', mut: has(n, 'mut'), e: this.expr(k[k.length - 1]) };
      case 'BinaryExpression': {
        const opNode = k[1];
        return rebalance({ ...span, k: 'binary', op: this.text(opNode) as never, l: this.expr(k[0]), r: this.expr(k[2]) });
      }
      case 'AssignmentExpression':
      case 'CompoundAssignmentExpr': {
        let op = '=';
        for (let c = n.firstChild; c; c = c.nextSibling) if (c.name === 'UpdateOp' || c.name === '=') op = this.text(c);
        const ek = k.filter((x) => x.name !== 'UpdateOp');
        return { ...span, k: 'assign', op, l: this.expr(ek[0]), r: this.expr(ek[ek.length - 1]) };
      }
      case 'TypeCastExpression':
        // @lezer/rust gives `as` a lower precedence than the arithmetic operators; in Rust it binds
        // tighter (`a as u32 - b as u32` is `(a as u32) - (b as u32)`): push the cast down.
        return castInto(this.expr(k[0]), this.type(k[k.length - 1]), n.to);
      case 'CallExpression': {
        const callee = k[0];
        const args = kids(k[1]).map((a) => this.expr(a));
        let targs: TypeExpr[] | null = null;
        let fe = callee;
        if (callee.name === 'GenericFunction') {
          const gk = kids(callee);
          fe = gk[0];
          targs = kids(gk[1]).map((a) => this.type(a));
        }
        if (fe.name === 'FieldExpression') {
          const fk = kids(fe);
          const nameNode = fk[fk.length - 1];
          return sinkIntoRange(this.expr(fk[0]), (recv) => ({ ...span, from: recv.from, k: 'method', recv, name: this.text(nameNode), nameSpan: { from: nameNode.from, to: nameNode.to }, args, targs }));
        }
        const calleeE = this.expr(fe);
        // lezer reads `0..(n + 1)` as a call of `0..`: in Rust the parenthesised expression is the end.
        if (calleeE.k === 'range' && !calleeE.hi && !(calleeE as { paren?: boolean }).paren && args.length === 1) {
          return { ...calleeE, to: n.to, hi: { ...args[0], from: k[1].from, to: k[1].to, paren: true } as unknown as Expr };
        }
        if (targs && calleeE.k === 'path') calleeE.targs = targs;
        // `f::<T>(..)`: a generic function with its type arguments (check/generics.ts)
        if (targs && calleeE.k === 'name') return { ...span, k: 'call', callee: { from: calleeE.from, to: calleeE.to, k: 'path', segs: [calleeE.name], targs }, args };
        return { ...span, k: 'call', callee: calleeE, args };
      }
      case 'FieldExpression': {
        const name = this.text(k[k.length - 1]);
        return sinkIntoRange(this.expr(k[0]), (e) => ({ ...span, from: e.from, k: 'field', e, name }));
      }
      case 'IndexExpression':
        return sinkIntoRange(this.expr(k[0]), (e) => ({ ...span, from: e.from, k: 'index', e, i: this.expr(k[1]) }));
      case 'RangeExpression': {
        let lo: Expr | null = null;
        let hi: Expr | null = null;
        let inclusive = false;
        let seenOp = false;
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (c.name === '..' || c.name === '..=' || c.name === '...') {
            seenOp = true;
            inclusive = c.name !== '..';
          } else if (isNamed(c)) {
            if (seenOp) hi = this.expr(c);
            else lo = this.expr(c);
          }
        }
        if (!seenOp) {
          // `..=` is not a token of its own in the tree: split the operands by position.
          const t = this.text(n);
          inclusive = t.includes('..=');
          const ops = k.map((c) => this.expr(c));
          const opAt = n.from + t.indexOf('..');
          lo = null;
          hi = null;
          for (let i = 0; i < k.length; i++) {
            if (k[i].to <= opAt) lo = ops[i];
            else hi = ops[i];
          }
        }
        return { ...span, k: 'range', lo, hi, inclusive };
      }
      case 'StructExpression': {
        const name = this.modPath(this.text(k[0]).replace(/\s+/g, '').split('::'), k[0].from, 'type').join('::');
        const fields: Extract<Expr, { k: 'struct' }>['fields'] = [];
        let base: Expr | null = null;
        for (const f of kids(k[1])) {
          if (f.name === 'FieldInitializer') {
            const fk = kids(f);
            fields.push({ name: this.text(fk[0]), span: { from: fk[0].from, to: fk[0].to }, e: this.expr(fk[fk.length - 1]) });
          } else if (f.name === 'ShorthandFieldInitializer') {
            const id = kids(f)[0];
            fields.push({ name: this.text(id), span: { from: id.from, to: id.to }, e: { from: id.from, to: id.to, k: 'name', name: this.text(id) } });
          } else if (f.name === 'BaseFieldInitializer') {
            // `..Default::default()`: a base that is a call (a temporary); `..other` stays outside the subset
            const b = this.expr(kids(f)[0]);
            if (b.k !== 'call') throw new Unsupported(f.from, f.to, 'struct update syntax is only supported from a call (`..Default::default()`)');
            base = b;
          }
        }
        return { ...span, k: 'struct', name, fields, ...(base ? { base } : {}) };
      }
      case 'ArrayExpression': {
        if (has(n, ';')) return { ...span, k: 'arrayRepeat', e: this.expr(k[0]), n: this.expr(k[1]) };
        return { ...span, k: 'array', elems: k.map((c) => this.expr(c)) };
      }
      case 'Block':
        return { ...span, k: 'block', b: this.block(n) };
      case 'ClosureExpression': {
        // `move |a: i32, b| -> T { … }`: the body is kept as a block (a lone expression is its tail)
        const ck = kids(n);
        const pl = ck.find((c) => c.name === 'ParamList')!;
        const params = kids(pl).map((p) => {
          const pk = kids(p);
          return { pat: this.pattern(pk[0]), ty: pk.length > 1 ? this.type(pk[pk.length - 1]) : null };
        });
        const bodyN = ck[ck.length - 1];
        const retN = ck.length >= 3 && ck[ck.length - 2] !== pl ? ck[ck.length - 2] : null;
        const ret = retN ? this.type(retN) : null;
        const body: Block = bodyN.name === 'Block' ? this.block(bodyN) : { from: bodyN.from, to: bodyN.to, stmts: [], tail: this.expr(bodyN) };
        return { ...span, k: 'closure', move: has(n, 'move'), params, ret, body };
      }
      case 'IfExpression': {
        let i = 0;
        const condNode = k[i++];
        const thenB = this.block(k[i++]);
        const elsNode = k[i];
        const els = elsNode ? (elsNode.name === 'Block' ? { from: elsNode.from, to: elsNode.to, k: 'block' as const, b: this.block(elsNode) } : this.expr(elsNode)) : null;
        if (condNode.name === 'LetDeclaration') {
          const [pat, e] = this.letCond(condNode);
          return { ...span, k: 'ifLet', pat, e, then: thenB, els };
        }
        return { ...span, k: 'if', cond: this.expr(condNode), then: thenB, els };
      }
      case 'WhileExpression': {
        const label = this.loopLabel(n);
        const ek = k.filter((x) => x.name !== 'LoopLabel');
        if (ek[0].name === 'LetDeclaration') {
          const [pat, e] = this.letCond(ek[0]);
          return { ...span, k: 'whileLet', pat, e, body: this.block(ek[1]), label };
        }
        return { ...span, k: 'while', cond: this.expr(ek[0]), body: this.block(ek[1]), label };
      }
      case 'LoopExpression':
        return { ...span, k: 'loop', body: this.block(k.filter((x) => x.name === 'Block')[0]), label: this.loopLabel(n) };
      case 'ForExpression': {
        const ek = k.filter((x) => x.name !== 'LoopLabel');
        return { ...span, k: 'for', pat: this.pattern(ek[0], has(n, 'mut'), mutAt(n)), iter: this.expr(ek[1]), body: this.block(ek[2]), label: this.loopLabel(n) };
      }
      case 'BreakExpression': {
        const ek = k.filter((x) => x.name !== 'LoopLabel');
        return { ...span, k: 'break', label: this.loopLabel(n), e: ek[0] ? this.expr(ek[0]) : null };
      }
      case 'ContinueExpression':
        return { ...span, k: 'continue', label: this.loopLabel(n) };
      case 'ReturnExpression':
        return { ...span, k: 'return', e: k[0] ? this.expr(k[0]) : null };
      case 'MatchExpression': {
        const arms: Extract<Expr, { k: 'match' }>['arms'] = [];
        for (const a of kids(k[1])) {
          if (a.name !== 'MatchArm') continue;
          const ak = kids(a);
          const g = ak.find((x) => x.name === 'MatchGuard' || x.name === 'Guard');
          const gk = g ? kids(g) : [];
          if (g && gk.length !== 1) throw new Unsupported(g.from, g.to, 'this match guard is not supported');
          arms.push({ pat: this.pattern(ak[0]), guard: g ? this.expr(gk[0]) : null, body: this.expr(ak[ak.length - 1]), span: { from: a.from, to: a.to } });
        }
        return { ...span, k: 'match', e: this.expr(k[0]), arms };
      }
      case 'MacroInvocation':
        return this.macro(n);
      case '⚠':
        throw new Unsupported(n.from, Math.max(n.to, n.from + 1), 'syntax error');
      default: {
        const msg = UNSUPPORTED_EXPRS[n.name];
        if (msg) throw new Unsupported(n.from, n.to, msg);
        throw new Unsupported(n.from, n.to, `${n.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} is not supported`);
      }
    }
  }

  private letCond(n: SyntaxNode): [Pattern, Expr] {
    const k = kids(n);
    return [this.pattern(k[0]), this.expr(k[k.length - 1])];
  }

  // Macro arguments are token trees: re-parse their text as call arguments or an array.
  private macro(n: SyntaxNode): Expr {
    const span = { from: n.from, to: n.to };
    const k = kids(n);
    const name = this.text(k[0]);
    const body = k[k.length - 1];
    if (!KNOWN_MACROS.has(name)) throw new Unsupported(n.from, n.to, `the macro ${name}! is not supported`);
    const innerFrom = body.from + 1;
    const innerTo = body.to - (this.src[body.to - 1] === ')' || this.src[body.to - 1] === ']' || this.src[body.to - 1] === '}' ? 1 : 0);
    const inner = this.src.slice(innerFrom, innerTo);
    if (name === 'vec') {
      const args = this.reparse('fn __m(){[', inner, '];}', innerFrom, 'ArrayExpression');
      if (args.k === 'arrayRepeat') return { ...span, k: 'vecMacro', elems: null, repeat: { e: args.e, n: args.n } };
      if (args.k === 'array') return { ...span, k: 'vecMacro', elems: args.elems, repeat: null };
      throw new Unsupported(n.from, n.to, 'vec! takes `[a, b, ...]` or `[x; n]`');
    }
    const call = this.reparse('fn __m(){__f(', inner, ');}', innerFrom, 'CallExpression');
    const args = (call as Extract<Expr, { k: 'call' }>).args;
    if (name === 'write' || name === 'writeln') {
      if (args.length < (name === 'write' ? 2 : 1)) throw new Unsupported(n.from, n.to, `${name}! needs a destination${name === 'write' ? ' and a format string' : ''}`);
      const f = args.length > 1 ? this.fmtArgs(args.slice(1), n) : null;
      // writeln!(f, "…") is write!(f, "…\n"): the newline is part of the last literal piece
      if (f && name === 'writeln') f.fmt += '\n';
      return { ...span, k: 'write', mac: name, dest: args[0], f };
    }
    if (name === 'assert' || name === 'assert_eq' || name === 'assert_ne') {
      const nfixed = name === 'assert' ? 1 : 2;
      if (args.length < nfixed) throw new Unsupported(n.from, n.to, `${name}! needs ${nfixed} argument${nfixed > 1 ? 's' : ''}`);
      const rest = args.slice(nfixed);
      return { ...span, k: 'assert', mac: name, args: args.slice(0, nfixed), f: rest.length ? this.fmtArgs(rest, n) : null };
    }
    if (args.length === 0) {
      if (name === 'println' || name === 'eprintln' || name === 'panic') return { ...span, k: 'fmtMacro', mac: name, f: null };
      throw new Unsupported(n.from, n.to, `${name}! needs a format string`);
    }
    return { ...span, k: 'fmtMacro', mac: name as never, f: this.fmtArgs(args, n) };
  }

  private fmtArgs(args: Expr[], n: SyntaxNode): FmtArgs {
    const f = args[0];
    if (f.k !== 'str') throw new Unsupported(f.from, f.to, 'format argument must be a string literal');
    void n;
    const names: Record<string, number> = {};
    const rest = args.slice(1).map((a, i) => {
      if (a.k === 'assign' && a.op === '=' && a.l.k === 'name') {
        names[a.l.name] = i;
        return a.r;
      }
      return a;
    });
    return { fmt: f.value, fmtSpan: { from: f.from, to: f.to }, args: rest, names };
  }

  private reparse(pre: string, inner: string, post: string, at: number, want: string): Expr {
    const text = pre + inner + post;
    const tree = parser.parse(text);
    const shift = at - pre.length;
    let target: SyntaxNode | null = null;
    const cur = tree.topNode.cursor();
    let bad: { from: number; to: number } | null = null;
    do {
      if (cur.type.isError && !bad) bad = { from: cur.from, to: cur.to };
      if (!target && cur.name === want && cur.from === pre.length - (want === 'ArrayExpression' ? 1 : 4)) target = cur.node;
    } while (cur.next());
    if (bad) throw new Unsupported(Math.max(at, bad.from + shift), Math.max(at, bad.to + shift) + 1, 'syntax error in macro arguments');
    if (!target) throw new Unsupported(at, at + inner.length, 'could not parse the macro arguments');
    // Parse the sub-tree against the wrapper text, then shift every span back into the source.
    const sub = new Parser(text);
    sub.mods = this.mods;
    sub.modKey = this.modKey;
    sub.posShift = this.posShift + shift;
    const e = sub.expr(target);
    for (const d of sub.diags) this.err(d.from + shift, d.to + shift, d.message);
    shiftSpans(e, shift);
    return e;
  }
}


const RUST_KEYWORDS = new Set('as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while async await dyn'.split(' '));

// @lezer/rust parses `a + b as T`, `x = y as T`, `t += i as T` and `0..n as T` with `as` binding
// loosest; in Rust it binds tighter than every binary operator, assignment and range: push the
// cast down onto the rightmost operand.
function castInto(e: Expr, target: TypeExpr, to: number): Expr {
  if (!(e as { paren?: boolean }).paren) {
    if (e.k === 'binary' || e.k === 'assign') return { ...e, to, r: castInto(e.r, target, to) };
    if (e.k === 'range' && e.hi) return { ...e, to, hi: castInto(e.hi, target, to) };
  }
  return { from: e.from, to, k: 'cast', e, target };
}

/** A postfix operation on `a..b` without parentheses applies to `b` (ranges bind loosest): `0..(n).min(5)`. */
function sinkIntoRange(base: Expr, build: (base: Expr) => Expr): Expr {
  if (base.k === 'range' && base.hi && !(base as { paren?: boolean }).paren) {
    const inner = build(base.hi);
    return { ...base, to: inner.to, hi: inner };
  }
  return build(base);
}

const PREC: Record<string, number> = { '*': 10, '/': 10, '%': 10, '+': 9, '-': 9, '<<': 8, '>>': 8, '&': 7, '^': 6, '|': 5, '==': 4, '!=': 4, '<': 4, '>': 4, '<=': 4, '>=': 4, '&&': 3, '||': 2 };

/**
 * After castInto, `a + i as f64 / 2.0` (lezer: `((a + i) as f64) / 2.0`) is `(a + (i as f64)) / 2.0`:
 * a binary operator whose left operand binds looser (a binary operator of lower precedence, an
 * assignment or a range, without parentheses) takes that operand's right side instead.
 */
function rebalance(e: Extract<Expr, { k: 'binary' }>): Expr {
  const l = e.l;
  if ((l as { paren?: boolean }).paren) return e;
  if ((l.k === 'binary' && PREC[l.op] < PREC[e.op]) || l.k === 'assign') return { ...l, to: e.to, r: rebalance({ ...e, from: l.r.from, l: l.r }) };
  if (l.k === 'range' && l.hi) return { ...l, to: e.to, hi: rebalance({ ...e, from: l.hi.from, l: l.hi }) };
  return e;
}

export function isBlockLike(e: Expr): boolean {
  return e.k === 'if' || e.k === 'ifLet' || e.k === 'while' || e.k === 'whileLet' || e.k === 'loop' || e.k === 'for' || e.k === 'block' || e.k === 'match';
}

function shiftSpans(o: unknown, d: number, seen = new Set<object>()): void {
  if (!o || typeof o !== 'object' || seen.has(o as object)) return;
  seen.add(o as object);
  const r = o as Record<string, unknown>;
  if (typeof r.from === 'number' && typeof r.to === 'number') {
    r.from = (r.from as number) + d;
    r.to = (r.to as number) + d;
  }
  for (const key of Object.keys(r)) {
    const v = r[key];
    if (v && typeof v === 'object') shiftSpans(v, d, seen);
  }
}

export function parseProgram(src: string): { prog: Program; diags: RawDiag[] } {
  const p = new Parser(src);
  const prog = p.program();
  return { prog, diags: p.diags };
}

function substFnBounds(t: TypeExpr, b: Map<string, TypeExpr>): TypeExpr {
  if (t.k === 'path' && t.args.length === 0 && b.has(t.name)) return { ...b.get(t.name)!, from: t.from, to: t.to };
  if (t.k === 'ref') return { ...t, elem: substFnBounds(t.elem, b) };
  return t;
}

/** Replaces `Self::Item` inside a type expression (in place) by the impl's `type Item`. */
function substSelfItem(t: TypeExpr, item: TypeExpr): void {
  if (t.k === 'path') {
    t.args.forEach((a, i) => {
      if (a.k === 'path' && (a.name === 'Self::Item' || a.name === 'Self::Output')) t.args[i] = item;
      else substSelfItem(a, item);
    });
  } else if (t.k === 'ref' || t.k === 'array') {
    if (t.elem.k === 'path' && t.elem.name === 'Self::Item') t.elem = item;
    else substSelfItem(t.elem, item);
  } else if (t.k === 'tuple') t.elems.forEach((a, i) => (a.k === 'path' && a.name === 'Self::Item' ? (t.elems[i] = item) : substSelfItem(a, item)));
}
