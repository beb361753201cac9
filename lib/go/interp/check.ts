// Type checker for the subset: resolves names, computes the type (and constant value) of every
// expression, assigns frame slots, and reports the errors a learner meets in the compiler's words
// (types2 wording: "undefined: x", "declared and not used: x", "missing return", ...).

import type * as A from './ast';
import { F32_MAX_ROUNDING } from '../../runtime/float32';
import { constString, constToNumber, type ConstVal } from './constants';
import {
  IFACE_IMPLEMENTERS, MEMSTATS_FIELDS, STD_METHODS, missingMemberMessage, STD_PACKAGES, tMemStats, tPool, tPoolNewFunc,
  type StdFunc, type StdMember, type StdMethod,
} from './std';
import {
  PREDECLARED_TYPES, comparable, defaultType, identical, intInfo, isBoolean, isFloat, isInteger, isInterface, isNumeric,
  isString, isUnsigned, isUntyped, tAny, tBool, tError, tFloat64, tInt, tInt32, tInvalid, tString, tUint8,
  tUntypedBool, tUntypedFloat, tUntypedInt, tUntypedNil, tUntypedRune, tUntypedString, typeString, underlying, type T,
} from './types';

// ---- objects ----------------------------------------------------------------------------------

/** types2/expr.go (go1.23): the longest numeric literal the checker evaluates. */
const MAX_CONST_CHARS = 10000;

export type { ConstVal } from './constants';
export { constString, constToNumber } from './constants';

export interface VarObj {
  kind: 'var';
  name: string;
  type: T;
  pos: number;
  global: boolean;
  fn: FnInfo | null;
  slot: number;
  used: boolean;
  addrTaken: boolean;
  captured: boolean;
  param: boolean;
  result: boolean;
  loopDepth: number;
  /** Declared by the init statement of a 3-clause for loop (per-iteration copies, Go 1.22). */
  loopVar: boolean;
  uid: number;
}
export interface ConstObj { kind: 'const'; name: string; type: T; val: ConstVal; pos: number; used: boolean }
export interface TypeObj { kind: 'type'; name: string; type: T; pos: number }
export interface FuncObj { kind: 'func'; name: string; decl: A.FuncDecl; info: FnInfo; pos: number }
export interface BuiltinObj { kind: 'builtin'; name: string }
export interface PkgObj { kind: 'pkg'; name: string; path: string; used: boolean; pos: number; to: number }
export interface NilObj { kind: 'nil' }
export type Obj = VarObj | ConstObj | TypeObj | FuncObj | BuiltinObj | PkgObj | NilObj;

export interface FnInfo {
  id: number;
  name: string;
  node: A.FuncDecl | A.FuncLit;
  sig: Extract<T, { k: 'func' }>;
  params: VarObj[];
  results: VarObj[];
  namedResults: boolean;
  locals: VarObj[];
  nslots: number;
  parent: FnInfo | null;
  /** Variables of enclosing functions this literal uses (captured by reference). */
  captures: VarObj[];
  isLit: boolean;
  /** Functions called directly (for the inliner and escape summaries). */
  callees: Set<FnInfo>;
  /** Function literals created in this function. */
  lits: FnInfo[];
}

export type CallKind =
  | { k: 'conv'; to: T }
  | { k: 'builtin'; name: string }
  | { k: 'func'; fn: FnInfo }
  | { k: 'std'; f: StdFunc }
  | { k: 'method'; m: StdMethod; recvType: T; recvIsPtr: boolean }
  | { k: 'value' }; // calling a func-typed value (closure)

export type SelKind =
  | { k: 'field'; index: number; ptr: boolean; structType: T }
  | { k: 'pkg'; member: StdMember }
  | { k: 'method'; m: StdMethod }
  | { k: 'memstats'; field: string; ptr: boolean };

export interface Info {
  types: (T | undefined)[];
  consts: (ConstVal | undefined)[];
  uses: (Obj | undefined)[];
  defs: (Obj | undefined)[];
  calls: (CallKind | undefined)[];
  sels: (SelKind | undefined)[];
  /** Expressions implicitly converted to an interface type: the source type (boxing sites). */
  toIface: (T | undefined)[];
  /** For Range statements: the loop variables (or assigned expressions). */
  funcs: FnInfo[];
  globals: VarObj[];
  globalInit: { vars: VarObj[]; values: A.Expr[]; node: A.VarSpec }[];
  main: FnInfo | null;
  /** Function literals by node id. */
  lits: Map<number, FnInfo>;
  funcByDecl: Map<number, FnInfo>;
  imports: Map<string, PkgObj>;
}

export interface CheckDiag {
  from: number;
  to: number;
  message: string;
}

// ---- constants --------------------------------------------------------------------------------

const INT_MIN: Record<number, bigint> = { 8: -128n, 16: -32768n, 32: -2147483648n, 64: -(2n ** 63n) };
const INT_MAX: Record<number, bigint> = { 8: 127n, 16: 32767n, 32: 2147483647n, 64: 2n ** 63n - 1n };

export function constFits(v: ConstVal, t: T): boolean {
  const u = underlying(t);
  if (u.k !== 'basic') return true;
  if (INT_INFO_NAMES.has(u.name)) {
    if (v.k === 'float' && !Number.isInteger(v.v)) return false;
    const b = v.k === 'int' ? v.v : v.k === 'float' ? BigInt(v.v) : null;
    if (b === null) return false;
    const { bits, signed } = intInfo(u);
    if (signed) return b >= INT_MIN[bits] && b <= INT_MAX[bits];
    return b >= 0n && b <= 2n ** BigInt(bits) - 1n;
  }
  if (u.name === 'float32' || u.name === 'float64') return true;
  return true;
}
const INT_INFO_NAMES = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);

// ---- operands ---------------------------------------------------------------------------------

interface Operand {
  mode: 'value' | 'var' | 'const' | 'type' | 'builtin' | 'pkg' | 'novalue' | 'nil' | 'invalid' | 'func';
  type: T;
  val?: ConstVal;
  /** For multi-value calls: the result types. */
  tuple?: T[];
}

const invalid: Operand = { mode: 'invalid', type: tInvalid };

// ---- checker ----------------------------------------------------------------------------------

class Scope {
  names = new Map<string, Obj>();
  constructor(readonly parent: Scope | null, readonly fn: FnInfo | null) {}
  lookup(name: string): Obj | undefined {
    const o = this.names.get(name);
    if (o) return o;
    return this.parent ? this.parent.lookup(name) : undefined;
  }
}

const BUILTINS = ['append', 'cap', 'copy', 'len', 'make', 'new', 'panic', 'print', 'println', 'min', 'max', 'clear', 'close', 'delete', 'complex', 'real', 'imag', 'recover'];
const SUPPORTED_BUILTINS = new Set(['append', 'cap', 'copy', 'len', 'make', 'new', 'panic', 'min', 'max', 'print', 'println']);

export class Checker {
  info: Info;
  diags: CheckDiag[] = [];
  universe = new Scope(null, null);
  pkg = new Scope(this.universe, null);
  fn: FnInfo | null = null;
  loopDepth = 0;
  loopNest = 0;
  uid = 0;
  private typeDeclsPending = new Map<string, A.TypeSpec>();
  private resolving = new Set<string>();

  constructor(readonly file: A.File, readonly src: string) {
    const n = file.nodeCount;
    this.info = {
      types: new Array(n),
      consts: new Array(n),
      uses: new Array(n),
      defs: new Array(n),
      calls: new Array(n),
      sels: new Array(n),
      toIface: new Array(n),
      funcs: [],
      globals: [],
      globalInit: [],
      main: null,
      lits: new Map(),
      funcByDecl: new Map(),
      imports: new Map(),
    };
    for (const [name, t] of Object.entries(PREDECLARED_TYPES)) this.universe.names.set(name, { kind: 'type', name, type: t, pos: -1 });
    for (const b of BUILTINS) this.universe.names.set(b, { kind: 'builtin', name: b });
    this.universe.names.set('true', { kind: 'const', name: 'true', type: tUntypedBool, val: { k: 'bool', v: true }, pos: -1, used: true });
    this.universe.names.set('false', { kind: 'const', name: 'false', type: tUntypedBool, val: { k: 'bool', v: false }, pos: -1, used: true });
    this.universe.names.set('nil', { kind: 'nil' });
  }

  err(n: { from: number; to: number } | number, message: string): void {
    const from = typeof n === 'number' ? n : n.from;
    const to = typeof n === 'number' ? n + 1 : n.to;
    if (this.diags.some((d) => d.from === from && d.message === message)) return;
    this.diags.push({ from, to, message });
  }

  /** An expression as types2 prints it in messages (operators spaced, literals as written). */
  text(n: { from: number; to: number }): string {
    const e = n as A.Expr;
    switch (e.kind) {
      case 'Binary':
        return `${this.text(e.x)} ${e.op} ${this.text(e.y)}`;
      case 'Unary':
        return `${e.op}${this.text(e.x)}`;
      case 'Paren':
        return `(${this.text(e.x)})`;
      case 'Selector':
        return `${this.text(e.x)}.${e.sel}`;
      case 'Index':
        return `${this.text(e.x)}[${this.text(e.index)}]`;
      case 'Call':
        return `${this.text(e.fun)}(${e.args.map((a) => this.text(a)).join(', ')}${e.ellipsis ? '...' : ''})`;
      case 'CompositeLit':
        return `${e.type ? this.text(e.type) : ''}{…}`;
      case 'FuncLit':
        return '(func literal)';
      default:
        return this.src.slice(n.from, n.to).replace(/\s+/g, ' ');
    }
  }

  // ---- package level ----

  run(): void {
    const f = this.file;
    if (f.pkg !== null && f.pkg !== 'main') this.err(0, `package ${f.pkg}; expected package main`);
    for (const imp of f.imports) {
      const name = imp.name ?? imp.path.split('/').pop()!;
      if (!STD_PACKAGES[imp.path]) {
        const known = ['os', 'math', 'errors', 'sort', 'time', 'unicode', 'unsafe', 'reflect', 'context', 'regexp', 'slices', 'maps'];
        const msg = known.includes(imp.path) || /^[a-z]+(\/[a-z]+)*$/.test(imp.path)
          ? `package "${imp.path}" is not supported in the playground (supported: fmt, runtime, sync, strings, bytes, io, bufio, strconv)`
          : `package ${imp.path} is not in std`;
        this.err(imp, msg);
        if (imp.name !== '_') {
          const p: PkgObj = { kind: 'pkg', name: imp.name ?? imp.path.split('/').pop()!, path: imp.path, used: true, pos: imp.from, to: imp.to };
          this.pkg.names.set(p.name, p);
        }
        continue;
      }
      if (name === '_') continue;
      const p: PkgObj = { kind: 'pkg', name, path: imp.path, used: false, pos: imp.from, to: imp.to };
      this.pkg.names.set(name, p);
      this.info.imports.set(name, p);
    }
    // Collect declarations first (any order is allowed at package level).
    for (const d of f.decls) {
      if (d.kind === 'TypeDecl') for (const s of d.specs) this.declarePkg(s.name, () => this.typeDeclsPending.set(s.name.name, s));
    }
    for (const d of f.decls) {
      if (d.kind === 'TypeDecl') for (const s of d.specs) this.resolveNamedType(s.name.name);
    }
    for (const d of f.decls) if (d.kind === 'ConstDecl') this.constDecl(d, this.pkg);
    for (const d of f.decls) {
      if (d.kind === 'FuncDecl') {
        const name = d.name.name;
        const sig = this.funcType(d.type);
        const info = this.newFn(name, d, sig, null);
        this.info.funcByDecl.set(d.id, info);
        if (name === 'init') {
          this.err(d.name, 'func init is not supported');
          continue;
        }
        if (name === 'main') {
          this.info.main = info;
          if (d.type.params.length || d.type.results.length) this.err(d.name, 'func main must have no arguments and no return values');
        }
        if (name === '_') continue;
        if (this.pkg.names.has(name)) this.err(d.name, `${name} redeclared in this block`);
        else this.pkg.names.set(name, { kind: 'func', name, decl: d, info, pos: d.name.from });
        this.info.defs[d.name.id] = this.pkg.names.get(name);
      }
    }
    for (const d of f.decls) {
      if (d.kind === 'VarDecl') {
        for (const s of d.specs) {
          const vars: VarObj[] = [];
          for (const n of s.names) {
            const v = this.newVar(n, tInvalid, true);
            vars.push(v);
          }
          this.info.globalInit.push({ vars, values: s.values, node: s });
        }
      }
    }
    // Global types and initializers: declaration order, but a global used before its declaration
    // is checked first (package-level order does not matter in Go).
    for (const g of this.info.globalInit) for (const v of g.vars) this.pendingGlobals.set(v, g);
    for (const g of this.info.globalInit) this.checkGlobalSpec(g);
    if (!this.info.main && this.file.pkg === 'main') this.err(0, 'function main is undeclared in the main package');
    for (const d of f.decls) {
      if (d.kind === 'FuncDecl') {
        const info = this.info.funcByDecl.get(d.id)!;
        this.funcBody(info, d.type, d.body);
      }
    }
    for (const p of this.info.imports.values()) if (!p.used) this.err({ from: p.pos, to: p.to }, `"${p.path}" imported and not used`);
  }

  pendingGlobals = new Map<VarObj, Info['globalInit'][number]>();
  private globalsDone = new Set<Info['globalInit'][number]>();
  private globalsActive = new Set<Info['globalInit'][number]>();

  checkGlobalSpec(g: Info['globalInit'][number]): void {
    if (this.globalsDone.has(g)) return;
    if (this.globalsActive.has(g)) {
      this.err(g.node, `initialization cycle or refers to itself: ${g.vars.map((v) => v.name).join(', ')}`);
      return;
    }
    this.globalsActive.add(g);
    const saveFn = this.fn;
    const saveIota = this.iota;
    this.fn = null;
    this.iota = -1;
    this.varSpecTypes(g.node, g.vars, this.pkg, 'variable declaration');
    this.fn = saveFn;
    this.iota = saveIota;
    this.globalsActive.delete(g);
    this.globalsDone.add(g);
  }

  declarePkg(name: A.Ident, then: () => void): void {
    if (name.name === '_') return;
    if (this.pkg.names.has(name.name) || this.typeDeclsPending.has(name.name)) {
      this.err(name, `${name.name} redeclared in this block`);
      return;
    }
    then();
  }

  resolveNamedType(name: string): T {
    const existing = this.pkg.names.get(name);
    if (existing && existing.kind === 'type') return existing.type;
    const spec = this.typeDeclsPending.get(name);
    if (!spec) return tInvalid;
    if (spec.alias) {
      if (this.resolving.has(name)) {
        this.err(spec.name, `invalid recursive type alias ${name}`);
        return tInvalid;
      }
      this.resolving.add(name);
      const t = this.typeOf(spec.type, this.pkg);
      this.resolving.delete(name);
      this.pkg.names.set(name, { kind: 'type', name, type: t, pos: spec.name.from });
      return t;
    }
    const t: Extract<T, { k: 'named' }> = { k: 'named', name, pkg: 'main', underlying: tInvalid };
    const obj: TypeObj = { kind: 'type', name, type: t, pos: spec.name.from };
    this.pkg.names.set(name, obj);
    this.info.defs[spec.name.id] = obj;
    this.resolving.add(name);
    t.underlying = underlying(this.typeOf(spec.type, this.pkg));
    this.resolving.delete(name);
    if (this.directlyContains(t.underlying, t)) {
      this.err(spec.name, `invalid recursive type ${name}`);
      t.underlying = tInvalid;
    }
    return t;
  }

  directlyContains(t: T, target: T): boolean {
    if (t === target) return true;
    if (t.k === 'struct') return t.fields.some((f) => this.directlyContains(f.type, target));
    if (t.k === 'array') return this.directlyContains(t.elem, target);
    return false;
  }

  newFn(name: string, node: A.FuncDecl | A.FuncLit, sig: Extract<T, { k: 'func' }>, parent: FnInfo | null): FnInfo {
    const info: FnInfo = {
      id: this.info.funcs.length,
      name,
      node,
      sig,
      params: [],
      results: [],
      namedResults: false,
      locals: [],
      nslots: 0,
      parent,
      captures: [],
      isLit: node.kind === 'FuncLit',
      callees: new Set(),
      lits: [],
    };
    this.info.funcs.push(info);
    return info;
  }

  newVar(name: A.Ident, type: T, global: boolean): VarObj {
    const v: VarObj = {
      kind: 'var',
      name: name.name,
      type,
      pos: name.from,
      global,
      fn: global ? null : this.fn,
      slot: -1,
      used: false,
      addrTaken: false,
      captured: false,
      param: false,
      result: false,
      loopDepth: this.loopDepth,
      loopVar: false,
      uid: this.uid++,
    };
    if (global) {
      v.slot = this.info.globals.length;
      this.info.globals.push(v);
      if (name.name !== '_') {
        if (this.pkg.names.has(name.name)) this.err(name, `${name.name} redeclared in this block`);
        else this.pkg.names.set(name.name, v);
      }
    } else if (this.fn) {
      v.slot = this.fn.nslots++;
      this.fn.locals.push(v);
    }
    this.info.defs[name.id] = v;
    return v;
  }

  declareLocal(scope: Scope, name: A.Ident, type: T): VarObj {
    const v = this.newVar(name, type, false);
    if (name.name !== '_') {
      if (scope.names.has(name.name)) this.err(name, `${name.name} redeclared in this block`);
      scope.names.set(name.name, v);
    } else v.used = true;
    return v;
  }

  // ---- types ----

  typeOf(e: A.Expr, scope: Scope): T {
    const t = this.typeExprOrNull(e, scope);
    if (t === null) {
      this.err(e, `${this.text(e)} is not a type`);
      return tInvalid;
    }
    return t;
  }

  /** The type an expression denotes, or null if it is not a type expression. */
  typeExprOrNull(e: A.Expr, scope: Scope): T | null {
    switch (e.kind) {
      case 'Ident': {
        const o = scope.lookup(e.name);
        if (!o) {
          if (this.typeDeclsPending.has(e.name)) return this.resolveNamedType(e.name);
          return null;
        }
        if (o.kind === 'type') {
          this.info.uses[e.id] = o;
          return o.type;
        }
        if (this.typeDeclsPending.has(e.name) && scope.lookup(e.name) === this.pkg.names.get(e.name)) return this.resolveNamedType(e.name);
        return null;
      }
      case 'Paren':
        return this.typeExprOrNull(e.x, scope);
      case 'Unary':
        if (e.op === '*') {
          const el = this.typeExprOrNull(e.x, scope);
          return el === null ? null : { k: 'ptr', elem: el };
        }
        return null;
      case 'PointerType':
        return { k: 'ptr', elem: this.typeOf(e.elem, scope) };
      case 'SliceType':
        return { k: 'slice', elem: this.typeOf(e.elem, scope) };
      case 'ArrayType': {
        const elem = this.typeOf(e.elem, scope);
        if (e.len === null) return { k: 'array', len: -1, elem }; // [...]T, fixed by the literal
        const op = this.expr(e.len, scope);
        if (op.mode !== 'const' || !op.val || (op.val.k !== 'int' && !(op.val.k === 'float' && Number.isInteger(op.val.v)))) {
          this.err(e.len, `array length ${this.text(e.len)} (${this.describeShort(op, e.len)}) must be constant`);
          return { k: 'array', len: 0, elem };
        }
        const n = Number(op.val.k === 'int' ? op.val.v : op.val.v);
        if (n < 0) {
          this.err(e.len, `invalid array length ${this.text(e.len)}`);
          return { k: 'array', len: 0, elem };
        }
        return { k: 'array', len: n, elem };
      }
      case 'StructType': {
        const fields: { name: string; type: T }[] = [];
        const seen = new Set<string>();
        for (const f of e.fields) {
          const t = this.typeOf(f.type, scope);
          for (const n of f.names) {
            if (seen.has(n.name) && n.name !== '_') this.err(n, `${n.name} redeclared`);
            seen.add(n.name);
            fields.push({ name: n.name, type: t });
          }
        }
        return { k: 'struct', fields };
      }
      case 'FuncType':
        return this.funcType(e, scope);
      case 'InterfaceType':
        return tAny;
      case 'QualifiedType':
      case 'Selector': {
        const pkgName = e.kind === 'QualifiedType' ? e.pkg : e.x.kind === 'Ident' ? e.x.name : null;
        const name = e.kind === 'QualifiedType' ? e.name : e.sel;
        if (pkgName === null) return null;
        const p = scope.lookup(pkgName);
        if (!p || p.kind !== 'pkg') return null;
        p.used = true;
        const m = STD_PACKAGES[p.path]?.[name];
        if (!m) {
          this.err(e.kind === 'Selector' ? e.selFrom : e.to - name.length, missingMemberMessage(p.path, pkgName, name));
          return tInvalid;
        }
        if (m.kind !== 'type') return null;
        return m.type;
      }
      case 'BadExpr':
        return tInvalid;
      default:
        return null;
    }
  }

  funcType(e: A.FuncTypeExpr, scope: Scope = this.pkg): Extract<T, { k: 'func' }> {
    const params: T[] = [];
    let variadic = false;
    e.params.forEach((p, i) => {
      let t = this.typeOf(p.type, scope);
      if (p.variadic) {
        if (i !== e.params.length - 1) this.err(p, 'can only use ... with final parameter in list');
        variadic = true;
        t = { k: 'slice', elem: t };
      }
      params.push(t);
    });
    const results = e.results.map((r) => this.typeOf(r.type, scope));
    return { k: 'func', params, results, variadic };
  }

  // ---- declarations ----

  constDecl(d: A.ConstDecl, scope: Scope): void {
    for (const s of d.specs) {
      const t = s.type ? this.typeOf(s.type, scope) : null;
      if (s.values.length < s.names.length && s.values.length > 0) this.err(s, 'missing init expr for const declaration');
      if (s.values.length > s.names.length) this.err(s.values[s.names.length], 'extra init expr');
      s.names.forEach((n, i) => {
        const ve = s.values[i];
        let op: Operand = invalid;
        if (ve) {
          this.iota = s.iota;
          op = this.expr(ve, scope);
          this.iota = -1;
          if (op.mode !== 'const' && op.mode !== 'invalid') {
            this.err(ve, `${this.text(ve)} (${this.describeShort(op, ve)}) is not constant`);
            op = invalid;
          }
        }
        let type = op.type;
        let val = op.val ?? { k: 'int', v: 0n };
        if (t && op.mode === 'const') {
          const r = this.convertConst(op, t, ve, 'constant declaration');
          type = t;
          val = r ?? val;
        }
        const obj: ConstObj = { kind: 'const', name: n.name, type, val, pos: n.from, used: false };
        this.info.defs[n.id] = obj;
        if (n.name === '_') return;
        if (scope.names.has(n.name) && scope !== this.pkg) this.err(n, `${n.name} redeclared in this block`);
        else if (scope === this.pkg && this.pkg.names.has(n.name)) this.err(n, `${n.name} redeclared in this block`);
        scope.names.set(n.name, obj);
      });
    }
  }
  iota = -1;

  /** Types (and checks) of a var spec's names and values. */
  varSpecTypes(s: A.VarSpec, vars: VarObj[], scope: Scope, context: string): void {
    const declared = s.type ? this.typeOf(s.type, scope) : null;
    if (s.values.length === 0) {
      for (const v of vars) v.type = declared ?? tInvalid;
      return;
    }
    const rhs = this.exprList(s.values, scope, vars.length);
    if (rhs.length !== vars.length) {
      if (!rhs.some((r) => r.mode === 'invalid')) this.assignMismatch(s, vars.length, s.values, rhs.length);
      for (const v of vars) v.type = declared ?? tInvalid;
      return;
    }
    vars.forEach((v, i) => {
      const op = rhs[i];
      const ve = s.values.length === vars.length ? s.values[i] : s.values[0];
      if (declared) {
        this.assignable(op, declared, ve, context);
        v.type = declared;
      } else {
        if (op.mode === 'nil') {
          this.err(ve, `use of untyped nil in ${context}`);
          v.type = tInvalid;
        } else if (op.mode === 'novalue') {
          this.err(ve, `${this.text(ve)} (no value) used as value`);
          v.type = tInvalid;
        } else {
          const t = defaultType(op.type);
          if (op.mode === 'const' && op.val) this.convertConst(op, t, ve, context);
          if (s.values.length === vars.length) this.recordType(ve, t, op);
          v.type = t;
        }
      }
    });
  }

  assignMismatch(at: { from: number; to: number }, nvars: number, values: A.Expr[], nvals: number): void {
    if (values.length === 1 && unparen(values[0]).kind === 'Call') {
      this.err(values[0], `assignment mismatch: ${nvars} variable${nvars === 1 ? '' : 's'} but ${this.text((unparen(values[0]) as A.Call).fun)} returns ${nvals} value${nvals === 1 ? '' : 's'}`);
    } else this.err(values[0] ?? at, `assignment mismatch: ${nvars} variable${nvars === 1 ? '' : 's'} but ${nvals} value${nvals === 1 ? '' : 's'}`);
  }

  /** Evaluates a list of expressions; a single multi-value call expands to its results. */
  exprList(es: A.Expr[], scope: Scope, want: number): Operand[] {
    if (es.length === 1 && want === 2 && unparen(es[0]).kind === 'TypeAssert') {
      // v, ok := x.(T)
      const op = this.expr(es[0], scope);
      if (op.mode === 'invalid') return [op, op];
      return [{ mode: 'value', type: op.type }, { mode: 'value', type: tBool }];
    }
    if (es.length === 1 && want > 1) {
      const op = this.expr(es[0], scope, true);
      if (op.tuple) return op.tuple.map((t) => ({ mode: 'value', type: t }));
      return [op];
    }
    if (es.length === 1 && want === 1 && unparen(es[0]).kind === 'Call') {
      const op = this.expr(es[0], scope, true);
      if (op.tuple) return op.tuple.map((t) => ({ mode: 'value' as const, type: t }));
      return [op];
    }
    return es.map((e) => {
      const op = this.expr(e, scope);
      if (op.tuple) {
        this.err(e, `multiple-value ${this.text(e)} (value of type (${op.tuple.map((t) => typeString(t)).join(', ')})) in single-value context`);
        return invalid;
      }
      return op;
    });
  }

  // ---- function bodies ----

  funcBody(info: FnInfo, type: A.FuncTypeExpr, body: A.Block | null): void {
    const saveFn = this.fn;
    const saveLoop = this.loopDepth;
    const saveNest = this.loopNest;
    this.fn = info;
    this.loopDepth = 0;
    this.loopNest = 0;
    const scope = new Scope(info.parent ? this.currentScope! : this.pkg, info);
    const saveScope = this.currentScope;
    this.currentScope = scope;
    type.params.forEach((p, i) => {
      const t = info.sig.params[i];
      const name = p.name ?? ({ id: -1, from: p.from, to: p.to, kind: 'Ident', name: '_' } as A.Ident);
      const v = this.declareLocal(scope, name, t);
      v.param = true;
      v.used = true;
      info.params.push(v);
    });
    info.namedResults = type.results.some((r) => r.name !== null);
    type.results.forEach((r, i) => {
      const t = info.sig.results[i];
      const name = r.name ?? ({ id: -1, from: r.from, to: r.to, kind: 'Ident', name: '_' } as A.Ident);
      const v = this.declareLocal(scope, name, t);
      v.result = true;
      v.used = true;
      info.results.push(v);
    });
    if (body) {
      this.blockStmts(body.stmts, scope);
      if (info.sig.results.length > 0 && !this.terminates(body)) this.err(body.rbrace, 'missing return');
    }
    this.unusedVars(info);
    this.currentScope = saveScope;
    this.fn = saveFn;
    this.loopDepth = saveLoop;
    this.loopNest = saveNest;
  }
  currentScope: Scope | null = null;

  unusedVars(info: FnInfo): void {
    for (const v of info.locals) {
      if (!v.used && !v.param && !v.result && v.name !== '_') this.err({ from: v.pos, to: v.pos + v.name.length }, `declared and not used: ${v.name}`);
    }
  }

  /** Go's terminating-statement rule (spec "Terminating statements"). */
  terminates(s: A.Stmt | null): boolean {
    if (!s) return false;
    switch (s.kind) {
      case 'Return':
        return true;
      case 'Block':
        return s.stmts.length > 0 && this.terminates(s.stmts[s.stmts.length - 1]);
      case 'If':
        return s.els !== null && this.terminates(s.then) && this.terminates(s.els);
      case 'For':
        return s.cond === null && !this.hasBreak(s.body);
      case 'ExprStmt':
        return s.x.kind === 'Call' && s.x.fun.kind === 'Ident' && s.x.fun.name === 'panic' && this.info.uses[s.x.fun.id]?.kind === 'builtin';
      default:
        return false;
    }
  }
  hasBreak(b: A.Stmt): boolean {
    switch (b.kind) {
      case 'Branch':
        return b.tok === 'break';
      case 'Block':
        return b.stmts.some((s) => this.hasBreak(s));
      case 'If':
        return this.hasBreak(b.then) || (b.els !== null && this.hasBreak(b.els));
      default:
        return false; // nested loops own their breaks
    }
  }

  blockStmts(stmts: A.Stmt[], scope: Scope): void {
    for (const s of stmts) this.stmt(s, scope);
  }

  stmt(s: A.Stmt, scope: Scope): void {
    switch (s.kind) {
      case 'ExprStmt': {
        const op = this.expr(s.x, scope, true);
        const x = unparen(s.x);
        if (x.kind !== 'Call' && op.mode !== 'invalid') this.err(s.x, `${this.text(s.x)} (${this.describeShort(op, s.x)}) is not used`);
        else if (x.kind === 'Call') {
          const ck = this.info.calls[x.id];
          if (ck?.k === 'conv') this.err(s.x, `${this.text(s.x)} (${this.describeShort(op, s.x)}) is not used`);
          if (ck?.k === 'builtin' && ['len', 'cap', 'append', 'make', 'new', 'min', 'max'].includes(ck.name)) this.err(s.x, `${this.text(s.x)} (${this.describeShort(op, s.x)}) is not used`);
        }
        return;
      }
      case 'IncDec': {
        // x++ reads x: it counts as a use.
        const op = this.expr(s.x, scope, false, false);
        if (op.mode === 'invalid') return;
        if (!isNumeric(op.type)) this.err(s, `invalid operation: ${this.text(s)} (non-numeric type ${typeString(op.type)})`);
        this.checkAssignable(s.x, op);
        return;
      }
      case 'Assign':
        return this.assign(s, scope);
      case 'Define':
        return this.define(s, scope);
      case 'VarDecl':
        for (const spec of s.specs) {
          // Values are evaluated before the names come into scope.
          const vars = spec.names.map((n) => this.newVar(n, tInvalid, false));
          this.varSpecTypes(spec, vars, scope, 'variable declaration');
          vars.forEach((v, i) => {
            const n = spec.names[i];
            if (n.name === '_') {
              v.used = true;
              return;
            }
            if (scope.names.has(n.name)) this.err(n, `${n.name} redeclared in this block`);
            scope.names.set(n.name, v);
          });
        }
        return;
      case 'ConstDecl':
        this.constDecl(s, scope);
        return;
      case 'TypeDecl':
        for (const spec of s.specs) {
          const t: T = spec.alias ? this.typeOf(spec.type, scope) : { k: 'named', name: spec.name.name, pkg: 'main', underlying: tInvalid };
          const obj: TypeObj = { kind: 'type', name: spec.name.name, type: t, pos: spec.name.from };
          scope.names.set(spec.name.name, obj);
          if (t.k === 'named' && !spec.alias) t.underlying = underlying(this.typeOf(spec.type, scope));
        }
        return;
      case 'Block':
        this.blockStmts(s.stmts, new Scope(scope, this.fn));
        return;
      case 'If': {
        const inner = new Scope(scope, this.fn);
        if (s.init) this.stmt(s.init, inner);
        const c = this.expr(s.cond, inner);
        if (c.mode !== 'invalid' && !isBoolean(c.type)) this.err(s.cond, `non-boolean condition in if statement`);
        this.blockStmts(s.then.stmts, new Scope(inner, this.fn));
        if (s.els) this.stmt(s.els, inner);
        return;
      }
      case 'For': {
        const inner = new Scope(scope, this.fn);
        if (s.init) {
          this.stmt(s.init, inner);
          if (s.init.kind === 'Define') for (const n of s.init.lhs) {
            const v = this.info.defs[n.id];
            if (v?.kind === 'var') v.loopVar = true;
          }
        }
        this.loopDepth++;
        if (s.cond) {
          const c = this.expr(s.cond, inner);
          if (c.mode !== 'invalid' && !isBoolean(c.type)) this.err(s.cond, `non-boolean condition in for statement`);
        }
        if (s.post) this.stmt(s.post, inner);
        this.loopNest++;
        this.blockStmts(s.body.stmts, new Scope(inner, this.fn));
        this.loopNest--;
        this.loopDepth--;
        return;
      }
      case 'Range':
        return this.range(s, scope);
      case 'Return':
        return this.returnStmt(s, scope);
      case 'Branch':
        if (this.loopNest === 0) this.err(s, `${s.tok} is not in a loop`);
        return;
      case 'Empty':
        return;
    }
  }

  range(s: A.Range, scope: Scope): void {
    const x = this.expr(s.x, scope);
    const inner = new Scope(scope, this.fn);
    let keyT: T = tInvalid;
    let valT: T | null = null;
    if (x.mode !== 'invalid') {
      const u = underlying(x.type);
      if (isInteger(x.type)) {
        keyT = isUntyped(x.type) ? tInt : x.type;
        if (x.mode === 'const' && x.val) this.convertConst(x, keyT, s.x, 'range');
        this.recordType(s.x, keyT, x);
        if (s.value) this.err(s.value, `range over ${this.text(s.x)} (${this.describeShort(x, s.x)}) permits only one iteration variable`);
      } else if (u.k === 'slice') {
        keyT = tInt;
        valT = u.elem;
      } else if (u.k === 'array') {
        keyT = tInt;
        valT = u.elem;
      } else if (u.k === 'ptr' && underlying(u.elem).k === 'array') {
        keyT = tInt;
        valT = (underlying(u.elem) as { elem: T }).elem;
      } else if (isString(x.type)) {
        keyT = tInt;
        valT = tInt32;
        this.recordType(s.x, tString, x);
      } else {
        this.err(s.x, `cannot range over ${this.text(s.x)} (${this.describeShort(x, s.x)})`);
      }
    }
    const vars: (A.Expr | null)[] = [s.key, s.value];
    const types: (T | null)[] = [keyT, valT];
    if (s.define) {
      vars.forEach((e, i) => {
        if (!e) return;
        if (e.kind !== 'Ident') {
          this.err(e, `non-name ${this.text(e)} on left side of :=`);
          return;
        }
        const v = this.declareLocal(inner, e, types[i] ?? tInvalid);
        v.loopDepth = this.loopDepth + 1;
      });
    } else {
      vars.forEach((e, i) => {
        if (!e || (e.kind === 'Ident' && e.name === '_')) return;
        const op = this.expr(e, scope, false, true);
        this.checkAssignable(e, op);
        if (types[i] && op.mode !== 'invalid') this.assignable({ mode: 'value', type: types[i]! }, op.type, e, 'range');
      });
    }
    this.loopDepth++;
    this.loopNest++;
    this.blockStmts(s.body.stmts, new Scope(inner, this.fn));
    this.loopNest--;
    this.loopDepth--;
  }

  returnStmt(s: A.Return, scope: Scope): void {
    const fn = this.fn!;
    const want = fn.sig.results;
    if (s.results.length === 0) {
      if (want.length > 0 && !fn.namedResults) this.err(s, `not enough return values\n\thave ()\n\twant (${want.map((t) => typeString(t)).join(', ')})`);
      return;
    }
    const ops = this.exprList(s.results, scope, want.length);
    if (ops.length !== want.length) {
      const have = `(${ops.map((o) => this.describeType(o)).join(', ')})`;
      if (want.length === 0) this.err(s.results[0], `too many return values\n\thave ${have}\n\twant ()`);
      else this.err(s.results[0], `${ops.length < want.length ? 'not enough' : 'too many'} return values\n\thave ${have}\n\twant (${want.map((t) => typeString(t)).join(', ')})`);
      return;
    }
    ops.forEach((op, i) => {
      const e = s.results.length === want.length ? s.results[i] : s.results[0];
      this.assignable(op, want[i], e, 'return statement');
    });
  }

  assign(s: A.Assign, scope: Scope): void {
    if (s.op !== '=') {
      // x op= y (reads x: a use)
      const l = this.expr(s.lhs[0], scope, false, false);
      this.checkAssignable(s.lhs[0], l);
      const bin: A.Binary = { kind: 'Binary', id: -1, from: s.from, to: s.to, op: s.op.slice(0, -1), x: s.lhs[0], y: s.rhs[0], opFrom: s.opFrom };
      const r = this.expr(s.rhs[0], scope);
      if (l.mode === 'invalid' || r.mode === 'invalid') return;
      this.binaryTypes(bin, { ...l, mode: 'value' }, r, scope, s.rhs[0]);
      return;
    }
    const lhs = s.lhs.map((e) => {
      if (e.kind === 'Ident' && e.name === '_') return null;
      const op = this.expr(e, scope, false, true);
      // types2's lhsVar: an unassignable left side is invalid (no further errors about it).
      return this.checkAssignable(e, op) ? op : invalid;
    });
    const rhs = this.exprList(s.rhs, scope, s.lhs.length);
    if (rhs.length !== lhs.length) {
      if (!rhs.some((r) => r.mode === 'invalid')) this.assignMismatch(s, lhs.length, s.rhs, rhs.length);
      return;
    }
    lhs.forEach((l, i) => {
      const e = s.rhs.length === s.lhs.length ? s.rhs[i] : s.rhs[0];
      if (l === null) {
        const r = rhs[i];
        if (r.mode === 'nil') this.err(e, 'use of untyped nil in assignment');
        else if (r.mode === 'const' && r.val) {
          const t = defaultType(r.type);
          this.convertConst(r, t, e, 'assignment');
          if (s.rhs.length === s.lhs.length) this.recordType(e, t, r);
        }
        return;
      }
      if (l.mode === 'invalid') return;
      this.assignable(rhs[i], l.type, e, 'assignment');
    });
  }

  checkAssignable(e: A.Expr, op: Operand): boolean {
    if (op.mode === 'invalid') return false;
    if (op.mode !== 'var') {
      this.err(e, `cannot assign to ${this.text(e)} (neither addressable nor a map index expression)`);
      return false;
    }
    return true;
  }

  define(s: A.Define, scope: Scope): void {
    const rhs = this.exprList(s.rhs, scope, s.lhs.length);
    if (rhs.length !== s.lhs.length) {
      if (!rhs.some((r) => r.mode === 'invalid')) this.assignMismatch(s, s.lhs.length, s.rhs, rhs.length);
      for (const n of s.lhs) {
        if (!scope.names.has(n.name)) this.declareLocal(scope, n, tInvalid).used = true;
      }
      return;
    }
    let anyNew = false;
    s.lhs.forEach((n, i) => {
      const e = s.rhs.length === s.lhs.length ? s.rhs[i] : s.rhs[0];
      const op = rhs[i];
      const existing = n.name === '_' ? undefined : scope.names.get(n.name);
      if (existing && existing.kind === 'var') {
        // Redeclaration in a multi-variable := assigns to the existing variable.
        this.info.uses[n.id] = existing;
        this.assignable(op, existing.type, e, 'assignment');
        return;
      }
      if (n.name !== '_') anyNew = true;
      let t: T;
      if (op.mode === 'nil') {
        this.err(e, 'use of untyped nil in assignment');
        t = tInvalid;
      } else if (op.mode === 'novalue') {
        this.err(e, `${this.text(e)} (no value) used as value`);
        t = tInvalid;
      } else if (op.mode === 'type') {
        this.err(e, `${this.text(e)} (type) is not an expression`);
        t = tInvalid;
      } else if (op.mode === 'builtin') {
        this.err(e, `${this.text(e)} (built-in function ${this.text(e)}) must be called`);
        t = tInvalid;
      } else {
        t = defaultType(op.type);
        if (op.mode === 'const' && op.val) this.convertConst(op, t, e, 'assignment');
        if (s.rhs.length === s.lhs.length) this.recordType(e, t, op);
      }
      this.declareLocal(scope, n, t);
    });
    if (!anyNew) this.err(s.opFrom, 'no new variables on left side of :=');
  }

  // ---- assignability and conversions ----

  /** Checks that op can be assigned to type t (reporting the compiler's message) and records implicit conversions. */
  assignable(op: Operand, t: T, e: A.Expr, context: string): boolean {
    if (op.mode === 'invalid' || t.k === 'invalid') return false;
    if (op.mode === 'novalue') {
      this.err(e, `${this.text(e)} (no value) used as value`);
      return false;
    }
    if (op.mode === 'type') {
      this.err(e, `${this.text(e)} (type) is not an expression`);
      return false;
    }
    if (op.mode === 'builtin') {
      this.err(e, `${this.text(e)} (built-in function ${this.text(e)}) must be called`);
      return false;
    }
    if (op.mode === 'nil') {
      const u = underlying(t);
      if (u.k === 'ptr' || u.k === 'slice' || u.k === 'iface' || u.k === 'func') {
        this.info.types[e.id] = t;
        return true;
      }
      this.err(e, `cannot use nil as ${typeString(t)} value in ${context}`);
      return false;
    }
    if (op.mode === 'const' && op.val && isUntyped(op.type)) {
      if (isInterface(t)) {
        const dt = defaultType(op.type);
        this.convertConst(op, dt, e, context);
        this.recordType(e, dt, op);
        this.info.toIface[e.id] = dt;
        return true;
      }
      const ok = this.representable(op, t);
      if (ok === 'ok') {
        this.recordType(e, t, op);
        this.info.consts[e.id] = this.convertValue(op.val, t);
        return true;
      }
      if (ok === 'overflow') this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context} (overflows)`);
      else if (ok === 'truncated') this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context} (truncated)`);
      else this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context}`);
      return false;
    }
    if (op.type.k === 'untyped' && op.type.name === 'untyped bool' && isBoolean(t)) {
      this.recordType(e, t, op);
      return true;
    }
    if (op.type.k === 'untyped' && isInterface(t)) {
      const dt = defaultType(op.type);
      this.recordType(e, dt, op);
      this.info.toIface[e.id] = dt;
      return true;
    }
    if (this.assignableType(op.type, t)) {
      if (isInterface(t) && !isInterface(op.type)) this.info.toIface[e.id] = op.type;
      return true;
    }
    let why = '';
    if (isInterface(t) && t !== tAny) {
      const u = underlying(t) as { name: string; methods: string[] };
      why = ` (${typeString(op.type)} does not implement ${typeString(t)} (missing method ${u.methods[0]}))`;
    }
    this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context}${why}`);
    return false;
  }

  assignableType(v: T, t: T): boolean {
    if (identical(v, t)) return true;
    const vu = underlying(v);
    const tu = underlying(t);
    if ((v.k !== 'named' || t.k !== 'named') && identical(vu, tu) && vu.k !== 'basic') return true;
    if (tu.k === 'iface') {
      if (tu.methods.length === 0) return true;
      if (vu.k === 'iface') return tu.methods.every((m) => vu.methods.includes(m));
      if (v.k === 'ptr') {
        const impl = IFACE_IMPLEMENTERS[tu.name];
        if (impl && impl.includes(v.elem)) return true;
      }
      return false;
    }
    return false;
  }

  representable(op: Operand, t: T): 'ok' | 'overflow' | 'truncated' | 'mismatch' {
    const v = op.val!;
    const u = underlying(t);
    if (u.k !== 'basic') return 'mismatch';
    if (isInteger(t)) {
      if (v.k === 'int') return constFits(v, t) ? 'ok' : 'overflow';
      if (v.k === 'float') {
        if (!Number.isInteger(v.v)) return 'truncated';
        return constFits(v, t) ? 'ok' : 'overflow';
      }
      return 'mismatch';
    }
    if (isFloat(t)) {
      if (v.k !== 'int' && v.k !== 'float') return 'mismatch';
      // Past float64 (or float32, after rounding) the constant overflows the type.
      const x = constToNumber(v);
      const f32 = (u as { name: string }).name === 'float32';
      return Number.isFinite(x) && !(f32 && Math.abs(x) > F32_MAX_ROUNDING) ? 'ok' : 'overflow';
    }
    if (isString(t)) return v.k === 'string' ? 'ok' : 'mismatch';
    if (isBoolean(t)) return v.k === 'bool' ? 'ok' : 'mismatch';
    return 'mismatch';
  }

  convertValue(v: ConstVal, t: T): ConstVal {
    if (isInteger(t) && v.k === 'float') return { k: 'int', v: BigInt(v.v) };
    if (isFloat(t) && v.k === 'int') return { k: 'float', v: Number(v.v) };
    if (isFloat(t) && v.k === 'float' && underlying(t).k === 'basic' && (underlying(t) as { name: string }).name === 'float32') return { k: 'float', v: Math.fround(v.v) };
    return v;
  }

  /** Converts a constant operand to type t (for declarations); reports overflow. */
  convertConst(op: Operand, t: T, e: A.Expr | undefined, context: string): ConstVal | null {
    if (!op.val) return null;
    if (isInterface(t)) return op.val;
    const ok = this.representable(op, t);
    if (ok !== 'ok') {
      if (e) {
        if (ok === 'overflow') this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context} (overflows)`);
        else if (ok === 'truncated') this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context} (truncated)`);
        else this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context}`);
      }
      return null;
    }
    const cv = this.convertValue(op.val, t);
    if (e) this.info.consts[e.id] = cv;
    return cv;
  }

  recordType(e: A.Expr, t: T, op?: Operand): void {
    this.info.types[e.id] = t;
    if (op?.mode === 'const' && op.val) this.info.consts[e.id] = this.convertValue(op.val, t);
    // Untyped operands of a constant expression tree get the final type too.
    const x = unparen(e);
    if (x !== e) this.recordType(x, t, op);
    if (x.kind === 'Binary' && op?.mode !== 'const' && !['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(x.op)) {
      for (const side of [x.x, x.y]) {
        const st = this.info.types[side.id];
        if (st && st.k === 'untyped' && !(x.op === '<<' || x.op === '>>') ) this.recordType(side, t, { mode: this.info.consts[side.id] ? 'const' : 'value', type: st, val: this.info.consts[side.id] });
      }
      if ((x.op === '<<' || x.op === '>>') && this.info.types[x.x.id]?.k === 'untyped') this.recordType(x.x, t, { mode: this.info.consts[x.x.id] ? 'const' : 'value', type: this.info.types[x.x.id]!, val: this.info.consts[x.x.id] });
    }
    if (x.kind === 'Unary' && op?.mode !== 'const' && (x.op === '-' || x.op === '+' || x.op === '^')) {
      const st = this.info.types[x.x.id];
      if (st && st.k === 'untyped') this.recordType(x.x, t, { mode: 'const', type: st, val: this.info.consts[x.x.id] });
    }
  }

  // ---- descriptions ----

  describeShort(op: Operand, e?: A.Expr): string {
    switch (op.mode) {
      case 'const':
        if (isUntyped(op.type)) {
          // types2 adds the value when it reads differently from the expression.
          const shown = e && op.val && constString(op.val) !== this.text(e).trim();
          return shown ? `${typeString(op.type)} constant ${constString(op.val!)}` : `${typeString(op.type)} constant`;
        }
        return `constant ${op.val ? constString(op.val) : ''} of type ${typeString(op.type)}`.replace('  ', ' ');
      case 'var':
        return `variable of type ${typeString(op.type)}`;
      case 'nil':
        return 'untyped nil';
      case 'type':
        return 'type';
      case 'novalue':
        return 'no value';
      default:
        return `value of type ${typeString(op.type)}`;
    }
  }
  describeType(op: Operand): string {
    if (op.mode === 'const' && isUntyped(op.type)) return 'number';
    if (op.mode === 'nil') return 'nil';
    return typeString(op.type);
  }

  // ---- expressions ----

  /**
   * Type-checks an expression. `multi` allows a multi-value call (result in op.tuple); `lhs` marks
   * an assignment target (a variable there is not "used").
   */
  expr(e: A.Expr, scope: Scope, multi = false, lhs = false): Operand {
    const op = this.expr0(e, scope, multi, lhs);
    if (op.mode !== 'invalid' && op.mode !== 'type' && op.mode !== 'pkg' && op.mode !== 'builtin' && op.mode !== 'novalue') {
      if (this.info.types[e.id] === undefined) this.info.types[e.id] = op.tuple ? { k: 'tuple', types: op.tuple } : op.type;
      if (op.mode === 'const' && op.val && this.info.consts[e.id] === undefined) this.info.consts[e.id] = op.val;
    }
    if (op.tuple && !multi) {
      this.err(e, `multiple-value ${this.text(e)} (value of type (${op.tuple.map((t) => typeString(t)).join(', ')})) in single-value context`);
      return invalid;
    }
    return op;
  }

  /** types2/expr.go: numeric literals past 10000 characters are refused, not evaluated. */
  longConst(e: A.IntLit | A.FloatLit): Operand {
    this.err(e, `excessively long constant: ${e.raw.slice(0, 10)}... (${e.raw.length} chars)`);
    return invalid;
  }

  expr0(e: A.Expr, scope: Scope, multi: boolean, lhs: boolean): Operand {
    switch (e.kind) {
      case 'BadExpr':
        return invalid;
      case 'IntLit':
        if (e.raw.length > MAX_CONST_CHARS) return this.longConst(e);
        return { mode: 'const', type: tUntypedInt, val: { k: 'int', v: e.value } };
      case 'FloatLit':
        if (e.raw.length > MAX_CONST_CHARS) return this.longConst(e);
        return { mode: 'const', type: tUntypedFloat, val: Number.isFinite(e.value) ? { k: 'float', v: e.value } : { k: 'float', v: e.value, raw: e.raw } };
      case 'RuneLit':
        return { mode: 'const', type: tUntypedRune, val: { k: 'int', v: BigInt(e.value) } };
      case 'StrLit':
        return { mode: 'const', type: tUntypedString, val: { k: 'string', v: e.value } };
      case 'Paren': {
        const op = this.expr(e.x, scope, multi, lhs);
        return op;
      }
      case 'Ident':
        return this.ident(e, scope, lhs);
      case 'FuncLit': {
        const sig = this.funcType(e.type, scope);
        const info = this.newFn(`${this.fn ? this.fn.name : 'glob'}.func${(this.fn?.lits.length ?? 0) + 1}`, e, sig, this.fn);
        this.fn?.lits.push(info);
        this.info.lits.set(e.id, info);
        const saveScope = this.currentScope;
        this.currentScope = scope;
        this.funcBody(info, e.type, e.body);
        this.currentScope = saveScope;
        return { mode: 'value', type: sig };
      }
      case 'CompositeLit':
        return this.compositeLit(e, scope, null);
      case 'Selector':
        return this.selector(e, scope, lhs);
      case 'Index':
        return this.index(e, scope);
      case 'SliceExpr':
        return this.sliceExpr(e, scope);
      case 'TypeAssert': {
        const x = this.expr(e.x, scope);
        const t = this.typeOf(e.type, scope);
        if (x.mode === 'invalid') return invalid;
        if (!isInterface(x.type)) {
          this.err(e.x, `invalid operation: ${this.text(e.x)} (${this.describeShort(x, e.x)}) is not an interface`);
          return invalid;
        }
        return { mode: 'value', type: t };
      }
      case 'Call':
        return this.call(e, scope, multi);
      case 'Unary':
        return this.unary(e, scope);
      case 'Binary': {
        const x = this.expr(e.x, scope);
        const y = this.expr(e.y, scope);
        if (x.mode === 'invalid' || y.mode === 'invalid') return invalid;
        return this.binaryTypes(e, x, y, scope, e);
      }
      case 'ArrayType':
      case 'SliceType':
      case 'PointerType':
      case 'StructType':
      case 'FuncType':
      case 'InterfaceType':
      case 'QualifiedType': {
        const t = this.typeExprOrNull(e, scope);
        if (t) return { mode: 'type', type: t };
        return invalid;
      }
      default:
        return invalid;
    }
  }

  ident(e: A.Ident, scope: Scope, lhs: boolean): Operand {
    if (e.name === '_') {
      this.err(e, 'cannot use _ as value');
      return invalid;
    }
    if (e.name === 'iota' && this.iota >= 0 && !scope.lookup('iota')) return { mode: 'const', type: tUntypedInt, val: { k: 'int', v: BigInt(this.iota) } };
    let o = scope.lookup(e.name);
    if (!o && this.typeDeclsPending.has(e.name)) {
      this.resolveNamedType(e.name);
      o = scope.lookup(e.name);
    }
    if (!o) {
      this.err(e, `undefined: ${e.name}`);
      return invalid;
    }
    this.info.uses[e.id] = o;
    if (o.kind === 'var' && o.global && this.pendingGlobals.has(o)) this.checkGlobalSpec(this.pendingGlobals.get(o)!);
    switch (o.kind) {
      case 'var': {
        if (!lhs) o.used = true;
        if (!o.global && o.fn !== this.fn && this.fn) {
          // A variable of an enclosing function: captured by this literal (and those in between).
          o.captured = true;
          o.used = true;
          for (let f: FnInfo | null = this.fn; f && f !== o.fn; f = f.parent) if (!f.captures.includes(o)) f.captures.push(o);
        }
        if (o.type.k === 'invalid') return invalid;
        return { mode: 'var', type: o.type };
      }
      case 'const':
        o.used = true;
        return { mode: 'const', type: o.type, val: o.val };
      case 'type':
        return { mode: 'type', type: o.type };
      case 'func':
        if (this.fn) this.fn.callees.add(o.info);
        return { mode: 'func', type: o.info.sig };
      case 'builtin':
        return { mode: 'builtin', type: tInvalid };
      case 'pkg':
        o.used = true;
        this.err(e, `use of package ${e.name} without selector`);
        return invalid;
      case 'nil':
        return { mode: 'nil', type: tUntypedNil };
    }
  }

  selector(e: A.Selector, scope: Scope, lhs: boolean): Operand {
    if (e.x.kind === 'Ident') {
      const o = scope.lookup(e.x.name);
      if (o?.kind === 'pkg') {
        o.used = true;
        this.info.uses[e.x.id] = o;
        if (!STD_PACKAGES[o.path]) return invalid; // unsupported package: already reported at the import
        const m = STD_PACKAGES[o.path]?.[e.sel];
        if (!m) {
          // types2 reports it at the selected name ("not exported" only for names that exist
          // unexported, which a learner's typo almost never hits).
          this.err(e.selFrom, missingMemberMessage(o.path, o.name, e.sel));
          return invalid;
        }
        this.info.sels[e.id] = { k: 'pkg', member: m };
        if (m.kind === 'type') return { mode: 'type', type: m.type };
        if (m.kind === 'var') return { mode: 'var', type: m.type };
        return { mode: 'value', type: m.sig };
      }
    }
    const x = this.expr(e.x, scope, false, false);
    if (x.mode === 'invalid') return invalid;
    if (x.mode === 'type') {
      this.err(e, `${this.text(e)} undefined (type ${typeString(x.type)} has no method ${e.sel})`);
      return invalid;
    }
    let t = x.type;
    let ptr = false;
    if (underlying(t).k === 'ptr') {
      t = (underlying(t) as { elem: T }).elem;
      ptr = true;
    }
    // Library types: methods (and MemStats fields, Pool.New).
    if (t.k === 'named' && t.std) {
      const methods = STD_METHODS.get(t);
      const m = methods?.[e.sel];
      if (m) {
        this.info.sels[e.id] = { k: 'method', m };
        return { mode: 'value', type: m.sig };
      }
      if (t === tMemStats && MEMSTATS_FIELDS[e.sel]) {
        this.info.sels[e.id] = { k: 'memstats', field: e.sel, ptr };
        return { mode: x.mode === 'var' || ptr ? 'var' : 'value', type: MEMSTATS_FIELDS[e.sel] };
      }
      if (t === tPool && e.sel === 'New') {
        this.info.sels[e.id] = { k: 'field', index: 0, ptr, structType: t };
        return { mode: x.mode === 'var' || ptr ? 'var' : 'value', type: tPoolNewFunc };
      }
      this.err(e.selFrom, `${this.text(e)} undefined (type ${typeString(x.type)} has no field or method ${e.sel})`);
      return invalid;
    }
    const u = underlying(t);
    if (u.k === 'struct') {
      const idx = u.fields.findIndex((f) => f.name === e.sel);
      if (idx >= 0) {
        this.info.sels[e.id] = { k: 'field', index: idx, ptr, structType: u };
        return { mode: x.mode === 'var' || ptr ? 'var' : 'value', type: u.fields[idx].type };
      }
    }
    void lhs;
    if (u.k === 'iface' && u.methods.includes(e.sel)) {
      this.err(e.selFrom, `calling a method of an interface value (${this.text(e)}) is not supported in the playground`);
      return invalid;
    }
    this.err(e.selFrom, `${this.text(e)} undefined (type ${typeString(x.type)} has no field or method ${e.sel})`);
    return invalid;
  }
  index(e: A.Index, scope: Scope): Operand {
    const x = this.expr(e.x, scope);
    if (x.mode === 'invalid') {
      this.expr(e.index, scope);
      return invalid;
    }
    let t = underlying(x.type);
    let viaPtr = false;
    if (t.k === 'ptr' && underlying(t.elem).k === 'array') {
      t = underlying(t.elem);
      viaPtr = true;
    }
    let elem: T;
    let mode: Operand['mode'];
    let length = -1;
    if (t.k === 'slice') {
      elem = t.elem;
      mode = 'var';
    } else if (t.k === 'array') {
      elem = t.elem;
      mode = x.mode === 'var' || viaPtr ? 'var' : 'value';
      length = t.len;
    } else if (isString(x.type)) {
      elem = tUint8;
      mode = 'value';
      if (x.mode === 'const' && x.val?.k === 'string') length = x.val.v.length;
    } else {
      this.err(e, `invalid operation: cannot index ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
      this.expr(e.index, scope);
      return invalid;
    }
    this.indexValue(e.index, scope, length);
    if (isString(x.type) && x.mode === 'const' && x.val?.k === 'string') {
      const iv = this.info.consts[e.index.id];
      if (iv?.k === 'int') return { mode: 'const', type: tUint8, val: { k: 'int', v: BigInt(x.val.v.charCodeAt(Number(iv.v)) || 0) } };
    }
    return { mode, type: elem };
  }

  /** Checks an index operand: an integer, non-negative if constant, below `length` if known. */
  indexValue(e: A.Expr, scope: Scope, length: number): void {
    const op = this.expr(e, scope);
    if (op.mode === 'invalid') return;
    if (!isInteger(op.type) && !(op.mode === 'const' && op.val?.k === 'float' && Number.isInteger(op.val.v))) {
      this.err(e, `invalid argument: index ${this.text(e)} (${this.describeShort(op, e)}) must be integer`);
      return;
    }
    if (op.mode === 'const' && op.val) {
      const n = constToNumber(op.val);
      if (n < 0) this.err(e, `invalid argument: index ${this.text(e)} (constant of type int) must not be negative`);
      else if (length >= 0 && n >= length) this.err(e, `invalid argument: index ${n} out of bounds [0:${length}]`);
      if (isUntyped(op.type)) this.recordType(e, tInt, op);
    }
  }

  sliceExpr(e: A.SliceExpr, scope: Scope): Operand {
    const x = this.expr(e.x, scope);
    let length = -1;
    let result: T = tInvalid;
    if (x.mode !== 'invalid') {
      const u = underlying(x.type);
      if (u.k === 'slice') result = x.type;
      else if (isString(x.type)) {
        if (e.three) this.err(e, `invalid operation: 3-index slice of string`);
        result = isUntyped(x.type) ? tString : x.type;
        if (isUntyped(x.type)) this.recordType(e.x, tString, x);
      } else if (u.k === 'array') {
        if (x.mode !== 'var') this.err(e, `invalid operation: ${this.text(e.x)} (slice of unaddressable value)`);
        result = { k: 'slice', elem: u.elem };
        length = u.len;
        this.markAddrTaken(e.x);
      } else if (u.k === 'ptr' && underlying(u.elem).k === 'array') {
        const a = underlying(u.elem) as { len: number; elem: T };
        result = { k: 'slice', elem: a.elem };
        length = a.len;
      } else this.err(e, `cannot slice ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
    }
    const idx = [e.lo, e.hi, e.max];
    const consts: (number | null)[] = [];
    for (const i of idx) {
      if (!i) {
        consts.push(null);
        continue;
      }
      this.indexValue(i, scope, length >= 0 ? length + 1 : -1);
      const c = this.info.consts[i.id];
      consts.push(c ? constToNumber(c) : null);
    }
    const known = consts.filter((c): c is number => c !== null);
    for (let i = 1; i < known.length; i++) {
      if (known[i] < known[i - 1]) this.err(e, `invalid slice indices: ${known[i]} < ${known[i - 1]}`);
    }
    if (x.mode === 'invalid') return invalid;
    return { mode: 'value', type: result };
  }

  markAddrTaken(e: A.Expr): void {
    const x = unparen(e);
    if (x.kind === 'Ident') {
      const o = this.info.uses[x.id];
      if (o?.kind === 'var') o.addrTaken = true;
    } else if (x.kind === 'Selector') {
      const s = this.info.sels[x.id];
      if (s?.k === 'field' && !s.ptr) this.markAddrTaken(x.x);
    } else if (x.kind === 'Index') {
      const t = this.info.types[x.x.id];
      if (t && underlying(t).k === 'array') this.markAddrTaken(x.x);
    }
  }

  unary(e: A.Unary, scope: Scope): Operand {
    if (e.op === '&') {
      const inner = unparen(e.x);
      if (inner.kind === 'CompositeLit') {
        const op = this.expr(e.x, scope);
        if (op.mode === 'invalid') return invalid;
        return { mode: 'value', type: { k: 'ptr', elem: op.type } };
      }
      const op = this.expr(e.x, scope);
      if (op.mode === 'invalid') return invalid;
      if (op.mode !== 'var') {
        this.err(e, `invalid operation: cannot take address of ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
        return invalid;
      }
      this.markAddrTaken(e.x);
      return { mode: 'value', type: { k: 'ptr', elem: op.type } };
    }
    if (e.op === '*') {
      const op = this.expr(e.x, scope);
      if (op.mode === 'invalid') return invalid;
      if (op.mode === 'type') return { mode: 'type', type: { k: 'ptr', elem: op.type } };
      if (op.mode === 'nil') {
        this.err(e, 'invalid operation: cannot indirect nil');
        return invalid;
      }
      const u = underlying(op.type);
      if (u.k !== 'ptr') {
        this.err(e, `invalid operation: cannot indirect ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
        return invalid;
      }
      return { mode: 'var', type: u.elem };
    }
    const op = this.expr(e.x, scope);
    if (op.mode === 'invalid') return invalid;
    switch (e.op) {
      case '+':
      case '-':
        if (!isNumeric(op.type)) {
          this.err(e, `invalid operation: operator ${e.op} not defined on ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
          return invalid;
        }
        if (op.mode === 'const' && op.val) {
          const v = op.val;
          const r: ConstVal = e.op === '+' ? v : v.k === 'int' ? { k: 'int', v: -v.v } : { k: 'float', v: -(v as { v: number }).v };
          if (!isUntyped(op.type) && !constFits(r, op.type)) {
            this.err(e, `constant ${constString(r)} overflows ${typeString(op.type)}`);
          }
          return { mode: 'const', type: op.type, val: r };
        }
        return { mode: 'value', type: op.type };
      case '!':
        if (!isBoolean(op.type)) {
          this.err(e, `invalid operation: operator ! not defined on ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
          return invalid;
        }
        if (op.mode === 'const' && op.val?.k === 'bool') return { mode: 'const', type: op.type, val: { k: 'bool', v: !op.val.v } };
        return { mode: 'value', type: op.type };
      case '^':
        if (!isInteger(op.type)) {
          this.err(e, `invalid operation: operator ^ not defined on ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
          return invalid;
        }
        if (op.mode === 'const' && op.val?.k === 'int') {
          let v = ~op.val.v;
          if (!isUntyped(op.type) && isUnsigned(op.type)) v = BigInt.asUintN(intInfo(op.type).bits, v);
          return { mode: 'const', type: op.type, val: { k: 'int', v } };
        }
        return { mode: 'value', type: op.type };
      default:
        this.err(e, `operator ${e.op} is not supported`);
        return invalid;
    }
  }

  binaryTypes(e: A.Binary, x: Operand, y: Operand, _scope: Scope, at: A.Expr | A.Binary): Operand {
    const op = e.op;
    const exprText = () => (e.id >= 0 ? this.text(e) : `${this.text(e.x)} ${op} ${this.text(e.y)}`);
    if (op === '<<' || op === '>>') {
      if (!isInteger(y.type) && !(y.mode === 'const' && y.val?.k === 'float' && Number.isInteger(y.val.v))) {
        this.err(e.y, `invalid operation: shift count ${this.text(e.y)} (${this.describeShort(y, e.y)}) must be integer`);
        return invalid;
      }
      if (y.mode === 'const' && y.val && constToNumber(y.val) < 0) {
        this.err(e.y, `invalid shift count ${this.text(e.y)} (${this.describeShort(y, e.y)}) (must be non-negative)`);
        return invalid;
      }
      if (y.mode === 'const' && isUntyped(y.type)) this.recordType(e.y, tUint8.k === 'basic' ? tInt : tInt, y);
      if (x.mode === 'const' && y.mode === 'const' && x.val && y.val) {
        if (!isInteger(x.type) && !(x.val.k === 'float' && Number.isInteger(x.val.v))) {
          this.err(e, `invalid operation: shifted operand ${this.text(e.x)} (${this.describeShort(x, e.x)}) must be integer`);
          return invalid;
        }
        const a = x.val.k === 'int' ? x.val.v : BigInt((x.val as { v: number }).v);
        const s = BigInt(constToNumber(y.val));
        if (s > 10000n) {
          this.err(e, `shift count too large: ${s}`);
          return invalid;
        }
        const v = op === '<<' ? a << s : a >> s;
        const rt = isUntyped(x.type) ? (x.type.k === 'untyped' && x.type.name === 'untyped float' ? tUntypedInt : x.type) : x.type;
        const r: ConstVal = { k: 'int', v };
        if (!isUntyped(rt) && !constFits(r, rt)) this.err(at, `cannot use ${exprText()} (untyped int constant ${v}) as ${typeString(rt)} value in constant (overflows)`);
        return { mode: 'const', type: rt, val: r };
      }
      let xt = x.type;
      if (isUntyped(xt)) {
        xt = tInt;
        if (x.mode === 'const') this.recordType(e.x, xt, x);
      }
      if (!isInteger(xt)) {
        this.err(e, `invalid operation: shifted operand ${this.text(e.x)} (${this.describeShort(x, e.x)}) must be integer`);
        return invalid;
      }
      return { mode: 'value', type: xt };
    }
    // Untyped operands take the other side's type.
    if (x.mode === 'nil' || y.mode === 'nil') {
      const other = x.mode === 'nil' ? y : x;
      if (op !== '==' && op !== '!=') {
        this.err(at, `invalid operation: operator ${op} not defined on nil`);
        return invalid;
      }
      if (x.mode === 'nil' && y.mode === 'nil') {
        this.err(at, `invalid operation: ${exprText()} (operator ${op} not defined on nil)`);
        return invalid;
      }
      const u = underlying(other.type);
      if (u.k !== 'ptr' && u.k !== 'slice' && u.k !== 'iface' && u.k !== 'func') {
        this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(other.type)} and untyped nil)`);
        return invalid;
      }
      this.info.types[(x.mode === 'nil' ? e.x : e.y).id] = other.type;
      return { mode: 'value', type: tUntypedBool };
    }
    let xt = x.type;
    let yt = y.type;
    if (isUntyped(xt) && !isUntyped(yt)) {
      if (!this.implicitConvert(x, yt, e.x, at, exprText)) return invalid;
      xt = yt;
    } else if (isUntyped(yt) && !isUntyped(xt)) {
      if (!this.implicitConvert(y, xt, e.y, at, exprText)) return invalid;
      yt = xt;
    }
    const bothConst = x.mode === 'const' && y.mode === 'const' && x.val && y.val;
    if (isUntyped(xt) && isUntyped(yt)) {
      // untyped op untyped: the "larger" kind wins (int < rune < float).
      const rank = (t: T) => (t.k === 'untyped' ? { 'untyped int': 1, 'untyped rune': 2, 'untyped float': 3 }[t.name as string] ?? 0 : 0);
      if (rank(xt) && rank(yt)) {
        const r = rank(xt) >= rank(yt) ? xt : yt;
        xt = yt = r;
      } else if (!identical(xt, yt)) {
        this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(xt)} and ${typeString(yt)})`);
        return invalid;
      }
    } else if (!identical(xt, yt)) {
      if (isInterface(xt) || isInterface(yt)) {
        if ((op === '==' || op === '!=') && (this.assignableType(xt, yt) || this.assignableType(yt, xt))) {
          if (!isInterface(xt)) this.info.toIface[e.x.id] = xt;
          if (!isInterface(yt)) this.info.toIface[e.y.id] = yt;
          return { mode: 'value', type: tUntypedBool };
        }
      }
      this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(xt)} and ${typeString(yt)})`);
      return invalid;
    }
    const t = xt;
    const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(op);
    if (cmp) {
      if (op === '==' || op === '!=') {
        if (!comparable(t)) {
          const u = underlying(t);
          const what = u.k === 'slice' ? 'slice can only be compared to nil' : u.k === 'func' ? 'func can only be compared to nil' : `${typeString(t)} cannot be compared`;
          this.err(at, `invalid operation: ${exprText()} (${what})`);
          return invalid;
        }
      } else if (!isNumeric(t) && !isString(t)) {
        this.err(at, `invalid operation: ${exprText()} (operator ${op} not defined on ${this.text(e.x)} (${this.describeShort(x, e.x)}))`);
        return invalid;
      }
      if (bothConst) return { mode: 'const', type: tUntypedBool, val: { k: 'bool', v: constCompare(op, x.val!, y.val!) } };
      if (isUntyped(t) && x.mode === 'const') {
        const dt = defaultType(t);
        this.recordType(e.x, dt, x);
        this.recordType(e.y, dt, y);
      }
      return { mode: 'value', type: tUntypedBool };
    }
    if (op === '&&' || op === '||') {
      if (!isBoolean(t)) {
        this.err(at, `invalid operation: operator ${op} not defined on ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
        return invalid;
      }
      if (bothConst) return { mode: 'const', type: t, val: { k: 'bool', v: op === '&&' ? (x.val as { v: boolean }).v && (y.val as { v: boolean }).v : (x.val as { v: boolean }).v || (y.val as { v: boolean }).v } };
      return { mode: 'value', type: t };
    }
    // arithmetic
    const okOp =
      op === '+' ? isNumeric(t) || isString(t) : op === '-' || op === '*' || op === '/' ? isNumeric(t) : op === '%' || op === '&' || op === '|' || op === '^' || op === '&^' ? isInteger(t) : false;
    if (!okOp) {
      this.err(at, `invalid operation: operator ${op} not defined on ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
      return invalid;
    }
    if ((op === '/' || op === '%') && y.mode === 'const' && y.val && constToNumber(y.val) === 0 && (isInteger(t) || x.mode === 'const')) {
      this.err(e.y, 'invalid operation: division by zero');
      return invalid;
    }
    if (bothConst) {
      const r = constArith(op, x.val!, y.val!, isInteger(t) && !(t.k === 'untyped' && t.name === 'untyped float'));
      if (r === null) return invalid;
      if (!isUntyped(t) && !constFits(r, t)) {
        this.err(at, `constant ${constString(r)} overflows ${typeString(t)}`);
        return invalid;
      }
      return { mode: 'const', type: t, val: isUntyped(t) || !isInteger(t) ? r : r };
    }
    if (isUntyped(t)) {
      const dt = defaultType(t);
      return { mode: 'value', type: dt };
    }
    return { mode: 'value', type: t };
  }

  implicitConvert(op: Operand, t: T, e: A.Expr, at: A.Expr | A.Binary, exprText: () => string): boolean {
    if (op.mode === 'const' && op.val) {
      if (isInterface(t)) {
        const dt = defaultType(op.type);
        this.recordType(e, dt, op);
        this.info.toIface[e.id] = dt;
        return true;
      }
      const ok = this.representable(op, t);
      if (ok === 'ok') {
        this.recordType(e, t, op);
        return true;
      }
      if (ok === 'mismatch') this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(t)} and ${typeString(op.type)})`);
      else if (ok === 'truncated') this.err(e, `${this.text(e)} (${this.describeShort(op, e)}) truncated to ${typeString(t)}`);
      else this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in expression (overflows)`);
      return false;
    }
    // untyped bool (comparison result) or shift result
    if (op.type.k === 'untyped' && op.type.name === 'untyped bool' && isBoolean(t)) return true;
    if (isUntyped(op.type) && isInteger(t) && isInteger(op.type)) return true;
    this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(op.type)} and ${typeString(t)})`);
    return false;
  }

  // ---- composite literals ----

  compositeLit(e: A.CompositeLit, scope: Scope, hint: T | null): Operand {
    let t: T;
    if (e.type) t = this.typeOf(e.type, scope);
    else if (hint) t = hint;
    else {
      this.err(e, 'invalid composite literal type: missing type');
      return invalid;
    }
    if (t.k === 'invalid') return invalid;
    let u = underlying(t);
    // &T elided inside a literal of pointers: `[]*P{{1, 2}}`
    let ptrElided = false;
    if (!e.type && u.k === 'ptr') {
      t = u.elem;
      u = underlying(t);
      ptrElided = true;
    }
    if (t.k === 'named' && t.std) {
      if (t === tPool) {
        for (const el of e.elts) {
          if (!el.key || el.key.kind !== 'Ident' || el.key.name !== 'New') {
            this.err(el, `unknown field ${el.key ? this.text(el.key) : ''} in struct literal of type sync.Pool`);
            continue;
          }
          const v = this.elemValue(el.value, tPoolNewFunc, scope);
          this.assignable(v, tPoolNewFunc, el.value, 'struct literal');
        }
      } else if (e.elts.length) this.err(e, `cannot use a composite literal of type ${typeString(t)} with fields (only the zero value ${typeString(t)}{} is supported)`);
      this.info.types[e.id] = t;
      return { mode: 'value', type: ptrElided ? { k: 'ptr', elem: t } : t };
    }
    switch (u.k) {
      case 'struct': {
        const keyed = e.elts.some((el) => el.key);
        if (keyed && e.elts.some((el) => !el.key)) this.err(e, 'mixture of field:value and value elements in struct literal');
        if (keyed) {
          const seen = new Set<string>();
          for (const el of e.elts) {
            if (!el.key) continue;
            const name = el.key.kind === 'Ident' ? el.key.name : null;
            const idx = name === null ? -1 : u.fields.findIndex((f) => f.name === name);
            if (idx < 0) {
              this.err(el.key, `unknown field ${name ?? this.text(el.key)} in struct literal of type ${typeString(t)}`);
              this.elemValue(el.value, null, scope);
              continue;
            }
            if (seen.has(name!)) this.err(el.key, `duplicate field name ${name} in struct literal`);
            seen.add(name!);
            const ft = u.fields[idx].type;
            const v = this.elemValue(el.value, ft, scope);
            this.assignable(v, ft, el.value, 'struct literal');
          }
        } else if (e.elts.length) {
          e.elts.forEach((el, i) => {
            if (i >= u.fields.length) {
              if (i === u.fields.length) this.err(el.value, `too many values in struct literal of type ${typeString(t)}`);
              this.elemValue(el.value, null, scope);
              return;
            }
            const ft = u.fields[i].type;
            const v = this.elemValue(el.value, ft, scope);
            this.assignable(v, ft, el.value, 'struct literal');
          });
          if (e.elts.length < u.fields.length) this.err(e.to - 1, `too few values in struct literal of type ${typeString(t)}`);
        }
        break;
      }
      case 'slice':
      case 'array': {
        let idx = 0;
        let maxIdx = 0;
        const seen = new Set<number>();
        for (const el of e.elts) {
          if (el.key) {
            const k = this.expr(el.key, scope);
            if (k.mode !== 'const' || !k.val || !isInteger(k.type)) {
              this.err(el.key, `index ${this.text(el.key)} must be integer constant`);
            } else {
              idx = constToNumber(k.val);
              this.recordType(el.key, tInt, k);
            }
          }
          if (seen.has(idx)) this.err(el, `duplicate index ${idx} in array or slice literal`);
          seen.add(idx);
          if (u.k === 'array' && u.len >= 0 && idx >= u.len) this.err(el.value, `index ${idx} out of bounds [0:${u.len}]`);
          const v = this.elemValue(el.value, u.elem, scope);
          this.assignable(v, u.elem, el.value, 'array or slice literal');
          idx++;
          maxIdx = Math.max(maxIdx, idx);
        }
        if (u.k === 'array' && u.len < 0) {
          // [...]T{...}
          t = { k: 'array', len: maxIdx, elem: u.elem };
        }
        break;
      }
      default:
        this.err(e, `invalid composite literal type ${typeString(t)}`);
        return invalid;
    }
    this.info.types[e.id] = t;
    return { mode: 'value', type: ptrElided ? { k: 'ptr', elem: t } : t };
  }

  elemValue(v: A.Expr, t: T | null, scope: Scope): Operand {
    if (v.kind === 'CompositeLit' && !v.type) {
      if (!t) return invalid;
      const op = this.compositeLit(v, scope, t);
      this.info.types[v.id] = op.type;
      return op;
    }
    return this.expr(v, scope);
  }

  // ---- calls ----

  call(e: A.Call, scope: Scope, multi: boolean): Operand {
    const fun = unparen(e.fun);
    // Conversions: T(x)
    const convT = fun.kind === 'Ident' || fun.kind === 'Selector' || fun.kind === 'QualifiedType' || fun.kind === 'ArrayType' || fun.kind === 'SliceType' || fun.kind === 'PointerType' || fun.kind === 'FuncType' || fun.kind === 'InterfaceType' || (fun.kind === 'Unary' && fun.op === '*')
      ? this.maybeType(fun, scope)
      : null;
    if (convT) return this.conversion(e, convT, scope);
    if (fun.kind === 'Ident') {
      const o = scope.lookup(fun.name);
      if (o?.kind === 'builtin') {
        this.info.uses[fun.id] = o;
        this.info.calls[e.id] = { k: 'builtin', name: fun.name };
        return this.builtin(e, fun.name, scope);
      }
    }
    const f = this.expr(e.fun, scope);
    if (f.mode === 'invalid') {
      for (const a of e.args) this.expr(a, scope, true);
      return invalid;
    }
    const sig = underlying(f.type);
    if (sig.k !== 'func') {
      this.err(e, `invalid operation: cannot call non-function ${this.text(e.fun)} (${this.describeShort(f, e.fun)})`);
      for (const a of e.args) this.expr(a, scope);
      return invalid;
    }
    // What is being called.
    if (fun.kind === 'Ident' && this.info.uses[fun.id]?.kind === 'func') {
      this.info.calls[e.id] = { k: 'func', fn: (this.info.uses[fun.id] as FuncObj).info };
    } else if (fun.kind === 'Selector' && this.info.sels[fun.id]?.k === 'pkg') {
      const m = (this.info.sels[fun.id] as { member: StdMember }).member;
      if (m.kind === 'func') this.info.calls[e.id] = { k: 'std', f: m };
    } else if (fun.kind === 'Selector' && this.info.sels[fun.id]?.k === 'method') {
      const m = (this.info.sels[fun.id] as { m: StdMethod }).m;
      const rt = this.info.types[fun.x.id]!;
      const isPtr = underlying(rt).k === 'ptr';
      if (!isPtr) {
        // Pointer method on a value: needs an addressable operand (&x implicitly).
        const addressable = this.isAddressable(fun.x);
        if (!addressable) {
          this.err(e, `cannot call pointer method ${m.name} on ${typeString(rt)}`);
          return invalid;
        }
        this.markAddrTaken(fun.x);
      }
      this.info.calls[e.id] = { k: 'method', m, recvType: isPtr ? (underlying(rt) as { elem: T }).elem : rt, recvIsPtr: isPtr };
    } else {
      this.info.calls[e.id] = { k: 'value' };
    }
    this.checkArgs(e, sig, scope, this.text(e.fun));
    if (sig.results.length === 0) return { mode: 'novalue', type: tInvalid };
    if (sig.results.length === 1) return { mode: 'value', type: sig.results[0] };
    if (!multi) {
      this.err(e, `multiple-value ${this.text(e)} (value of type (${sig.results.map((t) => typeString(t)).join(', ')})) in single-value context`);
      return invalid;
    }
    return { mode: 'value', type: sig.results[0], tuple: sig.results };
  }

  isAddressable(e: A.Expr): boolean {
    const x = unparen(e);
    if (x.kind === 'Ident') return this.info.uses[x.id]?.kind === 'var';
    if (x.kind === 'Selector') {
      const s = this.info.sels[x.id];
      return s?.k === 'field' && (s.ptr || this.isAddressable(x.x));
    }
    if (x.kind === 'Index') {
      const t = this.info.types[x.x.id];
      if (!t) return false;
      const u = underlying(t);
      return u.k === 'slice' || (u.k === 'array' && this.isAddressable(x.x)) || u.k === 'ptr';
    }
    if (x.kind === 'Unary' && x.op === '*') return true;
    return false;
  }

  maybeType(e: A.Expr, scope: Scope): T | null {
    if (e.kind === 'Ident') {
      const o = scope.lookup(e.name);
      if (o?.kind === 'type') {
        this.info.uses[e.id] = o;
        return o.type;
      }
      if (!o && this.typeDeclsPending.has(e.name)) return this.resolveNamedType(e.name);
      return null;
    }
    if (e.kind === 'Selector') {
      if (e.x.kind !== 'Ident') return null;
      const o = scope.lookup(e.x.name);
      if (o?.kind !== 'pkg') return null;
      const m = STD_PACKAGES[o.path]?.[e.sel];
      if (m?.kind !== 'type') return null;
      o.used = true;
      return m.type;
    }
    if (e.kind === 'Unary') {
      const inner = this.maybeType(unparen(e.x), scope);
      return inner ? { k: 'ptr', elem: inner } : null;
    }
    return this.typeExprOrNull(e, scope);
  }

  checkArgs(e: A.Call, sig: Extract<T, { k: 'func' }>, scope: Scope, name: string): void {
    const params = sig.params;
    let ops: Operand[];
    if (e.args.length === 1 && (params.length > 1 || (sig.variadic && !e.ellipsis))) {
      const op = this.expr(e.args[0], scope, true);
      ops = op.tuple ? op.tuple.map((t) => ({ mode: 'value' as const, type: t })) : [op];
      if (op.tuple && e.ellipsis) this.err(e, `cannot use ... with multi-valued ${this.text(e.args[0])}`);
    } else ops = this.exprList(e.args, scope, 1);
    const spread = ops.length !== e.args.length; // f(g()) with multi-value g
    const argAt = (i: number) => (spread ? e.args[0] : e.args[i]);
    const have = () => `(${ops.map((o) => this.describeType(o)).join(', ')})`;
    const want = () => `(${params.map((p, i) => (sig.variadic && i === params.length - 1 ? '...' + typeString((p as { elem: T }).elem) : typeString(p))).join(', ')})`;
    if (e.ellipsis) {
      if (!sig.variadic) {
        this.err(e, `have (...) used with non-variadic function ${name}`);
        return;
      }
      if (ops.length !== params.length) {
        this.err(ops.length < params.length ? argAt(ops.length - 1) : argAt(params.length), `${ops.length < params.length ? 'not enough' : 'too many'} arguments in call to ${name}\n\thave ${have()}\n\twant ${want()}`);
        return;
      }
      ops.forEach((op, i) => this.assignable(op, params[i], argAt(i), `argument to ${name}`));
      return;
    }
    const nfixed = sig.variadic ? params.length - 1 : params.length;
    if (ops.length < nfixed || (!sig.variadic && ops.length > nfixed)) {
      const tooMany = ops.length > nfixed;
      // types2: at the first extra argument, else at the last argument, else at the call.
      this.err(tooMany ? argAt(nfixed) : e.args.length ? argAt(ops.length - 1) : e.from, `${tooMany ? 'too many' : 'not enough'} arguments in call to ${name}\n\thave ${have()}\n\twant ${want()}`);
      return;
    }
    ops.forEach((op, i) => {
      const pt = i < nfixed ? params[i] : (params[params.length - 1] as { elem: T }).elem;
      this.assignable(op, pt, argAt(i), `argument to ${name}`);
    });
  }

  conversion(e: A.Call, t: T, scope: Scope): Operand {
    this.info.calls[e.id] = { k: 'conv', to: t };
    if (e.args.length !== 1) {
      this.err(e, e.args.length === 0 ? `missing argument in conversion to ${typeString(t)}` : `too many arguments in conversion to ${typeString(t)}`);
      for (const a of e.args) this.expr(a, scope);
      return invalid;
    }
    const x = this.expr(e.args[0], scope);
    if (x.mode === 'invalid') return invalid;
    const from = x.type;
    const tu = underlying(t);
    if (x.mode === 'const' && x.val && tu.k === 'basic') {
      // Constant conversions.
      if (isString(t) && isInteger(from) && x.val.k === 'int') {
        const cp = Number(x.val.v);
        const s = cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? encodeRuneStr(cp) : '\xef\xbf\xbd';
        return { mode: 'const', type: t, val: { k: 'string', v: s } };
      }
      const ok = this.representable(x, t);
      if (ok === 'ok' || (ok === 'truncated' && isInteger(t) && !isUntyped(from) && isFloat(from))) {
        const v = this.convertValue(x.val, t);
        this.recordType(e.args[0], isUntyped(from) ? t : from, x);
        return { mode: 'const', type: t, val: v };
      }
      if (ok === 'truncated') {
        this.err(e.args[0], `cannot convert ${this.text(e.args[0])} (${this.describeShort(x, e.args[0])}) to type ${typeString(t)}`);
        return invalid;
      }
      if (ok === 'overflow') {
        this.err(e.args[0], `constant ${constString(x.val)} overflows ${typeString(t)}`);
        return invalid;
      }
    }
    if (this.convertible(x, t)) {
      if (x.mode === 'nil') this.info.types[e.args[0].id] = t;
      else if (isUntyped(from)) {
        const dt = isNumeric(t) && isNumeric(from) ? t : defaultType(from);
        this.recordType(e.args[0], dt, x);
      }
      if (isInterface(t) && !isInterface(from)) this.info.toIface[e.args[0].id] = defaultType(from);
      return { mode: 'value', type: t };
    }
    this.err(e.args[0], `cannot convert ${this.text(e.args[0])} (${this.describeShort(x, e.args[0])}) to type ${typeString(t)}`);
    return invalid;
  }

  convertible(x: Operand, t: T): boolean {
    const v = x.type;
    if (x.mode === 'nil') {
      const u = underlying(t);
      return u.k === 'ptr' || u.k === 'slice' || u.k === 'iface' || u.k === 'func';
    }
    if (this.assignableType(v, t)) return true;
    const vu = underlying(v);
    const tu = underlying(t);
    if (identical(vu, tu)) return true;
    if (vu.k === 'ptr' && tu.k === 'ptr' && identical(underlying(vu.elem), underlying(tu.elem))) return true;
    if (isNumeric(v) && isNumeric(t)) return true;
    if (isString(t) && (isInteger(v) || (vu.k === 'slice' && (isByte(vu.elem) || isRune(vu.elem))))) return true;
    if (isString(v) && tu.k === 'slice' && (isByte(tu.elem) || isRune(tu.elem))) return true;
    if (isUntyped(v) && x.mode === 'const') return this.representable(x, t) === 'ok';
    return false;
  }

  // ---- builtins ----

  builtin(e: A.Call, name: string, scope: Scope): Operand {
    if (!SUPPORTED_BUILTINS.has(name)) {
      this.err(e.fun, `the built-in function ${name} is not supported`);
      for (const a of e.args) this.expr(a, scope);
      return invalid;
    }
    const args = e.args;
    // types2 reports a wrong count at the call, after evaluating the arguments (they count as used),
    // except for new's (a type).
    const nargs = (min: number, max: number): boolean => {
      if (args.length >= min && args.length <= max) return true;
      if (name !== 'new') for (const a of args) this.expr(a, scope);
      this.err(e, `invalid operation: ${args.length < min ? 'not enough' : 'too many'} arguments for ${this.text(e)} (expected ${args.length < min ? min : max}, found ${args.length})`);
      return false;
    };
    switch (name) {
      case 'len':
      case 'cap': {
        if (!nargs(1, 1)) return invalid;
        const x = this.expr(args[0], scope);
        if (x.mode === 'invalid') return invalid;
        let u = underlying(x.type);
        if (u.k === 'ptr' && underlying(u.elem).k === 'array') u = underlying(u.elem);
        if (u.k === 'slice') return { mode: 'value', type: tInt };
        if (u.k === 'array') return { mode: 'const', type: tInt, val: { k: 'int', v: BigInt(u.len) } };
        if (name === 'len' && isString(x.type)) {
          if (x.mode === 'const' && x.val?.k === 'string') {
            this.recordType(args[0], tString, x);
            return { mode: 'const', type: tInt, val: { k: 'int', v: BigInt(x.val.v.length) } };
          }
          return { mode: 'value', type: tInt };
        }
        this.err(args[0], `invalid argument: ${this.text(args[0])} (${this.describeShort(x, args[0])}) for built-in ${name}`);
        return invalid;
      }
      case 'append': {
        if (args.length === 0) {
          this.err(e, `invalid operation: not enough arguments for ${this.text(e)} (expected 1, found 0)`);
          return invalid;
        }
        const s = this.expr(args[0], scope);
        if (s.mode === 'invalid') {
          for (const a of args.slice(1)) this.expr(a, scope);
          return invalid;
        }
        if (s.mode === 'nil') {
          this.err(args[0], 'first argument to append must be a typed slice; found untyped nil');
          return invalid;
        }
        const u = underlying(s.type);
        if (u.k !== 'slice') {
          this.err(args[0], `invalid argument: ${this.text(args[0])} (${this.describeShort(s, args[0])}) is not a slice`);
          for (const a of args.slice(1)) this.expr(a, scope);
          return invalid;
        }
        if (e.ellipsis) {
          if (args.length !== 2) {
            this.err(e, `can only use ... with final argument in list`);
            return invalid;
          }
          const x = this.expr(args[1], scope);
          if (x.mode === 'invalid') return invalid;
          if (isString(x.type) && isByte(u.elem)) {
            if (isUntyped(x.type)) this.recordType(args[1], tString, x);
            return { mode: 'value', type: s.type };
          }
          if (x.mode === 'nil') {
            this.info.types[args[1].id] = s.type;
            return { mode: 'value', type: s.type };
          }
          const xu = underlying(x.type);
          if (xu.k !== 'slice' || !identical(xu.elem, u.elem)) {
            this.err(args[1], `cannot use ${this.text(args[1])} (${this.describeShort(x, args[1])}) as []${typeString(u.elem)} value in argument to append`);
            return invalid;
          }
          return { mode: 'value', type: s.type };
        }
        for (const a of args.slice(1)) {
          const v = this.elemValue(a, u.elem, scope);
          this.assignable(v, u.elem, a, 'argument to append');
        }
        return { mode: 'value', type: s.type };
      }
      case 'copy': {
        if (!nargs(2, 2)) return invalid;
        const d = this.expr(args[0], scope);
        const s = this.expr(args[1], scope);
        if (d.mode === 'invalid' || s.mode === 'invalid') return invalid;
        const du = underlying(d.type);
        if (du.k !== 'slice') {
          this.err(e, `invalid argument: copy expects slice arguments; found ${this.text(args[0])} (${this.describeShort(d, args[0])}) and ${this.text(args[1])} (${this.describeShort(s, args[1])})`);
          return invalid;
        }
        if (isString(s.type) && isByte(du.elem)) {
          if (isUntyped(s.type)) this.recordType(args[1], tString, s);
          return { mode: 'value', type: tInt };
        }
        const su = underlying(s.type);
        if (su.k !== 'slice' || !identical(su.elem, du.elem)) {
          this.err(e, `invalid argument: arguments to copy ${this.text(args[0])} (${this.describeShort(d, args[0])}) and ${this.text(args[1])} (${this.describeShort(s, args[1])}) have different element types`);
          return invalid;
        }
        return { mode: 'value', type: tInt };
      }
      case 'make': {
        if (args.length === 0) {
          this.err(e, `invalid operation: not enough arguments for make() (expected 1, found 0)`);
          return invalid;
        }
        const t = this.typeOf(args[0], scope);
        if (t.k === 'invalid') return invalid;
        if (underlying(t).k !== 'slice') {
          this.err(args[0], `invalid argument: cannot make ${this.text(args[0])}; type must be slice, map, or channel`);
          return invalid;
        }
        if (args.length < 2) {
          this.err(e, `invalid operation: ${this.text(e)} expects 2 or 3 arguments; found ${args.length}`);
          return invalid;
        }
        if (args.length > 3) {
          this.err(e, `invalid operation: ${this.text(e)} expects 2 or 3 arguments; found ${args.length}`);
          return invalid;
        }
        const sizes: (number | null)[] = [];
        for (const a of args.slice(1)) {
          const op = this.expr(a, scope);
          if (op.mode === 'invalid') return invalid;
          if (!isInteger(op.type) && !(op.mode === 'const' && op.val?.k === 'float' && Number.isInteger(op.val.v))) {
            this.err(a, `cannot convert ${this.text(a)} (${this.describeShort(op, a)}) to type int`);
            return invalid;
          }
          if (op.mode === 'const' && op.val) {
            const n = constToNumber(op.val);
            if (n < 0) {
              this.err(a, `invalid argument: index ${this.text(a)} (constant of type int) must not be negative`);
              return invalid;
            }
            this.recordType(a, tInt, op);
            sizes.push(n);
          } else sizes.push(null);
        }
        if (sizes.length === 2 && sizes[0] !== null && sizes[1] !== null && sizes[0] > sizes[1]) {
          this.err(args[1], `invalid argument: length and capacity swapped`);
          return invalid;
        }
        return { mode: 'value', type: t };
      }
      case 'new': {
        if (!nargs(1, 1)) return invalid;
        const t = this.typeOf(args[0], scope);
        if (t.k === 'invalid') return invalid;
        return { mode: 'value', type: { k: 'ptr', elem: t } };
      }
      case 'panic': {
        if (!nargs(1, 1)) return invalid;
        const x = this.expr(args[0], scope);
        if (x.mode !== 'invalid') this.assignable(x, tAny, args[0], 'argument to panic');
        return { mode: 'novalue', type: tInvalid };
      }
      case 'print':
      case 'println': {
        for (const a of args) {
          const x = this.expr(a, scope);
          if (x.mode === 'const' && x.val) this.recordType(a, defaultType(x.type), x);
        }
        return { mode: 'novalue', type: tInvalid };
      }
      case 'min':
      case 'max': {
        if (args.length === 0) {
          this.err(e, `invalid operation: not enough arguments for ${this.text(e)} (expected 1, found 0)`);
          return invalid;
        }
        const ops = args.map((a) => this.expr(a, scope));
        if (ops.some((o) => o.mode === 'invalid')) return invalid;
        let t: T | null = ops.find((o) => !isUntyped(o.type))?.type ?? null;
        if (ops.every((o) => o.mode === 'const')) {
          // constant min/max
          let i = 0;
          for (let j = 1; j < ops.length; j++) {
            const a = ops[j].val!;
            const b = ops[i].val!;
            const less = a.k === 'string' && b.k === 'string' ? a.v < b.v : constToNumber(a) < constToNumber(b);
            const more = a.k === 'string' && b.k === 'string' ? a.v > b.v : constToNumber(a) > constToNumber(b);
            if (name === 'min' ? less : more) i = j;
          }
          return { mode: 'const', type: t ?? ops[i].type, val: ops[i].val };
        }
        if (!t) t = defaultType(ops[0].type);
        if (!isNumeric(t) && !isString(t)) {
          this.err(e, `invalid argument: ${this.text(args[0])} cannot be ordered`);
          return invalid;
        }
        ops.forEach((o, i) => this.assignable(o, t!, args[i], `argument to ${name}`));
        return { mode: 'value', type: t };
      }
    }
    return invalid;
  }
}

function isByte(t: T): boolean {
  const u = underlying(t);
  return u.k === 'basic' && u.name === 'uint8';
}
function isRune(t: T): boolean {
  const u = underlying(t);
  return u.k === 'basic' && u.name === 'int32';
}

export function unparen(e: A.Expr): A.Expr {
  while (e.kind === 'Paren') e = e.x;
  return e;
}

function encodeRuneStr(c: number): string {
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

function constCompare(op: string, a: ConstVal, b: ConstVal): boolean {
  let c: number;
  if (a.k === 'string' && b.k === 'string') c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  else if (a.k === 'bool' && b.k === 'bool') c = a.v === b.v ? 0 : 1;
  else if (a.k === 'int' && b.k === 'int') c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  else {
    const x = constToNumber(a);
    const y = constToNumber(b);
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    default: return c >= 0;
  }
}

function constArith(op: string, a: ConstVal, b: ConstVal, integer: boolean): ConstVal | null {
  if (a.k === 'string' && b.k === 'string') return op === '+' ? { k: 'string', v: a.v + b.v } : null;
  if (integer && a.k === 'int' && b.k === 'int') {
    const x = a.v;
    const y = b.v;
    switch (op) {
      case '+': return { k: 'int', v: x + y };
      case '-': return { k: 'int', v: x - y };
      case '*': return { k: 'int', v: x * y };
      case '/': return { k: 'int', v: x / y };
      case '%': return { k: 'int', v: x % y };
      case '&': return { k: 'int', v: x & y };
      case '|': return { k: 'int', v: x | y };
      case '^': return { k: 'int', v: x ^ y };
      case '&^': return { k: 'int', v: x & ~y };
    }
    return null;
  }
  const x = constToNumber(a);
  const y = constToNumber(b);
  switch (op) {
    case '+': return { k: 'float', v: x + y };
    case '-': return { k: 'float', v: x - y };
    case '*': return { k: 'float', v: x * y };
    case '/': return { k: 'float', v: x / y };
  }
  return null;
}

export function checkFile(file: A.File, src: string): { info: Info; diags: CheckDiag[] } {
  const c = new Checker(file, src);
  c.run();
  return { info: c.info, diags: c.diags };
}

export { tBool, tFloat64, tError, tString };
