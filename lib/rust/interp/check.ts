// Name resolution, type inference (union-find over inference variables) and the subset's type
// rules. Annotates the AST in place: every Expr gets `ty`, names get their LocalDecl and slot,
// methods and calls get the builtin they resolve to. Errors use rustc's words where cheap.

import { F32_MAX_ROUNDING } from '../../runtime/float32';
import type { Block, Expr, FmtArgs, FnDecl, LocalDecl, Pattern, Program, Span, Stmt, StructDecl, TypeExpr } from './ast';
import type { RawDiag } from './parse';
import { INT_NAMES, T, fmtTy, isCopy, prune, type IntName, type StructInfo, type Ty } from './ty';
import { parseFormat } from './format';


export interface FnInfo {
  decl: FnDecl;
  params: Ty[];
  ret: Ty;
}

export interface Checked {
  prog: Program;
  structs: Map<string, StructInfo>;
  fns: Map<string, FnInfo>;
  diags: RawDiag[];
}

class CheckError extends Error {
  constructor(
    readonly span: Span,
    message: string,
    readonly notes?: { from: number; message: string }[],
  ) {
    super(message);
  }
}

let varId = 0;
const newVar = (kind: 'any' | 'int' | 'float' = 'any'): Ty => ({ k: 'var', id: ++varId, kind, to: null });

/** Where a method takes its receiver: by shared ref, mutable ref, or by value. */
type SelfMode = 'ref' | 'mut' | 'value';

interface MethodSig {
  id: string;
  self: SelfMode;
  params: Ty[];
  ret: Ty;
}

const isObjectKind = (t: Ty): boolean => {
  const k = prune(t).k;
  return k === 'String' || k === 'Vec' || k === 'VecDeque' || k === 'Box' || k === 'struct' || k === 'Bump';
};

interface FnCtx {
  nslots: number;
  scopes: Map<string, LocalDecl>[];
  blocks: Block[];
  ret: Ty;
  loops: { label: string | null; breakTy: Ty | null; hasBreak?: boolean }[];
  scopeId: number;
}

export class Checker {
  diags: RawDiag[] = [];
  structs = new Map<string, StructInfo>();
  fns = new Map<string, FnInfo>();
  private cx!: FnCtx;
  private intLits: Extract<Expr, { k: 'int' }>[] = [];
  private floatLits: Extract<Expr, { k: 'float' }>[] = [];

  constructor(readonly prog: Program) {}

  err(span: Span, message: string, notes?: { from: number; message: string }[]): void {
    if (this.diags.some((d) => d.from === span.from && d.message === message)) return;
    const code = codeFor(message);
    this.diags.push({ from: span.from, to: Math.max(span.to, span.from + 1), message, ...(code ? { code } : {}), ...(notes ? { notes } : {}) });
  }

  run(): Checked {
    // Structs first (so fields can name each other), then signatures, then bodies.
    for (const s of this.prog.structs) {
      if (this.structs.has(s.name)) this.err(s, `the name \`${s.name}\` is defined multiple times`);
      this.structs.set(s.name, { name: s.name, fields: [], copy: s.derives.includes('Copy'), clone: s.derives.includes('Clone') || s.derives.includes('Copy'), debug: s.derives.includes('Debug'), eq: s.derives.includes('PartialEq') });
    }
    for (const s of this.prog.structs) this.structFields(s);
    for (const f of this.prog.fns) {
      if (this.fns.has(f.name)) {
        this.err(f.nameSpan, `the name \`${f.name}\` is defined multiple times`);
        continue;
      }
      const params = f.params.map((p) => this.safeType(p.ty));
      const ret = f.ret ? this.safeType(f.ret) : T.unit;
      this.fns.set(f.name, { decl: f, params, ret });
      f.paramTys = params;
      f.retTy = ret;
    }
    const main = this.fns.get('main');
    if (!main) this.err({ from: 0, to: 1 }, '`main` function not found in crate');
    else if (main.decl.params.length || prune(main.ret).k !== 'unit') this.err(main.decl.nameSpan, '`main` must take no arguments and return ()');
    for (const f of this.fns.values()) this.fnBody(f);
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

  private structFields(s: StructDecl): void {
    const info = this.structs.get(s.name)!;
    for (const f of s.fields) {
      const ty = this.safeType(f.ty);
      info.fields.push({ name: f.name, ty });
      if (prune(ty).k === 'ref') this.err(f.span, 'references in struct fields are not supported (they need lifetimes)');
      if (prune(ty).k === 'struct' && (prune(ty) as { s: StructInfo }).s === info) this.err(f.span, `recursive type \`${s.name}\` has infinite size`);
    }
    if (info.copy) {
      for (const f of info.fields) {
        if (!isCopy(f.ty)) this.err(s, `the trait \`Copy\` cannot be implemented for this type: field \`${f.name}\` does not implement \`Copy\``);
      }
    }
  }

  private safeType(t: TypeExpr): Ty {
    try {
      return this.type(t);
    } catch (e) {
      if (e instanceof CheckError) {
        this.err(e.span, e.message, e.notes);
        return newVar();
      }
      throw e;
    }
  }

  type(t: TypeExpr): Ty {
    switch (t.k) {
      case 'unit':
        return T.unit;
      case 'ref': {
        return { k: 'ref', mut: t.mut, e: this.type(t.elem) };
      }
      case 'array': {
        const e = this.type(t.elem);
        return t.len === null ? { k: 'slice', e } : { k: 'array', e, n: t.len };
      }
      case 'path': {
        const n = t.name;
        const one = (): Ty => {
          if (t.args.length !== 1) throw new CheckError(t, `\`${n}\` takes one type argument`);
          return this.type(t.args[0]);
        };
        if ((INT_NAMES as string[]).includes(n)) return T.int(n as IntName);
        switch (n) {
          case 'f64':
          case 'f32':
            return { k: 'float', name: n };
          case 'bool':
            return T.bool;
          case 'char':
            return T.char;
          case 'str':
            return T.str;
          case 'String':
            return T.String;
          case 'Vec':
          case 'VecDeque':
          case 'Box':
          case 'Option':
            return { k: n, e: one() } as Ty;
          case 'Bump':
            return T.Bump;
          case '_':
            return newVar();
        }
        const s = this.structs.get(n);
        if (s) return { k: 'struct', s };
        if (/^(HashMap|HashSet|BTreeMap|BTreeSet|Rc|Arc|RefCell|Cell|Mutex|Result)$/.test(n)) throw new CheckError(t, `${n} is not supported`);
        throw new CheckError(t, `cannot find type \`${n}\` in this scope`);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Unification

  unify(expected: Ty, actual: Ty, span: Span): boolean {
    if (this.tryUnify(expected, actual)) return true;
    this.err(span, `mismatched types: expected \`${fmtTy(expected)}\`, found \`${fmtTy(actual)}\``);
    return false;
  }

  tryUnify(a: Ty, b: Ty): boolean {
    a = prune(a);
    b = prune(b);
    if (a === b) return true;
    if (a.k === 'never' || b.k === 'never') return true;
    if (a.k === 'var' || b.k === 'var') {
      const [v, o] = (a.k === 'var' ? [a, b] : [b, a]) as [Extract<Ty, { k: 'var' }>, Ty];
      if (o.k === 'var') {
        if (v.kind !== 'any' && o.kind !== 'any' && v.kind !== o.kind) return false;
        if (v.kind === 'any') v.to = o;
        else o.to = v;
        return true;
      }
      if (v.kind === 'int' && o.k !== 'int') return false;
      if (v.kind === 'float' && o.k !== 'float') return false;
      if (occurs(v, o)) return false;
      v.to = o;
      return true;
    }
    if (a.k !== b.k) return false;
    switch (a.k) {
      case 'int':
      case 'float':
        return a.name === (b as typeof a).name;
      case 'Vec':
      case 'VecDeque':
      case 'Box':
      case 'Option':
      case 'slice':
      case 'iter':
        return this.tryUnify(a.e, (b as typeof a).e);
      case 'ref':
        return a.mut === (b as typeof a).mut && this.tryUnify(a.e, (b as typeof a).e);
      case 'array':
        return a.n === (b as typeof a).n && this.tryUnify(a.e, (b as typeof a).e);
      case 'range':
        return this.tryUnify(a.e, (b as typeof a).e);
      case 'struct':
        return a.s === (b as typeof a).s;
      default:
        return true;
    }
  }

  /**
   * Checks `e` against an expected type, allowing the coercions the subset uses: &mut T → &T,
   * &String → &str, &Vec<T> / &[T; N] → &[T], &Box<T> → &T.
   */
  coerceTo(e: Expr, expected: Ty): void {
    const actual = this.expr(e, expected);
    const ex = prune(expected);
    const ac = prune(actual);
    if (ex.k === 'ref' && ac.k === 'ref') {
      const ei = prune(ex.e);
      const ai = prune(ac.e);
      if (!ex.mut && ac.mut && this.tryUnify(ei, ai)) {
        (e as { coerce?: string }).coerce = isObjectKind(ai) ? undefined : 'readMut';
        return;
      }
      if (!ex.mut || ac.mut) {
        if (ei.k === 'str' && ai.k === 'String') {
          (e as { coerce?: string }).coerce = 'str';
          return;
        }
        if (ei.k === 'slice' && (ai.k === 'Vec' || ai.k === 'array') && this.tryUnify(ei.e, ai.e)) {
          (e as { coerce?: string }).coerce = ai.k === 'Vec' ? 'vecSlice' : undefined;
          return;
        }
        if (ai.k === 'Box' && this.tryUnify(ei, ai.e)) {
          (e as { coerce?: string }).coerce = 'unbox';
          return;
        }
        // &&T → &T (auto-deref): a shared reference to a Copy reference is the reference itself.
        if (!ex.mut && ai.k === 'ref' && !ai.mut && this.tryUnify(ex, ai)) return;
      }
    }
    this.unify(expected, actual, e);
  }

  // ---------------------------------------------------------------------------------------------
  // Functions, blocks, statements

  private fnBody(f: FnInfo): void {
    const d = f.decl;
    this.cx = { nslots: 0, scopes: [new Map()], blocks: [], ret: f.ret, loops: [], scopeId: 0 };
    d.paramDecls = [];
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
      this.err(e.span, e.message, e.notes);
    }
    d.nslots = this.cx.nslots;
  }

  private coerceTail(b: Block, want: Ty): void {
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

  block(b: Block, expected?: Ty): Ty {
    b.locals = [];
    this.cx.scopes.push(new Map());
    this.cx.blocks.push(b);
    this.cx.scopeId++;
    let diverges = false;
    try {
      for (const s of b.stmts) {
        try {
          if (this.stmt(s)) diverges = true;
        } catch (e) {
          if (!(e instanceof CheckError)) throw e;
          this.err(e.span, e.message, e.notes);
        }
      }
      let t: Ty = T.unit;
      if (b.tail) {
        try {
          if (expected) {
            this.coerceTo(b.tail, expected);
            t = b.tail.ty!;
            if (prune(t).k !== 'never') t = expected;
          } else t = this.expr(b.tail);
        } catch (e) {
          if (!(e instanceof CheckError)) throw e;
          this.err(e.span, e.message, e.notes);
          t = newVar();
        }
      } else if (diverges) t = T.never;
      else if (expected && prune(expected).k !== 'unit' && prune(expected).k !== 'var') {
        // Checked by the caller (a function body) or reported here for value blocks.
      }
      b.ty = t;
      return t;
    } finally {
      this.cx.scopes.pop();
      this.cx.blocks.pop();
    }
  }

  /** Returns true if the statement diverges (return/break/continue/panic). */
  private stmt(s: Stmt): boolean {
    if (s.k === 'let') {
      let ty: Ty = newVar();
      let failure: unknown = null;
      try {
        if (s.tyAnn) ty = this.type(s.tyAnn);
        if (s.init) {
          if (s.tyAnn) this.coerceTo(s.init, ty);
          else ty = this.expr(s.init);
        }
      } catch (e) {
        if (!(e instanceof CheckError)) throw e;
        failure = e;
      }
      // Bind even after an error in the initializer, so later uses don't cascade.
      this.bindPattern(s.pat, ty, true);
      if (!s.init && s.pat.k === 'bind' && s.pat.decl) s.pat.decl.deferred = true;
      if (failure) throw failure;
      return s.init ? prune(s.init.ty!).k === 'never' : false;
    }
    if (s.k === 'expr') {
      const t = this.expr(s.e);
      if (!s.semi && prune(t).k !== 'unit' && prune(t).k !== 'never' && !isBlockExpr(s.e)) {
        this.err(s.e, `mismatched types: expected \`()\`, found \`${fmtTy(t)}\``);
      }
      return prune(t).k === 'never';
    }
    return false;
  }

  bindPattern(p: Pattern, ty: Ty, irrefutable: boolean): void {
    switch (p.k) {
      case 'bind': {
        if (!p.deref) {
          this.declare(p, ty);
          return;
        }
        // `&x`: the value behind a shared reference to a Copy type (a `&T` of a Copy T is the value itself at run time).
        const t = prune(ty);
        // (some std results give the Copy value where Rust has `&T`: `v.iter().max()` is an Option<T> here)
        if (t.k !== 'ref' && isCopy(t) && !(t.k === 'var' && t.kind === 'any')) {
          this.declare(p, t);
          return;
        }
        if (t.k !== 'ref' || t.mut) throw new CheckError(p, `mismatched types: expected \`${fmtTy(t)}\`, found \`&_\``);
        if (!isCopy(t.e)) throw new CheckError(p, `cannot move out of a shared reference`);
        this.declare(p, t.e);
        return;
      }
      case 'wild':
        return;
      case 'some': {
        if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding: `None` not covered');
        const t = prune(ty);
        if (t.k === 'ref' && prune(t.e).k === 'Option') {
          const inner = (prune(t.e) as { e: Ty }).e;
          (p as { viaRef?: boolean }).viaRef = true;
          this.bindPattern(p.inner, isCopy(inner) ? inner : { k: 'ref', mut: t.mut, e: inner }, false);
          return;
        }
        const e = newVar();
        this.unify(ty, { k: 'Option', e }, p);
        this.bindPattern(p.inner, e, false);
        return;
      }
      case 'none': {
        if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding: `Some(_)` not covered');
        const t = prune(ty);
        if (t.k === 'ref') return;
        this.unify(ty, { k: 'Option', e: newVar() }, p);
        return;
      }
      case 'lit':
        if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding');
        this.coerceTo(p.e, ty);
        return;
      case 'range': {
        if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding');
        const t = prune(ty);
        if (!(t.k === 'int' || t.k === 'char' || t.k === 'float' || (t.k === 'var' && t.kind !== 'any'))) throw new CheckError(p, `mismatched types: expected \`${fmtTy(t)}\`, found a range pattern (only char and numeric types are allowed in range patterns)`);
        if (p.lo) this.coerceTo(p.lo, ty);
        if (p.hi) this.coerceTo(p.hi, ty);
        return;
      }
      case 'or':
        if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding');
        for (const a of p.alts) {
          if (a.k === 'bind' || a.k === 'some' || a.k === 'tuple') throw new CheckError(a, 'bindings in or-patterns (`|`) are not supported');
          this.bindPattern(a, ty, false);
        }
        return;
      case 'tuple':
        throw new CheckError(p, 'tuple patterns are not supported (except `for (i, x) in v.iter().enumerate()`)');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  expr(e: Expr, expected?: Ty): Ty {
    const t = this.exprInner(e, expected);
    e.ty = t;
    return t;
  }

  private exprInner(e: Expr, expected?: Ty): Ty {
    switch (e.k) {
      case 'int': {
        this.intLits.push(e);
        if (e.suffix) return T.int(e.suffix as IntName);
        const ex = expected && prune(expected);
        return ex && ex.k === 'int' ? ex : newVar('int');
      }
      case 'float':
        this.floatLits.push(e);
        if (e.suffix) return { k: 'float', name: e.suffix as 'f32' | 'f64' };
        return expected && prune(expected).k === 'float' ? prune(expected) : newVar('float');
      case 'bool':
        return T.bool;
      case 'char':
        return T.char;
      case 'str':
        return T.refStr;
      case 'unit':
        return T.unit;
      case 'name': {
        const d = this.lookup(e.name);
        if (!d) {
          if (this.fns.has(e.name)) throw new CheckError(e, `functions as values are not supported`);
          throw new CheckError(e, `cannot find value \`${e.name}\` in this scope`);
        }
        e.decl = d;
        e.slot = d.slot;
        return d.ty!;
      }
      case 'path':
        return this.pathExpr(e);
      case 'unary': {
        if (e.op === '*') {
          const t = prune(this.expr(e.e));
          if (t.k === 'ref' || t.k === 'Box') return t.e;
          if (t.k === 'var') throw new CheckError(e, 'type annotations needed');
          throw new CheckError(e, `type \`${fmtTy(t)}\` cannot be dereferenced`);
        }
        if (e.op === '-' && e.e.k === 'int') (e.e as { negated?: boolean }).negated = true;
        const t = this.expr(e.e, expected);
        const p = autoDerefCopy(t);
        if (e.op === '!') {
          if (p.k === 'bool' || p.k === 'int' || (p.k === 'var' && p.kind === 'int')) return p;
          throw new CheckError(e, `cannot apply unary operator \`!\` to type \`${fmtTy(t)}\``);
        }
        if ((p.k === 'int' && p.name[0] === 'i') || p.k === 'float' || (p.k === 'var' && p.kind !== 'any')) return p;
        if (p.k === 'int') throw new CheckError(e, `cannot apply unary operator \`-\` to type \`${p.name}\``);
        throw new CheckError(e, `cannot apply unary operator \`-\` to type \`${fmtTy(t)}\``);
      }
      case 'ref': {
        const ex = expected && prune(expected);
        const inner = ex && ex.k === 'ref' ? prune(ex.e) : undefined;
        // &[1, 2, 3] where &[T] is expected: the array literal adopts the slice's element type.
        const hint = inner && inner.k === 'slice' && (e.e.k === 'array' || e.e.k === 'arrayRepeat') ? undefined : inner;
        const t = this.expr(e.e, hint && hint.k !== 'str' ? hint : undefined);
        if (inner && inner.k === 'slice' && prune(t).k === 'array') this.tryUnify(inner.e, (prune(t) as { e: Ty }).e);
        if (e.mut) {
          try {
            this.checkMutPlace(e.e, 'borrow');
          } catch (err) {
            // rustc points at the whole `&mut x` (an autoref'd method receiver: at the receiver)
            if (err instanceof CheckError) throw new CheckError(e, err.message, err.notes?.map((n) => (n.from === err.span.from ? { ...n, from: e.from } : n)));
            throw err;
          }
        }
        if (e.e.k === 'index' && prune(e.e.i.ty!).k === 'range') return { k: 'ref', mut: e.mut, e: t };
        return { k: 'ref', mut: e.mut, e: t };
      }
      case 'binary':
        return this.binary(e, expected);
      case 'assign': {
        const lt = this.expr(e.l);
        if (!isPlace(e.l)) throw new CheckError(e.l, 'invalid left-hand side of assignment');
        this.checkMutPlace(e.l, 'assign');
        if (e.op === '=') this.coerceTo(e.r, lt);
        else {
          const op = e.op.slice(0, -1);
          const rt = this.expr(e.r, op === '<<' || op === '>>' ? undefined : lt);
          const lp = prune(lt);
          const rp = autoDerefCopy(rt);
          if (op === '<<' || op === '>>') {
            if (!isIntLike(lp) || !isIntLike(rp)) throw new CheckError(e, `no implementation for \`${fmtTy(lt)} ${e.op} ${fmtTy(rt)}\``);
          } else if (op === '+' && lp.k === 'String') {
            this.coerceTo(e.r, T.refStr);
            (e as { builtin?: string }).builtin = 'string.push_str';
          } else {
            if (!isNumLike(lp)) throw new CheckError(e, `binary assignment operation \`${e.op}\` cannot be applied to type \`${fmtTy(lt)}\``);
            this.unify(lt, rp, e.r);
          }
        }
        return T.unit;
      }
      case 'cast': {
        const from = autoDerefCopy(this.expr(e.e));
        const to = this.type(e.target);
        e.toTy = to;
        const tp = prune(to);
        const ok =
          (isNumLike(from) && (tp.k === 'int' || tp.k === 'float')) ||
          (from.k === 'bool' && tp.k === 'int') ||
          (from.k === 'char' && tp.k === 'int') ||
          (from.k === 'int' && from.name === 'u8' && tp.k === 'char') ||
          (from.k === 'var' && from.kind === 'int' && tp.k === 'char') ||
          this.tryUnify(from, to);
        if (!ok) throw new CheckError(e, `non-primitive cast: \`${fmtTy(from)}\` as \`${fmtTy(to)}\``);
        if (from.k === 'var' && from.kind === 'int' && tp.k === 'char') this.tryUnify(from, T.int('u8'));
        return to;
      }
      case 'call':
        return this.call(e, expected);
      case 'method':
        return this.method(e, expected);
      case 'field': {
        let t = prune(this.expr(e.e));
        while (t.k === 'ref' || t.k === 'Box') t = prune(t.e);
        if (t.k !== 'struct') throw new CheckError(e, `no field \`${e.name}\` on type \`${fmtTy(e.e.ty!)}\``);
        const i = t.s.fields.findIndex((f) => f.name === e.name);
        // rustc points at the field's name
        if (i < 0) throw new CheckError({ from: e.to - e.name.length, to: e.to }, `no field \`${e.name}\` on type \`${t.s.name}\``);
        e.index = i;
        return t.s.fields[i].ty;
      }
      case 'index': {
        let t = prune(this.expr(e.e));
        while (t.k === 'ref' || t.k === 'Box') t = prune(t.e);
        const it = this.expr(e.i, T.usize);
        const ip = prune(it);
        if (ip.k === 'range') {
          this.unify(T.usize, ip.e, e.i);
          if (t.k === 'Vec' || t.k === 'array' || t.k === 'slice') return { k: 'slice', e: t.e };
          if (t.k === 'String' || t.k === 'str') return T.str;
          throw new CheckError(e, `the type \`${fmtTy(t)}\` cannot be indexed by a range`);
        }
        this.unify(T.usize, it, e.i);
        if (t.k === 'Vec' || t.k === 'array' || t.k === 'slice' || t.k === 'VecDeque') return t.e;
        if (t.k === 'String' || t.k === 'str') throw new CheckError(e, `the type \`${fmtTy(t)}\` cannot be indexed by \`usize\` (strings are not indexable by integers)`);
        throw new CheckError(e, `cannot index into a value of type \`${fmtTy(e.e.ty!)}\``);
      }
      case 'range': {
        const el = newVar('int');
        if (e.lo) this.unify(el, autoDerefCopy(this.expr(e.lo, el)), e.lo);
        if (e.hi) this.unify(el, autoDerefCopy(this.expr(e.hi, el)), e.hi);
        if (e.hi) e.hi.ty = el;
        if (e.lo) e.lo.ty = el;
        return { k: 'range', e: el, inclusive: e.inclusive };
      }
      case 'struct': {
        const s = this.structs.get(e.name);
        if (!s) throw new CheckError(e, `cannot find struct, variant or union type \`${e.name}\` in this scope`);
        const seen = new Set<string>();
        for (const f of e.fields) {
          const fd = s.fields.find((x) => x.name === f.name);
          if (!fd) {
            this.err(f.span, `struct \`${s.name}\` has no field named \`${f.name}\``);
            continue;
          }
          seen.add(f.name);
          this.coerceTo(f.e, fd.ty);
        }
        const missing = s.fields.filter((f) => !seen.has(f.name)).map((f) => `\`${f.name}\``);
        if (missing.length) this.err(e, `missing field${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in initializer of \`${s.name}\``);
        return { k: 'struct', s };
      }
      case 'array': {
        const ex = expected && prune(expected);
        const el = ex && (ex.k === 'array' || ex.k === 'slice') ? ex.e : newVar();
        for (const x of e.elems) this.coerceTo(x, el);
        return { k: 'array', e: el, n: e.elems.length };
      }
      case 'arrayRepeat': {
        const ex = expected && prune(expected);
        const el = ex && ex.k === 'array' ? ex.e : newVar();
        this.coerceTo(e.e, el);
        this.coerceTo(e.n, T.usize);
        if (e.n.k !== 'int') throw new CheckError(e.n, 'array lengths must be integer literals');
        if (!isCopy(el)) this.err(e.e, `the trait bound \`${fmtTy(el)}: Copy\` is not satisfied`);
        return { k: 'array', e: el, n: Number(e.n.value) };
      }
      case 'vecMacro': {
        const ex = expected && prune(expected);
        const el = ex && ex.k === 'Vec' ? ex.e : newVar();
        if (e.repeat) {
          this.coerceTo(e.repeat.e, el);
          this.coerceTo(e.repeat.n, T.usize);
          const et = prune(el);
          if (!isCopy(et) && et.k !== 'String' && et.k !== 'Vec' && et.k !== 'var' && !(et.k === 'struct' && et.s.clone)) {
            this.err(e.repeat.e, `the trait bound \`${fmtTy(el)}: Clone\` is not satisfied`);
          }
        } else for (const x of e.elems!) this.coerceTo(x, el);
        return { k: 'Vec', e: el };
      }
      case 'fmtMacro': {
        if (e.f) this.fmtArgs(e.f);
        if (e.mac === 'format') return T.String;
        if (e.mac === 'panic') return T.never;
        return T.unit;
      }
      case 'assert': {
        if (e.mac === 'assert') this.coerceTo(e.args[0], T.bool);
        else {
          const a = this.expr(e.args[0]);
          const b = this.expr(e.args[1], a);
          const ak = prune(autoDerefAll(a)).k;
          const bk = prune(autoDerefAll(b)).k;
          // String: PartialEq<&str> and &str: PartialEq<String>, as for `==`.
          const strs = (ak === 'String' || ak === 'str') && (bk === 'String' || bk === 'str');
          if (!strs && !this.tryUnify(autoDerefAll(a), autoDerefAll(b))) this.err(e.args[1], `can't compare \`${fmtTy(a)}\` with \`${fmtTy(b)}\``);
          this.requireDebug(a, e.args[0]);
        }
        if (e.f) this.fmtArgs(e.f);
        return T.unit;
      }
      case 'block':
        return this.block(e.b, expected);
      case 'if': {
        this.coerceTo(e.cond, T.bool);
        return this.ifBranches(e.then, e.els, expected, e);
      }
      case 'ifLet': {
        const st = this.expr(e.e);
        this.cx.scopes.push(new Map());
        // The pattern's bindings live in the then-block.
        const holder: Block = { from: e.then.from, to: e.then.to, stmts: [], tail: null, locals: [] };
        this.cx.blocks.push(holder);
        try {
          this.bindPattern(e.pat, st, false);
          (e as { patLocals?: LocalDecl[] }).patLocals = holder.locals;
          const thenT = this.block(e.then, e.els ? expected : undefined);
          this.cx.blocks.pop();
          this.cx.scopes.pop();
          return this.joinElse(thenT, e.then, e.els, expected, e);
        } catch (err) {
          this.cx.blocks.pop();
          this.cx.scopes.pop();
          throw err;
        }
      }
      case 'while':
        this.coerceTo(e.cond, T.bool);
        this.loopBody(e.body, e.label, false);
        return T.unit;
      case 'whileLet': {
        const st = this.expr(e.e);
        this.cx.scopes.push(new Map());
        const holder: Block = { from: e.body.from, to: e.body.to, stmts: [], tail: null, locals: [] };
        this.cx.blocks.push(holder);
        try {
          this.bindPattern(e.pat, st, false);
          (e as { patLocals?: LocalDecl[] }).patLocals = holder.locals;
          this.loopBody(e.body, e.label, false);
        } finally {
          this.cx.blocks.pop();
          this.cx.scopes.pop();
        }
        return T.unit;
      }
      case 'loop': {
        const bt = this.loopBody(e.body, e.label, true);
        return bt ?? T.never;
      }
      case 'for': {
        const it = prune(this.expr(e.iter));
        let elem: Ty;
        let mode: string;
        if (it.k === 'range') {
          elem = it.e;
          mode = 'range';
          if (!e.iter.ty || !(e.iter.k === 'range' && e.iter.lo && e.iter.hi)) {
            if (e.iter.k === 'range' && (!e.iter.lo || !e.iter.hi)) throw new CheckError(e.iter, 'only ranges with both ends are supported in for loops');
          }
        } else if (it.k === 'iter' && it.enumerate) {
          elem = { k: 'ref', mut: false, e: it.e };
          mode = 'enumerate';
        } else if (it.k === 'iter') {
          elem = { k: 'ref', mut: false, e: it.e };
          mode = 'iter';
        } else if (it.k === 'ref') {
          const inner = prune(it.e);
          if (inner.k === 'Vec' || inner.k === 'array' || inner.k === 'slice' || inner.k === 'VecDeque') {
            elem = { k: 'ref', mut: it.mut, e: inner.e };
            mode = it.mut ? 'iterMut' : 'iter';
            if (it.mut && !isObjectKind(inner.e)) mode = 'iterMutPlace';
          } else throw new CheckError(e.iter, `\`${fmtTy(it)}\` is not an iterator`);
        } else if (it.k === 'Vec' || it.k === 'VecDeque') {
          elem = it.e;
          mode = 'intoIter';
        } else if (it.k === 'array') {
          elem = it.e;
          mode = 'iter';
        } else if (it.k === 'var') throw new CheckError(e.iter, 'type annotations needed');
        else throw new CheckError(e.iter, `\`${fmtTy(it)}\` is not an iterator`);
        (e as { mode?: string }).mode = mode;
        // &T of a Copy T is represented by the value itself; keep the Rust type for messages.
        const elemTy: Ty = mode === 'iter' && it.k === 'iter' ? elem : elem;
        this.cx.scopes.push(new Map());
        const holder: Block = { from: e.body.from, to: e.body.to, stmts: [], tail: null, locals: [] };
        this.cx.blocks.push(holder);
        try {
          if (mode === 'enumerate') {
            if (e.pat.k !== 'tuple' || e.pat.elems.some((x) => x.k !== 'bind' && x.k !== 'wild')) throw new CheckError(e.pat, 'expected a pattern `(i, x)` for `.enumerate()`');
            this.bindPattern(e.pat.elems[0], T.usize, true);
            this.bindPattern(e.pat.elems[1], elemTy, true);
          } else if (e.pat.k === 'bind' || e.pat.k === 'wild') {
            // rustc reports moving out of the elements at the iterator expression
            if (e.pat.k === 'bind' && e.pat.deref && prune(elemTy).k === 'ref' && !isCopy((prune(elemTy) as { e: Ty }).e)) throw new CheckError(e.iter, 'cannot move out of a shared reference');
            this.bindPattern(e.pat, elemTy, true);
          }
          else throw new CheckError(e.pat, 'this for-loop pattern is not supported');
          (e as { patLocals?: LocalDecl[] }).patLocals = holder.locals;
          this.loopBody(e.body, e.label, false, 'for');
        } finally {
          this.cx.blocks.pop();
          this.cx.scopes.pop();
        }
        return T.unit;
      }
      case 'break': {
        const loop = this.findLoop(e, e.label);
        loop.hasBreak = true;
        if (e.e) {
          if (!loop.breakTy) throw new CheckError(e, `\`break\` with value from a \`${(loop as { kind?: string }).kind ?? 'while'}\` loop`);
          this.coerceTo(e.e, loop.breakTy);
        } else if (loop.breakTy) this.tryUnify(loop.breakTy, T.unit);
        return T.never;
      }
      case 'continue':
        this.findLoop(e, e.label);
        return T.never;
      case 'return':
        if (e.e) this.coerceTo(e.e, this.cx.ret);
        else if (!this.tryUnify(this.cx.ret, T.unit)) this.err(e, `mismatched types: expected \`${fmtTy(this.cx.ret)}\`, found \`()\``);
        return T.never;
      case 'match': {
        const st = this.expr(e.e);
        let result: Ty | null = expected ?? null;
        let allNever = true;
        for (const arm of e.arms) {
          this.cx.scopes.push(new Map());
          const holder: Block = { from: arm.span.from, to: arm.span.to, stmts: [], tail: null, locals: [] };
          this.cx.blocks.push(holder);
          try {
            this.bindPattern(arm.pat, st, false);
            (arm as { patLocals?: LocalDecl[] }).patLocals = holder.locals;
            if (arm.guard) {
              // Rust binds by reference while the guard runs; the simulation binds first, so only
              // patterns that copy what they bind can have a guard.
              if (holder.locals!.some((d) => !isCopy(d.ty!))) throw new CheckError(arm.guard, 'match guards on patterns that move a value are not supported');
              this.coerceTo(arm.guard, T.bool);
            }
            let t: Ty;
            if (result) {
              this.coerceTo(arm.body, result);
              t = arm.body.ty!;
            } else {
              t = this.expr(arm.body);
              if (prune(t).k !== 'never') result = t;
            }
            if (prune(t).k !== 'never') allNever = false;
          } finally {
            this.cx.blocks.pop();
            this.cx.scopes.pop();
          }
        }
        this.checkExhaustive(e, st);
        if (allNever && e.arms.length) return T.never;
        return result ?? T.unit;
      }
    }
  }

  private checkExhaustive(e: Extract<Expr, { k: 'match' }>, st: Ty): void {
    const pats = e.arms.filter((a) => !a.guard).map((a) => a.pat);
    if (pats.some((p) => p.k === 'wild' || p.k === 'bind')) return;
    const t = prune(st);
    const opt = t.k === 'Option' || (t.k === 'ref' && prune(t.e).k === 'Option');
    if (opt && pats.some((p) => p.k === 'none') && pats.some((p) => p.k === 'some' && (p.inner.k === 'bind' || p.inner.k === 'wild'))) return;
    if (t.k === 'bool' && pats.some((p) => p.k === 'lit' && p.e.k === 'bool' && p.e.value) && pats.some((p) => p.k === 'lit' && p.e.k === 'bool' && !p.e.value)) return;
    if ((t.k === 'int' || (t.k === 'var' && t.kind === 'int')) && intsCovered(pats, t.k === 'int' ? t.name : 'i32')) return;
    this.err(e.e, 'non-exhaustive patterns: add a `_ =>` arm');
  }

  private ifBranches(then: Block, els: Expr | null, expected: Ty | undefined, e: Span): Ty {
    const thenT = this.block(then, els ? expected : undefined);
    return this.joinElse(thenT, then, els, expected, e);
  }

  private joinElse(thenT: Ty, then: Block, els: Expr | null, expected: Ty | undefined, at?: Span): Ty {
    if (!els) {
      // E0317, at the `if`: its value is used (a non-unit then-branch, or a non-unit type expected)
      const ex = expected && prune(expected);
      const used = (prune(thenT).k !== 'unit' && prune(thenT).k !== 'never') || (ex && ex.k !== 'unit' && ex.k !== 'var' && ex.k !== 'never');
      if (used) this.err(at ?? then.tail ?? then, '`if` may be missing an `else` clause');
      return T.unit;
    }
    const want = expected ?? (prune(thenT).k === 'never' ? undefined : thenT);
    const before = this.diags.length;
    const elsT = want ? (this.coerceTo(els, want), els.ty!) : this.expr(els);
    if (!expected) {
      // the else value against the then value: rustc's E0308 says so
      const tail = els.k === 'block' && els.b.tail ? els.b.tail : els;
      for (const d of this.diags.slice(before)) if (d.from === tail.from && d.message.startsWith('mismatched types: ')) d.message = '`if` and `else` have incompatible types: ' + d.message.slice('mismatched types: '.length);
    }
    if (prune(thenT).k === 'never') return elsT;
    if (prune(elsT).k !== 'never' && !expected) this.unify(thenT, elsT, els.k === 'block' && els.b.tail ? els.b.tail : els);
    return want ?? thenT;
  }

  private loopBody(b: Block, label: string | null, isLoop: boolean, kind: 'while' | 'for' = 'while'): Ty | null {
    const entry: { label: string | null; breakTy: Ty | null; hasBreak?: boolean; kind?: string } = { label, breakTy: isLoop ? newVar() : null, kind };
    this.cx.loops.push(entry);
    try {
      const t = this.block(b, T.unit);
      if (b.tail && prune(t).k !== 'unit' && prune(t).k !== 'never') this.err(b.tail, `mismatched types: expected \`()\`, found \`${fmtTy(t)}\``);
    } finally {
      this.cx.loops.pop();
    }
    if (!isLoop) return null;
    if (!entry.hasBreak) return null;
    const bt = prune(entry.breakTy!);
    if (bt.k === 'var' && bt.kind === 'any') this.tryUnify(bt, T.unit);
    return prune(bt);
  }

  private findLoop(e: Span, label: string | null): { label: string | null; breakTy: Ty | null; hasBreak?: boolean } {
    for (let i = this.cx.loops.length - 1; i >= 0; i--) {
      const l = this.cx.loops[i];
      if (!label || l.label === label) return l;
    }
    throw new CheckError(e, label ? `use of undeclared label \`${label}\`` : '`break` outside of a loop');
  }

  private binary(e: Extract<Expr, { k: 'binary' }>, expected?: Ty): Ty {
    const op = e.op;
    if (op === '&&' || op === '||') {
      this.coerceTo(e.l, T.bool);
      this.coerceTo(e.r, T.bool);
      return T.bool;
    }
    const cmp = op === '==' || op === '!=' || op === '<' || op === '>' || op === '<=' || op === '>=';
    const lt = this.expr(e.l, cmp ? undefined : expected);
    const lp = prune(lt);
    if (op === '+' && lp.k === 'String') {
      this.coerceTo(e.r, T.refStr);
      (e as { builtin?: string }).builtin = 'string.add';
      return T.String;
    }
    if (op === '<<' || op === '>>') {
      const rt = this.expr(e.r);
      const l = autoDerefCopy(lt);
      if (!isIntLike(l) || !isIntLike(autoDerefCopy(rt))) throw new CheckError(e, `no implementation for \`${fmtTy(lt)} ${op} ${fmtTy(rt)}\``);
      return l;
    }
    const rt = this.expr(e.r, autoDerefCopy(lt));
    if (cmp) {
      const a = autoDerefAll(lt);
      const b = autoDerefAll(rt);
      if (a.k === 'String' || a.k === 'str') {
        const bk = b.k;
        if (bk !== 'String' && bk !== 'str') throw new CheckError(e, `can't compare \`${fmtTy(lt)}\` with \`${fmtTy(rt)}\``);
        return T.bool;
      }
      if (!this.tryUnify(a, b)) throw new CheckError(e.r, `mismatched types: expected \`${fmtTy(a)}\`, found \`${fmtTy(b)}\``);
      const p = prune(a);
      if ((op !== '==' && op !== '!=') && !(isNumLike(p) || p.k === 'char' || p.k === 'bool')) throw new CheckError(e, `binary operation \`${op}\` cannot be applied to type \`${fmtTy(lt)}\``);
      if ((op === '==' || op === '!=') && p.k === 'struct' && !p.s.eq) throw new CheckError(e, `binary operation \`${op}\` cannot be applied to type \`${p.s.name}\` (derive(PartialEq) is not supported)`);
      return T.bool;
    }
    const a = autoDerefCopy(lt);
    const b = autoDerefCopy(rt);
    if (op === '&' || op === '|' || op === '^') {
      if (a.k === 'bool' && b.k === 'bool') return T.bool;
    }
    if (!isNumLike(a) || ((op === '&' || op === '|' || op === '^') && !isIntLike(a))) {
      throw new CheckError(e, `cannot ${opVerb(op)} \`${fmtTy(rt)}\` ${opPrep(op)} \`${fmtTy(lt)}\``);
    }
    if (!this.tryUnify(a, b)) throw new CheckError(e.r, `mismatched types: expected \`${fmtTy(a)}\`, found \`${fmtTy(b)}\``);
    return a;
  }

  private fmtArgs(f: FmtArgs): void {
    let spec;
    try {
      spec = parseFormat(f.fmt);
    } catch (err) {
      throw new CheckError(f.fmtSpan, (err as Error).message);
    }
    const used = new Set<number>();
    let next = 0;
    for (const p of spec) {
      if (typeof p === 'string') continue;
      let idx: number;
      if (p.arg === null) idx = next++;
      else if (typeof p.arg === 'number') idx = p.arg;
      else if (f.names && Object.hasOwn(f.names, p.arg)) idx = f.names[p.arg];
      else {
        // {name}: an inline captured variable.
        const name = p.arg;
        const d = this.lookup(name);
        if (!d) throw new CheckError(f.fmtSpan, `cannot find value \`${name}\` in this scope`);
        const ne: Expr = { ...inlineArgSpan(f, name), k: 'name', name };
        f.args.push(ne);
        idx = f.args.length - 1;
        p.arg = idx;
      }
      if (idx >= f.args.length) throw new CheckError(firstPlaceholder(f), `${spec.filter((x) => typeof x !== 'string').length} positional arguments in format string, but there ${f.args.length === 1 ? 'is 1 argument' : `are ${f.args.length} arguments`}`);
      p.arg = idx;
      used.add(idx);
    }
    (f as { spec?: unknown }).spec = spec;
    for (let i = 0; i < f.args.length; i++) {
      const t = this.expr(f.args[i]);
      if (!used.has(i)) this.err(f.args[i], 'argument never used');
      for (const p of spec) {
        if (typeof p !== 'string' && p.arg === i) {
          if (p.radix) {
            const it = prune(autoDerefAll(t));
            const trait = { x: 'LowerHex', X: 'UpperHex', b: 'Binary', o: 'Octal' }[p.radix];
            if (!(it.k === 'int' || (it.k === 'var' && it.kind === 'int'))) throw new CheckError(f.args[i], `the trait bound \`${fmtTy(it)}: ${trait}\` is not satisfied`);
          } else if (p.debug) this.requireDebug(t, f.args[i]);
          else this.requireDisplay(t, f.args[i]);
        }
      }
    }
  }

  private requireDisplay(t: Ty, at: Span): void {
    const p = autoDerefAll(t);
    if (p.k === 'int' || p.k === 'float' || p.k === 'bool' || p.k === 'char' || p.k === 'str' || p.k === 'String' || p.k === 'var') return;
    throw new CheckError(at, `\`${fmtTy(p)}\` doesn't implement \`std::fmt::Display\`${p.k === 'Vec' || p.k === 'struct' || p.k === 'Option' ? ' (use {:?})' : ''}`);
  }

  private requireDebug(t: Ty, at: Span): void {
    const p = autoDerefAll(t);
    if (p.k === 'struct' && !p.s.debug) throw new CheckError(at, `\`${p.s.name}\` doesn't implement \`Debug\` (add #[derive(Debug)])`);
    if (p.k === 'Vec' || p.k === 'VecDeque' || p.k === 'Option' || p.k === 'array' || p.k === 'slice' || p.k === 'Box') this.requireDebug(p.e, at);
    if (p.k === 'Bump' || p.k === 'iter' || p.k === 'range') throw new CheckError(at, `\`${fmtTy(p)}\` can't be formatted here`);
  }

  // Paths used as values: i32::MAX, None, usize::MAX.
  private pathExpr(e: Extract<Expr, { k: 'path' }>): Ty {
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
  }

  private call(e: Extract<Expr, { k: 'call' }>, expected?: Ty): Ty {
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
  }

  private builtinCall(e: Extract<Expr, { k: 'call' }>, name: string, expected?: Ty): Ty {
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
  }

  // ---------------------------------------------------------------------------------------------
  // Methods

  private method(e: Extract<Expr, { k: 'method' }>, expected?: Ty): Ty {
    const rt = this.expr(e.recv);
    // Auto-deref: &T, &mut T, Box<T> → T (but methods on Box/refs themselves come first).
    let t = prune(rt);
    let viaRef: 'none' | 'ref' | 'mut' = 'none';
    let derefs = 0;
    for (;;) {
      const sig = this.methodSig(t, e, expected);
      if (sig) {
        e.builtin = sig.id;
        (e as { derefs?: number }).derefs = derefs;
        (e as { selfMode?: SelfMode }).selfMode = sig.self;
        if (sig.self === 'mut') {
          if (viaRef === 'ref') throw new CheckError(e.recv, `cannot borrow \`*${placeName(e.recv)}\` as mutable, as it is behind a \`&\` reference`, behindRefNote(e.recv, e.recv, 'borrow'));
          if (viaRef === 'none') this.checkMutPlace(e.recv, 'borrow');
        }
        if (sig.self === 'value' && viaRef !== 'none' && !isCopy(t)) throw new CheckError(e.recv, `cannot move out of \`*${placeName(e.recv)}\` which is behind a ${viaRef === 'mut' ? 'mutable' : 'shared'} reference`);
        if (e.args.length !== sig.params.length) throw new CheckError(e, `this method takes ${sig.params.length} argument${sig.params.length === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`);
        e.args.forEach((a, i) => this.coerceTo(a, sig.params[i]));
        return sig.ret;
      }
      if (t.k === 'ref') {
        viaRef = t.mut ? (viaRef === 'ref' ? 'ref' : 'mut') : 'ref';
        t = prune(t.e);
        derefs++;
        continue;
      }
      if (t.k === 'Box') {
        t = prune(t.e);
        derefs++;
        continue;
      }
      break;
    }
    if (t.k === 'var') throw new CheckError(e.recv, 'type annotations needed');
    throw new CheckError(e.nameSpan, `no method named \`${e.name}\` found for ${['struct', 'Vec', 'String', 'VecDeque', 'Box', 'Bump'].includes(t.k) ? 'struct' : t.k === 'Option' ? 'enum' : 'type'} \`${fmtTy(t)}\` in the current scope${isUnsupportedMethod(e.name)}`);
  }

  private methodSig(t: Ty, e: Extract<Expr, { k: 'method' }>, expected?: Ty): MethodSig | null {
    const m = e.name;
    const sig = (id: string, self: SelfMode, params: Ty[], ret: Ty): MethodSig => ({ id, self, params, ret });
    const U = T.usize;
    switch (t.k) {
      case 'Vec': {
        const el = t.e;
        switch (m) {
          case 'push': return sig('vec.push', 'mut', [el], T.unit);
          case 'pop': return sig('vec.pop', 'mut', [], { k: 'Option', e: el });
          case 'len': return sig('vec.len', 'ref', [], U);
          case 'capacity': return sig('vec.capacity', 'ref', [], U);
          case 'is_empty': return sig('vec.is_empty', 'ref', [], T.bool);
          case 'clear': return sig('vec.clear', 'mut', [], T.unit);
          case 'truncate': return sig('vec.truncate', 'mut', [U], T.unit);
          case 'reserve': return sig('vec.reserve', 'mut', [U], T.unit);
          case 'reserve_exact': return sig('vec.reserve_exact', 'mut', [U], T.unit);
          case 'shrink_to_fit': return sig('vec.shrink_to_fit', 'mut', [], T.unit);
          case 'shrink_to': return sig('vec.shrink_to', 'mut', [U], T.unit);
          case 'extend_from_slice':
            if (!isCopy(el) && prune(el).k !== 'String') return null;
            return sig('vec.extend_from_slice', 'mut', [{ k: 'ref', mut: false, e: { k: 'slice', e: el } }], T.unit);
          case 'insert': return sig('vec.insert', 'mut', [U, el], T.unit);
          case 'remove': return sig('vec.remove', 'mut', [U], el);
          case 'swap_remove': return sig('vec.swap_remove', 'mut', [U], el);
          case 'clone': this.requireClone(el, e); return sig('vec.clone', 'ref', [], t);
          case 'iter': return sig('slice.iter', 'ref', [], { k: 'iter', e: el });
          case 'contains': return sig('slice.contains', 'ref', [{ k: 'ref', mut: false, e: el }], T.bool);
          case 'first': return sig('slice.first', 'ref', [], { k: 'Option', e: isCopy(el) ? el : { k: 'ref', mut: false, e: el } });
          case 'last': return sig('slice.last', 'ref', [], { k: 'Option', e: isCopy(el) ? el : { k: 'ref', mut: false, e: el } });
          case 'as_slice': return sig('vec.as_slice', 'ref', [], { k: 'ref', mut: false, e: { k: 'slice', e: el } });
        }
        return null;
      }
      case 'array':
      case 'slice': {
        const el = t.e;
        switch (m) {
          case 'len': return sig('slice.len', 'ref', [], U);
          case 'is_empty': return sig('slice.is_empty', 'ref', [], T.bool);
          case 'iter': return sig('slice.iter', 'ref', [], { k: 'iter', e: el });
          case 'to_vec': this.requireClone(el, e); return sig('slice.to_vec', 'ref', [], { k: 'Vec', e: el });
          case 'contains': return sig('slice.contains', 'ref', [{ k: 'ref', mut: false, e: el }], T.bool);
        }
        return null;
      }
      case 'iter': {
        const el = t.e;
        switch (m) {
          case 'sum': {
            const targ = e.targs && e.targs[0] ? this.type(e.targs[0]) : null;
            const out = targ ?? (expected && prune(expected).k !== 'var' ? expected : newVar('int'));
            const ep = prune(el);
            if (!this.tryUnify(out, ep) && !(ep.k === 'var')) throw new CheckError(e, `a value of type \`${fmtTy(out)}\` cannot be made by summing an iterator over elements of type \`&${fmtTy(el)}\``);
            if (!isNumLike(prune(out))) throw new CheckError(e, `\`${fmtTy(out)}\` cannot be summed`);
            return sig('iter.sum', 'value', [], out);
          }
          case 'count': return sig('iter.count', 'value', [], U);
          case 'enumerate': return t.enumerate ? null : sig('iter.enumerate', 'value', [], { k: 'iter', e: el, enumerate: true });
          case 'len': return sig('iter.count', 'ref', [], U);
          case 'max': case 'min': {
            const ep = prune(el);
            if (!isIntLike(ep) && ep.k !== 'char' && ep.k !== 'bool') return null;
            return sig(`iter.${m}`, 'value', [], { k: 'Option', e: el });
          }
        }
        return null;
      }
      case 'String':
        switch (m) {
          case 'push': return sig('string.push', 'mut', [T.char], T.unit);
          case 'push_str': return sig('string.push_str', 'mut', [T.refStr], T.unit);
          case 'len': return sig('str.len', 'ref', [], U);
          case 'capacity': return sig('string.capacity', 'ref', [], U);
          case 'is_empty': return sig('str.is_empty', 'ref', [], T.bool);
          case 'clear': return sig('string.clear', 'mut', [], T.unit);
          case 'truncate': return sig('string.truncate', 'mut', [U], T.unit);
          case 'reserve': return sig('string.reserve', 'mut', [U], T.unit);
          case 'reserve_exact': return sig('string.reserve_exact', 'mut', [U], T.unit);
          case 'shrink_to_fit': return sig('string.shrink_to_fit', 'mut', [], T.unit);
          case 'pop': return sig('string.pop', 'mut', [], { k: 'Option', e: T.char });
          case 'clone': return sig('string.clone', 'ref', [], T.String);
          case 'as_str': return sig('string.as_str', 'ref', [], T.refStr);
          case 'to_string': case 'to_owned': return sig('str.to_string', 'ref', [], T.String);
        }
        return null;
      case 'str':
        switch (m) {
          case 'len': return sig('str.len', 'ref', [], U);
          case 'is_empty': return sig('str.is_empty', 'ref', [], T.bool);
          case 'to_string': case 'to_owned': return sig('str.to_string', 'ref', [], T.String);
        }
        return null;
      case 'VecDeque': {
        const el = t.e;
        switch (m) {
          case 'push_back': return sig('deque.push_back', 'mut', [el], T.unit);
          case 'push_front': return sig('deque.push_front', 'mut', [el], T.unit);
          case 'pop_front': return sig('deque.pop_front', 'mut', [], { k: 'Option', e: el });
          case 'pop_back': return sig('deque.pop_back', 'mut', [], { k: 'Option', e: el });
          case 'len': return sig('vec.len', 'ref', [], U);
          case 'capacity': return sig('vec.capacity', 'ref', [], U);
          case 'is_empty': return sig('vec.is_empty', 'ref', [], T.bool);
          case 'clear': return sig('vec.clear', 'mut', [], T.unit);
          case 'reserve': return sig('vec.reserve', 'mut', [U], T.unit);
          case 'shrink_to_fit': return sig('vec.shrink_to_fit', 'mut', [], T.unit);
          case 'iter': return sig('slice.iter', 'ref', [], { k: 'iter', e: el });
        }
        return null;
      }
      case 'Box':
        if (m === 'clone') {
          this.requireClone(t.e, e);
          return sig('box.clone', 'ref', [], t);
        }
        return null;
      case 'struct':
        if (m === 'clone') {
          if (!t.s.clone) throw new CheckError(e.nameSpan, `no method named \`clone\` found for struct \`${t.s.name}\` in the current scope (add #[derive(Clone)])`);
          return sig('struct.clone', 'ref', [], t);
        }
        return null;
      case 'Option':
        switch (m) {
          case 'unwrap': return sig('option.unwrap', 'value', [], t.e);
          case 'expect': return sig('option.expect', 'value', [T.refStr], t.e);
          case 'is_some': return sig('option.is_some', 'ref', [], T.bool);
          case 'is_none': return sig('option.is_none', 'ref', [], T.bool);
          case 'unwrap_or': return sig('option.unwrap_or', 'value', [t.e], t.e);
        }
        return null;
      case 'Bump':
        switch (m) {
          case 'alloc': {
            const v = newVar();
            return sig('bump.alloc', 'ref', [v], { k: 'ref', mut: true, e: v });
          }
          case 'alloc_slice_copy': {
            const v = newVar();
            return sig('bump.alloc_slice_copy', 'ref', [{ k: 'ref', mut: false, e: { k: 'slice', e: v } }], { k: 'ref', mut: true, e: { k: 'slice', e: v } });
          }
          case 'reset': return sig('bump.reset', 'mut', [], T.unit);
          case 'allocated_bytes': return sig('bump.allocated_bytes', 'ref', [], U);
          case 'chunk_capacity': return sig('bump.chunk_capacity', 'ref', [], U);
        }
        return null;
      case 'int': {
        const I = t;
        switch (m) {
          case 'pow': return sig('int.pow', 'value', [T.int('u32')], I);
          case 'abs': return I.name[0] === 'i' ? sig('int.abs', 'value', [], I) : null;
          case 'min': return sig('int.min', 'value', [I], I);
          case 'max': return sig('int.max', 'value', [I], I);
          case 'wrapping_add': return sig('int.wrapping_add', 'value', [I], I);
          case 'wrapping_sub': return sig('int.wrapping_sub', 'value', [I], I);
          case 'wrapping_mul': return sig('int.wrapping_mul', 'value', [I], I);
          case 'to_string': return sig('int.to_string', 'ref', [], T.String);
          case 'count_ones': return sig('int.count_ones', 'value', [], T.int('u32'));
          case 'is_power_of_two': return I.name[0] === 'u' ? sig('int.is_power_of_two', 'value', [], T.bool) : null;
          case 'next_power_of_two': return I.name[0] === 'u' ? sig('int.next_power_of_two', 'value', [], I) : null;
        }
        return null;
      }
      case 'float': {
        const F = t;
        switch (m) {
          case 'sqrt': case 'abs': case 'floor': case 'ceil': case 'round': case 'trunc':
            return sig(`float.${m}`, 'value', [], F);
          case 'powi': return sig('float.powi', 'value', [T.int('i32')], F);
          case 'powf': return sig('float.powf', 'value', [F], F);
          case 'min': return sig('float.min', 'value', [F], F);
          case 'max': return sig('float.max', 'value', [F], F);
          case 'to_string': return sig('float.to_string', 'ref', [], T.String);
        }
        return null;
      }
      case 'var':
        if (t.kind === 'int') {
          // Default {integer} to i32 for a method call, as rustc does for most methods.
          this.tryUnify(t, T.i32);
          return this.methodSig(prune(t), e, expected);
        }
        if (t.kind === 'float') {
          this.tryUnify(t, T.f64);
          return this.methodSig(prune(t), e, expected);
        }
        return null;
      case 'char':
        if (m === 'to_string') return sig('char.to_string', 'ref', [], T.String);
        if (m === 'len_utf8') return sig('char.len_utf8', 'value', [], U);
        return null;
      case 'bool':
        if (m === 'to_string') return sig('bool.to_string', 'ref', [], T.String);
        return null;
    }
    return null;
  }

  private requireClone(t: Ty, at: Span): void {
    const p = prune(t);
    if (p.k === 'struct' && !p.s.clone) throw new CheckError(at, `the trait bound \`${p.s.name}: Clone\` is not satisfied`);
    if (p.k === 'Bump') throw new CheckError(at, 'the trait bound `Bump: Clone` is not satisfied');
  }

  // ---------------------------------------------------------------------------------------------
  // Mutability

  /** E0596 / E0594 / E0384: is this place mutable (for `&mut`, a `&mut self` method or an assignment)? */
  checkMutPlace(p: Expr, what: 'borrow' | 'assign'): void {
    let cur = p;
    for (;;) {
      if (cur.k === 'field' || cur.k === 'index') {
        const bt = prune(cur.e.ty ?? T.unit);
        if (bt.k === 'ref') {
          if (!bt.mut) {
            throw new CheckError(p, what === 'assign' ? `cannot assign to \`${placeName(p)}\`, which is behind a \`&\` reference` : `cannot borrow \`${placeName(p)}\` as mutable, as it is behind a \`&\` reference`, behindRefNote(p, cur.e, what));
          }
          return;
        }
        cur = cur.e;
        continue;
      }
      if (cur.k === 'unary' && cur.op === '*') {
        const bt = prune(cur.e.ty ?? T.unit);
        if (bt.k === 'ref') {
          if (!bt.mut) throw new CheckError(p, what === 'assign' ? `cannot assign to \`${placeName(p)}\`, which is behind a \`&\` reference` : `cannot borrow \`${placeName(p)}\` as mutable, as it is behind a \`&\` reference`, behindRefNote(p, cur.e, what));
          return;
        }
        cur = cur.e;
        continue;
      }
      if (cur.k === 'name') {
        const d = cur.decl;
        if (!d) return;
        const t = prune(d.ty!);
        if (t.k === 'ref' && p !== cur && t.mut) return;
        if (!d.mut && !(d.deferred && what === 'assign' && cur === p)) {
          if (what === 'assign' && cur === p) {
            const notes = [
              { from: d.span.from, message: `first assignment to \`${d.name}\`` },
              { from: d.span.from, message: `help: consider making this binding mutable: \`mut ${d.name}\`` },
              { from: p.from, message: 'cannot assign twice to immutable variable' },
            ];
            throw new CheckError(p, `cannot assign twice to immutable variable \`${d.name}\``, notes);
          }
          const notes = [{ from: p.from, message: what === 'assign' ? 'cannot assign' : 'cannot borrow as mutable' }, { from: d.span.from, message: `help: consider changing this to be mutable: \`mut ${d.name}\`` }];
          throw new CheckError(p, what === 'assign' ? `cannot assign to \`${placeName(p)}\`, as \`${d.name}\` is not declared as mutable` : `cannot borrow \`${placeName(p)}\` as mutable, as it is not declared as mutable`, notes);
        }
        return;
      }
      if (cur.k === 'method' || cur.k === 'call') return; // temporaries (e.g. bump.alloc(..)) are fine
      return;
    }
  }
}


/** rustc's label for E0596/E0594 through a shared reference: "`r` is a `&` reference, so …". */
function behindRefNote(p: Expr, r: Expr, what: 'borrow' | 'assign'): { from: number; message: string }[] {
  return [{ from: p.from, message: `\`${placeName(r)}\` is a \`&\` reference, so it cannot be ${what === 'assign' ? 'written to' : 'borrowed as mutable'}` }];
}

function occurs(v: Ty, t: Ty): boolean {
  t = prune(t);
  if (t === v) return true;
  if ('e' in t && t.e) return occurs(v, t.e);
  return false;
}

/** Whether integer literal and range patterns cover the whole type (`i64::MIN..=-1 | 0 | 1..=i64::MAX`). */
function intsCovered(pats: Pattern[], name: IntName): boolean {
  const bits = BigInt(name === 'usize' || name === 'isize' ? 64 : Number(name.slice(1)));
  const min = name[0] === 'i' ? -(1n << (bits - 1n)) : 0n;
  const max = name[0] === 'i' ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  const val = (e: Expr): bigint | null => {
    if (e.k === 'int') return e.value;
    if (e.k === 'unary' && e.op === '-' && e.e.k === 'int') return -e.e.value;
    const b = (e as { builtin?: string }).builtin;
    if (e.k === 'path' && e.segs[0] === name) return b === 'int.MAX' ? max : b === 'int.MIN' ? min : null;
    return null;
  };
  const spans: [bigint, bigint][] = [];
  const add = (p: Pattern): boolean => {
    if (p.k === 'or') return p.alts.every(add);
    if (p.k === 'lit') {
      const v = val(p.e);
      if (v !== null) spans.push([v, v]);
    } else if (p.k === 'range') {
      const lo = p.lo ? val(p.lo) : min;
      const hi = p.hi ? val(p.hi) : max;
      if (lo === null || hi === null) return false;
      spans.push([lo, p.hi && !p.inclusive ? hi - 1n : hi]);
    }
    return true;
  };
  if (!pats.every(add)) return false;
  spans.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let next = min;
  for (const [lo, hi] of spans) {
    if (lo > next) return false;
    if (hi + 1n > next) next = hi + 1n;
  }
  return next > max;
}

/** Where rustc points for a placeholder count error: the first `{…}` (when no escape precedes it). */
function firstPlaceholder(f: FmtArgs): Span {
  let i = 0;
  while (i < f.fmt.length) {
    if (f.fmt[i] === '{' && f.fmt[i + 1] === '{') i += 2;
    else if (f.fmt[i] === '{') break;
    else i++;
  }
  const escaped = f.fmtSpan.to - f.fmtSpan.from !== f.fmt.length + 2;
  if (i >= f.fmt.length || (escaped && /[\n\t\r\\"\0]/.test(f.fmt.slice(0, i)))) return f.fmtSpan;
  return { from: f.fmtSpan.from + 1 + i, to: f.fmtSpan.from + 2 + i };
}

/** Where rustc points for an inline `{name}` argument: the name inside the string (if no escape precedes it). */
function inlineArgSpan(f: FmtArgs, name: string): Span {
  const m = new RegExp(`(^|[^{])((?:\\{\\{)*)\\{${name}[}:]`).exec(f.fmt);
  const escaped = f.fmtSpan.to - f.fmtSpan.from !== f.fmt.length + 2;
  if (!m || (escaped && /[\n\t\r\\"\0]/.test(f.fmt.slice(0, m.index + m[0].length)))) return f.fmtSpan;
  const at = f.fmtSpan.from + 1 + m.index + m[1].length + m[2].length + 1;
  return { from: at, to: at + name.length };
}

function isBlockExpr(e: Expr): boolean {
  return e.k === 'if' || e.k === 'ifLet' || e.k === 'while' || e.k === 'whileLet' || e.k === 'loop' || e.k === 'for' || e.k === 'block' || e.k === 'match';
}

function endsInReturn(b: Block): boolean {
  const last = b.stmts[b.stmts.length - 1];
  return !!last && last.k === 'expr' && (last.e.k === 'return' || (last.e.k === 'fmtMacro' && last.e.mac === 'panic') || prune(last.e.ty ?? T.unit).k === 'never');
}

export function isPlace(e: Expr): boolean {
  if (e.k === 'name') return true;
  if (e.k === 'field' || e.k === 'index') return isPlace(e.e) || e.e.k === 'method' || e.e.k === 'call' || (e.e.k === 'unary' && e.e.op === '*');
  if (e.k === 'unary' && e.op === '*') return true;
  return false;
}

export function placeName(e: Expr): string {
  switch (e.k) {
    case 'name':
      return e.name;
    case 'field':
      return `${placeName(e.e)}.${e.name}`;
    case 'index':
      return `${placeName(e.e)}[..]`;
    case 'unary':
      return e.op === '*' ? `*${placeName(e.e)}` : '_';
    case 'method':
      return `${placeName(e.recv)}.${e.name}()`;
    default:
      return '_';
  }
}

function isIntLike(t: Ty): boolean {
  t = prune(t);
  return t.k === 'int' || (t.k === 'var' && t.kind === 'int');
}

function isNumLike(t: Ty): boolean {
  t = prune(t);
  return t.k === 'int' || t.k === 'float' || (t.k === 'var' && t.kind !== 'any');
}

/** &i32 behaves like i32 in arithmetic (std's `impl Add<&i32> for i32` etc.). */
function autoDerefCopy(t: Ty): Ty {
  t = prune(t);
  while (t.k === 'ref' && isCopy(t.e)) t = prune(t.e);
  return t;
}

function autoDerefAll(t: Ty): Ty {
  t = prune(t);
  while (t.k === 'ref' || t.k === 'Box') t = prune(t.e);
  return t;
}

function opVerb(op: string): string {
  return op === '+' ? 'add' : op === '-' ? 'subtract' : op === '*' ? 'multiply' : op === '/' ? 'divide' : op === '%' ? 'calculate the remainder of' : 'apply `' + op + '` to';
}

function opPrep(op: string): string {
  return op === '+' ? 'to' : op === '-' ? 'from' : op === '*' ? 'by' : op === '/' ? 'into' : op === '%' ? 'divided by' : 'and';
}

function isUnsupportedMethod(name: string): string {
  if (['map', 'filter', 'collect', 'for_each', 'fold', 'into_iter', 'iter_mut', 'enumerate', 'zip', 'chars', 'bytes', 'split', 'sort', 'sort_unstable', 'dedup', 'retain', 'drain', 'extend', 'append', 'get', 'get_mut', 'entry', 'insert',
    'rev', 'step_by', 'take', 'skip', 'position', 'find', 'any', 'all', 'product', 'last_mut', 'first_mut', 'sort_by', 'sort_by_key', 'reverse', 'swap', 'join', 'concat', 'windows', 'chunks',
    'trim', 'lines', 'split_whitespace', 'parse', 'to_uppercase', 'to_lowercase', 'starts_with', 'ends_with', 'replace', 'repeat', 'char_indices', 'is_alphabetic', 'is_numeric', 'to_digit',
    'checked_add', 'checked_sub', 'checked_mul', 'checked_div', 'saturating_add', 'saturating_sub', 'overflowing_add', 'map_or', 'ok_or', 'and_then', 'unwrap_or_default', 'unwrap_or_else', 'as_ref', 'as_mut', 'contains', 'cloned', 'copied', 'iter_mut', 'last_mut', 'split_at', 'to_ascii_uppercase', 'to_ascii_lowercase', 'as_bytes'].includes(name)) {
    return ` (\`${name}\` is not in the playground's subset)`;
  }
  return '';
}

/** rustc's error codes for the messages the checker shares with it. */
function codeFor(message: string): string | undefined {
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
    [/^no field/, 'E0609'],
    [/^cannot borrow .* as mutable, as it is not declared as mutable/, 'E0596'],
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

export function check(prog: Program): Checked {
  return new Checker(prog).run();
}
