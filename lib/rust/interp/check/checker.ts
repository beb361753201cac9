// The Rust checker's state and entry point: name resolution, type inference (union-find over
// inference variables) and the subset's type rules. Annotates the AST in place: every Expr gets
// `ty`, names get their LocalDecl and slot, methods and calls get the builtin they resolve to.
// Errors use rustc's words where cheap. The Checker's methods are split by concern over check/
// (as rustc's typeck and go/types split theirs); each part file extends the class with
// `declare module './checker'` and assigns its methods to Checker.prototype.

import { F32_MAX_ROUNDING } from '../../../runtime/float32';
import type { Block, ConstDecl, Expr, FnDecl, LocalDecl, Pattern, Program, Span, StructDecl } from '../ast';
import type { RawDiag } from '../parse';
import { T, fmtTy, isCopy, prune, type StructInfo, type Ty } from '../ty';

export interface FnInfo {
  decl: FnDecl;
  /** The parameters after `self`. */
  params: Ty[];
  ret: Ty;
  /** A method's receiver type (`S`, `&S` or `&mut S`); null for functions without `self`. */
  selfTy: Ty | null;
}

export interface Checked {
  prog: Program;
  structs: Map<string, StructInfo>;
  fns: Map<string, FnInfo>;
  diags: RawDiag[];
}

export class CheckError extends Error {
  constructor(
    readonly span: Span,
    message: string,
    readonly notes?: { from: number; message: string }[],
    /** rustc's error code, where the message alone does not determine it */
    readonly code?: string,
  ) {
    super(message);
  }
}

let varId = 0;
export const newVar = (kind: 'any' | 'int' | 'float' = 'any'): Ty => ({ k: 'var', id: ++varId, kind, to: null });

/** Where a method takes its receiver: by shared ref, mutable ref, or by value. */
export type SelfMode = 'ref' | 'mut' | 'value';

export interface MethodSig {
  id: string;
  self: SelfMode;
  params: Ty[];
  ret: Ty;
}

export const isObjectKind = (t: Ty): boolean => {
  const k = prune(t).k;
  return k === 'String' || k === 'Vec' || k === 'VecDeque' || k === 'Box' || k === 'struct' || k === 'tuple' || k === 'Bump' || k === 'Map' || k === 'Rc' || k === 'RefCell' || k === 'Cell' || k === 'Guard' || k === 'Formatter' || k === 'dyn';
};

export interface LoopEntry {
  label: string | null;
  breakTy: Ty | null;
  hasBreak?: boolean;
  kind?: string;
}

export interface FnCtx {
  nslots: number;
  scopes: Map<string, LocalDecl>[];
  blocks: Block[];
  ret: Ty;
  loops: LoopEntry[];
  scopeId: number;
}

export class Checker {
  diags: RawDiag[] = [];
  structs = new Map<string, StructInfo>();
  fns = new Map<string, FnInfo>();
  cx!: FnCtx;
  intLits: Extract<Expr, { k: 'int' }>[] = [];
  floatLits: Extract<Expr, { k: 'float' }>[] = [];
  /** The type `Self` stands for (inside an impl block), else null. */
  selfTy: Ty | null = null;
  /** Top-level constants by name, and the type of every constant (top-level and associated). */
  consts = new Map<string, ConstDecl>();
  constTys = new Map<ConstDecl, Ty>();

  constructor(readonly prog: Program) {}

  err(span: Span, message: string, notes?: { from: number; message: string }[], code?: string): void {
    if (this.diags.some((d) => d.from === span.from && d.message === message)) return;
    code ??= codeFor(message);
    this.diags.push({ from: span.from, to: Math.max(span.to, span.from + 1), message, ...(code ? { code } : {}), ...(notes ? { notes } : {}) });
  }

  /** Reports a CheckError caught at a recovery point. */
  report(e: CheckError): void {
    this.err(e.span, e.message, e.notes, e.code);
  }

  run(): Checked {
    // Structs first (so fields can name each other), then signatures, then bodies.
    this.generics = new Map();
    this.tyEnv = null;
    this.curGeneric = null;
    this.collectTraits();
    for (const s of this.prog.structs) {
      if (this.structs.has(s.name)) this.err(s, `the name \`${s.name}\` is defined multiple times`);
      const copy = s.derives.includes('Copy');
      this.structs.set(s.name, { name: s.name, kind: s.kind, fields: [], copy, clone: s.derives.includes('Clone') || copy, debug: s.derives.includes('Debug'), eq: s.derives.includes('PartialEq'), methods: new Map(), consts: new Map(), drop: null, display: null, repr: s.derives.find((d) => d.startsWith('repr('))?.slice(5, -1), ...(s.lifetimes ? { refs: true } : {}), ...(s.mod ? { mod: s.mod, privateFields: new Set(s.fields.filter((f) => f.private).map((f) => f.name)) } : {}) });
    }
    for (const s of this.prog.structs) this.structFields(s);
    // impl blocks: their methods and constants go to their struct (impls.ts)
    for (const im of this.prog.impls) this.implItems(im);
    this.implTraits();
    for (const s of this.prog.structs) {
      const info = this.structs.get(s.name)!;
      if (info.copy && info.drop) this.err(s.nameSpan, 'the trait `Copy` cannot be implemented for this type; the type has a destructor', undefined, 'E0184');
    }
    const fns = [...this.prog.fns, ...this.prog.impls.flatMap((im) => im.fns)];
    for (const f of fns) {
      const key = f.key ?? f.name;
      if (this.isGenericFn(f) && !this.generics.has(key) && !this.fns.has(key)) {
        this.generics.set(key, f); // instantiated at each call (check/generics.ts)
        continue;
      }
      if (this.fns.has(key) || this.generics.has(key)) {
        if (!f.impl) this.err(f.nameSpan, `the name \`${f.name}\` is defined multiple times`);
        continue;
      }
      this.selfTy = this.implSelf(f.impl);
      const params = f.params.map((p) => this.safeType(p.ty));
      const ret = this.sigRet(f);
      const selfTy = this.receiverTy(f);
      this.fns.set(key, { decl: f, params, ret, selfTy });
      f.key = key;
      f.paramTys = params;
      f.retTy = ret;
    }
    this.checkConsts();
    this.selfTy = null;
    const main = this.fns.get('main');
    if (!main) this.err({ from: 0, to: 1 }, '`main` function not found in crate');
    else if (main.decl.params.length || prune(main.ret).k !== 'unit') this.err(main.decl.nameSpan, '`main` must take no arguments and return ()');
    this.checkBodies();
    this.selfTy = null;
    // #[deny(overflowing_literals)]
    for (const e of this.intLits) {
      const t = prune(e.ty!);
      if (t.k !== 'int' && !(t.k === 'var' && t.kind === 'int')) continue;
      const name = t.k === 'int' ? t.name : 'i32';
      const bits = BigInt(name === 'usize' || name === 'isize' ? 64 : Number(name.slice(1)));
      const signed = name[0] === 'i';
      const max = signed ? (1n << (bits - 1n)) - 1n + ((e as { negated?: boolean }).negated ? 1n : 0n) : (1n << bits) - 1n;
      if (e.value > max) this.err(e, `literal out of range for \`${name}\`: the literal \`${e.text}\` does not fit into the type \`${name}\``);
    }
    // The same lint for floats: a literal past the type's range would become infinity.
    for (const e of this.floatLits) {
      const t = prune(e.ty!);
      const name = t.k === 'float' ? t.name : 'f64';
      if (!Number.isFinite(e.value) || (name === 'f32' && Math.abs(e.value) > F32_MAX_ROUNDING)) this.err(e, `literal out of range for \`${name}\``);
    }
    return { prog: this.prog, structs: this.structs, fns: this.fns, diags: this.diags };
  }

  structFields(s: StructDecl): void {
    if (s.variants) return this.enumFields(s);
    const info = this.structs.get(s.name)!;
    for (const f of s.fields) {
      this.selfTy = { k: 'struct', s: info };
      const ty = this.safeType(f.ty);
      this.selfTy = null;
      info.fields.push({ name: f.name, ty });
      // a reference field needs a written lifetime (`&'a str`, `&'static str`)
      if (f.ty.k === 'ref' && !f.ty.lifetime) this.report(new CheckError({ from: f.ty.from, to: f.ty.from + 1 }, 'missing lifetime specifier', [{ from: f.ty.from, message: 'expected named lifetime parameter' }], 'E0106'));
      if (prune(ty).k === 'struct' && (prune(ty) as { s: StructInfo }).s === info) this.err(f.span, `recursive type \`${s.name}\` has infinite size`);
    }
    if (info.copy) {
      for (const f of info.fields) {
        if (!isCopy(f.ty)) this.err(s, `the trait \`Copy\` cannot be implemented for this type: field \`${f.name}\` does not implement \`Copy\``);
      }
    }
  }

  fnBody(f: FnInfo): void {
    const d = f.decl;
    this.cx = { nslots: 0, scopes: [new Map()], blocks: [], ret: f.ret, loops: [], scopeId: 0 };
    d.paramDecls = [];
    if (d.selfParam) {
      // `self` is the first parameter: S, &S or &mut S
      if (!f.selfTy) this.err(d.selfParam.span, '`self` parameter is only allowed in associated functions');
      else {
        const sp = d.selfParam.span;
        const decl = this.declare({ from: sp.to - 4, to: sp.to, k: 'bind', name: 'self', mut: d.selfParam.mut, byRef: false }, f.selfTy);
        decl.isParam = true;
        d.paramDecls.push(decl);
      }
    }
    d.params.forEach((p, i) => {
      if (p.pat.k !== 'bind') {
        this.err(p.pat, 'only simple parameter names are supported');
        return;
      }
      const decl = this.declare(p.pat, f.params[i]);
      decl.isParam = true;
      d.paramDecls!.push(decl);
    });
    try {
      const t = this.block(d.body, f.ret);
      if (d.body.tail) this.coerceTail(d.body, f.ret);
      else if (prune(f.ret).k !== 'unit' && prune(t).k !== 'never' && !endsInReturn(d.body)) {
        this.err(d.ret ?? d.nameSpan, `mismatched types: expected \`${fmtTy(f.ret)}\`, found \`()\` (the function body has no tail expression)`);
      }
    } catch (e) {
      if (!(e instanceof CheckError)) throw e;
      this.report(e);
    }
    d.nslots = this.cx.nslots;
  }

  coerceTail(b: Block, want: Ty): void {
    void b;
    void want;
  }

  declare(p: Extract<Pattern, { k: 'bind' }>, ty: Ty): LocalDecl {
    const decl: LocalDecl = { name: p.name, mut: p.mut, span: { from: p.from, to: p.to }, slot: this.cx.nslots++, ty, id: this.cx.scopeId };
    p.decl = decl;
    this.cx.scopes[this.cx.scopes.length - 1].set(p.name, decl);
    const blk = this.cx.blocks[this.cx.blocks.length - 1];
    if (blk) blk.locals!.push(decl);
    return decl;
  }

  lookup(name: string): LocalDecl | undefined {
    for (let i = this.cx.scopes.length - 1; i >= 0; i--) {
      const d = this.cx.scopes[i].get(name);
      if (d) return d;
    }
    return undefined;
  }
}

export function isBlockExpr(e: Expr): boolean {
  return e.k === 'if' || e.k === 'ifLet' || e.k === 'while' || e.k === 'whileLet' || e.k === 'loop' || e.k === 'for' || e.k === 'block' || e.k === 'match';
}

export function endsInReturn(b: Block): boolean {
  const last = b.stmts[b.stmts.length - 1];
  return !!last && last.k === 'expr' && (last.e.k === 'return' || (last.e.k === 'fmtMacro' && last.e.mac === 'panic') || prune(last.e.ty ?? T.unit).k === 'never');
}

export function isIntLike(t: Ty): boolean {
  t = prune(t);
  return t.k === 'int' || (t.k === 'var' && t.kind === 'int');
}

export function isNumLike(t: Ty): boolean {
  t = prune(t);
  return t.k === 'int' || t.k === 'float' || (t.k === 'var' && t.kind !== 'any');
}

/** &i32 behaves like i32 in arithmetic (std's `impl Add<&i32> for i32` etc.). */
export function autoDerefCopy(t: Ty): Ty {
  t = prune(t);
  while (t.k === 'ref' && isCopy(t.e)) t = prune(t.e);
  return t;
}

export function autoDerefAll(t: Ty): Ty {
  t = prune(t);
  while (t.k === 'ref' || t.k === 'Box' || t.k === 'Rc' || t.k === 'Guard') t = prune(t.e);
  return t;
}

/** rustc's error codes for the messages the checker shares with it. */
export function codeFor(message: string): string | undefined {
  const table: [RegExp, string][] = [
    [/^mismatched types/, 'E0308'],
    [/^the trait bound/, 'E0277'],
    [/^`if` may be missing an `else` clause/, 'E0317'],
    [/^`break` with value from a/, 'E0571'],
    [/^cannot find value/, 'E0425'],
    [/^cannot find function/, 'E0425'],
    [/^cannot find type/, 'E0412'],
    [/^cannot find struct/, 'E0422'],
    [/^no method named/, 'E0599'],
    [/^no (function or )?associated item named/, 'E0599'],
    [/^cannot write into/, 'E0599'],
    [/^attempted to take value of method/, 'E0615'],
    [/^explicit use of destructor method/, 'E0040'],
    [/^duplicate definitions with name/, 'E0592'],
    [/^method .* is not a member of trait/, 'E0407'],
    [/^not all trait items implemented/, 'E0046'],
    [/^conflicting implementations of trait/, 'E0119'],
    [/^this pattern has/, 'E0023'],
    [/^the `\?` operator can only be used/, 'E0277'],
    [/^this struct takes/, 'E0061'],
    [/^expected function, found/, 'E0618'],
    [/^cannot define inherent `impl` for a type outside/, 'E0116'],
    [/^cannot move out of type .*, which implements the `Drop` trait/, 'E0509'],
    [/^no field/, 'E0609'],
    [/^cannot borrow .* as mutable, as .* is not declared as mutable/, 'E0596'],
    [/^cannot borrow .* as mutable, as it is behind a `&` reference/, 'E0596'],
    [/^cannot assign twice to immutable variable/, 'E0384'],
    [/^cannot assign to .*, which is behind a `&` reference/, 'E0594'],
    [/^cannot assign to/, 'E0594'],
    [/^cannot move out of/, 'E0507'],
    [/^this function takes/, 'E0061'],
    [/^this method takes/, 'E0061'],
    [/^missing field/, 'E0063'],
    [/^struct .* has no field named/, 'E0560'],
    [/^cannot apply unary operator/, 'E0600'],
    [/^type .* cannot be dereferenced/, 'E0614'],
    [/^the trait bound/, 'E0277'],
    [/doesn't implement/, 'E0277'],
    [/^cannot (add|subtract|multiply|divide|calculate)/, 'E0277'],
    [/^binary operation/, 'E0369'],
    [/^non-exhaustive patterns/, 'E0004'],
    [/^refutable pattern/, 'E0005'],
    [/^`main` function not found/, 'E0601'],
    [/^type annotations needed/, 'E0282'],
    [/^non-primitive cast/, 'E0605'],
    [/^the name .* is defined multiple times/, 'E0428'],
    [/^`break` outside of a loop/, 'E0268'],
    [/^use of undeclared label/, 'E0426'],
  ];
  for (const [re, code] of table) if (re.test(message)) return code;
  return undefined;
}
