// Types of the interpreter, with inference variables ({integer}, {float}, or any) resolved by
// union-find in check.ts. Layout comes from lib/rust/types.ts (rustc's field reordering).

import { rustLayout, type RustType } from '../types';
import type { ConstDecl, FnDecl, LocalDecl, TraitDecl } from './ast';

/** A closure's captured variable: by reference (shared or unique) or by value (`move`, or moved out of). */
export interface Capture {
  decl: LocalDecl;
  /** The closure's own copy of a by-value capture (its slot in the enclosing frame), else null. */
  shadow: LocalDecl | null;
  byValue: boolean;
  mut: boolean;
  /** Edition 2021's precise captures: only these fields of the variable are captured (each a separate capture). */
  fields?: { index: number; ty: Ty }[];
}

/** A closure expression's type (check/closures.ts): each closure has its own. */
export interface ClosureInfo {
  params: Ty[];
  ret: Ty;
  caps: Capture[];
  kind: 'Fn' | 'FnMut' | 'FnOnce';
  move: boolean;
  from: number;
}

/** A trait of the program (check/traits.ts). */
export interface TraitInfo {
  name: string;
  decl: TraitDecl;
  supers: TraitInfo[];
}

export type IntName = 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize' | 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize';

export interface StructInfo {
  name: string;
  /** named fields, a tuple struct (fields '0', '1', …) or a unit struct */
  kind: 'named' | 'tuple' | 'unit';
  fields: { name: string; ty: Ty }[];
  copy: boolean;
  clone: boolean;
  debug: boolean;
  eq?: boolean;
  /** Associated functions and methods of `impl Name { … }` blocks, by name. */
  methods: Map<string, FnDecl>;
  /** Associated constants. */
  consts: Map<string, ConstDecl>;
  /** `impl Drop for Name`: its `drop(&mut self)`. */
  drop: FnDecl | null;
  /** `impl fmt::Display for Name`: its `fmt(&self, f)`. */
  display: FnDecl | null;
  /** `struct Parser<'a>`: it holds references (nll/ follows them). */
  refs?: boolean;
  /** Declared in a module (check/privacy.ts): the module and its fields without `pub`. */
  mod?: string;
  privateFields?: Set<string>;
  /** A std type's Display written natively (ParseIntError's description, check/strs.ts). */
  nativeFmt?: (v: unknown, out: string[]) => void;
  /** An enum's variants (its values are arrays `[variant index, ...fields]`; `fields` is empty). */
  variants?: VariantInfo[];
  /** A std generic enum (`Result<T, E>`): one StructInfo per use, unified through its type arguments. */
  generic?: string;
  targs?: Ty[];
  /** The program's traits this type implements (`impl Shape for S`), by name. */
  traits?: Set<string>;
  /** `#[repr(C)]` on a struct, `#[repr(u8)]` (etc.) on a fieldless enum */
  repr?: string;
}

type StdOwn = 'clone' | 'debug' | 'eq' | 'methods' | 'consts' | 'drop' | 'display';
/**
 * A std type the checker models as a struct or enum (Result, Cow, Reverse, mpsc's errors): Clone, Debug
 * and PartialEq, no methods of its own. Property descriptors are copied, so a `get copy()` stays lazy.
 */
export function stdStruct(s: Omit<StructInfo, StdOwn> & Partial<Pick<StructInfo, StdOwn>>): StructInfo {
  const out = { clone: true, debug: true, eq: true, methods: new Map(), consts: new Map(), drop: null, display: null };
  return Object.defineProperties(out, Object.getOwnPropertyDescriptors(s)) as unknown as StructInfo;
}

export interface VariantInfo {
  name: string;
  kind: 'named' | 'tuple' | 'unit';
  fields: { name: string; ty: Ty }[];
}

export type Ty =
  | { k: 'int'; name: IntName }
  | { k: 'float'; name: 'f32' | 'f64' }
  | { k: 'bool' }
  | { k: 'char' }
  | { k: 'unit' }
  | { k: 'never' }
  | { k: 'str' }
  | { k: 'String' }
  | { k: 'Vec'; e: Ty; heap?: boolean } // heap: a BinaryHeap<T> (a Vec in heap order, std-heap.ts)
  | { k: 'VecDeque'; e: Ty }
  | { k: 'Box'; e: Ty }
  | { k: 'Option'; e: Ty }
  | { k: 'ref'; mut: boolean; e: Ty }
  | { k: 'slice'; e: Ty }
  | { k: 'array'; e: Ty; n: number }
  | { k: 'struct'; s: StructInfo }
  | { k: 'tuple'; elems: Ty[] } // (A, B, …); the empty tuple is `unit`
  | { k: 'Formatter' } // std::fmt::Formatter (behind &mut in a Display impl)
  | { k: 'fmtResult' } // std::fmt::Result
  | { k: 'Bump' }
  | { k: 'range'; e: Ty; inclusive: boolean }
  | { k: 'iter'; e: Ty; enumerate?: boolean; item?: Ty } // slice::Iter<'_, T>: yields &T (Enumerate: (usize, &T)); `item`: yields that instead (map iterators)
  | { k: 'Map'; kind: MapKind; key: Ty; val: Ty } // HashMap/HashSet/BTreeMap/BTreeSet (a set's val is unit)
  | { k: 'Entry'; map: Extract<Ty, { k: 'Map' }> } // hash_map::Entry / btree_map::Entry
  | { k: 'Rc'; e: Ty; arc?: boolean } // std::rc::Rc<T> (arc: std::sync::Arc<T>): a pointer to RcBox { strong, weak, value }
  | { k: 'RefCell'; e: Ty; lock?: 'Mutex' | 'RwLock' } // lock: std::sync::Mutex<T> / RwLock<T> (std-sync.ts)
  | { k: 'Cell'; e: Ty; atomic?: string } // atomic: AtomicUsize / AtomicU64 / AtomicBool (a Cell of e)
  | { k: 'Guard'; mut: boolean; e: Ty; lock?: 'Mutex' | 'RwLock' } // cell::Ref<'_, T> (mut: RefMut) from borrow() / borrow_mut(); MutexGuard, RwLock*Guard
  | { k: 'Weak'; e: Ty; arc?: boolean } // rc::Weak<T> / sync::Weak<T>
  | { k: 'JoinHandle'; e: Ty; scoped?: boolean } // thread::JoinHandle<T> / ScopedJoinHandle<'_, T> (std-thread.ts)
  | { k: 'Scope' } // &thread::Scope in `thread::scope(|s| …)`
  | { k: 'Wrap'; e: Ty; what: string } // LockResult<Guard> / thread::Result<T> / Result<(), SendError<T>>: always Ok here, only `unwrap`/`expect`
  | { k: 'Chan'; e: Ty; end: 'Sender' | 'SyncSender' | 'Receiver' } // mpsc ends
  | { k: 'closure'; c: ClosureInfo } // a closure's unique type
  | { k: 'fnTrait'; trait: 'Fn' | 'FnMut' | 'FnOnce'; params: Ty[]; ret: Ty; dyn: boolean } // `impl Fn(A) -> R` / `dyn Fn(A) -> R`
  | { k: 'dyn'; tr: TraitInfo } // `dyn Shape` (behind &, &mut or Box: a fat pointer, compile-trait.ts)
  | { k: 'iterAd'; item: Ty; name: string } // an iterator adaptor (Map, Filter, Rev, …) yielding `item` (iter.ts)
  | { k: 'var'; id: number; kind: 'any' | 'int' | 'float'; to: Ty | null };

export type MapKind = 'HashMap' | 'HashSet' | 'BTreeMap' | 'BTreeSet';
export const isSetKind = (k: MapKind): boolean => k === 'HashSet' || k === 'BTreeSet';

export const INT_NAMES: IntName[] = ['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize'];

export const T = {
  unit: { k: 'unit' } as Ty,
  never: { k: 'never' } as Ty,
  bool: { k: 'bool' } as Ty,
  char: { k: 'char' } as Ty,
  str: { k: 'str' } as Ty,
  String: { k: 'String' } as Ty,
  Bump: { k: 'Bump' } as Ty,
  f64: { k: 'float', name: 'f64' } as Ty,
  f32: { k: 'float', name: 'f32' } as Ty,
  int: (name: IntName): Ty => ({ k: 'int', name }),
  usize: { k: 'int', name: 'usize' } as Ty,
  i32: { k: 'int', name: 'i32' } as Ty,
  refStr: { k: 'ref', mut: false, e: { k: 'str' } } as Ty,
};

/** Follows resolved inference variables. */
export function prune(t: Ty): Ty {
  while (t.k === 'var' && t.to) t = t.to;
  return t;
}

export function intBits(name: IntName): number {
  if (name === 'usize' || name === 'isize') return 64;
  return Number(name.slice(1));
}

export const isSigned = (name: IntName): boolean => name[0] === 'i';

/** Fully resolves a type (inference variables defaulted: {integer} → i32, {float} → f64). */
export function zonk(t: Ty): Ty {
  t = prune(t);
  switch (t.k) {
    case 'var':
      t.to = t.kind === 'int' ? T.i32 : t.kind === 'float' ? T.f64 : T.unit;
      return t.to;
    case 'Vec':
    case 'VecDeque':
    case 'Box':
    case 'Option':
    case 'slice':
    case 'iter':
    case 'Rc':
    case 'RefCell':
    case 'Cell':
    case 'Guard':
    case 'Weak':
    case 'JoinHandle':
    case 'Wrap':
    case 'Chan':
      return { ...t, e: zonk(t.e) } as Ty;
    case 'ref':
      return { ...t, e: zonk(t.e) };
    case 'array':
      return { ...t, e: zonk(t.e) };
    case 'range':
      return { ...t, e: zonk(t.e) };
    case 'tuple':
      return { k: 'tuple', elems: t.elems.map(zonk) };
    case 'Map':
      return { ...t, key: zonk(t.key), val: zonk(t.val) };
    case 'Entry':
      return { k: 'Entry', map: zonk(t.map) as Extract<Ty, { k: 'Map' }> };
    case 'iterAd':
      return { ...t, item: zonk(t.item) };
    case 'fnTrait':
      return { ...t, params: t.params.map(zonk), ret: zonk(t.ret) };
    default:
      return t;
  }
}

export function fmtTy(t: Ty): string {
  t = prune(t);
  switch (t.k) {
    case 'int':
    case 'float':
      return t.name;
    case 'bool':
    case 'char':
    case 'str':
    case 'String':
      return t.k;
    case 'unit':
      return '()';
    case 'never':
      return '!';
    case 'Vec':
    case 'VecDeque':
    case 'Box':
    case 'Option':
      return `${t.k === 'Vec' && t.heap ? 'BinaryHeap' : t.k}<${fmtTy(t.e)}>`;
    case 'Rc':
      return `${t.arc ? 'Arc' : 'Rc'}<${fmtTy(t.e)}>`;
    case 'RefCell':
      return `${t.lock ?? 'RefCell'}<${fmtTy(t.e)}>`;
    case 'Cell':
      return t.atomic ?? `Cell<${fmtTy(t.e)}>`;
    case 'Guard':
      if (t.lock === 'Mutex') return `MutexGuard<'_, ${fmtTy(t.e)}>`;
      if (t.lock) return `${t.mut ? 'RwLockWriteGuard' : 'RwLockReadGuard'}<'_, ${fmtTy(t.e)}>`;
      return `${t.mut ? 'RefMut' : 'Ref'}<'_, ${fmtTy(t.e)}>`;
    case 'Weak':
      return `Weak<${fmtTy(t.e)}>`;
    case 'JoinHandle':
      return t.scoped ? `ScopedJoinHandle<'_, ${fmtTy(t.e)}>` : `JoinHandle<${fmtTy(t.e)}>`;
    case 'Scope':
      return "Scope<'_, '_>";
    case 'Wrap':
      return `${t.what}<${fmtTy(t.e)}>`;
    case 'Chan':
      return `${t.end}<${fmtTy(t.e)}>`;
    case 'ref':
      return `&${t.mut ? 'mut ' : ''}${fmtTy(t.e)}`;
    case 'slice':
      return `[${fmtTy(t.e)}]`;
    case 'array':
      return `[${fmtTy(t.e)}; ${t.n}]`;
    case 'struct':
      return t.s.targs ? `${t.s.name}<${t.s.targs.map(fmtTy).join(', ')}>` : t.s.name;
    case 'tuple':
      return t.elems.length === 1 ? `(${fmtTy(t.elems[0])},)` : `(${t.elems.map(fmtTy).join(', ')})`;
    case 'Formatter':
      return "Formatter<'_>";
    case 'fmtResult':
      return 'Result<(), std::fmt::Error>';
    case 'Bump':
      return 'Bump';
    case 'range':
      return `${t.inclusive ? 'RangeInclusive' : 'Range'}<${fmtTy(t.e)}>`;
    case 'iter':
      return `std::slice::Iter<'_, ${fmtTy(t.e)}>`;
    case 'Map':
      return isSetKind(t.kind) ? `${t.kind}<${fmtTy(t.key)}>` : `${t.kind}<${fmtTy(t.key)}, ${fmtTy(t.val)}>`;
    case 'Entry':
      return `Entry<'_, ${fmtTy(t.map.key)}, ${fmtTy(t.map.val)}>`;
    case 'closure':
      return `{closure@src/main.rs}`;
    case 'fnTrait':
      return `${t.dyn ? 'dyn' : 'impl'} ${t.trait}(${t.params.map(fmtTy).join(', ')})${prune(t.ret).k === 'unit' ? '' : ' -> ' + fmtTy(t.ret)}`;
    case 'iterAd':
      return `${t.name}<…>`;
    case 'dyn':
      return `dyn ${t.tr.name}`;
    case 'var':
      return t.kind === 'int' ? '{integer}' : t.kind === 'float' ? '{float}' : '_';
  }
}

export function isCopy(t: Ty): boolean {
  t = prune(t);
  switch (t.k) {
    case 'int':
    case 'float':
    case 'bool':
    case 'char':
    case 'unit':
    case 'never':
      return true;
    case 'ref':
      return !t.mut;
    case 'array':
    case 'Option':
      return isCopy(t.e);
    case 'struct':
      return t.s.copy;
    case 'tuple':
      return t.elems.every(isCopy);
    case 'fmtResult':
      return true;
    case 'closure':
      return t.c.caps.every((c) => (c.byValue ? (c.fields ? c.fields.every((x) => isCopy(x.ty)) : isCopy(c.decl.ty!)) : !c.mut));
    case 'var':
      return t.kind !== 'any';
    default:
      return false;
  }
}

/** Whether dropping a value of this type can free heap memory (so scopes must track it). */
export function needsDrop(t: Ty): boolean {
  t = prune(t);
  switch (t.k) {
    case 'String':
    case 'Vec':
    case 'VecDeque':
    case 'Box':
    case 'Bump':
    case 'Map':
    case 'Rc':
    case 'Guard':
    case 'Weak':
    case 'JoinHandle':
    case 'Chan':
      return true;
    case 'RefCell':
    case 'Cell':
    case 'Wrap':
      return needsDrop(t.e);
    case 'Option':
    case 'array':
      return needsDrop(t.e);
    case 'struct':
      if (t.s.variants) return t.s.drop !== null || t.s.variants.some((v) => v.fields.some((f) => needsDrop(f.ty)));
      return t.s.drop !== null || t.s.fields.some((f) => needsDrop(f.ty));
    case 'tuple':
      return t.elems.some(needsDrop);
    case 'closure':
      return t.c.caps.some((c) => c.byValue && !c.fields && needsDrop(c.decl.ty!));
    case 'fnTrait':
    case 'dyn':
      return true; // an `impl Fn` / `dyn Fn` value may own its captures; a trait object its concrete value
    case 'iterAd':
      return t.name === 'drain' || t.name === 'map_drain' || t.name === 'map_into_iter'; // an unconsumed Drain drops the drained elements (std-drain.ts, std-map-iter.ts)
    default:
      return false;
  }
}

const U8: RustType = { kind: 'prim', name: 'u8' };

export function toRustType(t: Ty): RustType {
  t = prune(t);
  switch (t.k) {
    case 'int':
    case 'float':
      return { kind: 'prim', name: t.name };
    case 'bool':
    case 'char':
      return { kind: 'prim', name: t.k };
    case 'unit':
    case 'never':
      return { kind: 'tuple', elems: [] };
    case 'str':
      return { kind: 'str' };
    case 'String':
      return { kind: 'string' };
    // Pointer-like types: their layout does not depend on a sized pointee (and recursive structs
    // through Box must not recurse).
    case 'Vec':
      return { kind: 'vec', elem: U8 };
    case 'VecDeque':
      return { kind: 'vecdeque', elem: U8 };
    case 'Box':
      // Box<dyn Fn(..)> is a fat pointer (data + vtable)
      if (prune(t.e).k === 'fnTrait' || prune(t.e).k === 'dyn') return { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }] };
      // Box<[T]> / Box<str>: fat (address + length)
      return { kind: 'box', elem: prune(t.e).k === 'slice' || prune(t.e).k === 'str' ? toRustType(prune(t.e)) : U8 };
    case 'Rc':
      return { kind: 'rc', elem: U8 };
    case 'RefCell':
      // Mutex { futex: u32, poison: bool, data: T } / RwLock { state: u32, writer_notify: u32, poison, data }:
      // data is ?Sized, so it stays last
      if (t.lock === 'Mutex') return { kind: 'struct', reprC: true, fields: [{ name: 'futex', type: { kind: 'prim', name: 'u32' } }, { name: 'poison', type: { kind: 'prim', name: 'bool' } }, { name: 'data', type: toRustType(t.e) }] };
      if (t.lock === 'RwLock') return { kind: 'struct', reprC: true, fields: [{ name: 'state', type: { kind: 'prim', name: 'u32' } }, { name: 'wn', type: { kind: 'prim', name: 'u32' } }, { name: 'poison', type: { kind: 'prim', name: 'bool' } }, { name: 'data', type: toRustType(t.e) }] };
      return { kind: 'struct', name: 'RefCell', fields: [{ name: 'borrow', type: { kind: 'prim', name: 'isize' } }, { name: 'value', type: toRustType(t.e) }] };
    case 'Weak':
      return { kind: 'rc', elem: U8 };
    case 'JoinHandle':
      // JoinInner { native: pthread_t, thread: Thread, packet: Arc<Packet<T>> }
      return { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'rc', elem: U8 }, { kind: 'rc', elem: U8 }] };
    case 'Chan':
      // Sender/Receiver { flavor: enum { Array, List, Zero }(counter pointer) }: 16 bytes
      return { kind: 'enum', variants: ['Array', 'List', 'Zero'].map((name) => ({ name, fields: [{ kind: 'box', elem: U8 }] })) };
    case 'Scope':
      return { kind: 'ref', mutable: false, elem: U8 };
    case 'Wrap':
      return toRustType(t.e);
    case 'Cell':
      return toRustType(t.e);
    case 'Guard':
      return { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }] };
    case 'Option':
      return { kind: 'option', elem: toRustType(t.e) };
    case 'ref': {
      const e = prune(t.e);
      if (e.k === 'fnTrait' || e.k === 'dyn') return { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }] }; // &dyn Fn: fat
      return { kind: 'ref', mutable: t.mut, elem: e.k === 'str' || e.k === 'slice' ? toRustType(e) : U8 };
    }
    case 'slice':
      return { kind: 'slice', elem: toRustType(t.e) };
    case 'array':
      return { kind: 'array', len: t.n, elem: toRustType(t.e) };
    case 'struct':
      if (t.s.variants) return { kind: 'enum', name: t.s.name, tag: t.s.repr ? intBytes(t.s.repr) : undefined, variants: t.s.variants.map((v) => ({ name: v.name, fields: v.fields.map((f) => toRustType(f.ty)) })) };
      return { kind: 'struct', name: t.s.name, reprC: t.s.repr === 'C' || undefined, fields: t.s.fields.map((f) => ({ name: f.name, type: toRustType(f.ty) })) };
    case 'tuple':
      return { kind: 'tuple', elems: t.elems.map(toRustType) };
    case 'fmtResult':
      return { kind: 'prim', name: 'bool' };
    case 'Formatter':
      // core::fmt::Formatter: options (flags, fill, align, width, precision) and the &mut dyn Write
      return { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }] };
    case 'Bump':
      // struct Bump { current_chunk_footer: Cell<NonNull<ChunkFooter>>, allocation_limit: Cell<Option<usize>> }
      return { kind: 'struct', name: 'Bump', fields: [{ name: 'footer', type: { kind: 'box', elem: { kind: 'prim', name: 'u8' } } }, { name: 'limit', type: { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }] } }] };
    case 'range':
      return { kind: 'tuple', elems: t.inclusive ? [toRustType(t.e), toRustType(t.e), { kind: 'prim', name: 'bool' }] : [toRustType(t.e), toRustType(t.e)] };
    case 'iter':
      return { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }] };
    case 'Map': {
      // HashMap/HashSet: RawTable (ctrl pointer, bucket_mask, growth_left, items) + RandomState (k0, k1) = 48 B;
      // BTreeMap/BTreeSet: root Option<(node pointer, height)> + length = 24 B.
      const words = t.kind === 'HashMap' || t.kind === 'HashSet' ? 6 : 3;
      return { kind: 'struct', name: t.kind, fields: Array.from({ length: words }, (_, i) => ({ name: `w${i}`, type: i === 0 ? { kind: 'box', elem: U8 } : { kind: 'prim', name: 'usize' } })) };
    }
    case 'Entry':
      return { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }] };
    case 'closure':
      // rustc lays a closure out as a struct of its captures (a reference is 8 bytes)
      return {
        kind: 'struct',
        name: 'closure',
        fields: t.c.caps.flatMap((c, i) =>
          (c.fields ? c.fields.map((x) => ({ ty: x.ty, n: `${i}.${x.index}` })) : [{ ty: c.decl.ty!, n: String(i) }]).map((x) => ({ name: x.n, type: c.byValue ? toRustType(x.ty) : ({ kind: 'ref', mutable: c.mut, elem: U8 } as RustType) })),
        ),
      };
    case 'dyn': // unsized: only its fat pointers are laid out
      return { kind: 'tuple', elems: [] };
    case 'fnTrait':
    case 'iterAd':
      return { kind: 'tuple', elems: [{ kind: 'prim', name: 'usize' }, { kind: 'prim', name: 'usize' }] };
    case 'var':
      return { kind: 'prim', name: t.kind === 'float' ? 'f64' : 'i32' };
  }
}

const layoutCache = new WeakMap<object, { size: number; align: number }>();

/** size_of / align_of as rustc 1.95 lays the type out on x86_64. */
export function layoutOf(t: Ty): { size: number; align: number } {
  t = prune(t);
  const hit = layoutCache.get(t);
  if (hit) return hit;
  const l = rustLayout(toRustType(t));
  const r = { size: l.size, align: l.align };
  layoutCache.set(t, r);
  return r;
}

export const sizeOf = (t: Ty): number => layoutOf(t).size;

/** The bytes of a `#[repr(int)]` tag. */
const intBytes = (name: string): number => (name.endsWith('size') ? 8 : Number(name.slice(1)) / 8);
