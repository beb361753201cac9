// Shared shapes of the NLL borrow checker (lower.ts builds the graph, conflicts.ts checks it):
// places, the acts a graph node carries, loans, and what the subset's std methods do with borrows.

import type { Expr, FnDecl, LocalDecl, Pattern } from '../ast';
import { prune, type Ty } from '../ty';
import { STR_BORROWS_SELF } from '../check/str-types';

export type Note = { from: number; message: string };

export interface Proj {
  k: 'field' | 'deref' | 'index';
  name?: string;
  index?: number;
  /** For deref: through a shared reference, a mutable one, or a Box. */
  via?: 'shared' | 'mut' | 'box';
}

export interface Place {
  local: number;
  proj: Proj[];
}

export type AccessKind = 'read' | 'borrowShared' | 'borrowMut' | 'reserveMut' | 'activate' | 'write' | 'move' | 'dead';

export type Act =
  | { k: 'use'; local: number; from: number; call?: number; store?: boolean } // call: the callee (used by call); store: a `let` binding
  | { k: 'def'; local: number }
  | { k: 'access'; place: Place; kind: AccessKind; from: number; loan?: number }
  | { k: 'loan'; loan: number };

export interface GraphNode {
  acts: Act[];
  succ: number[];
  /** Only moves a value from one temporary to another: not a use rustc would name. */
  plumb?: boolean;
}

export interface Loan {
  id: number;
  place: Place;
  mut: boolean;
  /** Where rustc points for "borrow occurs here". */
  from: number;
  node: number;
  /** The temporary holding the reference. */
  holder: number;
  twoPhase: boolean;
  /** Two-phase borrows: the node of the call that activates it. */
  actNode?: number;
}

export interface LocalInfo {
  name: string | null;
  /** The name in its declaration, and the binding (`mut x` starts at `mut`). */
  declFrom: number;
  bindFrom?: number;
  /** The storage of a borrowed value expression (E0716 names it "temporary value"). */
  temp?: boolean;
  /** A temporary that only carries a value to where it is used (see FnGraph.temp). */
  plumb?: boolean;
  isVec?: boolean;
  isParam?: boolean;
}

/** A value: the locals whose references it may hold. */
export type Val = number[];

export interface LoopCx {
  label: string | null;
  /** How many scopes were open outside the loop (a break or continue ends the ones inside). */
  depth: number;
  head: number;
  breaks: number[];
  continues: number[];
  /** `loop` with `break value`: the local that receives the value. */
  result: number | null;
}

export const RET = -1;

// Methods whose result borrows the receiver (autoref).
export const BORROWS_SELF = new Set(['slice.iter', 'slice.first', 'slice.last', 'string.as_str', 'vec.as_slice', 'bump.alloc', 'bump.alloc_slice_copy', 'lock.read', 'lock.write',
  'std.slice.get', 'std.slice.split_at', 'std.option.as_deref', 'std.deque.make_contiguous', ...STR_BORROWS_SELF]);
// Methods whose result holds what the receiver holds (elements that are references, Option<&T>).
export const PASS_SELF = new Set([
  'vec.pop', 'vec.remove', 'vec.swap_remove', 'deque.pop_front', 'deque.pop_back', 'vec.clone', 'box.clone', 'slice.to_vec',
  'option.unwrap', 'option.expect', 'option.unwrap_or', 'wrap.unwrap', 'iter.enumerate', 'iter.max', 'iter.min', ...BORROWS_SELF,
  'std.option.map', 'std.option.and_then', 'std.option.or_else', 'std.option.unwrap_or_else', 'std.option.filter', 'std.heap.pop', 'std.vec.split_off',
]);
// Methods whose arguments are stored in the receiver.
// (extend_from_slice clones the elements: the slice's own borrow is not kept.)
export const ARGS_INTO_SELF = new Set(['vec.push', 'vec.insert', 'deque.push_back', 'deque.push_front', 'std.heap.push']);

/** Could a value of this type hold a reference? (Structs only with lifetime parameters.) */
export function mayHoldRefs(t: Ty | undefined): boolean {
  if (!t) return true;
  t = prune(t);
  switch (t.k) {
    case 'ref':
    case 'iter':
      return true;
    case 'Option':
    case 'Vec':
    case 'VecDeque':
    case 'Box':
    case 'array':
    case 'slice':
      return mayHoldRefs(t.e);
    case 'var':
      return t.kind === 'any';
    case 'iterAd':
      return mayHoldRefs(t.item);
    case 'struct':
      // a struct with lifetime parameters; a Result of references (`parse` errors hold none)
      return !!t.s.refs || (t.s.generic === 'Result' && t.s.targs!.some(mayHoldRefs));
    default:
      return false;
  }
}

export function isPromotable(e: Expr): boolean {
  switch (e.k) {
    case 'int':
    case 'float':
    case 'bool':
    case 'char':
    case 'str':
    case 'unit':
      return true;
    case 'unary':
      return e.op !== '*' && isPromotable(e.e);
    case 'array':
      return e.elems.every(isPromotable);
    case 'arrayRepeat':
      return isPromotable(e.e) && isPromotable(e.n);
    case 'path':
      return true;
    default:
      return false;
  }
}

export function typeExprHasRef(t: FnDecl['ret']): boolean {
  if (!t) return false;
  if (t.k === 'ref') return true;
  if (t.k === 'path') return t.args.some(typeExprHasRef);
  if (t.k === 'array') return typeExprHasRef(t.elem);
  return false;
}

export function patLocals(x: object): LocalDecl[] {
  return (x as { patLocals?: LocalDecl[] }).patLocals ?? [];
}

export function bindsByValue(p: Pattern): boolean {
  if (p.k === 'bind') return !p.byRef;
  if (p.k === 'some') return bindsByValue(p.inner);
  if (p.k === 'tuple') return p.elems.some(bindsByValue);
  return false;
}

/** The type behind references and Boxes. */
export function innerTy(t: Ty | undefined): Ty | null {
  if (!t) return null;
  t = prune(t);
  while (t.k === 'ref' || t.k === 'Box') t = prune(t.e);
  return t;
}

/** The deref projections auto-deref inserts to reach a field or an index base. */
export function autoDerefs(t: Ty | undefined): Proj[] {
  const out: Proj[] = [];
  if (!t) return out;
  t = prune(t);
  while (t.k === 'ref' || t.k === 'Box') {
    out.push({ k: 'deref', via: t.k === 'Box' ? 'box' : t.mut ? 'mut' : 'shared' });
    t = prune(t.e);
  }
  return out;
}

export function derefProjs(t: Ty | undefined, n: number): Proj[] {
  const out: Proj[] = [];
  if (!t) return out;
  t = prune(t);
  for (let i = 0; i < n && (t.k === 'ref' || t.k === 'Box'); i++) {
    out.push({ k: 'deref', via: t.k === 'Box' ? 'box' : t.mut ? 'mut' : 'shared' });
    t = prune(t.e);
  }
  return out;
}

/**
 * The lifetimes a type written in a signature names: `&'a str` → 'a, `Parser<'a>` → 'a, `Self`
 * in `impl<'a> Parser<'a>` → 'a; `anon` when a reference has none (elided).
 */
export function lifetimesOf(t: FnDecl['ret'], selfLts: string[] = []): { named: Set<string>; anon: boolean } {
  const named = new Set<string>();
  let anon = false;
  const walk = (x: FnDecl['ret']): void => {
    if (!x) return;
    if (x.k === 'ref') {
      if (x.lt && x.lt !== "'_") named.add(x.lt);
      else anon = true;
      walk(x.elem);
    } else if (x.k === 'path') {
      for (const l of x.lts ?? []) named.add(l);
      if (x.name === 'Self') for (const l of selfLts) named.add(l);
      x.args.forEach(walk);
    } else if (x.k === 'array') walk(x.elem);
    else if (x.k === 'tuple') x.elems.forEach(walk);
  };
  walk(t);
  return { named, anon };
}
