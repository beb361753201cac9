// Type checker for the subset: resolves names, computes the type (and constant value) of every
// expression, assigns frame slots, and reports the errors a learner meets in the compiler's words
// (types2 wording: "undefined: x", "declared and not used: x", "missing return", ...).

import type * as A from '../ast';
import { constToNumber, type ConstVal } from '../constants';
import { STD_PACKAGES, type StdFunc, type StdMember, type StdMethod } from '../std';
import { PREDECLARED_TYPES, intInfo, tInvalid, tUntypedBool, underlying, type T } from '../types';

// ---- objects ----------------------------------------------------------------------------------

/** types2/expr.go (go1.23): the longest numeric literal the checker evaluates. */
export const MAX_CONST_CHARS = 10000;

export type { ConstVal } from '../constants';
export { constString, constToNumber } from '../constants';

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
export interface TypeObj { kind: 'type'; name: string; type: T; pos: number; generic?: GenericType; typeParam?: boolean }
/** A generic type: its declaration, its methods' declarations and its instances by type arguments. */
export interface GenericType { spec: A.TypeSpec; methods: A.FuncDecl[]; instances: Map<string, T> }
/** A generic function (never checked itself: each instantiation is, as its own FnInfo). */
export interface GenericFuncObj { kind: 'gfunc'; name: string; decl: A.FuncDecl; instances: Map<string, FnInfo>; pos: number }
export interface FuncObj { kind: 'func'; name: string; decl: A.FuncDecl; info: FnInfo; pos: number }
export interface BuiltinObj { kind: 'builtin'; name: string }
export interface PkgObj { kind: 'pkg'; name: string; path: string; used: boolean; pos: number; to: number }
export interface NilObj { kind: 'nil' }
export type Obj = VarObj | ConstObj | TypeObj | FuncObj | BuiltinObj | PkgObj | NilObj | GenericFuncObj;

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
  /** Methods: the receiver's named type and whether the receiver is a pointer (params[0] is it). */
  recv: { base: T; ptr: boolean } | null;
  /** An instantiation of a generic function or method: the scope binding its type parameters. */
  tscope?: Scope;
  /** The instantiation comes from a generic declaration (the compiler compiles it as a GC shape). */
  generic?: boolean;
  /** defer statements in the body, with their loop depth (0: not in a loop). */
  defers?: { node: A.Defer; loopDepth: number }[];
  /** Calls recover() (not inlinable: "call to recover"). */
  callsRecover?: boolean;
}

export type CallKind =
  | { k: 'conv'; to: T }
  | { k: 'builtin'; name: string }
  | { k: 'func'; fn: FnInfo; recv?: A.Expr } // recv: a method's receiver argument (with implicit & or *)
  | { k: 'std'; f: StdFunc }
  | { k: 'method'; m: StdMethod; recvType: T; recvIsPtr: boolean }
  | { k: 'iface'; name: string; sig: Extract<T, { k: 'func' }> } // x.M() on an interface value (dynamic dispatch)
  | { k: 'value' }; // calling a func-typed value (closure)

export type SelKind =
  | { k: 'field'; index: number; ptr: boolean; structType: T }
  | { k: 'pkg'; member: StdMember }
  | { k: 'method'; m: StdMethod }
  | { k: 'umethod'; fn: FnInfo; how: 'value' | 'addr' | 'deref' } // x.m of a method declared in the program
  | { k: 'mexpr'; fn: FnInfo } // T.m or (*T).m
  | { k: 'imethod'; name: string; sig: Extract<T, { k: 'func' }> } // x.M of an interface value
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
  /** f(g()) with multi-value g: per result, the type converted to the parameter's interface type. */
  spreadIface: Map<number, (T | undefined)[]>;
  /** Receives used as `v, ok := <-c` (their value is the pair). */
  commaOk: Set<number>;
  /** Methods declared in the program, by receiver base type (a named type) and name. */
  methods: Map<T, Map<string, FnInfo>>;
  imports: Map<string, PkgObj>;
}

export interface CheckDiag {
  from: number;
  to: number;
  message: string;
}

// ---- constants --------------------------------------------------------------------------------

export const INT_MIN: Record<number, bigint> = { 8: -128n, 16: -32768n, 32: -2147483648n, 64: -(2n ** 63n) };
export const INT_MAX: Record<number, bigint> = { 8: 127n, 16: 32767n, 32: 2147483647n, 64: 2n ** 63n - 1n };

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
export const INT_INFO_NAMES = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);

// ---- operands ---------------------------------------------------------------------------------

export interface Operand {
  mode: 'value' | 'var' | 'mapindex' | 'const' | 'type' | 'builtin' | 'pkg' | 'novalue' | 'nil' | 'invalid' | 'func';
  type: T;
  val?: ConstVal;
  /** For multi-value calls: the result types. */
  tuple?: T[];
}

export const invalid: Operand = { mode: 'invalid', type: tInvalid };

// ---- checker ----------------------------------------------------------------------------------

export class Scope {
  names = new Map<string, Obj>();
  constructor(readonly parent: Scope | null, readonly fn: FnInfo | null) {}
  lookup(name: string): Obj | undefined {
    const o = this.names.get(name);
    if (o) return o;
    return this.parent ? this.parent.lookup(name) : undefined;
  }
}

export const BUILTINS = ['append', 'cap', 'copy', 'len', 'make', 'new', 'panic', 'print', 'println', 'min', 'max', 'clear', 'close', 'delete', 'complex', 'real', 'imag', 'recover'];
export const SUPPORTED_BUILTINS = new Set(['append', 'cap', 'copy', 'len', 'make', 'new', 'panic', 'recover', 'min', 'max', 'print', 'println', 'close']);

export class Checker {
  info: Info;
  diags: CheckDiag[] = [];
  universe = new Scope(null, null);
  pkg = new Scope(this.universe, null);
  fn: FnInfo | null = null;
  loopDepth = 0;
  loopNest = 0;
  uid = 0;
  typeDeclsPending = new Map<string, A.TypeSpec>();
  resolving = new Set<string>();

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
      methods: new Map(),
      commaOk: new Set(),
      spreadIface: new Map(),
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
        return e.implicit ? this.text(e.x) : `${this.text(e.x)}.${e.sel}`;
      case 'Index':
        return `${this.text(e.x)}[${this.text(e.index)}]`;
      case 'Call':
        return `${this.text(e.fun)}(${e.args.map((a) => this.text(a)).join(', ')}${e.ellipsis ? '...' : ''})`;
      case 'CompositeLit':
        return `${e.type ? this.text(e.type) : ''}${e.elts.length ? '{…}' : '{}'}`;
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
        const known = ['os', 'time', 'reflect', 'context', 'regexp', 'iter'];
        const msg = known.includes(imp.path) || /^[a-z]+(\/[a-z]+)*$/.test(imp.path)
          ? `package "${imp.path}" is not supported in the playground (supported: ${Object.keys(STD_PACKAGES).join(', ')})`
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
      if (d.kind === 'TypeDecl') for (const s of d.specs) this.declarePkg(s.name, () => (s.typeParams ? this.declareGenericType(s) : this.typeDeclsPending.set(s.name.name, s)));
    }
    for (const d of f.decls) {
      if (d.kind === 'TypeDecl') for (const s of d.specs) if (!s.typeParams) this.resolveNamedType(s.name.name);
    }
    for (const d of f.decls) if (d.kind === 'ConstDecl') this.constDecl(d, this.pkg);
    for (const d of f.decls) if (d.kind === 'FuncDecl' && d.recv && !this.genericMethod(d)) this.methodDecl(d);
    for (const d of f.decls) {
      if (d.kind === 'FuncDecl' && !d.recv && d.typeParams) {
        this.declareGenericFunc(d);
        continue;
      }
      if (d.kind === 'FuncDecl' && !d.recv) {
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
        const info = this.info.funcByDecl.get(d.id);
        if (info) this.funcBody(info, d.recv ? { ...d.type, params: [d.recv, ...d.type.params] } : d.type, d.body);
      }
    }
    // Instantiations of generic functions and methods found while checking (they may find more).
    for (let i = 0; i < this.pendingBodies.length; i++) this.pendingBodies[i]();
    for (const [id, call] of this.seqCalls) {
      if (!this.seqConsumed.has(id)) this.err(call, `${this.text(call.fun)}: an iterator (iter.Seq) runs here only as the argument of slices.Collect or slices.Sorted (range over the map itself instead)`);
    }
    for (const p of this.info.imports.values()) if (!p.used) this.err({ from: p.pos, to: p.to }, `"${p.path}" imported and not used`);
  }

  pendingGlobals = new Map<VarObj, Info['globalInit'][number]>();
  /** The type arguments of each instantiated generic type. */
  instanceArgs = new Map<T, T[]>();
  /** Bodies of generic instantiations, checked once the package's declarations are all known. */
  pendingBodies: (() => void)[] = [];
  /** maps.Keys/Values calls, and those that are the argument of slices.Collect/Sorted (the only supported use). */
  seqCalls = new Map<number, A.Call>();
  seqConsumed = new Set<number>();
  globalsDone = new Set<Info['globalInit'][number]>();
  globalsActive = new Set<Info['globalInit'][number]>();

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
      recv: null,
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

  // ---- declarations ----

  iota = -1;

  // ---- function bodies ----

  currentScope: Scope | null = null;

  // ---- assignability and conversions ----

  // ---- descriptions ----

  // ---- expressions ----

  // ---- composite literals ----

  // ---- calls ----

  // ---- builtins ----
}

export function isByte(t: T): boolean {
  const u = underlying(t);
  return u.k === 'basic' && u.name === 'uint8';
}
export function isRune(t: T): boolean {
  const u = underlying(t);
  return u.k === 'basic' && u.name === 'int32';
}

export function unparen(e: A.Expr): A.Expr {
  while (e.kind === 'Paren') e = e.x;
  return e;
}

export function encodeRuneStr(c: number): string {
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

export function constCompare(op: string, a: ConstVal, b: ConstVal): boolean {
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

export function constArith(op: string, a: ConstVal, b: ConstVal, integer: boolean): ConstVal | null {
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
