// The syntax tree the Go interpreter works on: a small, typed tree built from @lezer/go's concrete
// tree (parse.ts). Positions are source offsets; LineMap turns them into 1-based line/column.

export interface NodeBase {
  /** Unique per parse; side tables (types, escape decisions) are keyed by it. */
  id: number;
  from: number;
  to: number;
}

// ---- expressions ------------------------------------------------------------------------------

export interface Ident extends NodeBase { kind: 'Ident'; name: string }
export interface IntLit extends NodeBase { kind: 'IntLit'; value: bigint; raw: string }
export interface FloatLit extends NodeBase { kind: 'FloatLit'; value: number; raw: string }
export interface StrLit extends NodeBase { kind: 'StrLit'; value: string; raw: string } // value: bytes as Latin-1
export interface RuneLit extends NodeBase { kind: 'RuneLit'; value: number; raw: string }
export interface Element extends NodeBase {
  kind: 'Element';
  key: Expr | null;
  value: Expr;
}
export interface CompositeLit extends NodeBase {
  kind: 'CompositeLit';
  /** null for an elided type inside another literal (`[]Point{{1, 2}}`). */
  type: Expr | null;
  elts: Element[];
  /** Position of the closing brace (the compiler names `&T{...}` sites at the `&`). */
}
export interface FuncLit extends NodeBase { kind: 'FuncLit'; type: FuncTypeExpr; body: Block }
export interface Paren extends NodeBase { kind: 'Paren'; x: Expr }
/** implicit: a selection of an embedded field the checker inserted (`x.f` promoted through B is `x.B.f`). */
export interface Selector extends NodeBase { kind: 'Selector'; x: Expr; sel: string; selFrom: number; implicit?: boolean }
export interface Index extends NodeBase { kind: 'Index'; x: Expr; index: Expr }
export interface SliceExpr extends NodeBase { kind: 'SliceExpr'; x: Expr; lo: Expr | null; hi: Expr | null; max: Expr | null; three: boolean }
export interface TypeAssert extends NodeBase { kind: 'TypeAssert'; x: Expr; type: Expr }
export interface Call extends NodeBase { kind: 'Call'; fun: Expr; args: Expr[]; ellipsis: boolean; lparen: number; rparen: number }
export interface Unary extends NodeBase { kind: 'Unary'; op: string; x: Expr }
export interface Binary extends NodeBase { kind: 'Binary'; op: string; x: Expr; y: Expr; opFrom: number }

// type expressions (they can appear where expressions do: conversions, make, new, literals)
export interface ArrayTypeExpr extends NodeBase { kind: 'ArrayType'; len: Expr | null; elem: Expr } // len null = [...]
export interface SliceTypeExpr extends NodeBase { kind: 'SliceType'; elem: Expr }
export interface PointerTypeExpr extends NodeBase { kind: 'PointerType'; elem: Expr }
export interface Field extends NodeBase { names: Ident[]; type: Expr; embedded: boolean }
export interface StructTypeExpr extends NodeBase { kind: 'StructType'; fields: Field[] }
export interface Param extends NodeBase { name: Ident | null; type: Expr; variadic: boolean }
export interface FuncTypeExpr extends NodeBase { kind: 'FuncType'; params: Param[]; results: Param[] }
export interface MethodSpec extends NodeBase { name: Ident; type: FuncTypeExpr }
/** interface { M(...) ...; Embedded } */
export interface InterfaceTypeExpr extends NodeBase { kind: 'InterfaceType'; empty: boolean; methods: MethodSpec[]; embeds: Expr[]; unions: UnionTerm[][] }
export interface QualifiedType extends NodeBase { kind: 'QualifiedType'; pkg: string; name: string }
export interface MapTypeExpr extends NodeBase { kind: 'MapType'; key: Expr; value: Expr }

/** A generic type or function with type arguments: Stack[int], Map[int, string]. */
export interface InstanceExpr extends NodeBase { kind: 'Instance'; x: Expr; args: Expr[] }
/** A union term of a constraint: T or ~T. */
export interface UnionTerm { tilde: boolean; type: Expr }
/** A type parameter list entry: [T Constraint]. */
export interface TypeParam extends NodeBase { name: Ident; constraint: Expr }
/** chan T, chan<- T (send only), <-chan T (receive only). */
export interface ChanTypeExpr extends NodeBase { kind: 'ChanType'; dir: 'both' | 'send' | 'recv'; elem: Expr }

export type TypeExpr = InstanceExpr | ChanTypeExpr | ArrayTypeExpr | SliceTypeExpr | PointerTypeExpr | StructTypeExpr | FuncTypeExpr | InterfaceTypeExpr | QualifiedType | MapTypeExpr;

export type Expr =
  | Ident | IntLit | FloatLit | StrLit | RuneLit | CompositeLit | FuncLit | Paren | Selector | Index | SliceExpr
  | TypeAssert | Call | Unary | Binary | TypeExpr | BadExpr;

export interface BadExpr extends NodeBase { kind: 'BadExpr' }

// ---- statements -------------------------------------------------------------------------------

export interface ExprStmt extends NodeBase { kind: 'ExprStmt'; x: Expr }
export interface Assign extends NodeBase { kind: 'Assign'; lhs: Expr[]; rhs: Expr[]; op: string; opFrom: number } // op '=', '+=', ...
export interface Define extends NodeBase { kind: 'Define'; lhs: Ident[]; rhs: Expr[]; opFrom: number }
export interface IncDec extends NodeBase { kind: 'IncDec'; x: Expr; inc: boolean }
export interface VarSpec extends NodeBase { names: Ident[]; type: Expr | null; values: Expr[] }
export interface VarDecl extends NodeBase { kind: 'VarDecl'; specs: VarSpec[] }
export interface ConstSpec extends NodeBase { names: Ident[]; type: Expr | null; values: Expr[]; iota: number; implicit: boolean }
export interface ConstDecl extends NodeBase { kind: 'ConstDecl'; specs: ConstSpec[] }
export interface TypeSpec extends NodeBase { name: Ident; type: Expr; alias: boolean; typeParams?: TypeParam[] }
export interface TypeDecl extends NodeBase { kind: 'TypeDecl'; specs: TypeSpec[] }
export interface Block extends NodeBase { kind: 'Block'; stmts: Stmt[]; rbrace: number }
export interface If extends NodeBase { kind: 'If'; init: Stmt | null; cond: Expr; then: Block; els: If | Block | null }
export interface For extends NodeBase { kind: 'For'; init: Stmt | null; cond: Expr | null; post: Stmt | null; body: Block }
export interface Range extends NodeBase {
  kind: 'Range';
  key: Expr | null;
  value: Expr | null;
  define: boolean;
  x: Expr;
  body: Block;
}
export interface Return extends NodeBase { kind: 'Return'; results: Expr[] }
/** break, continue (optionally labelled) and fallthrough. */
export interface Branch extends NodeBase { kind: 'Branch'; tok: 'break' | 'continue' | 'fallthrough'; label: Ident | null }
/** `L: stmt`; the statement is null for a label before a closing brace. */
export interface Labeled extends NodeBase { kind: 'Labeled'; label: Ident; stmt: Stmt | null }
/** One `case a, b:` (exprs) or `default:` (exprs null) with its statements. */
export interface CaseClause extends NodeBase { exprs: Expr[] | null; body: Stmt[]; colon: number }
/** Expression switch; tag null for `switch { ... }` (switch true). */
export interface Switch extends NodeBase { kind: 'Switch'; init: Stmt | null; tag: Expr | null; clauses: CaseClause[]; lbrace: number }
export interface Empty extends NodeBase { kind: 'Empty' }

/** go f(x) */
export interface Go extends NodeBase { kind: 'Go'; call: Expr }
/** ch <- v */
export interface Send extends NodeBase { kind: 'Send'; ch: Expr; value: Expr; arrow: number }
/** One select case: a send, a receive (`<-c`, `v := <-c`, `v, ok = <-c`, ...) or default (comm null). */
export interface CommClause extends NodeBase { comm: Send | ExprStmt | Define | Assign | null; body: Stmt[]; colon: number }
export interface Select extends NodeBase { kind: 'Select'; clauses: CommClause[] }
/** One `case T1, T2:` of a type switch (types null for default; a `nil` case is an Ident nil). */
export interface TypeCaseClause extends NodeBase { types: Expr[] | null; body: Stmt[]; colon: number; bind: Ident | null }
/** switch [init;] [v :=] x.(type) { ... }: each clause has its own copy of v (bind). */
export interface TypeSwitch extends NodeBase { kind: 'TypeSwitch'; init: Stmt | null; bind: Ident | null; x: Expr; clauses: TypeCaseClause[] }

/** defer call: the function value and arguments are evaluated here, the call runs when the function returns or panics. */
export interface Defer extends NodeBase { kind: 'Defer'; call: Expr }

export type Stmt =
  | Defer | ExprStmt | Assign | Define | IncDec | VarDecl | ConstDecl | TypeDecl | Block | If | For | Range | Return | Branch | Empty
  | Labeled | Switch | TypeSwitch | Go | Send | Select;

// ---- declarations -----------------------------------------------------------------------------

/** A function, or a method when recv is set (its type's params then exclude the receiver). */
export interface FuncDecl extends NodeBase { kind: 'FuncDecl'; name: Ident; type: FuncTypeExpr; body: Block | null; recv: Param | null; recvParen?: number; typeParams?: TypeParam[] }
export interface ImportSpec extends NodeBase { path: string; name: string | null }

export type TopDecl = FuncDecl | VarDecl | ConstDecl | TypeDecl;

export interface File {
  pkg: string | null;
  imports: ImportSpec[];
  decls: TopDecl[];
  /** Number of node ids handed out (side tables can be arrays of this length). */
  nodeCount: number;
}

/** Offsets → 1-based line and byte column (Go counts columns in bytes; tabs are 1). */
export class LineMap {
  private starts: number[] = [0];
  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  line(off: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  private ascii: boolean | undefined;
  col(off: number): number {
    const l = this.line(off);
    const start = this.starts[l - 1];
    // ASCII-only source: the byte column is the offset (a very long line must not cost its length per lookup).
    this.ascii ??= !/[^\x00-\x7f]/.test(this.src);
    if (this.ascii) return Math.min(off, this.src.length) - start + 1;
    // Byte column: count UTF-8 bytes of the characters before `off` on this line.
    let c = 1;
    for (let i = start; i < off && i < this.src.length; i++) {
      const code = this.src.charCodeAt(i);
      if (code < 0x80) c += 1;
      else if (code < 0x800) c += 2;
      else if (code >= 0xd800 && code <= 0xdbff) {
        c += 4;
        i++;
      } else c += 3;
    }
    return c;
  }
  get lineCount(): number {
    return this.starts.length;
  }
}
