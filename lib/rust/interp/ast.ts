// The AST of the supported Rust subset, built from @lezer/rust's tree by parse.ts.
// `from`/`to` are source offsets; check.ts fills in types (`ty`) and slots.

import type { ClosureInfo, Ty } from './ty';

export interface Span {
  from: number;
  to: number;
}

export type TypeExpr =
  | (Span & { k: 'path'; name: string; args: TypeExpr[]; lts?: string[] })
  | (Span & { k: 'ref'; mut: boolean; elem: TypeExpr; lifetime?: boolean; lt?: string })
  | (Span & { k: 'array'; elem: TypeExpr; len: number | null }) // len null: a slice [T]
  | (Span & { k: 'unit' })
  | (Span & { k: 'tuple'; elems: TypeExpr[] })
  | (Span & { k: 'fn'; trait: 'Fn' | 'FnMut' | 'FnOnce'; params: TypeExpr[]; ret: TypeExpr | null; dyn: boolean }) // `impl Fn(i32) -> i32`, `dyn FnMut()`
  | (Span & { k: 'dyn' | 'impl'; traits: { name: string; span: Span }[] }); // `dyn Shape`, `impl Shape + Clone` (the program's traits, check/traits.ts)

export type BinOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '&&' | '||';

export interface FmtArgs {
  /** The format string's text (unescaped) and where it starts. */
  fmt: string;
  fmtSpan: Span;
  args: Expr[];
  /** Named arguments (`name = expr`): name → index in args. */
  names?: Record<string, number>;
}

interface ExprBase extends Span {
  ty?: Ty;
}

export type Expr = ExprBase &
  (
    | { k: 'int'; text: string; value: bigint; suffix: string | null }
    | { k: 'float'; value: number; suffix: string | null }
    | { k: 'bool'; value: boolean }
    | { k: 'char'; value: number }
    | { k: 'str'; value: string }
    | { k: 'unit' }
    | { k: 'name'; name: string; slot?: number; decl?: LocalDecl; konst?: ConstDecl; unitStruct?: boolean } // konst: a constant; unitStruct: `Marker`
    | { k: 'path'; segs: string[]; targs: TypeExpr[] | null; konst?: ConstDecl } // i32::MAX, Vec::new (as a callee), None, Self::CAP
    | { k: 'unary'; op: '-' | '!' | '*'; e: Expr }
    | { k: 'ref'; mut: boolean; e: Expr }
    | { k: 'binary'; op: BinOp; l: Expr; r: Expr }
    | { k: 'assign'; op: string; l: Expr; r: Expr } // op '=' or '+=' ...
    | { k: 'cast'; e: Expr; target: TypeExpr; toTy?: Ty }
    | { k: 'call'; callee: Expr; args: Expr[]; fn?: FnDecl; builtin?: string }
    | { k: 'tuple'; elems: Expr[] } // (a, b), (a,)
    | { k: 'try'; e: Expr } // `expr?` (only on fmt::Result)
    | { k: 'write'; mac: 'write' | 'writeln'; dest: Expr; f: FmtArgs | null } // write!(f, ...) in a Display impl
    | { k: 'method'; recv: Expr; name: string; nameSpan: Span; args: Expr[]; targs: TypeExpr[] | null; builtin?: string; fn?: FnDecl } // fn: a method of an impl block
    | { k: 'field'; e: Expr; name: string; index?: number } // name '0', '1', … for tuples and tuple structs
    | { k: 'index'; e: Expr; i: Expr }
    | { k: 'range'; lo: Expr | null; hi: Expr | null; inclusive: boolean }
    | { k: 'struct'; name: string; fields: { name: string; span: Span; e: Expr }[]; decl?: StructDecl; base?: Expr } // base: `..Default::default()`
    | { k: 'array'; elems: Expr[] }
    | { k: 'arrayRepeat'; e: Expr; n: Expr }
    | { k: 'vecMacro'; elems: Expr[] | null; repeat: { e: Expr; n: Expr } | null }
    | { k: 'fmtMacro'; mac: 'format' | 'println' | 'print' | 'eprintln' | 'eprint' | 'panic'; f: FmtArgs | null }
    | { k: 'assert'; mac: 'assert' | 'assert_eq' | 'assert_ne'; args: Expr[]; f: FmtArgs | null }
    | { k: 'block'; b: Block }
    | { k: 'if'; cond: Expr; then: Block; els: Expr | null }
    | { k: 'ifLet'; pat: Pattern; e: Expr; then: Block; els: Expr | null }
    | { k: 'while'; cond: Expr; body: Block; label: string | null }
    | { k: 'whileLet'; pat: Pattern; e: Expr; body: Block; label: string | null }
    | { k: 'loop'; body: Block; label: string | null }
    | { k: 'for'; pat: Pattern; iter: Expr; body: Block; label: string | null }
    | { k: 'break'; label: string | null; e: Expr | null }
    | { k: 'continue'; label: string | null }
    | { k: 'return'; e: Expr | null }
    | { k: 'match'; e: Expr; arms: { pat: Pattern; guard?: Expr | null; body: Expr; span: Span }[] }
    | { k: 'closure'; move: boolean; params: { pat: Pattern; ty: TypeExpr | null }[]; ret: TypeExpr | null; body: Block; info?: ClosureInfo } // check/closures.ts
  );

export type Pattern = Span &
  (
    | { k: 'bind'; name: string; mut: boolean; byRef: boolean; refMut?: boolean; decl?: LocalDecl; deref?: boolean; mutFrom?: number } // deref: `&x`; byRef: `ref x` (refMut: `ref mut x`); mutFrom: where `mut x` starts
    | { k: 'wild' }
    | { k: 'some'; inner: Pattern }
    | { k: 'none' }
    | { k: 'lit'; e: Expr }
    | { k: 'range'; lo: Expr | null; hi: Expr | null; inclusive: boolean } // `1..=9`, `'a'..='z'`, `..0`
    | { k: 'or'; alts: Pattern[] } // `'a' | 'e'` (alternatives without bindings)
    | { k: 'tuple'; elems: Pattern[] } // (a, b), also `for (i, x) in v.iter().enumerate()`
    | { k: 'tstruct'; name: string; elems: Pattern[] } // a tuple struct's fields: `Meters(m)`
    // `E::V`, `E::V(a, b)`, `E::V { x, y: p, .. }`, `S { x, .. }` (check/enums.ts)
    | { k: 'variant'; path: string; pathSpan: Span; elems: Pattern[] | null; fields: { name: string; span: Span; pat: Pattern }[] | null; rest: boolean }
    | { k: 'at'; name: string; mut: boolean; sub: Pattern; decl?: LocalDecl } // `x @ 1..=9`
  );

export interface LocalDecl {
  name: string;
  mut: boolean;
  span: Span;
  slot: number;
  ty?: Ty;
  /** Number of the scope it lives in (for drops). */
  id: number;
  isParam?: boolean;
  /** `let x;` without initializer: the first assignment initialises it (even if not `mut`). */
  deferred?: boolean;
}

export type Stmt = Span &
  (
    | { k: 'let'; pat: Pattern; tyAnn: TypeExpr | null; init: Expr | null; els: Block | null }
    | { k: 'expr'; e: Expr; semi: boolean }
    | { k: 'item' }
  );

export interface Block extends Span {
  stmts: Stmt[];
  /** The tail expression (no semicolon), if any. */
  tail: Expr | null;
  ty?: Ty;
  /** Locals declared directly in this block, in declaration order (check.ts). */
  locals?: LocalDecl[];
}

export interface FnDecl extends Span {
  name: string;
  nameSpan: Span;
  /** A method's receiver: `self` (value), `&self` (ref), `&mut self` (mut); `mut` for `mut self`. */
  selfParam?: { mode: 'value' | 'ref' | 'mut'; mut: boolean; span: Span } | null;
  /** The impl block it belongs to (associated functions and methods). */
  impl?: ImplDecl;
  /** Its key in Checked.fns: the name, or `Type::name` for an associated function or method. */
  key?: string;
  params: { pat: Pattern; ty: TypeExpr; span: Span }[];
  ret: TypeExpr | null;
  /** The module it is declared in ('' = the crate root, 'a::b'; modules.ts) and, in an impl, whether it is `pub`. */
  mod?: string;
  pub?: boolean;
  body: Block;
  paramTys?: Ty[];
  retTy?: Ty;
  nslots?: number;
  paramDecls?: LocalDecl[];
  /** Type parameters and their trait bounds (`<T: Shape + Clone>`, `where T: Shape`), check/generics.ts. */
  tparams?: TypeParam[];
  /** A trait's method declared without a body (`fn area(&self) -> f64;`). */
  required?: boolean;
  /** A generic function's instance: its type parameters' types. */
  tenv?: Map<string, Ty>;
}

export interface TypeParam {
  name: string;
  span: Span;
  bounds: { name: string; span: Span }[];
}

/** `trait Name: Super { fn required(&self); fn provided(&self) { … } }` (check/traits.ts). */
export interface TraitDecl extends Span {
  name: string;
  nameSpan: Span;
  supers: { name: string; span: Span }[];
  fns: FnDecl[];
  /** Associated constants: `const N: u32;` (value null) or with a default value. */
  consts: (Omit<ConstDecl, 'value'> & { value: Expr | null })[];
}

export interface StructDecl extends Span {
  name: string;
  nameSpan: Span;
  /** `struct S { a: T }`, `struct S(T, U);` (fields named '0', '1', …) or `struct S;` */
  kind: 'named' | 'tuple' | 'unit';
  fields: { name: string; ty: TypeExpr; span: Span; private?: boolean }[];
  derives: string[];
  /** The module it is declared in (modules.ts). */
  mod?: string;
  /** `struct Parser<'a>`: its lifetime parameters. */
  lifetimes?: string[];
  fieldTys?: Ty[];
  /** `enum Name { A, B(T), C { x: T } }` (then `fields` is empty). */
  variants?: { name: string; nameSpan: Span; kind: 'named' | 'tuple' | 'unit'; fields: { name: string; ty: TypeExpr; span: Span }[] }[];
}

/** `const NAME: T = value;` at the top level or in an impl block. */
export interface ConstDecl extends Span {
  name: string;
  nameSpan: Span;
  ty: TypeExpr;
  value: Expr;
  impl?: ImplDecl;
  /** `static NAME: T = v;` (checked and run as a constant). */
  isStatic?: boolean;
  /** The module it is declared in (modules.ts). */
  mod?: string;
}

/** `impl Type { … }`, `impl Drop for Type { … }` or `impl fmt::Display for Type { … }`. */
export interface ImplDecl extends Span {
  self: Extract<TypeExpr, { k: 'path' }>;
  trait: { name: string; span: Span; args?: TypeExpr[] } | null; // Drop, Display, From<X> (args) or a trait of the program
  fns: FnDecl[];
  consts: ConstDecl[];
}

export interface Program {
  fns: FnDecl[];
  structs: StructDecl[];
  impls: ImplDecl[];
  traits?: TraitDecl[];
  consts: ConstDecl[];
  usesBump: boolean;
  /** Type names brought in by `use std::collections::…`, `use std::rc::Rc`, `use std::cell::…` */
  imports?: string[];
}
